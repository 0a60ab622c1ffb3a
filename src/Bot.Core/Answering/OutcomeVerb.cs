using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>A yes-or-no question on how something turned out ("Did Danube Harbour Partners end up suing over the Volos
/// tender?", "Has Tana Cement filed an appeal yet?"), and answers that never tell of the thing done.</summary>
/// <remarks>
/// Such a question names the act it asks about: the verb after "end up", or the one after "has …" in a question that asks
/// "yet". A story that says the bidder lost ("beat a rival offer of €43.9m from Danube Harbour Partners") or that the firm was
/// fined holds the question's names and most of its words, but not the act: it cannot say whether the bidder sued or the firm
/// appealed. The quote's first sentence is its answer, so when it never writes the act's verb (by its stem), the quote does
/// not answer. Light verbs ("get", "make", "go") say too little of the act to be looked for.
/// </remarks>
public static partial class OutcomeVerb
{
    /// <summary>The act a yes-or-no question on an outcome asks about ("suing", "filed"), or null when it asks none.</summary>
    public static string? Asked(string question)
    {
        if (!YesOrNo().IsMatch(question))
        {
            return null;
        }

        var verb = EndUp().Match(question) is { Success: true } endUp ? endUp.Groups["verb"].Value
            : HasYet().Match(question) is { Success: true } yet ? yet.Groups["verb"].Value
            : null;
        return verb is null || Light().IsMatch(verb) ? null : verb;
    }

    /// <summary>True when <paramref name="sentence"/> writes <paramref name="verb"/>, in any form ("sued" for "suing").</summary>
    public static bool Tells(string sentence, string verb)
    {
        var stem = EnglishTerms.StemmedWords(verb).Select(w => w.Stem).FirstOrDefault(s => s is not null);
        return stem is null || EnglishTerms.StemmedWords(sentence).Any(w => w.Stem == stem);
    }

    // A question's start, after up to one word of chat ("and", "so", "ok").
    private const string Opening = @"^\W*(?:(?:and|so|ok|okay)\W+)?";

    [GeneratedRegex(Opening + @"(?:did|has|have|had|was|were|is|are)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesOrNo();

    [GeneratedRegex(@"\bend(?:ed)?\s+up\s+(?<verb>\p{L}+ing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndUp();

    // "Has Tana Cement filed an appeal against the judgment yet?", "has kevin lusk pleaded guilty yet?": the first word after
    // the subject that ends as a past participle does.
    [GeneratedRegex(Opening + @"(?:has|have|had)\s+(?:[\p{L}\p{N}'’.&-]+\s+){1,8}?(?<verb>\p{Ll}+(?:ed|en))\b.*\byet\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasYet();

    [GeneratedRegex(@"^(?:get|gets|got|getting|gotten|make|makes|made|making|go|goes|going|gone|went|do|does|doing|done|did|have|having|had|be|being|been|keep|keeping|kept)$", RegexOptions.IgnoreCase)]
    private static partial Regex Light();
}
