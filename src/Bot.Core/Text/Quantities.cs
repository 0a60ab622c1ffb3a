using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Text;

/// <summary>Amounts as a reader may write them: "a quarter" and "one in four", "three decades" and "30 years".</summary>
/// <remarks>
/// A reader who asks where a claim comes from puts its numbers in their own words: "over 50%" for "more than half",
/// "thirty-eight thousand pounds" for "£38,000", "more than a dozen times" for "14 emails", "in the 19th century" for "in
/// 1894". Word matching sees none of these, and the number checks read "three" in "three decades" as a number the story never
/// gives. So each amount is read as a range of values of one dimension (a share, a length of time, a sum in one currency, a
/// count, a year), and two amounts agree when their ranges meet. "More than", "fewer than" and "about" widen a range the way
/// they widen the claim; a share written as a fraction is rounded ("four in five" is 79 per cent), and so is a time span.
/// </remarks>
public static partial class Quantities
{
    // "four in five" for 79 per cent, "a third" for 35 per cent: a fraction is a rounded share.
    private const double ShareSlack = 0.03;

    // "eighteen months" is a year and a half.
    private const double SpanSlack = 0.05;

    // "about 300" allows a tenth either way.
    private const double AboutSlack = 0.1;

    // An amount in other words states the claim's only near its value: "more than 4,600 times" meets "upwards of 6m" (both
    // have no top) but says nothing of it, where "more than six million" does.
    private const double StatedRatio = 2;

    // A share or a sum written in figures is read as written, to its rounding: "62%" is 61.5–62.5%, "7.2%" 7.15–7.25% (so
    // that it is no "6.5 per cent").
    private const double PercentSlack = 0.005;
    private const double SumSlack = 0.005;

    // Basis points and percentage points are written whole, or to a half ("half a percentage point", "2.5 basis points").
    private const double PointsSlack = 0.1;

    /// <summary>What an amount measures: values of different dimensions never agree.</summary>
    public enum Dimension { Share, Days, Money, Count, Year, Points }

    /// <summary>An amount written at <see cref="Start"/> (<see cref="Length"/> characters), as the range of values it allows
    /// around the <see cref="Value"/> it writes; a sum of money also has its <see cref="Currency"/> ("pound", "rand").</summary>
    public readonly record struct Quantity(int Start, int Length, Dimension Dimension, double Low, double High, double Value, string Currency = "")
    {
        /// <summary>True when both amounts measure the same thing and their ranges meet.</summary>
        public bool Agrees(Quantity other) =>
            (Dimension == other.Dimension && Currency == other.Currency || Unpriced(this, other) || Unpriced(other, this))
            && Low <= other.High && other.Low <= High;

        // "the lecturers' 9.8bn" for "KSh 9.8 billion": a count of millions beside a sum is the sum without its currency.
        private static bool Unpriced(Quantity count, Quantity sum) =>
            count.Dimension == Dimension.Count && count.Value >= 1e6 && sum.Dimension == Dimension.Money;

        /// <summary>True when this amount agrees with <paramref name="other"/> and writes a value near its value.</summary>
        /// <remarks>Two ranges closed at both ends agree only near each other ("340" is "hundreds of"); an open one ("more
        /// than", "fewer than") must also be near in value, or write a value inside the closed one: "more than 6,000 people"
        /// are "thousands of residents".</remarks>
        public bool States(Quantity other) =>
            Agrees(other) && ((Closed && other.Closed) || Inside(this, other) || Inside(other, this)
                || Math.Max(Value, other.Value) <= StatedRatio * Math.Min(Value, other.Value));

        private static bool Inside(Quantity open, Quantity closed) => !open.Closed && closed.Closed && closed.Low <= open.Value && open.Value <= closed.High;

        private bool Closed => Low > 0 && High < double.MaxValue;
    }

    /// <summary>Every amount written in <paramref name="text"/>, longest reading first where two overlap.</summary>
    public static IReadOnlyList<Quantity> In(string text)
    {
        var found = new List<Quantity>();
        foreach (Match m in Amount().Matches(text))
        {
            if (Read(m) is { } q && !found.Any(f => f.Start < q.Start + q.Length && q.Start < f.Start + f.Length))
            {
                found.Add(q);
            }
        }

        return found;
    }

