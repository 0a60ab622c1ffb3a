using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>A question about what someone is paid or earns ("How much is Lilian Otieno paid as chief executive?", "What's
/// Tomás Aguirre's salary?", "How much is Bajamed paying Elizondo?"), and sentences that give such a sum.</summary>
/// <remarks>
/// A story about a new chief executive, a signing or a council often gives sums, but of other things: the firm's profits, a
/// transfer fee, a budget, an expansion the new man will oversee. "How much is Lilian Otieno paid?" found "Tana Cement chief
/// executive Ms Lilian Achieng Otieno said … the company had already spent KSh 310 million upgrading its effluent plant", which
/// names her and gives a sum, and is not her pay. A sum answers only in a sentence that says it is paid or earned: a salary, a
/// wage, a fee, a package, "a week", "a year"; for what a firm or a film earns, its profit, income, revenue or takings.
/// </remarks>
public static partial class PayQuestion
{
    /// <summary>True when <paramref name="question"/> asks how much someone or something is paid or earns.</summary>
    public static bool Asked(string question) => PaidOrEarns().IsMatch(question) || Salary().IsMatch(question) || PayingSomeone().IsMatch(question);

    /// <summary>True when <paramref name="sentence"/> gives a sum as pay or earnings.</summary>
    public static bool Gives(string sentence) => PayWords().IsMatch(sentence) && AnswerType.HasMoney(sentence);

    // "how much is X paid", "how much does mayor voss get paid", "how much will X earn a week"; not what a country earns
    // "from" its exports, which is trade, nor a question already given its sum.
    [GeneratedRegex(@"\bhow\s+much\s+(?:is|was|will|does|did|are|were|has|had)\s+.+?\s+(?:being\s+|getting\s+|get\s+|be\s+)?(?:paid|earn|earning|earns|earned)\b(?!\s+from\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PaidOrEarns();

    [GeneratedRegex(@"^\W*(?:what(?:['’]?s|\s+(?:is|was|were|are|will\s+be))|how\s+much)\b.*\bsalar(?:y|ies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Salary();

    // "How much is Bajamed paying Elizondo?", "How much is Misti paying Arregui per year?": paying someone named.
    [GeneratedRegex(@"\b(?i:how\s+much\s+(?:is|was|will|does|did|are|were)\s+).+?\s+(?i:paying|pay)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*\s*(?i:(?:per|a|each)\s+(?:year|week|month|season))?\s*\??\s*$")]
    private static partial Regex PayingSomeone();

    [GeneratedRegex(@"\b(?:pay|pays|paid|paying|payment|earn\w*|salary|salaries|wages?|package|remuneration|bonus|purse|fees?|contract|profits?|income|revenue|sales|turnover|takings|grossed|box\s+office)\b|\b(?:a|per|each)\s+(?:week|month|year|annum|season)\b|\bannual\b", RegexOptions.IgnoreCase)]
    private static partial Regex PayWords();
}
