using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Chunking;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Conversation;

/// <summary>
/// "Tell me more" after an answer: the story goes on, so the reply quotes the sentences that follow the answer's lead
/// sentence in its article, each cited, skipping what earlier answers already quoted. Like every answer, it only
/// quotes passage sentences, and never one shaped like an instruction.
/// </summary>
public sealed partial class ContinueReply(IPassageStore store)
{
    private const int MaxSentences = 3;

    /// <summary>True for a bare request to go on ("tell me more", "go on", "what else?"), which has no topic of its own.</summary>
    public static bool Asks(string utterance) => Request().IsMatch(utterance);

    /// <summary>The continuation of the latest answer in <paramref name="turns"/>, or a short reply saying there is none.</summary>
    public async Task<Answer> ContinueAsync(IReadOnlyList<ConversationTurn> turns, CancellationToken cancellationToken)
    {
        var latest = turns.LastOrDefault(t => !t.Reply.Abstained && t.Reply.Citations.Count > 0)?.Reply;
        if (latest is null)
        {
            return Answer.Message("Ask me a question first; then \"tell me more\" quotes what the article goes on to say.");
        }

        string[] id = [latest.Citations[0].ArticleId];

        // A remembered answer can cite an article taken down since (bot remove): say so rather than ask for a question.
        if ((await store.ArticlesAsync(id, cancellationToken).ConfigureAwait(false)).GetValueOrDefault(id[0]) is not { } article)
        {
            return Answer.Message($"The article behind that answer ({id[0]}) is no longer in the articles, so there is nothing more to quote. Ask another question.");
        }

        var quoted = turns.SelectMany(t => t.Reply.Citations).Where(c => c.ArticleId == article.Id).ToList();
        var passages = await store.PassagesOfAsync(id, cancellationToken).ConfigureAwait(false);
        var next = Sentences(article, passages)
            .Where(s => s.Start >= latest.Citations[0].End && !quoted.Any(c => c.Start < s.End && s.Start < c.End))
            .Take(MaxSentences)
            .ToList();
        return next.Count == 0
            ? Answer.Message($"“{article.Title}” says nothing more after that. Say \"show source 1\" to read the passage, or ask another question.")
            : Quote(article, passages, next);
    }

    // The article's sentences as the index cut them (furniture removed), once each, in order, as citations of the passage holding each.
    // A sentence any passage sets aside (an instruction, or in the paragraph of one) is left out.
    private static List<Citation> Sentences(NewsArticle article, IReadOnlyList<ArticleChunk> passages)
    {
        var own = passages.Where(c => c.ArticleId == article.Id).ToList();
        var sentences = own.SelectMany(c => c.Sentences.Zip(InstructionShapes.Quotable(c), (s, quotable) => (Citation: Citation.Of(0, c, s), Quotable: quotable))).ToList();
        var setAside = sentences.Where(s => !s.Quotable).Select(s => s.Citation.Start).ToHashSet();
        return sentences.Select(s => s.Citation)
            .Where(s => !setAside.Contains(s.Start))
            .DistinctBy(s => s.Start)
            .OrderBy(s => s.Start)
            .ToList();
    }

    private static Answer Quote(NewsArticle article, IReadOnlyList<ArticleChunk> passages, List<Citation> sentences)
    {
        var citations = sentences.Select((s, i) => s with { Number = i + 1 }).ToList();
        var cited = passages.Where(p => citations.Any(c => c.ChunkId == p.Id)).Select(p => new SearchHit(p, 1.0, 0, 0)).ToList();
        var text = new StringBuilder($"“{article.Title}” goes on:");
        foreach (var citation in citations)
        {
            text.Append(' ').Append(citation.Quote).Append(" [").Append(citation.Number).Append(']');
        }

        return new Answer(text.ToString(), Abstained: false, citations, cited);
    }

    [GeneratedRegex(@"^\W*(and\s+|so\s+)?(please\s+)?(can\s+you\s+|could\s+you\s+)?(tell\s+me\s+more|say\s+more|more(\s+please)?|go\s+on|continue|keep\s+going|what\s+else|anything\s+else|(what|anything)\s+else\s+(did|does|do|has|have|had)\s+(he|she|they|it|the\s+(article|story|report))\s+(say|said|report|mention|add|tell\s+us|write)|and\s+then|(give\s+me\s+|any\s+)?more\s+(details?|info(rmation)?)|elaborate|expand)(\s+(on|about)\s+(that|this|it))?(\W*please)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Request();
}
