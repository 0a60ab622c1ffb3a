using System.Text;
using Bot.Core.Answering;

namespace Bot.Core.Conversation;

/// <summary>One article of a list reply (the archive, or the stories that mention a subject), written the same way in both.</summary>
internal static class ArticleListEntry
{
    /// <summary>Appends “Headline” (outlet, date, id): “quote” [n] as a paragraph of its own.</summary>
    public static StringBuilder AppendEntry(this StringBuilder text, Citation citation) =>
        text.Append("\n\n“").Append(citation.Title).Append("” (").Append(citation.Attribution).Append("): “").Append(citation.Quote).Append("” [").Append(citation.Number).Append(']');
}
