using System.Text;

namespace Bot.Core.Ingestion;

/// <summary>Splits plain text into paragraph blocks, rejoining lines that were wrapped mid-sentence.</summary>
public static class PlainTextExtractor
{
    /// <summary>Extracts blocks (and any front matter fields) from plain text.</summary>
    public static ExtractedDocument Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (fields, body) = FrontMatter.Split(TextNormalizer.NormalizeLineEndings(text));
        return fields with { Blocks = ToBlocks(body.Split('\n')) };
    }

    private static List<string> ToBlocks(IEnumerable<string> lines)
    {
        var blocks = new List<string>();
        var current = new StringBuilder();
        var previousLine = string.Empty;
        foreach (var raw in lines)
        {
            var line = TextNormalizer.CleanInline(raw);
            var joiner = line.Length == 0 || current.Length == 0 ? null : LineJoiner.Joiner(previousLine, line);
            if (joiner is null)
            {
                Flush(current, blocks);
            }
            else
            {
                current.Append(joiner);
            }

            current.Append(line);
            previousLine = line;
        }

        Flush(current, blocks);
        return blocks;
    }

    private static void Flush(StringBuilder current, List<string> blocks)
    {
        if (current.Length > 0)
        {
            blocks.Add(current.ToString());
            current.Clear();
        }
    }
}
