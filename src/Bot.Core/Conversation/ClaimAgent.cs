using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Core.Text;

namespace Bot.Core.Conversation;

/// <summary>The one a passive claim says did it: "a museum" in "La Lavandera was bought by a museum in Texas".</summary>
/// <remarks>
/// The agent of a passive is the claim's subject in all but word order, so it is held as the first word is (ClaimLookup's
/// SubjectPresent): the sentence must write it, or a synonym of it, or the story must have written it up to the sentence.
/// "The painting had belonged to the same Texas family since 1951, when an oil engineer bought it" holds the painting, the
/// buying and Texas, so the word matcher confirmed the claim, but no museum bought anything. The agent's head is the last
/// word of its phrase ("an injured wrist" is a wrist); names are checked with the claim's other names, and "by" before an
/// amount ("rejected by more than a dozen", "up by a third") or a manner ("by shooting three endings") names no one.
/// </remarks>
public static partial class ClaimAgent
{
    /// <summary>The agent word of <paramref name="claim"/> that neither <paramref name="sentence"/> nor the story so far writes; null when there is none or it is written.</summary>
    public static string? Unwritten(string claim, string sentence, string foldedSoFar)
    {
        var head = Head(claim);
        if (head is null)
        {
            return null;
        }

        var stems = EnglishTerms.Analyze(head);
        var written = EnglishTerms.Analyze(sentence).ToHashSet(StringComparer.Ordinal);
        if (stems.Count == 0 || stems.All(written.Contains)
            || QuestionTerms.Words(sentence).Any(w => SynonymMatcher.Interchangeable(head, w.Word.ToLowerInvariant())))
        {
            return null;
        }

        return WrittenSoFar(head, foldedSoFar) ? null : head;
    }

    /// <summary>Whether the story so far writes <paramref name="word"/>, if only inside a word ("base" in "airbase"); a longer word may end otherwise ("athlete" in "athletics").</summary>
    internal static bool WrittenSoFar(string word, string foldedSoFar)
    {
        string stem = Folding.Fold(QuestionTerms.WithoutPossessive(word));
        return foldedSoFar.Contains(stem.Length > 5 ? stem[..^1] : stem, StringComparison.Ordinal);
    }

    /// <summary>The head word of the claim's passive agent, lowercase; null when the claim has none or it is a name or an amount.</summary>
    public static string? Head(string claim)
    {
        var match = Passive().Match(claim);
        if (!match.Success)
        {
            return null;
        }

        var phrase = match.Groups["phrase"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (phrase.Length == 0 || NoOne().IsMatch(phrase[0]))
        {
            return null;
        }

        return phrase[^1].ToLowerInvariant();
    }

    // A participle after a form of "be" or "get", then "by" and the agent's lowercase words up to a preposition, a clause or
    // the end. A capitalised word stops the phrase: a name is held by the name check.
    [GeneratedRegex(@"\b(?:was|were|is|are|been|being|be|get|gets|got)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ne|t|d)\s+by\s+(?:(?:a|an|the|its|his|her|their|our|some|local)\s+)?(?<phrase>\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,2}?)(?=$|[,.;:?!]|\s+(?:in|of|at|on|for|to|from|with|after|before|during|over|and|or|but|who|which|that|than|because|when|while|as)\b|\s+\p{Lu})")]
    private static partial Regex Passive();

    // Amounts and manners: "by more than a dozen", "by upwards of 6m", "by nine votes", "by shooting".
    [GeneratedRegex(@"^(more|fewer|less|upwards|over|under|up|around|about|nearly|almost|just|well|far|much|half|one|two|three|four|five|six|seven|eight|nine|ten|twice|\p{Ll}+ing)$")]
    private static partial Regex NoOne();
}
