using System.Text.RegularExpressions;
using Bot.Core.Answering;

namespace Bot.Core.Conversation;

/// <summary>A sentence that gives a claim's number to someone else: "Shares in Castleford Ales rose 14% on the news, while Halloran &amp; Pike shares were unchanged" for "Halloran &amp; Pike shares jumped 14%".</summary>
/// <remarks>
/// Business and sport stories set two parties side by side in one sentence ("X rose 14%, while Y fell 2%"), so the sentence
/// holds the claim's name, its number and its verb, and the word matcher confirmed it. Only a contrast splits the sentence
/// (", while", ", whereas", ", but", a semicolon): the number must stand in a part that names the claim's party, and when the
/// part that gives it names none of the claim's names while another part names them all, the sentence says it of someone else.
/// </remarks>
public static partial class ClaimClauses
{
    /// <summary>The claim's number and the part of <paramref name="sentence"/> that gives it to a party other than the one named by <paramref name="names"/>; null when it does not.</summary>
    public static (string Claimed, string Said)? GivenToAnother(string claim, string sentence, IReadOnlyCollection<string> names)
    {
        var parts = Contrast().Split(sentence);
        if (parts.Length < 2 || names.Count == 0)
        {
            return null;
        }

        bool Names(string part, string name) => Regex.IsMatch(part, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(QuestionTerms.WithoutPossessive(name))}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var numbers = parts.Select(ClaimNumbers.Values).ToList();
        foreach (string value in ClaimNumbers.Values(claim))
        {
            var giving = parts.Where((p, i) => numbers[i].Contains(value)).ToList();
            if (giving.Count > 0 && giving.All(p => !names.Any(n => Names(p, n)))
                && parts.Any(p => !giving.Contains(p) && names.All(n => Names(p, n))))
            {
                return (value, giving[0].Trim());
            }
        }

        return null;
    }

    [GeneratedRegex(@",\s*(?:while|whereas|but)\b|;|\s+whereas\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Contrast();
}
