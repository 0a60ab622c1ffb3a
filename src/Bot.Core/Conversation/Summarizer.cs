using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace Bot.Core.Conversation;

/// <summary>An extractive summary over every article on a topic: the key sentences of each, cited and attributed.</summary>
/// <remarks>
/// A summary must cover every matching article, not just the best passages, so articles are gathered from a
/// wide retrieval pool and each contributes its best sentences. A sentence that repeats what an earlier
/// article said (by cosine) is not quoted again; the earlier one is cited for both, which merges what the
/// articles share. Sentences stay verbatim and grouped by article under its headline and outlet, so
/// attribution ("Islamabad says …; Kabul denies …") and disagreements survive as the articles put them.
/// An article counts as on the topic only when it names every name the topic names.
/// </remarks>
public sealed partial class Summarizer(AnswerService answers, IPassageStore store, IOptions<AnsweringOptions> options, IAnswerWriter writer)
{
    private const int Pool = 40;
    private const int SentencesPerArticle = 2;
    private const int MostPerArticle = 4;
    private const int Budget = 6;
    private const double SameClaim = 0.88;

    /// <summary>Summarises what the articles say about the topic in <paramref name="utterance"/>.</summary>
    public async Task<Answer> SummarizeAsync(string utterance, SearchFilter? filter, CancellationToken cancellationToken)
    {
        var topic = Topic(utterance);
        // Searched with acronyms no article uses spelled out, so "the ISI" finds stories that write "Inter-Services Intelligence".
        var (searched, scored) = await answers.ScoreAsync(topic, Pool, filter, cancellationToken).ConfigureAwait(false);
        double bar = options.Value.MinConfidence * 0.9;
        var names = Names(searched);
        var mentioning = await MentioningAllAsync(scored, bar, names, cancellationToken).ConfigureAwait(false);
        var byArticle = scored.Where(s => s.Score >= bar && mentioning.Contains(s.Hit.Chunk.ArticleId)).GroupBy(s => s.Hit.Chunk.ArticleId)
            .OrderBy(g => g.First().Hit.Chunk.Published ?? DateOnly.MaxValue).ThenByDescending(g => g.First().Score).ToList();
        if (byArticle.Count == 0)
        {
            return new Answer($"The articles don't cover “{topic}”, so there is nothing to summarise.", Abstained: true, [], scored.Select(s => s.Hit).DistinctBy(h => h.Chunk.Id).Take(5).ToList());
        }

        var chosen = new List<ScoredSentence>();
        var heading = $"Summary of {byArticle.Count} article{(byArticle.Count == 1 ? "" : "s")} on “{topic}”:";
        var text = new StringBuilder(heading);
        // Two sentences each when many articles match; one or two articles get more of the budget, or their summary is thin.
        int perArticle = Math.Clamp(Budget / byArticle.Count, SentencesPerArticle, MostPerArticle);
        foreach (var article in byArticle)
        {
            var picks = LeadFirst(article).Take(perArticle).Where(s => !chosen.Any(c => Repeats(c, s))).ToList();
            if (picks.Count == 0)
            {
                continue;
            }

            var head = article.First().Hit.Chunk;
            text.Append("\n\n“").Append(head.Title).Append('”').Append(head.Outlet is null ? string.Empty : " (" + head.Outlet + ")").Append(": ");
            foreach (var pick in picks.OrderBy(p => p.Start))
            {
                chosen.Add(pick);
                text.Append(pick.Text).Append(" [").Append(chosen.Count).Append("] ");
            }
        }

        var citations = chosen.Select((s, i) => s.ToCitation(i + 1)).ToList();
        var extractive = new Answer(text.ToString().TrimEnd(), Abstained: false, citations, chosen.Select(s => s.Hit).DistinctBy(h => h.Chunk.Id).ToList());

        // With a model, the passages behind the chosen sentences become its numbered sources; the extractive summary is the fallback.
        return await writer.SummarizeAsync(topic, heading, extractive, cancellationToken).ConfigureAwait(false);
    }

    // A story's lead is its own summary, so it goes first when it is on the topic at all; then the best matches.
    private static IEnumerable<ScoredSentence> LeadFirst(IEnumerable<ScoredSentence> article)
    {
        var sentences = article.ToList();
        var lead = sentences.Find(s => s.Hit.Chunk.OpensArticleAt(s.Start - s.Hit.Chunk.Start));
        return lead is null ? sentences : sentences.Where(s => s != lead).Prepend(lead);
    }

    /// <summary>The topic itself, without "summarize the articles about …".</summary>
    public static string Topic(string utterance) =>
        TrailingKind().Replace(LeadIn().Replace(utterance.Trim(), string.Empty).TrimEnd('?', '.', '!', ' '), string.Empty);

    // "The Iran–Pakistan talks" are not the Afghan–Pakistan talks: an article must name every name in the topic.
    private static List<string> Names(string topic) =>
        QuestionTerms.Names(topic, includeFirstWord: true).SelectMany(n => n.Split('-', '–', '—')).Where(n => n.Length > 1).ToList();

    private async Task<HashSet<string>> MentioningAllAsync(IReadOnlyList<ScoredSentence> scored, double bar, List<string> names, CancellationToken cancellationToken)
    {
        var ids = scored.Where(s => s.Score >= bar).Select(s => s.Hit.Chunk.ArticleId).Distinct(StringComparer.Ordinal).ToList();
        var articles = await store.ArticlesAsync(ids, cancellationToken).ConfigureAwait(false);
        return articles.Values.Where(a => names.All(n => Mentions(a.Body, n))).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
    }

    // A name counts where a word starts with it ("Iran" in "Iranian"), never inside a word ("ISI" in "visit").
    private static bool Mentions(string body, string name) =>
        Regex.IsMatch(body, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static bool Repeats(ScoredSentence earlier, ScoredSentence later) =>
        VectorMath.Cosine(earlier.Vector.Span, later.Vector.Span) >= SameClaim;

    [GeneratedRegex(@"^(please\s+)?(can\s+you\s+)?((give\s+me\s+|write\s+|i\s+want\s+|i'd\s+like\s+)?(a\s+|an\s+)?(short\s+|brief\s+|quick\s+)?(summary|summarise|summarize|overview|recap|rundown|gist|brief(ing)?|tl;?dr)\s*(me\s+)?(of|on|about|for)?\s*|what('s|\s+is)\s+the\s+(gist|summary)\s+(of|on)\s+|brief\s+me\s+on\s+)(the\s+)?(((news\s+)?(articles?|coverage|stories|reports?)|news)\s+(about|on|of)\s+)?(the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    // "the ISI story", "the Gwadar coverage": the kind of text asked for is not part of the topic.
    [GeneratedRegex(@"(?<=\S)\s+(news\s+)?(story|stories|coverage|articles?|reports?|news)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingKind();
}
