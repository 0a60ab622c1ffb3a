using System.Text.RegularExpressions;

namespace Bot.Core.Conversation;

/// <summary>
/// The act a claim turns on and the phrasings a sentence may tell it in. An official or legal act ("arrested", "vetoed") or
/// an outcome ("won", "rejected", "went bankrupt") is the point of a claim that names one, so a sentence about the same people
/// that tells of something else ("voted to accept" for "voted down", "demanding a 12% pay rise" for "won a 12% raise") does
/// not make it.
/// </summary>
internal static partial class ClaimActs
{
    // Outcome words the thesaurus has no single word for, told in phrases: "turned down by 14 publishers" for "rejected".
    private static readonly (Regex Act, Regex Told)[] Phrasings =
    [
        (Words("rejected|reject|rejects"), Words(@"turned\s+down|threw\s+out|thrown\s+out|voted\s+(?:against|down)|refused|declined|spurned|snubbed|vetoed")),
        (Words("approved"), Words(@"backed|passed|gave\s+(?:the\s+|its\s+)?(?:go-ahead|green\s+light)|signed\s+off|endorsed|voted\s+(?:for|in\s+favour|to\s+approve)|cleared|agreed")),
        (Words("accepted"), Words(@"agreed\s+to|took\s+up|voted\s+(?:for|in\s+favour|to\s+accept)|backed|signed\s+up")),
        (Words("won"), Words(@"win|wins|winners?|winning|beat|beating|defeat\w*|victor\w*|champions?|titles?|awarded|clinched|secured|triumphed|upheld")),
        (Words("overturned"), Words(@"reversed|quashed|set\s+aside|struck\s+down|overruled")),
        (Words("voted"), Words(@"votes?|ballot")),
        (Words("appealing"), Words(@"appeal|appealed|challeng\w*|contest\w*")),
        (Words("bankrupt|bankruptcy"), Words(@"insolven\w*|administration|liquidat\w*|receivership|collapsed|went\s+under|went\s+bust")),
        (Words("lose"), Words(@"lost|losing|loss|forfeit\w*|docked|stripped|without\s+pay|unpaid")),
        (Words("hat-trick"), Words(@"three\s+(?:goals|tries|wickets)")),
    ];

    // Acts a claim tells in a phrase: "turned down the improved offer" and "voted down the bill" claim a rejection.
    private static readonly (Regex Phrase, string Act)[] PhrasalActs =
    [
        (Words(@"turn(?:ed|s|ing)?\s+down|voted\s+down|thr(?:ew|own)\s+out"), "rejected"),
        (Words(@"went\s+(?:bust|under)"), "bankrupt"),
    ];

    /// <summary>The acts <paramref name="claim"/> tells in phrases, each as the word for it ("rejected" for "turned down").</summary>
    public static IEnumerable<string> InPhrases(string claim) => PhrasalActs.Where(p => p.Phrase.IsMatch(claim)).Select(p => p.Act);

    /// <summary>True when <paramref name="word"/> of a claim names an act or outcome the claim turns on.</summary>
    public static bool IsAct(string word) => Act().IsMatch(word);

    /// <summary>True when <paramref name="sentence"/> tells the act <paramref name="word"/> in one of its phrasings.</summary>
    public static bool ToldInPhrase(string word, string sentence) =>
        Phrasings.Any(p => p.Act.IsMatch(word) && p.Told.IsMatch(sentence));

    private static Regex Words(string alternatives) =>
        new($@"\b(?:{alternatives})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^(?:arrested|charged|convicted|fined|banned|jailed|imprisoned|sentenced|acquitted|sued|appealed|indicted|impeached|expelled|deported|scrapped|frozen|nationali[sz]ed|unanimous|unanimously|cancelled|canceled|suspended|sacked|vetoed|ratified|outlawed|won|overturned|accepted|approved|rejected|voted|appealing|bankrupt|bankruptcy|lose|hat-trick)$", RegexOptions.IgnoreCase)]
    private static partial Regex Act();
}
