using System.Text;
using AngleSharp.Dom;

namespace Bot.Core.Ingestion;

/// <summary>Walks an element tree and turns each block-level element (paragraph, heading, list item…) into one block.</summary>
internal static class HtmlBlocks
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figcaption", "address", "hr", "details",
        "summary", "center",
    };

    public static List<string> Collect(IElement root)
    {
        var blocks = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, blocks);
        Flush(current, blocks);
        return blocks;
    }

    private static void Walk(INode node, StringBuilder current, List<string> blocks)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                current.Append(text.Data);
            }
            else if (child is IElement element)
            {
                WalkElement(element, current, blocks);
            }
        }
    }

    private static void WalkElement(IElement element, StringBuilder current, List<string> blocks)
    {
        if (element.LocalName == "br")
        {
            Flush(current, blocks);
            return;
        }

        var isBlock = BlockElements.Contains(element.LocalName);
        if (isBlock)
        {
            Flush(current, blocks);
        }

        Walk(element, current, blocks);
        if (isBlock)
        {
            Flush(current, blocks);
        }
    }

    private static void Flush(StringBuilder current, List<string> blocks)
    {
        var text = TextNormalizer.CleanInline(current.ToString());
        current.Clear();
        if (text.Length > 0)
        {
            blocks.Add(text);
        }
    }
}
