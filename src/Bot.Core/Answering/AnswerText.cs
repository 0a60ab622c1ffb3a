using System.Text;
using Bot.Core.Articles;
using Bot.Core.Retrieval;

namespace Bot.Core.Answering;

/// <summary>Builds the answer text and its citations from chosen sentences, or the "not covered" reply.</summary>
internal static class AnswerText
{
    /// <summary>The notice on an answer whose answerability is above the threshold but below <see cref="AnsweringOptions.SureAnswerability"/>.</summary>
    public const string UnsureNotice = "The articles may not answer exactly this: these are the sentences that come closest.";

    public static Answer Quote(IReadOnlyList<CandidateSentence> chosen, IReadOnlyList<SearchHit> hits)
    {
        var text = new StringBuilder();
        var citations = new List<Citation>();
        foreach (var sentence in chosen)
        {
            var citation = Citation.Of(citations.Count + 1, sentence.Hit.Chunk, sentence.Span);
            citations.Add(citation);
            text.Append(text.Length == 0 ? string.Empty : " ").Append(sentence.Text).Append(" [").Append(citation.Number).Append(']');
        }

        return new Answer(text.ToString(), Abstained: false, citations, hits);
    }

    /// <summary>The refusal when a story says the thing asked is not known ("… but gave no release date"), quoting it.</summary>
    public static Answer Withheld(CandidateSentence sentence, IReadOnlyList<SearchHit> hits)
    {
        var citation = Citation.Of(1, sentence.Hit.Chunk, sentence.Span);
        return new Answer($"The articles don't say. “{citation.Title}” says: {sentence.Text} [1]", Abstained: true, [citation], hits);
    }

    /// <summary>How many headlines a "not covered" answer offers as the closest the articles come.</summary>
    public const int ClosestTopics = 3;

    /// <summary>The refusal: the articles do not say it, with <paramref name="why"/> when known, and the closest headlines.</summary>
    public static Answer NotCovered(IReadOnlyList<SearchHit> hits, IEnumerable<string> latestTitles, string? why = null)
    {
        var topics = hits.Select(h => h.Chunk.Title).Concat(latestTitles).Distinct(StringComparer.Ordinal).Take(ClosestTopics).ToList();
        var text = new StringBuilder("The articles don't cover that: none of them says it, so I won't guess.");
        if (why is not null)
        {
            text.Append(' ').Append(why);
        }

        if (topics.Count > 0)
        {
            text.Append(" The closest they come: ").AppendJoin("; ", topics.Select(t => $"“{t}”")).Append('.');
        }

        return new Answer(text.ToString(), Abstained: true, [], hits);
    }
}
