using System.Globalization;

namespace Bot.Web;

/// <summary>The <c>Retry-After</c> header every 429 carries, in whole seconds (at least one).</summary>
internal static class RetryAfter
{
    /// <summary><paramref name="wait"/> as the header's value.</summary>
    public static string Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    /// <summary><paramref name="inner"/> with <c>Retry-After</c> set.</summary>
    public static IResult On(IResult inner, TimeSpan wait) => new HeaderResult(inner, "Retry-After", Seconds(wait));
}
