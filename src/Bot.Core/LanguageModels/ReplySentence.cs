using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.LanguageModels;

/// <summary>One sentence of a model reply: its claim without markers, the <c>[n]</c> labels it cites and the spans it quotes.</summary>
internal sealed partial record ReplySentence(string Claim, IReadOnlyList<int> Labels, IReadOnlyList<string> Quotes)
{
    /// <summary>Splits <paramref name="reply"/> into sentences; a marker that opens a sentence ("… killed. [1] Then …") belongs to the one before.</summary>
    public static List<ReplySentence> Parse(string reply)
    {
        // "… in March. [1] Heavy rain …" does not look like a sentence break to the splitter; "… in March [1]. Heavy" does.
        reply = MarkerAfterStop().Replace(reply, "$2$1");
        var pieces = SentenceSplitter.Split(reply).Select(s => s.Of(reply)).ToList();
        var sentences = new List<ReplySentence>();
        foreach (var piece in pieces)
        {
            var leading = LeadingMarkers().Match(piece);
            if (leading.Success && sentences.Count > 0)
            {
                var previous = sentences[^1];
                sentences[^1] = previous with { Labels = [.. previous.Labels, .. FindLabels(leading.Value)] };
            }

            var rest = leading.Success && sentences.Count > 0 ? piece[leading.Length..] : piece;
            if (!string.IsNullOrWhiteSpace(rest))
            {
                sentences.Add(new ReplySentence(Clean(rest), FindLabels(rest), FindQuotes(rest)));
            }
        }

        return sentences;
    }

    private static List<int> FindLabels(string text) =>
        Marker().Matches(text).Select(m => int.TryParse(m.Groups[1].Value, out var n) ? n : -1).Distinct().ToList();

    private static List<string> FindQuotes(string text) =>
        Quoted().Matches(text).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .Where(q => q.Trim().Length > 0).ToList();

    private static string Clean(string text) => Spaces().Replace(Marker().Replace(text, string.Empty), " ").Replace(" .", ".", StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"\[(\d{1,3})\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"([.!?])((?:\s*\[\d{1,3}\])+)")]
    private static partial Regex MarkerAfterStop();

    [GeneratedRegex(@"^(\s*\[\d{1,3}\])+[\s.]*")]
    private static partial Regex LeadingMarkers();

    [GeneratedRegex("\"([^\"]+)\"|“([^”]+)”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
