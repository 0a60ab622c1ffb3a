using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>"Why did Helga Strasser decide to retire?": a reason asked for a decision or a departure, and the sentences that
/// give one.</summary>
/// <remarks>
/// A story reports that someone quit, was dropped or called something off far more often than it says why, and the sentence
/// that tells of it restates the question ("Renner will take over from Helga Strasser, 63, who is retiring after 11 years").
/// Such a quote does not answer, so the reader is told the stories do not say why. A reason is read from its words:
/// "because", "due to", "citing", "blamed", "after" or "following" an event (not "after 11 years" or "after leaving"), "as the
/// programme was believed to …", "left Parliament to become …". Reasons in history and science are often told without such
/// words ("Knowing that Stalin was hostile …"), so only questions about a decision or a departure are held to this
/// (docs/quality.md, sixty-fourth pass).
/// </remarks>
public static partial class ReasonQuestion
{
    /// <summary>True when <paramref name="question"/> asks why someone decided, left or called something off.</summary>
    public static bool Asked(string question) => WhyAsked().IsMatch(question) && Decision().IsMatch(question);

    /// <summary>True when <paramref name="sentence"/> gives a reason in words that say so.</summary>
    public static bool Gives(string sentence) =>
        ReasonWords().IsMatch(sentence) || AfterAnEvent().IsMatch(sentence) || Conjunction().IsMatch(sentence) || DepartureFor().IsMatch(sentence);

    // "Why …", "and why …", "for what reason …", "what was the reason …", "what led / prompted / made …".
    [GeneratedRegex(@"^\W*(?:(?:and|so|ok|but|then)\W+)?(?:why\b|for\s+what\s+reasons?\b|what\s+(?:was|were|is|are)\s+the\s+reasons?\b|how\s+come\b|what\s+(?:led|prompted|made)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhyAsked();

    // Leaving, quitting and being dropped; deciding, refusing, calling off, scrapping, rejecting and the like.
    [GeneratedRegex(@"\b(?:leav(?:e|es|ing)|left|quit(?:s|ting)?|retir(?:e|ed|es|ing)|resign(?:ed|s|ing)?|st(?:ep|eps|epped|and|ands|ood)\s+down|sack(?:ed)?|dismiss(?:ed)?|fired|drop(?:ped)?|decid(?:e|ed|es)|call(?:ed)?\s+off|cancel(?:led|ed|s)?|withdr(?:aw|awn|ew)|reject(?:ed|s)?|vote[ds]?\s+(?:down|against|to)|thr(?:ew|ow)\s+out|br(?:eak|oke)\s+up|split|f(?:all|ell)\s+out|reshuffle|refus(?:e|ed|es|ing)|scrap(?:ped|ping|s)?|delay(?:ed)?|postpone[ds]?|clos(?:e|ed|ing)|shut|ban(?:ned)?|suspend(?:ed)?|abandon(?:ed)?|pull(?:ed)?\s+out|revis(?:e|ed)|cut|sell|sold|move[sd]?|switch(?:ed)?|join(?:ed)?|back(?:ed)?\s+out)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Decision();

    [GeneratedRegex(@"\b(?:because|due\s+to|owing\s+to|as\s+a\s+result|thanks\s+to|on\s+the\s+grounds|grounds\s+of|citing|cited|blam(?:e|ed|es|ing)|reasons?\s+(?:for|why|was|is|being)|caus(?:e|ed|ing)|result(?:ed|ing)?\s+(?:of|from|in)|in\s+order\s+to|so\s+that|so\s+as\s+to|in\s+(?:a\s+)?protest|protest(?:s|ed|ing)?\s+(?:over|at|against)|in\s+response\s+to|in\s+the\s+wake\s+of|prompted|led\s+to|fault|faulty|failure|failed|concerns?\s+(?:about|over|that)|fears?\s+(?:about|over|of|that)|row\s+(?:over|with)|dispute|disagreement|misconduct|ill\s+health|health\s+reasons|personal\s+reasons|therefore|hence|forced|based\s+on|reflect(?:s|ed)?\s+the\s+fact|hampered\s+by|for\s+(?:fear|lack|want)\s+of|lack\s+of|in\s+(?:a\s+bid|an\s+attempt|an\s+effort)\s+to|knowing|anticipating|trying|arguing|stating|explaining|believing|hoping|fearing|seeking|wanting|saying)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonWords();

    // "resigned after clashes between police and farmers", "following his appointment as chairman"; not a time ("after 11
    // years", "six weeks after", "after 7pm"), nor the departure itself or the career before it ("after leaving rival Ionian
    // Seaways", "after a career at a Danish shipping line").
    [GeneratedRegex(@"\b(?:after|following|amid)\s+(?!\d)(?!(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|more\s+than|nearly|almost|about|some|several|just|only|a\s+few|many)\b[\w\s-]{0,12}?\b(?:years?|months?|weeks?|days?|hours?|minutes?|seasons?|decades?|terms?|games?|matches|spells?)\b)(?!(?:leaving|joining|taking|the\s+(?:end|start)|a\s+career|his|her|their|its|being\s+appointed)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AfterAnEvent();

    // "… since René-Robert Cavelier had explored the Ohio Country", "in 2007 as the program was believed to …".
    [GeneratedRegex(@"(?:^|,\s*|\b(?:and|but)\s+)(?:since|as)\s+(?!(?:a|an|the|well|part|of|chief|head|director|minister|president|chairman|its|his|her|their|\d)\b)|\bas\s+(?:it|they|he|she|there|the\s+\w+\s+(?:was|were|is|are|had|has|could|would))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Conjunction();

    // "left Parliament to become chief executive", "stood down to take up a job in the private sector".
    [GeneratedRegex(@"\b(?:to|and)\s+(?:become|take\s+up|join|spend|focus|pursue|concentrate|make\s+room|make\s+way)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DepartureFor();
}
