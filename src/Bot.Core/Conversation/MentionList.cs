using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Conversation;

/// <summary>"Which stories mention Gwadar?": every article that names the subject, newest first, each with its first sentence that does.</summary>
/// <remarks>
/// A look-up finds the one sentence that makes a claim; asking which articles (plural) mention a subject asks for a
/// list. An article is listed when one of its retrieved sentences holds every word of the subject (as analysed
/// terms, so "Pakistani" finds "Pakistanis"); the quote is the earliest such sentence, so the reader sees where the
/// article first brings the subject up. The search pool bounds the list: when the pool is full the count is "at least".
/// </remarks>
public sealed partial class MentionList(AnswerService answers)
{
    private const int Pool = 40;
    private const int MaxArticles = 8;
    private const int MaxSubjectWords = 5;

    /// <summary>The subject of a "which articles mention …" request; null for any other message.</summary>
    public static string? Subject(string utterance)
    {
        var match = Request().Match(utterance.Trim());
        return match.Success && QuestionTerms.Words(match.Groups["subject"].Value).Count() <= MaxSubjectWords
            ? match.Groups["subject"].Value.Trim()
            : null;
    }

    /// <summary>Lists the articles that mention <paramref name="subject"/>, newest first, each cited at its first mention.</summary>
    public async Task<Answer> ListAsync(string subject, SearchFilter? filter, CancellationToken cancellationToken)
    {
        var scored = await answers.ScoreAsync(subject, Pool, filter, cancellationToken).ConfigureAwait(false);
        var terms = EnglishTerms.Analyze(scored.Query).ToHashSet(StringComparer.Ordinal);
        var firsts = scored.Sentences.Where(s => terms.Count > 0 && terms.IsSubsetOf(EnglishTerms.Analyze(s.Text)))
            .GroupBy(s => s.Hit.Chunk.ArticleId, StringComparer.Ordinal)
            .Select(g => g.MinBy(s => s.Start)!)
            .OrderBy(s => s.Hit.Chunk.Published is null).ThenByDescending(s => s.Hit.Chunk.Published).ThenByDescending(s => s.Score)
            .ToList();
        if (firsts.Count == 0)
        {
            return new Answer($"No article mentions “{subject}”.", Abstained: true, [], scored.Sentences.Select(s => s.Hit).DistinctBy(h => h.Chunk.Id).Take(5).ToList());
        }

        var shown = firsts.Take(MaxArticles).ToList();
        var citations = shown.Select((s, i) => s.ToCitation(i + 1)).ToList();
        bool dated = firsts.Count(s => s.Hit.Chunk.Published is not null) > 1;
        // A full pool may have left out passages, and with them articles: then the count is a floor.
        bool more = scored.Sentences.Select(s => s.Hit.Chunk.Id).Distinct(StringComparer.Ordinal).Count() >= Pool;
        var text = new StringBuilder(Heading(subject, firsts.Count, shown.Count, dated, more));
        foreach (var citation in citations)
        {
            text.AppendEntry(citation);
        }

        return new Answer(text.ToString(), Abstained: false, citations, shown.Select(s => s.Hit).DistinctBy(h => h.Chunk.Id).ToList());
    }

    private static string Heading(string subject, int found, int shown, bool dated, bool more)
    {
        string count = (more ? "At least " : string.Empty) + (found == 1 ? "1 article mentions" : $"{found} articles mention");
        return shown < found ? $"{count} “{subject}”; {(dated ? "the newest" : "the first")} {shown}:"
            : $"{count} “{subject}”{(dated && found > 1 ? ", newest first" : string.Empty)}:";
    }

    // "Which stories mention Gwadar?", and the other ways a newsroom asks for the list: "which articles are about Iran?",
    // "do you have any stories on Torkham?", "list the articles mentioning Kayani", "what articles do you have about
    // the NATO strike?". A verb of saying ("which sources say …") is a look-up of one claim, so it is not here.
    [GeneratedRegex(@"^(?:please\s+)?(?:(?:can|could)\s+you\s+(?:please\s+)?(?:tell\s+me\s+|show\s+me\s+|list\s+|find\s+(?:me\s+)?|give\s+me\s+)?)?"
        + @"(?:which|what|list(?:\s+all)?(?:\s+the)?|show\s+me(?:\s+all)?(?:\s+the)?|find(?:\s+me)?(?:\s+all)?(?:\s+the)?|(?:do\s+you\s+have\s+|are\s+there\s+|have\s+you\s+got\s+)?any|all(?:\s+the)?|the)"
        + @"\s+(?:other\s+)?(?:news\s+)?(?:articles|stories|reports|pieces|sources)(?:\s+(?:do\s+you\s+have|have\s+you\s+got|are\s+there|you\s+have))?"
        + @"\s+(?:also\s+)?(?:that\s+|which\s+)?(?:also\s+)?(?:mentions?|mentioning|names?|naming|covers?|covering|features?|featuring|talks?\s+about|talking\s+about|refers?\s+to|referring\s+to|(?:are|is)\s+about|about|on|regarding|concerning|discuss(?:es)?|discussing|deals?\s+with|dealing\s+with)"
        + @"\s+(?<subject>.+?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Request();
}
