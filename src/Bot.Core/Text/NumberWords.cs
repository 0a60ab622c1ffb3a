namespace Bot.Core.Text;

/// <summary>Numbers written as words, as parts of the patterns that read numbers.</summary>
/// <remarks>News spells out numbers under ten, and any number that opens a sentence: "Fourteen people were arrested". Each
/// check that reads a number in words reads the same ones, so that none knows "twelve" and misses "fourteen" or "sixty".</remarks>
public static class NumberWords
{
    /// <summary>Two to nineteen, and the tens to ninety ("twenty-one" starts with one of them).</summary>
    public const string TwoAndUp = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
        + "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /// <summary>One to nineteen, and the tens to ninety.</summary>
    public const string Cardinal = "one|" + TwoAndUp;
}
