using System.Text;
using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Conversation.Intents;
using Bot.Core.Retrieval;
using Bot.Core.Text;
using Microsoft.Extensions.Options;

namespace Bot.Core.Conversation;

/// <summary>"When was it published?", "Which outlet?", "What's the headline?": facts about the article the last answer cited.</summary>
/// <remarks>
/// The facts come from what ingestion read off the article (its headline, byline or "Published in" line), never from
/// a search, so each is exact or absent; an absent fact is said to be absent, not guessed from the text. "It" is the
/// article behind the latest answer with sources (every article it cited, up to five); "source 2" picks one; "the Iran
/// article" is the best match for "Iran" that names every name in it.
/// </remarks>
public sealed class ArticleFieldReply(IPassageStore store, AnswerService answers, IOptions<AnsweringOptions> options)
{
    private const int MaxArticles = 5;
    private const int SearchPool = 10;

    /// <summary>Tells <paramref name="fields"/> of the articles the latest cited answer in <paramref name="turns"/> drew on.</summary>
    public async Task<Answer> TellAsync(ArticleFields fields, int? number, IReadOnlyList<ConversationTurn> turns, CancellationToken cancellationToken = default)
    {
        var previous = ConversationTurn.LatestCited(turns);
        if (previous is null)
        {
            return new Answer("I can't tell which article you mean: no answer in this conversation has cited one yet. Ask a question first, then ask about its article.", Abstained: true, [], []);
        }

        var ids = previous.Citations.Where(c => number is null || c.Number == number).Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).ToList();
        var found = await store.ArticlesAsync(ids, cancellationToken).ConfigureAwait(false);
        var articles = ids.Select(id => found.GetValueOrDefault(id)).OfType<NewsArticle>().Take(MaxArticles).ToList();
        if (articles.Count == 0)
        {
            return new Answer($"The last answer has sources 1–{previous.Citations.Count}; there is no source {number}.", Abstained: true, [], []);
        }

        return await TellOfAsync(articles, fields, label: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Tells <paramref name="fields"/> of the article that best matches <paramref name="topic"/> ("When was the Iran article published?").</summary>
    public async Task<Answer> TellAboutAsync(ArticleFields fields, string topic, SearchFilter? filter, CancellationToken cancellationToken = default)
    {
        var scored = await answers.ScoreAsync(topic, SearchPool, filter, cancellationToken).ConfigureAwait(false);
        // The bar summaries use: a topic no sentence matches well enough names no article.
        double bar = options.Value.MinConfidence * 0.9;
        var ids = scored.Sentences.Where(s => s.Score >= bar).Select(s => s.Hit.Chunk.ArticleId).Distinct(StringComparer.Ordinal).ToList();
        var found = await store.ArticlesAsync(ids, cancellationToken).ConfigureAwait(false);
        // As for summaries, "the Iran article" must name Iran: the best match by words alone may be about something else.
        var names = QuestionTerms.Names(scored.Query, includeFirstWord: true);
        var article = ids.Select(id => found.GetValueOrDefault(id)).OfType<NewsArticle>().FirstOrDefault(a => names.All(n => Mentions(a, n)));
        if (article is null)
        {
            return new Answer($"No article is about “{topic}”, so I can't say which one you mean.", Abstained: true, [], []);
        }

        return await TellOfAsync([article], fields, label: $"The article on “{topic}” is “{article.Title}” ({article.Id}). ", cancellationToken).ConfigureAwait(false);
    }

    private async Task<Answer> TellOfAsync(List<NewsArticle> articles, ArticleFields fields, string? label, CancellationToken cancellationToken)
    {
        var chunks = await store.PassagesOfAsync([.. articles.Select(a => a.Id)], cancellationToken).ConfigureAwait(false);
        var text = new StringBuilder();
        var citations = new List<Citation>();
        foreach (var article in articles)
        {
            var citation = ArticleQuote.Cite(article, fields, citations.Count + 1, chunks);
            citations.AddRange(citation is null ? [] : [citation]);
            var prefix = label ?? (articles.Count == 1 ? string.Empty : $"{article.Id}: ");
            text.Append(text.Length == 0 ? string.Empty : "\n").Append(prefix).Append(Facts(article, fields))
                .Append(citation is null ? string.Empty : $" [{citation.Number}]").Append('.');
        }

        bool known = articles.Any(a => Knows(a, fields));
        return new Answer(text.ToString(), Abstained: !known, citations, Passages(chunks, citations));
    }

    // The passages quoted were chosen, not searched for, so each carries a full score and no search scores.
    private static List<SearchHit> Passages(IReadOnlyList<Chunking.ArticleChunk> chunks, List<Citation> citations) =>
        chunks.Where(c => citations.Any(x => x.ChunkId == c.Id)).Select(c => new SearchHit(c, 1.0, 0, 0)).ToList();

    private static string Facts(NewsArticle article, ArticleFields fields)
    {
        var facts = new List<string>();
        if (fields.HasFlag(ArticleFields.Headline))
        {
            facts.Add(ArticleQuote.IsLead(article) ? $"It has no headline; it opens “{article.Title}”" : $"The headline is “{article.Title}”");
        }

        if (fields.HasFlag(ArticleFields.Outlet) || fields.HasFlag(ArticleFields.Published))
        {
            facts.Add(Publication(article, fields));
        }

        return string.Join(". ", facts);
    }

    // "It was published by Dawn on 26 July 2016", or what the article leaves out, said as such.
    private static string Publication(NewsArticle article, ArticleFields fields)
    {
        var known = new List<string>();
        var missing = new List<string>();
        if (fields.HasFlag(ArticleFields.Outlet))
        {
            Sort(article.Outlet is { } outlet ? $"by {outlet}" : null, "which outlet published it", known, missing);
        }

        if (fields.HasFlag(ArticleFields.Published))
        {
            Sort(article.Published is { } date ? $"on {DisplayDate.Of(date)}" : null, "when it was published", known, missing);
        }

        var said = known.Count == 0 ? string.Empty : "It was published " + string.Join(' ', known);
        var unsaid = missing.Count == 0 ? string.Empty : (known.Count == 0 ? "The article does not say " : "it does not say ") + string.Join(" or ", missing);
        return string.Join("; ", new[] { said, unsaid }.Where(p => p.Length > 0));
    }

    private static void Sort(string? fact, string absent, List<string> known, List<string> missing)
    {
        if (fact is null)
        {
            missing.Add(absent);
        }
        else
        {
            known.Add(fact);
        }
    }

    // In the headline or the text, where a word starts with it ("Iran" in "Iranian"), as for summaries.
    private static bool Mentions(NewsArticle article, string name) => Summarizer.Mentions(article.Title + "\n" + article.Body, name);

    private static bool Knows(NewsArticle article, ArticleFields fields) =>
        fields.HasFlag(ArticleFields.Headline) || (fields.HasFlag(ArticleFields.Outlet) && article.Outlet is not null) || (fields.HasFlag(ArticleFields.Published) && article.Published is not null);
}
