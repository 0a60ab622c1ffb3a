using System.Text.RegularExpressions;

namespace Bot.Core.Ingestion;

/// <summary>Turns Markdown into paragraph blocks; a leading level-1 or level-2 heading becomes the headline.</summary>
public static partial class MarkdownExtractor
{
    /// <summary>Extracts blocks, the leading headline and any front matter fields from Markdown.</summary>
    public static ExtractedDocument Extract(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var (fields, body) = FrontMatter.Split(TextNormalizer.NormalizeLineEndings(markdown));
        var builder = new MarkdownBlockBuilder();
        foreach (var line in body.Split('\n'))
        {
            AddLine(builder, line);
        }

        builder.Flush();
        return fields with { Blocks = builder.Blocks, Headline = fields.Headline ?? builder.Headline };
    }

    private static void AddLine(MarkdownBlockBuilder builder, string line)
    {
        if (Fence().IsMatch(line) || string.IsNullOrWhiteSpace(line))
        {
            builder.Flush();
        }
        else if (Heading().Match(line) is { Success: true } heading)
        {
            builder.AddHeading(heading.Groups["text"].Value, heading.Groups["marks"].Length);
        }
        else if ((SetextH1().IsMatch(line) || SetextH2().IsMatch(line)) && builder.HasSingleLine)
        {
            builder.PromoteToHeading(SetextH1().IsMatch(line) ? 1 : 2);
        }
        else if (Rule().IsMatch(line))
        {
            builder.Flush();
        }
        else if (!ReferenceDefinition().IsMatch(line))
        {
            AddTextLine(builder, line);
        }
    }

    private static void AddTextLine(MarkdownBlockBuilder builder, string line)
    {
        var text = Quote().Replace(line, string.Empty);
        var item = ListItem().Match(text);
        if (item.Success)
        {
            builder.Flush();
            text = text[item.Length..];
        }

        builder.AddLine(text.Trim());
    }

    [GeneratedRegex(@"^\s{0,3}(?:```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s{0,3}(?<marks>#{1,6})\s+(?<text>.*?)(?:\s+#+)?\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}=+\s*$")]
    private static partial Regex SetextH1();

    [GeneratedRegex(@"^\s{0,3}-+\s*$")]
    private static partial Regex SetextH2();

    [GeneratedRegex(@"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s+\S+")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^\s{0,3}(?:>\s?)+")]
    private static partial Regex Quote();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,3}[.)])\s+")]
    private static partial Regex ListItem();
}
