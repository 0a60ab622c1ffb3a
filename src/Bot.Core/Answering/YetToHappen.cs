using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>A question about something done whose closest sentence says it is still to come.</summary>
/// <remarks>
/// News reports what will happen as often as what did: "Mr Falk said he would vote against the government next
/// Wednesday" holds nearly every word of "How many Labour MPs voted against the government in the debate?", and so does
/// "the trainer would decide next week whether to run the horse in the Grand National" of "Did Stormy Crest run in the
/// Grand National?". Neither can answer: the vote and the race have not happened in the story. A sentence puts the
/// question's word in the future when every time it writes it, it writes it after "will", after "to" that plans
/// ("whether to", "plans to", "set to"), or after "would" in reported speech ("said he would"). In narrative, "would"
/// tells what did happen later ("he would go on to win"), so it counts only after a reporting verb.
/// </remarks>
public static partial class YetToHappen
{
    // How far back from "would" a reporting verb may stand: "said he would", "told reporters that the union would".
    private const int ReportReach = 5;

    /// <summary>The question's word that <paramref name="sentence"/> only ever puts in the future, and the sentence's words for it ("would vote" for "voted"); null when none.</summary>
    public static (string Asked, string Said)? Find(string question, string sentence)
    {
        if (AskedAhead().IsMatch(question))
        {
            return null;
        }

        bool didAsked = Did().IsMatch(question);
        var said = EnglishTerms.StemmedWords(sentence);
        foreach (var (word, stem, index) in EnglishTerms.StemmedWords(question))
        {
            bool name = char.IsUpper(word[0]);
            if (stem is null || (name ? !didAsked || index == 0 : !(didAsked || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))))
            {
                continue;
            }

            var ahead = Enumerable.Range(0, said.Count).Where(k => said[k].Stem == stem).Select(k => name ? AheadTo(said, k) : Ahead(said, k)).ToList();
            if (ahead.Count > 0 && ahead.All(a => a is not null))
            {
                return (word, ahead[0]!);
            }
        }

        return null;
    }

    // The words that put said[k] in the future ("would vote", "whether to run"), or null when it is not.
    private static string? Ahead(List<(string Word, string? Stem, int Index)> said, int k)
    {
        int at = k - 1;
        while (at >= 0 && Between().IsMatch(said[at].Word))
        {
            at--;
        }

        if (at < 0)
        {
            return null;
        }

        string marker = said[at].Word;
        bool ahead = Will().IsMatch(marker)
            || (marker.Equals("to", StringComparison.OrdinalIgnoreCase) && at > 0 && Plans().IsMatch(said[at - 1].Word))
            || (marker.Equals("would", StringComparison.OrdinalIgnoreCase) && said.Skip(Math.Max(0, at - ReportReach)).Take(at - Math.Max(0, at - ReportReach)).Any(w => Reported().IsMatch(w.Word)));
        return ahead ? string.Join(' ', said.Skip(at).Take(k - at + 1).Select(w => w.Word)) : null;
    }

    // "How far did Ines Dalgaard get at Wimbledon?" over "Dalgaard will now travel to Wimbledon": a place or event named
    // only where a verb in the future goes ("will travel to", "is set to play at") has not been reached in the story.
    private static string? AheadTo(List<(string Word, string? Stem, int Index)> said, int k) =>
        k >= 2 && Preposition().IsMatch(said[k - 1].Word) && char.IsLower(said[k - 2].Word[0]) && Ahead(said, k - 2) is { } verb
            ? $"{verb} {said[k - 1].Word} {said[k].Word}"
            : null;

    [GeneratedRegex(@"^(to|at|in|for|into|against)$", RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();

    // A question that asks about the future itself: "When will the appeal be heard?", "Is he going to run?"; or about what is
    // under way or to come, as news writes plans: "How many Brannock stores are being closed?", "… are to be closed?".
    [GeneratedRegex(@"\b(will|would|shall|going\s+to|plan|plans|planned|expected|due|next|upcoming|future|(?:is|are)\s+(?:being|to\s+be))\b|['’]ll\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskedAhead();

    [GeneratedRegex(@"\bdid\b", RegexOptions.IgnoreCase)]
    private static partial Regex Did();

    // Words that may stand between the marker and the verb: "will not vote", "would also decide", "will be held".
    [GeneratedRegex(@"^(not|also|then|still|now|soon|only|be|have|formally|finally)$", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"^(will|shall|\w*['’]ll|won['’]t)$", RegexOptions.IgnoreCase)]
    private static partial Regex Will();

    // "agreed to buy" and "is to buy" are left out: a deal agreed answers "Which firm did Lumo buy?" as a reader means it.
    // So is "due to", which as often gives a cause ("called off due to rain").
    [GeneratedRegex(@"^(whether|plan|plans|planned|planning|expected|set|going|intends|intend|hopes|hope|aims|aim)$", RegexOptions.IgnoreCase)]
    private static partial Regex Plans();

    [GeneratedRegex(@"^(said|says|say|told|tells|announced|announces|insisted|confirmed|confirms|promised|warned|added|predicted|expects|expected|believes|believed|hopes|hoped|claimed|argued|stated)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reported();
}
