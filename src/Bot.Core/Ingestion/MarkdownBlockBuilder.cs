namespace Bot.Core.Ingestion;

/// <summary>Collects Markdown lines into paragraph blocks and remembers a headline that opens the document.</summary>
internal sealed class MarkdownBlockBuilder
{
    private readonly List<string> _lines = [];

    public List<string> Blocks { get; } = [];

    public string? Headline { get; private set; }

    public bool HasSingleLine => _lines.Count == 1;

    public void AddLine(string line) => _lines.Add(line);

    /// <summary>Adds a heading: the headline when it is a top-level heading before any text, else a block.</summary>
    public void AddHeading(string text, int level)
    {
        Flush();
        var clean = TextNormalizer.CleanInline(MarkdownInline.ToText(text));
        if (clean.Length == 0)
        {
            return;
        }

        if (Headline is null && Blocks.Count == 0 && level <= 2)
        {
            Headline = clean;
        }
        else
        {
            Blocks.Add(clean);
        }
    }

    /// <summary>Turns the pending single line into a heading (a setext "===" or "---" underline).</summary>
    public void PromoteToHeading(int level)
    {
        var text = _lines[0];
        _lines.Clear();
        AddHeading(text, level);
    }

    // Markdown wraps paragraphs freely, so every line of a paragraph joins with a space.
    public void Flush()
    {
        if (_lines.Count == 0)
        {
            return;
        }

        var text = TextNormalizer.CleanInline(MarkdownInline.ToText(string.Join(' ', _lines)));
        _lines.Clear();
        if (text.Length > 0)
        {
            Blocks.Add(text);
        }
    }
}
