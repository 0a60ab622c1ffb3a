using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Core.Retrieval;
using Bot.Core.Text;
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
    private const int MostArticles = 5;
    private const double SameClaim = 0.88;

    /// <summary>Summarises what the articles say about the topic in <paramref name="utterance"/>.</summary>
    public async Task<Answer> SummarizeAsync(string utterance, SearchFilter? filter, CancellationToken cancellationToken)
    {
        var topic = Topic(utterance);
        bool newestFirst = AsksForLatest(utterance);
        // Searched with acronyms no article uses spelled out, so "the ISI" finds stories that write "Inter-Services Intelligence".
        var (searched, scored) = await answers.ScoreAsync(topic, Pool, filter, cancellationToken).ConfigureAwait(false);
        var sides = Comparing().IsMatch(utterance) ? ComparedSides().Split(searched).Where(side => !string.IsNullOrWhiteSpace(side)).ToList() : [];
        scored = sides.Count > 1 ? await WithEachSideAsync(sides, scored, filter, cancellationToken).ConfigureAwait(false) : scored;
        double bar = options.Value.MinConfidence * 0.9;
        var mentioning = await MentioningAllAsync(scored, bar, NameGroups(searched, sides), searched, cancellationToken).ConfigureAwait(false);
        var matching = scored.Where(s => s.Score >= bar && mentioning.Contains(s.Hit.Chunk.ArticleId)).GroupBy(s => s.Hit.Chunk.ArticleId).ToList();
        var byArticle = InOrder(Chosen(matching, searched, newestFirst), newestFirst);
        if (byArticle.Count == 0)
        {
            return new Answer($"The articles don't cover “{topic}”, so there is nothing to summarise.", Abstained: true, [], scored.Select(s => s.Hit).DistinctBy(h => h.Chunk.Id).Take(5).ToList());
        }

        var chosen = new List<ScoredSentence>();
        var heading = $"{Counted(byArticle.Count, matching.Count, newestFirst)} on “{topic}”{(newestFirst && byArticle.Count(g => g.First().Hit.Chunk.Published is not null) > 1 ? ", newest first" : string.Empty)}:";
        var text = new StringBuilder(heading);
        // Two sentences each when many articles match; one or two articles get more of the budget, or their summary is thin.
        int perArticle = Math.Clamp(Budget / byArticle.Count, SentencesPerArticle, MostPerArticle);
        foreach (var article in byArticle)
        {
            var picks = LeadFirst(article, perArticle > SentencesPerArticle ? scored : null).Take(perArticle).Where(s => !chosen.Any(c => Repeats(c, s))).ToList();
            picks.AddRange(FollowOn(scored, picks, perArticle - picks.Count, chosen));
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

        if (matching.Count > byArticle.Count)
        {
            int left = matching.Count - byArticle.Count;
            text.Append("\n\n").Append(left).Append(left == 1 ? " more matching article is" : " more matching articles are")
                .Append(" left out: narrow the topic, or ask a question about it.");
        }

        var citations = chosen.Select((s, i) => s.ToCitation(i + 1)).ToList();
        var extractive = new Answer(text.ToString().TrimEnd(), Abstained: false, citations, chosen.Select(s => s.Hit).DistinctBy(h => h.Chunk.Id).ToList());

        // With a model, the passages behind the chosen sentences become its numbered sources; the extractive summary is the fallback.
        return await writer.SummarizeAsync(topic, heading, extractive, cancellationToken).ConfigureAwait(false);
    }

    // Over a large archive dozens of stories match a topic, and two sentences from each is a wall of text: the summary
    // takes the few that match best (for "the latest", the newest of them) and says how many it left out. Best is first
    // the fewest of the topic's words missing from the article's matching sentences ("halftime show" stories before the
    // other "Super Bowl 50" ones), then retrieval's order.
    private static IEnumerable<IGrouping<string, ScoredSentence>> Chosen(List<IGrouping<string, ScoredSentence>> matching, string topic, bool newestFirst)
    {
        if (newestFirst)
        {
            return matching.OrderBy(g => g.First().Hit.Chunk.Published is null).ThenByDescending(g => g.First().Hit.Chunk.Published)
                .ThenByDescending(g => g.Max(s => s.Hit.Score)).Take(MostArticles);
        }

        var words = EnglishTerms.Analyze(topic).ToHashSet(StringComparer.Ordinal);
        int Missing(IGrouping<string, ScoredSentence> article) => words.Except(article.SelectMany(s => EnglishTerms.Analyze(s.Text)), StringComparer.Ordinal).Count();
        return matching.OrderBy(Missing).ThenByDescending(g => g.Max(s => s.Hit.Score)).Take(MostArticles);
    }

    // "Compare Harbour Foods and Vellmark": a story about one side matches half the topic at best and falls below the bar,
    // so each side is scored on its own as well, and a sentence keeps its best score.
    private async Task<IReadOnlyList<ScoredSentence>> WithEachSideAsync(List<string> sides, IReadOnlyList<ScoredSentence> scored, SearchFilter? filter, CancellationToken cancellationToken)
    {
        var all = scored.ToList();
        foreach (var side in sides)
        {
            all.AddRange((await answers.ScoreAsync(side, Pool, filter, cancellationToken).ConfigureAwait(false)).Sentences);
        }

        return all.GroupBy(s => (s.Hit.Chunk.ArticleId, s.Start)).Select(g => g.MaxBy(s => s.Score)!).OrderByDescending(s => s.Score).ToList();
    }

    // A story that matches the topic in one sentence (its lead, typically) goes on about it in the sentences after,
    // in other words ("job cuts" in the lead, "800 posts will go" next): those fill its share, each the sentence right
    // after the last one taken, from the passages retrieved, so a summary of one story is not one sentence long.
    private static List<ScoredSentence> FollowOn(IReadOnlyList<ScoredSentence> scored, List<ScoredSentence> picks, int wanted, List<ScoredSentence> chosen)
    {
        var added = new List<ScoredSentence>();
        var last = picks.Count > 0 ? picks.MaxBy(p => p.Start) : null;
        while (added.Count < wanted && last is not null)
        {
            var next = NextInArticle(scored, last);
            if (next is null || next.Start - last.End > 2 || picks.Contains(next) || chosen.Any(c => Repeats(c, next)) || added.Any(a => Repeats(a, next)))
            {
                break;
            }

            added.Add(next);
            last = next;
        }

        return added;
    }

    // The retrieved sentence that comes next in the same article, however far on.
    private static ScoredSentence? NextInArticle(IReadOnlyList<ScoredSentence> scored, ScoredSentence sentence) =>
        scored.Where(s => s.Hit.Chunk.ArticleId == sentence.Hit.Chunk.ArticleId && s.Start > sentence.Start).MinBy(s => s.Start);

    private static string Counted(int shown, int matched, bool newestFirst) =>
        shown == matched ? $"Summary of {shown} article{(shown == 1 ? "" : "s")}"
            : $"Summary of the {shown} {(newestFirst ? "newest" : "best-matching")} of {matched} articles";

    // Oldest first tells a story as it happened; "what's the latest on …" wants the newest first, and the budget goes
    // to the first articles. Undated articles go last either way; ties go to the better match.
    private static List<IGrouping<string, ScoredSentence>> InOrder(IEnumerable<IGrouping<string, ScoredSentence>> articles, bool newestFirst)
    {
        var dated = articles.OrderBy(g => g.First().Hit.Chunk.Published is null);
        var ordered = newestFirst ? dated.ThenByDescending(g => g.First().Hit.Chunk.Published) : dated.ThenBy(g => g.First().Hit.Chunk.Published);
        return ordered.ThenByDescending(g => g.First().Score).ToList();
    }

    /// <summary>True when <paramref name="utterance"/> asks for the latest on its topic ("what's the latest on …", "any updates on …").</summary>
    public static bool AsksForLatest(string utterance) => Latest().IsMatch(utterance);

    // A story's lead is its own summary, so it goes first when it is on the topic at all; then the best matches. With room
    // for more than two, the sentence after the lead comes next, matching or not: news writes the top of a story first, and
    // the second paragraph says what the lead held back ("The board said on Monday that it had rejected the 310p-a-share
    // offer from Ohio-based Garner Holdings" after "Pellham's has received a takeover approach from an American retailer").
    private static IEnumerable<ScoredSentence> LeadFirst(IEnumerable<ScoredSentence> article, IReadOnlyList<ScoredSentence>? scored)
    {
        var sentences = article.ToList();
        var lead = sentences.Find(s => s.Hit.Chunk.OpensArticleAt(s.Start - s.Hit.Chunk.Start));
        if (lead is null)
        {
            return sentences;
        }

        var second = scored is null ? null : NextInArticle(scored, lead);
        var top = second is null ? [lead] : new[] { lead, second };
        return top.Concat(sentences.Where(s => !top.Any(t => t.Start == s.Start)));
    }

    /// <summary>True when <paramref name="utterance"/> asks for a summary of no topic in particular ("summarize the news", "give me a summary").</summary>
    public static bool NamesNoTopic(string utterance) => NoTopic().IsMatch(Topic(utterance));

    /// <summary>The topic itself, without "summarize the articles about …".</summary>
    public static string Topic(string utterance) =>
        TrailingKind().Replace(TrailingPlease().Replace(LeadIn().Replace(utterance.Trim(), string.Empty).TrimEnd('?', '.', '!', ' '), string.Empty), string.Empty);

    // "The Iran–Pakistan talks" are not the Afghan–Pakistan talks: an article must name every name in the topic.
    private static List<string> Names(string topic) =>
        QuestionTerms.Names(topic, includeFirstWord: true).Select(QuestionTerms.WithoutPossessive).SelectMany(n => n.Split('-', '–', '—')).Where(n => n.Length > 1).ToList();

    // "Compare the Afghan and Iranian talks" asks for two strands, and no one story need name both: each side of the
    // comparison is a group of names, and an article is on the topic when it names every name of one group.
    private static List<List<string>> NameGroups(string topic, List<string> sides)
    {
        var groups = sides.Select(Names).Where(g => g.Count > 0).ToList();
        return groups.Count > 1 ? groups : [Names(topic)];
    }

    private async Task<HashSet<string>> MentioningAllAsync(IReadOnlyList<ScoredSentence> scored, double bar, List<List<string>> groups, string topic, CancellationToken cancellationToken)
    {
        var ids = scored.Where(s => s.Score >= bar).Select(s => s.Hit.Chunk.ArticleId).Distinct(StringComparer.Ordinal).ToList();
        var articles = await store.ArticlesAsync(ids, cancellationToken).ConfigureAwait(false);
        var words = EnglishTerms.Analyze(topic);
        return articles.Values.Where(a => groups.Any(g => g.Count > 0 ? g.All(n => Mentions(a.Body, n)) : UsesAnyOf(a, words)))
            .Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
    }

    // A topic that names no one ("the nurses") is still words: an article that writes none of them (`words`, analysed), in
    // any inflection, is not about it, however close its sentences come ("medical patients" to "nurses").
    private static bool UsesAnyOf(Articles.NewsArticle article, List<string> words) =>
        words.Count == 0 || EnglishTerms.Analyze(article.Title + "\n" + article.Body).Intersect(words, StringComparer.Ordinal).Any();

    // A name counts where a word starts with it ("Iran" in "Iranian"), never inside a word ("ISI" in "visit"), with or without
    // its accents ("Tacuarembo" is the story's "Tacuarembó"). An acronym counts only as itself, in capitals: "US" is not the
    // start of "use".
    internal static bool Mentions(string body, string name) => name.Length > 1 && name.All(c => !char.IsLetter(c) || char.IsUpper(c))
        ? Regex.IsMatch(body, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{Ll}}\p{{Lu}}])", RegexOptions.CultureInvariant)
        : Regex.IsMatch(Folding.Fold(body), $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(Folding.Fold(name))}", RegexOptions.CultureInvariant);

    // Close in meaning and no figure of its own: the final's "beating Kaunas Ąžuolas 84-79" is news beside the first game's
    // "beating Riga Daugava 85-79", which the encoder reads as the same claim, and with dated stories told oldest first the
    // first game's sentence comes first.
    private static bool Repeats(ScoredSentence earlier, ScoredSentence later) =>
        VectorMath.Cosine(earlier.Vector.Span, later.Vector.Span) >= SameClaim
        && Figure().Matches(later.Text).All(m => earlier.Text.Contains(m.Value, StringComparison.Ordinal));

    // The ways people ask for a summary or for the latest ("catch me up on", "what's the latest on", "any news about",
    // "key takeaways from", "what happened with"), each cut down to the topic that follows.
    [GeneratedRegex("""
        ^(?:please\s+|can\s+you\s+|could\s+you\s+|can\s+i\s+(?:get|have)\s+|in\s+a\s+nutshell,?\s+)*
        (?:
            (?:give\s+me\s+|write\s+|get\s+me\s+|i\s+want\s+|i'd\s+like\s+)?(?:a\s+|an\s+|the\s+)?
            (?:short\s+|brief\s+|quick\s+|one-paragraph\s+|high-level\s+)?
            (?:(?:executive\s+)?summary|summari[sz]e|overview|recap|rundown|gist|brief(?:ing)?|tl;?dr|digest|highlights|headlines
              |synopsis|essentials|short\s+version|bullet\s+points|(?:key|main)\s+(?:points|takeaways)|latest(?:\s+news)?|updates?)
            \s*[:,-]?\s*(?:me\s+)?(?:(?:of|on|about|for|from|with|regarding)\s+)?
          | what(?:'s|’s|s|\s+is|\s+are)\s+(?:the\s+)?(?:gist|(?:executive\s+)?summary|overview|latest(?:\s+news)?|news|headlines|big\s+picture
              |overall\s+story|short\s+story|story|(?:key|main)\s+(?:points|takeaways))\s+(?:of|on|about|with|from|for|behind)\s+
          | what(?:'s|’s|s|\s+is)\s+(?:new|going\s+on|happening)\s+(?:with|on|in|at)\s+
          | (?:so\s+)?what(?:'s|’s|\s+has)?\s+happened\s+(?:with|over|at|in|on)\s+
          | (?:brief|update|fill)\s+me\s+(?:in\s+)?on\s+ | tell\s+me\s+(?:more\s+|all\s+|everything\s+)?about\s+ | catch\s+me\s+up\s+on\s+ | bring\s+me\s+up\s+to\s+speed\s+on\s+
          | (?:any|the)\s+(?:latest\s+)?(?:news|updates?)\s+(?:on|about|with|from|regarding)\s+ | anything\s+new\s+(?:on|about|with|from|regarding)\s+
          | (?:sum\s+up|outline(?:\s+the\s+main\s+developments\s+in)?|condense|recap)\s+
          |
        """ + Intents.CoverageRule.WhatTheArticlesSay + """
          | (?:compare|contrast)\s+
        )+
        (?:everything\s+(?:about|on)\s+|what\s+the\s+articles\s+say\s+about\s+)?
        (?:the\s+)?(?:(?:(?:news\s+)?(?:articles?|coverage|stor(?:y|ies)|reports?|pieces?)|news)\s+(?:about|on|of|regarding)\s+)?(?:the\s+)?
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b(?:latest|newest|most\s+recent|updates?|anything\s+new|what(?:'s|’s|s|\s+is)\s+new)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Latest();

    [GeneratedRegex(@"^\W*(?:(?:please|can\s+you|could\s+you)\s+)*(?:compare|contrast)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Comparing();

    [GeneratedRegex(@"\s+(?:and|with|to|vs\.?|versus|&)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedSides();

    [GeneratedRegex(@"^\W*(?:(?:the|all|of|today'?s|today’s|latest|recent|top|main|big|everything|news|articles?|stories|headlines|it|them|this|that|week'?s|day'?s|what|whats|s|is|new|happening|going|on)\b\W*)*$", RegexOptions.IgnoreCase)]
    private static partial Regex NoTopic();

    [GeneratedRegex(@",?\s+(?:" + QuestionFrame.Courtesies + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPlease();

    // "the ISI story", "the Gwadar coverage": the kind of text asked for is not part of the topic.
    [GeneratedRegex(@"(?<=\S)\s+(news\s+)?(story|stories|coverage|articles?|reports?|news)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingKind();
}