    /// <summary><paramref name="claim"/> without the amounts that <paramref name="text"/> states in other words.</summary>
    /// <remarks>Amounts written the same way are left in: the number checks read those as they are.</remarks>
    public static string WithoutStated(string claim, string text)
    {
        var stated = Stated(claim, text);
        for (int i = stated.Count - 1; i >= 0; i--)
        {
            claim = string.Concat(claim.AsSpan(0, stated[i].Start), " ", claim.AsSpan(stated[i].Start + stated[i].Length));
        }

        return claim;
    }

    /// <summary>The amounts of <paramref name="claim"/> that <paramref name="text"/> states too, in other words.</summary>
    public static IReadOnlyList<Quantity> Stated(string claim, string text)
    {
        var said = In(text);
        return In(claim).Where(c => !text.Contains(claim.Substring(c.Start, c.Length), StringComparison.OrdinalIgnoreCase)
            && said.Any(s => s.States(c))).ToList();
    }

    /// <summary>The amounts of <paramref name="claim"/>, as written there, that <paramref name="text"/> states in other words.</summary>
    public static IEnumerable<string> StatedPhrases(string claim, string text) =>
        Stated(claim, text).Select(q => claim.Substring(q.Start, q.Length));

    private static Quantity? Read(Match m)
    {
        string bound = Spaces().Replace(m.Groups["bound"].Value.ToLowerInvariant(), " ");
        return m.Groups["century"].Success ? Century(m)
            : m.Groups["decade"].Success ? Decade(m)
            : m.Groups["unit"].Success ? Span(m, bound)
            : m.Groups["points"].Success ? Points(m, bound)
            : m.Groups["share"].Success ? Share(m, bound)
            : m.Groups["money"].Success ? Money(m, bound)
            : m.Groups["dozen"].Success ? Widen(m, Dimension.Count, (Number(m, "dn") ?? 1) * 12, 0, bound)
            : m.Groups["many"].Success ? Many(m)
            : m.Groups["count"].Success ? Count(m, bound)
            : null;
    }

    private static double? Number(Match m, string group) => m.Groups[group].Success ? Value(m.Groups[group].Value) : null;

    // "the 19th century" holds the years 1800–1899; "the 1990s" 1990–1999.
    private static Quantity? Century(Match m) =>
        Number(m, "cn") is { } century ? new Quantity(m.Index, m.Length, Dimension.Year, (century - 1) * 100, (century * 100) - 1, (century - 0.5) * 100) : null;

    private static Quantity Decade(Match m)
    {
        double start = double.Parse(m.Groups["decade"].Value, CultureInfo.InvariantCulture);
        return new Quantity(m.Index, m.Length, Dimension.Year, start, start + 9, start + 5);
    }

    // "eighteen months", "a year and a half", "24 hours": a span in days ("a" and "an" are one).
    private static Quantity Span(Match m, string bound)
    {
        double count = (m.Groups["span"].Success ? Number(m, "span") : null) ?? 1;
        double days = (count + (m.Groups["andhalf"].Success ? 0.5 : 0)) * UnitDays(m.Groups["unit"].Value);
        return Widen(m, Dimension.Days, days, days * SpanSlack, bound);
    }

    // "62 per cent" as written, "one in four" (not "3 in 2019") and "a quarter" rounded.
    private static Quantity? Share(Match m, string bound)
    {
        bool percent = m.Groups["pct"].Success;
        double share = percent ? Number(m, "pn")!.Value / 100
            : m.Groups["of"].Success ? (Number(m, "b") is >= 2 and <= 100 and var of ? Number(m, "a")!.Value / of : 0)
            : Fraction(m.Groups["frac"].Value, Number(m, "fn") ?? 1);
        return share is > 0 and <= 1 ? Widen(m, Dimension.Share, share, percent ? PercentSlack / Precision(m.Groups["pn"].Value) : ShareSlack, bound) : null;
    }

    // A change in a rate, in percentage points: "a full percentage point" is 100 basis points, not "50 basis points".
    private static Quantity? Points(Match m, string bound)
    {
        string count = m.Groups["ptn"].Value.ToLowerInvariant();
        double? value = count.StartsWith("half", StringComparison.Ordinal) ? 0.5 : count is "a" or "an" ? 1 : Value(count);
        if (value is not { } points)
        {
            return null;
        }

        // Percentage points as they are; basis points are hundredths of one.
        double scale = char.ToLowerInvariant(m.Groups["ptunit"].Value[0]) == 'p' ? 1 : 0.01;
        return Widen(m, Dimension.Points, points * scale, PointsSlack * scale, bound);
    }

