using System.Text;
using Bot.Core.Answering;
using Bot.Core.Retrieval;

namespace Bot.Core.LanguageModels;

/// <summary>Checks a model reply against the sources it was given and keeps only what they support.</summary>
/// <remarks>
/// The model's text is never trusted for facts about sources. A sentence survives only when it cites a
/// label we supplied, every span it quotes occurs verbatim in a cited passage, and a cited passage holds
/// most of its content words; a passage's sentences shaped like instructions to an AI count for nothing. Citations are then rebuilt from our own records (headline, outlet, date,
/// the passage sentence that best matches, and its offsets in the article), and renumbered 1..m in order
/// of first use, the way the offline answerer numbers them.
/// </remarks>
public static class CitationVerifier
{
    /// <summary>The line a model starts its reply with when the sources do not answer.</summary>
    public const string NotInArticles = "NOT IN ARTICLES";

    /// <summary>Turns <paramref name="reply"/> into a verified answer over <paramref name="sources"/> (labelled [1]..[k] in order).</summary>
    public static Answer Verify(string reply, IReadOnlyList<SearchHit> sources)
    {
        if (string.IsNullOrWhiteSpace(reply) || reply.TrimStart().StartsWith(NotInArticles, StringComparison.OrdinalIgnoreCase))
        {
            return AnswerText.NotCovered(sources, []);
        }

        var sentences = ReplySentence.Parse(reply.Trim());
        var text = new StringBuilder();
        var citations = new List<Citation>();
        int supported = 0;
        foreach (var sentence in sentences)
        {
            var labels = SupportingLabels(sentence, sources);
            if (labels.Count == 0)
            {
                continue;
            }

            supported++;
            text.Append(text.Length == 0 ? string.Empty : " ").Append(sentence.Claim);
            foreach (var label in labels)
            {
                text.Append(" [").Append(NumberFor(label, sentence, sources, citations)).Append(']');
            }
        }

        return Build(text.ToString(), citations, sources, supported, sentences.Count);
    }

    private static Answer Build(string text, List<Citation> citations, IReadOnlyList<SearchHit> sources, int supported, int total)
    {
        var answer = supported == 0
            ? AnswerText.NotCovered(sources, []) with { Notice = "The model's answer was not supported by the sources, so it is not shown." }
            : new Answer(text, Abstained: false, citations, sources,
                supported < total ? $"{supported} of {total} sentences supported by the sources; the rest were removed." : null);
        return answer with { SupportedSentences = supported, GeneratedSentences = total };
    }

    // A label counts only if it is one we supplied, the passage holds every quote, and it shares most of the claim's
    // words; sentences shaped like instructions to an AI are left out of the passage first, so they support nothing.
    private static List<int> SupportingLabels(ReplySentence sentence, IReadOnlyList<SearchHit> sources) =>
        sentence.Labels.Where(n => n >= 1 && n <= sources.Count && Supports(PassageSupport.CitableText(sources[n - 1].Chunk), sentence)).ToList();

    private static bool Supports(string passage, ReplySentence sentence) =>
        sentence.Quotes.All(q => PassageSupport.Contains(passage, q)) && PassageSupport.Overlap(sentence.Claim, passage) >= PassageSupport.MinOverlap;

    private static int NumberFor(int label, ReplySentence sentence, IReadOnlyList<SearchHit> sources, List<Citation> citations)
    {
        var chunk = sources[label - 1].Chunk;
        var span = PassageSupport.BestSentence(chunk, sentence.Claim, sentence.Quotes);
        int start = chunk.Start + span.Start;
        var existing = citations.Find(c => c.ChunkId == chunk.Id && c.Start == start);
        if (existing is not null)
        {
            return existing.Number;
        }

        var citation = Citation.Of(citations.Count + 1, chunk, span);
        citations.Add(citation);
        return citation.Number;
    }
}
