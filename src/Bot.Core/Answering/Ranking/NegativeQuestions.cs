using System.Text.RegularExpressions;
using Bot.Core.Articles;
using Bot.Core.Evaluation;
using Bot.Core.Retrieval;

namespace Bot.Core.Answering.Ranking;

/// <summary>Unanswerable questions made from answerable ones without hand labels.</summary>
/// <remarks>
/// Three kinds, all unanswerable by construction: the question asked with its source articles left out
/// (nothing left can answer it, though its topic is still in the corpus); the question with one of its
/// names or numbers swapped for one its source never mentions ("Super Bowl 50" → "Super Bowl 38"), the
/// shape of SQuAD 2.0's adversarial questions, where the rest of the question still matches a passage; and the
/// question asked of its own story with the sentences that hold its answer taken out (<see cref="WithoutAnswers"/>),
/// the shape of a reader's question about a story's subject that the story does not answer ("How much did Harbour
/// Foods pay its chief executive?").
/// </remarks>
public static partial class NegativeQuestions
{
    /// <summary>
    /// <paramref name="pool"/> with every sentence that <paramref name="holdsAnswer"/> taken out of its passage's sentences, so
    /// no candidate can answer; the passages stay, with their retrieval scores, as the story around the answer stays.
    /// </summary>
    public static IReadOnlyList<SearchHit> WithoutAnswers(IReadOnlyList<SearchHit> pool, Func<string, bool> holdsAnswer) =>
        pool.Select(hit =>
        {
            var chunk = hit.Chunk;
            var kept = Enumerable.Range(0, chunk.Sentences.Count).Where(i => !holdsAnswer(chunk.TextOf(chunk.Sentences[i]))).ToList();
            if (kept.Count == chunk.Sentences.Count)
            {
                return hit;
            }

            var embeddings = chunk.SentenceEmbeddings.Count == chunk.Sentences.Count ? kept.ConvertAll(i => chunk.SentenceEmbeddings[i]) : chunk.SentenceEmbeddings;
            return hit with { Chunk = chunk with { Sentences = kept.ConvertAll(i => chunk.Sentences[i]), SentenceEmbeddings = embeddings } };
        }).ToList();

    /// <summary>The question with one name or number replaced by one its source articles do not contain; null when none can be.</summary>
    public static EvalQuestion? Swapped(EvalQuestion question, IReadOnlyList<string> names, IReadOnlyDictionary<string, NewsArticle> articles, Random random)
    {
        var sources = articles.Values.Where(a => question.IsSource(a.Id)).Select(a => a.Body).ToList();
        if (sources.Count == 0)
        {
            return null;
        }

        var slots = Slot().Matches(question.Question).Where(m => m.Index > 0).ToList();
        if (slots.Count == 0)
        {
            return null;
        }

        var slot = slots[random.Next(slots.Count)];
        string replacement = char.IsDigit(slot.Value[0]) ? OtherNumber(slot.Value, random) : names[random.Next(names.Count)];
        if (replacement == slot.Value || sources.Any(b => Regex.IsMatch(b, $@"\b{Regex.Escape(replacement)}\b")))
        {
            return null;
        }

        var text = string.Concat(question.Question.AsSpan(0, slot.Index), replacement, question.Question.AsSpan(slot.Index + slot.Length));
        return question with { Id = question.Id + "~swap", Question = text, Answers = [] };
    }

    /// <summary>Capitalised words from the corpus, the pool that swapped names are drawn from.</summary>
    public static List<string> Names(IEnumerable<NewsArticle> articles) =>
        articles.SelectMany(a => Slot().Matches(a.Body).Select(m => m.Value))
            .Where(w => char.IsUpper(w[0]) && w.Length > 3)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static string OtherNumber(string number, Random random)
    {
        long value = long.TryParse(number, out var n) ? n : 10;
        long other = value >= 1000 && value <= 2100 ? value + random.Next(-40, 41) : Math.Max(2, value * random.Next(2, 5) + random.Next(1, 7));
        return other.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\b(\p{Lu}[\p{L}]+|\d+)\b")]
    private static partial Regex Slot();
}