    // "£38,000", "thirty-eight thousand pounds", "$2.1bn", "R2.8-million", "KSh 4.2 billion", "Rs 740 crore".
    private static Quantity? Money(Match m, string bound)
    {
        if (Number(m, "mn") is not { } sum)
        {
            return null;
        }

        double amount = sum * Scale(m.Groups["scale"].Value);
        return Widen(m, Dimension.Money, amount, amount * SumSlack, bound) with { Currency = Currencies.Of(m.Groups["cur"].Value + m.Groups["curword"].Value) };
    }

    // A year in digits ("in 1894") falls in a century; any other number is a count, to its scale ("1.2 million", "6m").
    private static Quantity? Count(Match m, string bound) =>
        Number(m, "count") is not { } n ? null
        : m.Groups["cscale"].Success ? Widen(m, Dimension.Count, n * Scale(m.Groups["cscale"].Value), 0, bound)
        : Widen(m, YearLike().IsMatch(m.Groups["count"].Value) ? Dimension.Year : Dimension.Count, n, 0, bound);

    // "hundreds of exchanges" is a count of hundreds, anything from 100 to 999 (340 is hundreds, 2,000 is not); "dozens of"
    // from 24 to 99.
    private static Quantity Many(Match m)
    {
        var (low, high) = m.Groups["many"].Value.ToLowerInvariant() switch
        {
            "dozens" => (24.0, 99.0),
            "hundreds" => (100.0, 999.0),
            "thousands" => (1e3, 999_999.0),
            _ => (1e6, 999_999_999.0),
        };
        return new Quantity(m.Index, m.Length, Dimension.Count, low, high, Math.Sqrt(low * high));
    }

    // "more than half" allows anything above a half; "about 50" a tenth either way.
    private static Quantity Widen(Match m, Dimension dimension, double value, double slack, string bound) => bound switch
    {
        "more than" or "over" or "above" or "at least" or "upwards of" or "in excess of" or "just over" => new(m.Index, m.Length, dimension, value - slack, double.MaxValue, value),
        "fewer than" or "less than" or "under" or "below" or "up to" or "at most" or "no more than" or "just under" => new(m.Index, m.Length, dimension, 0, value + slack, value),
        "" => new(m.Index, m.Length, dimension, value - slack, value + slack, value),
        _ => new(m.Index, m.Length, dimension, value * (1 - AboutSlack) - slack, value * (1 + AboutSlack) + slack, value),
    };

    // 10 for each decimal written: "7.2" is rounded to tenths.
    private static double Precision(string digits)
    {
        int point = digits.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 1 : Math.Pow(10, digits.Length - point - 1);
    }

    private static double UnitDays(string unit) => unit.ToLowerInvariant().TrimEnd('s') switch
    {
        "hour" => 1.0 / 24,
        "day" => 1,
        "week" => 7,
        "fortnight" => 14,
        "month" => 365.25 / 12,
        "year" => 365.25,
        "decade" => 3652.5,
        _ => 36525,
    };

    private static double Fraction(string word, double count) => word.ToLowerInvariant().TrimEnd('s') switch
    {
        "half" or "halve" => 0.5,
        "third" => count / 3,
        "quarter" => count / 4,
        "fifth" => count / 5,
        "sixth" => count / 6,
        "tenth" => count / 10,
        _ => 0,
    };

    // South Asian news counts in lakhs (100,000) and crores (ten million): "Rs 740 crore", "₹25.08 lakh crore".
    private static double Scale(string scale) => Spaces().Replace(scale.ToLowerInvariant(), " ").TrimEnd('s') switch
    {
        "k" or "thousand" => 1e3,
        "lakh" => 1e5,
        "m" or "mn" or "million" => 1e6,
        "crore" => 1e7,
        "bn" or "billion" => 1e9,
        "tn" or "trillion" or "lakh crore" => 1e12,
        _ => 1,
    };

    // A number in digits ("38,000", "2.5") or in words, to ninety-nine ("thirty-eight", "a", "one").
    private static double? Value(string written)
    {
        string text = written.Trim().ToLowerInvariant();
        if (double.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out double digits))
        {
            return digits;
        }

