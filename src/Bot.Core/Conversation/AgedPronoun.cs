using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Core.Answering.Names;
using Bot.Core.Retrieval;

namespace Bot.Core.Conversation;

/// <summary>Reads "he" or "she" in "how old is she?" after a "Who …?" answer as the one name of the answer whose story gives an age.</summary>
/// <remarks>
/// An age is asked of a person, and news gives a person's age once, where it first writes the name in full or next uses the
/// surname, so the cited story tells which of the answer's names "she" is: after "who won the ghanzi west by-election?",
/// "Gaone Mosweu" (the story says "Mosweu, 38, polled 5,862 votes"), not the "Kalahari People's Party" beside her. Read only
/// when <see cref="AnswerPronouns.Resolve"/>'s model is unsure which name answered: read first, it took "Mr Toohey" for the
/// mayor asked about, whose age another story gives ("he had spoken to Mr Toohey", in a story that gives Toohey's age).
/// </remarks>
public sealed class AgedPronoun(IPassageStore store)
{
    /// <summary><paramref name="utterance"/> with its pronoun replaced by the aged name, or null when that does not apply.</summary>
    public async Task<string?> ResolveAsync(string utterance, IReadOnlyList<ConversationTurn> turns, CancellationToken cancellationToken)
    {
        if (CitedAfterWho(utterance, turns) is not { } asked)
        {
            return null;
        }

        var passages = await store.PassagesOfAsync([asked.Cited.ArticleId], cancellationToken).ConfigureAwait(false);
        return Put(utterance, turns, asked, string.Join("\n", passages.OrderBy(p => p.Start).Select(p => p.Text)));
    }

    /// <summary>
    /// <paramref name="utterance"/> with its pronoun replaced by the one name of the last answer's first sentence that
    /// <paramref name="story"/> gives an age beside (or beside its surname); null when none or several do, or when the
    /// utterance asks no age of a pronoun after a "Who …?" answer.
    /// </summary>
    public static string? Resolve(string utterance, IReadOnlyList<ConversationTurn> turns, string story) =>
        CitedAfterWho(utterance, turns) is { } asked ? Put(utterance, turns, asked, story) : null;

    // The utterance with the one name of the answer's first sentence that the story gives an age, if there is one.
    private static string? Put(string utterance, IReadOnlyList<ConversationTurn> turns, (Citation Cited, Match Pronoun) asked, string story) =>
        AnswerPronouns.AgedName(turns[^1].ResolvedText, asked.Cited.Quote, story) is { } name ? AnswerPronouns.PutFor(utterance, asked.Pronoun, name) : null;

    // The last answer's first citation and the utterance's pronoun, when the utterance asks the age of "he", "she" or "they"
    // (no name before the pronoun) after a "Who …?" answer.
    private static (Citation Cited, Match Pronoun)? CitedAfterWho(string utterance, IReadOnlyList<ConversationTurn> turns) =>
        AnswerType.AsksForAge(utterance) && turns.Count > 0 && turns[^1] is { Reply: { Abstained: false, Citations.Count: > 0 } reply } last
        && AnswerNames.AsksWho(last.ResolvedText) && AnswerPronouns.PronounIn(utterance) is { Success: true } match
        && QuestionTerms.Names(utterance[..match.Index]).Count == 0
            ? (reply.Citations[0], match)
            : null;
}
