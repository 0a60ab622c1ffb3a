using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>The kind of figure a question asks about ("profit", "sales", "staff"), and whether a sentence's figure is of that kind.</summary>
/// <remarks>
/// "How much profit did Calderon Bank make last year?" over a story that gives only the bank's £1.6bn offer for a building
/// society: any amount of money is not the profit asked for. "How many people work for Brightwater Energy?" over one that
/// gives its two million customers: any number is not its staff. A story that reports a firm's figures names what each is
/// ("pre-tax profits of £212m", "sales rose 4% to £3.1bn", "employs 400 people"), so the sentence that answers says the
/// kind, in its own words. Only kinds whose words news writes beside the figure are read; "How much did Lumo pay for
/// PixelRiver?" is answered by "… bought PixelRiver for $90m", so paying and costing are left to the amount alone.
/// </remarks>
public static class FigureKind
{
    // A count of votes is written beside them ("took the seat with 14,906 votes", "by 312 votes to 201", "by 212 to 198"):
    // "14 polling stations opened late … with ballot papers for the wrong district" counts stations, not votes.
    private static readonly Regex VoteCount = new(@"\b\d[\d,]*\s+(?:[\p{L}-]+\s+){0,2}?(?:votes?|ballots?)\b|\bby\s+\d[\d,]*\s+(?:votes\s+)?to\s+\d", RegexOptions.IgnoreCase);

    private static readonly Regex Scoreline = new(@"\b\d{1,3}\s*[-–]\s*\d{1,3}\b|\b(?:goalless|scoreless|nil-nil)\b", RegexOptions.IgnoreCase);

    // A share is no count: "the Unity Party's share of the vote fell by 19 percentage points" gives no number of votes.
    private static readonly Regex Share = new(@"\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b|percentage\s+points?\b|points?\b)", RegexOptions.IgnoreCase);

    // Counts, not sums of money; a score is two numbers.
    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal) { "staff", "votes", "crowd" };

    private static readonly (string Kind, Regex Asked, Regex Said)[] Kinds =
    [
        ("profit", Asking("profits?"), Words("profits?|earnings")),
        ("sales", Asking("sales|revenues?|turnover|takings"), Words(@"sales|revenues?|turnover|takings|income|grossed|taken|box\s+office")),
        ("loss", Asking("loss|losses", onlyHowMuch: true), Words("loss|losses|lost|deficit")),
        ("debt", Asking("debts?", onlyHowMuch: true), Words("debts?|owe[sd]?|owing|borrow(?:s|ed|ing)?|borrowings")),
        ("fine", Asking("fine|fined"), Words("fines?|fined|penalty|penalties")),
        ("pay", Asking("salary|salaries|wages?|bonus|bonuses"), Words("salary|salaries|wages?|bonus|bonuses|pay|paid|earns?|earned|package")),
        ("prize money", Asking(@"prize\s+money|prize\s+fund|winnings"), Words("prize|prizes|winnings|cheque|purse|earns?|earned|collects?|collected|pockets?|pocketed")),
        ("staff", StaffAsked(), Words(@"employ(?:s|ed|ees?|ing|ment)?|staff|workers|workforce|jobs|people\s+work|work(?:s|ing)?\s+(?:for|at)")),
        // "How many votes did Laura Penhaligon get?" is not answered by her majority.
        ("votes", new(@"^\W*how\s+many\s+votes\b", RegexOptions.IgnoreCase), Words("votes?|voted|ballots?")),
        // "what was the crowd at Brookfield Park for the first leg" is not answered by the match's result: a crowd is counted
        // as fans, spectators or an attendance ("in front of 31,402 fans").
        ("crowd", Asking("crowd|attendance"), Words(@"crowds?|fans|spectators|supporters|attendance|in\s+front\s+of|watched\s+by")),
        // "What was the score when Ashbury played Bramley Town?" is not answered by a preview of the match.
        ("score", new(@"^\W*what\s+(?:was|is)\s+the\s+(?:final\s+|full-time\s+|half-time\s+)?score\b", RegexOptions.IgnoreCase), Words(@"\d+")),
    ];

    /// <summary>The kind of figure <paramref name="question"/> asks about, or null when it asks about none of these.</summary>
    public static string? Asked(string question) => Kinds.FirstOrDefault(k => k.Asked.IsMatch(question)).Kind;

    /// <summary>True when <paramref name="sentence"/> names a figure of <paramref name="kind"/>.</summary>
    public static bool Said(string sentence, string kind) => Kinds.First(k => k.Kind == kind).Said.IsMatch(sentence);

    /// <summary>True when <paramref name="sentence"/> holds a figure of the right shape for <paramref name="kind"/>: a number for
    /// a count, a result ("3-1", "24–10") for a score, else money.</summary>
    public static bool HoldsFigure(string sentence, string kind) =>
        kind switch
        {
            "score" => Scoreline.IsMatch(sentence),
            "votes" => VoteCount.IsMatch(sentence),
            _ when Counts.Contains(kind) => AnswerType.HasNumber(Share.Replace(sentence, " ")),
            _ => AnswerType.HasMoney(sentence),
        };

    private static Regex Words(string alternation) =>
        new($@"\b(?:{alternation})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A question about the sum itself: "How much profit …", "How big was the loss?", "What profit did …", "What were
    // Harwick's pre-tax profits …", or a few words ending with it ("McAllister prize money?"). Not "Which firm made a loss?",
    // "Who paid the fine?", "Did Skylark make a profit?", "Tell me about its profits" or "What caused the loss?". Losses and debts may be of lives or
    // favours ("What were the losses of the French army?"), so only "how much" and "how big" ask for theirs.
    private static Regex Asking(string kind, bool onlyHowMuch = false)
    {
        string howMuch = $@"how\s+(?:much|big|large|great)\b.*\b(?:{kind})\b";
        string what = $@"what\s+(?:{kind})\b|what\s+(?:was|were|is|are|will\s+be)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{kind})\b";
        string bare = $@"(?!\s*(?:who|whom|whose|which|where|when|why|what|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|tell|show|give|find|list)\b)(?:(?:[\w'’&.-]+\s+){{1,5}}(?:{kind})|(?:[\w'’&.-]+\s+){{0,3}}(?:{kind})\s+(?:at|of|for|from)\s+(?:[\w'’&.-]+\s*){{1,4}})\W*$";
        return new($@"^\W*(?:{howMuch}{(onlyHowMuch ? "" : "|" + what + "|" + bare)})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    // "How many people work for Brightwater Energy?", "How many staff does Lumo employ?", "How big is its workforce?";
    // not "How many people were on the project …?", which counts something else.
    private static Regex StaffAsked() => new(
        @"^\W*(?:how\s+many\s+(?:people|staff|workers|employees)\b.*\b(?:work|works|working|employ|employs|employed)\b|how\s+many\s+(?:staff|employees|workers)\s+(?:does|do|did|has|have|had)\b|how\s+(?:big|large)\s+is\b.*\bworkforce\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