        double total = 0;
        foreach (var part in text.Split(['-', ' ', '‐'], StringSplitOptions.RemoveEmptyEntries))
        {
            int i = Array.IndexOf(Units, part);
            int t = Array.IndexOf(Tens, part);
            if (i < 0 && t < 0)
            {
                return null;
            }

            total += i >= 0 ? i : (t + 2) * 10;
        }

        return total;
    }

    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private const string WordNumber =
        @"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-‐ ](?:one|two|three|four|five|six|seven|eight|nine))?|" +
        @"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

    private const string Num = @"(?:\d+(?:,\d{3})*(?:\.\d+)?|" + WordNumber + ")";

    // A sum's sign or code stands before it ("KSh 4.2 billion", "TT$22"), its currency's name after it ("48.5 billion tenge",
    // "2 billion Hong Kong dollars"), as Currencies reads them for an answer's kind; news writes the scale in words, as a
    // letter, with a hyphen ("R2.8-million") or in lakhs and crores.
    private const string MoneyAhead = "(?=" + Currencies.Prefixes + @"|(?-i:[A-Z]{1,3})?[$£€¥]\s?\d)";
    private const string MoneyScale = @"lakh\s+crores?|lakhs?|crores?|thousand|million|billion|trillion|bn|mn|tn|m|k";

    // One pattern, so the longest reading at each place wins: "a year and a half" is a span, not "a half". A fraction other
    // than a half is counted ("a third", "three quarters"): "the third division" and "the second quarter" are places in order.
    [GeneratedRegex(
        @"(?<![\p{L}\d]|\d[.,])(?:(?<bound>more\s+than|fewer\s+than|less\s+than|just\s+over|just\s+under|over|above|under|below|at\s+least|at\s+most|no\s+more\s+than|up\s+to|upwards\s+of|in\s+excess\s+of|about|around|nearly|almost|roughly|approximately|some|close\s+to)\s+)?" +
        @"(?:(?<century>(?:the\s+)?(?<cn>\d{1,2})(?:st|nd|rd|th)\s+century)" +
        @"|(?<decadeall>the\s+(?<decade>1[5-9]\d0|20[0-2]0)s)" +
        @"|(?:(?<span>" + Num + @"|an?)(?:[-‐\s]and[-‐\s]a[-‐\s](?<andhalf>half))?[\s-]+(?<unit>hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century)(?![-‐]\p{L})(?:\s+and\s+a\s+half(?<andhalf>))?)" +
        @"|(?<points>(?<ptn>\d+(?:\.\d+)?|half\s+an?|an?|" + WordNumber + @")(?:\s+full)?(?:[\s-]+|(?=bps?\b))(?<ptunit>basis[\s-]points?|bps|bp|percentage[\s-]points?)\b)" +
        @"|(?<share>(?<pct>(?<pn>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b))" +
        @"|(?<of>(?<a>" + Num + @")\s+(?:in|out\s+of)\s+(?:every\s+)?(?<b>" + Num + @")(?![-‐\d]))" +
        @"|(?:(?:an?|one|(?<fn>two|three|four|five|nine))[-‐\s]+(?<frac>half|halves|thirds?|quarters?|fifths?|sixths?|tenths?)|(?<frac>half|halves))(?![-‐\p{L}]))" +
        @"|(?<money>(?:" + MoneyAhead + @"(?<cur>\D{1,4}?)\s?(?<mn>\d+(?:,\d{3})*(?:\.\d+)?)(?:[\s-]?(?<scale>" + MoneyScale + @")\b)?)" +
        @"|(?:(?<mn>" + Num + @")\s+(?:(?<scale>" + MoneyScale + @")\s+)?(?:[A-Za-z]+\s+){0,2}(?<curword>" + Currencies.Words + @")\b))" +
        @"|(?<dozen>(?:(?<dn>" + Num + @")|an?)\s+dozen\b)" +
        @"|(?<many>dozens|hundreds|thousands|millions)(?=\s+of\b)" +
        @"|(?<count>\d+(?:,\d{3})*(?:\.\d+)?(?=\s*(?:thousand|million|billion|m|bn)\b)|\d+(?:,\d{3})*|" + WordNumber + @")(?:\s*(?<cscale>thousand|million|billion|m|bn)\b)?(?![-‐\p{L}\d%]|[.,]\d))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    [GeneratedRegex(@"^(1[5-9]\d\d|20\d\d)$")]
    private static partial Regex YearLike();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
