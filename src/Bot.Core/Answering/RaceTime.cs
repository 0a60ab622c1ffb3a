using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>"What was the winning time in the men's Rotterdam marathon?": a question that asks for a time on the clock, and the sentences that give one.</summary>
/// <remarks>
/// A race's time is a span, not a date, but "how long" is not how it is asked, and a time on the clock is written its own
/// ways: "2:06:21", "in 47:05", "16 minutes and 12 seconds", "two hours, four minutes and 38 seconds". The lead of a race
/// story names the winner and the race ("… won the Rotterdam marathon on Sunday") and matches the question best; the time
/// may follow in the same sentence or in another of the story.
/// </remarks>
public static partial class RaceTime
{
    /// <summary>True when <paramref name="question"/> asks for a time on the clock ("winning time", "finishing time", "how fast").</summary>
    public static bool Asked(string question) => AskedPattern().IsMatch(question);

    /// <summary>True when <paramref name="sentence"/> gives a time on the clock.</summary>
    public static bool Given(string sentence) => GivenPattern().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:winning|finishing|race|record|qualifying|lap|course|personal\s+best|fastest)\s+time\b|\bhow\s+fast\s+(?:did|was|were)\b|\bwhat\s+time\s+did\s+\S+(?:\s+\S+)?\s+(?:run|clock|finish|record)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskedPattern();

    // Hours and minutes on a clock, or minutes and seconds ("2:06:21", "47:05"), not a score ("3-1") or a time of day; or
    // minutes and seconds, hours and minutes in words. Seconds alone are a margin ("59 seconds outside the world record").
    [GeneratedRegex(@"(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,2})?(?![\d:])(?!\s*(?:a\.?m|p\.?m|GMT|BST|local))|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\s+(?:minutes?,?\s+(?:and\s+)?(?:\d+|\w+)\s+seconds?|hours?,?\s+(?:\d+|\w+)\s+minutes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GivenPattern();
}
