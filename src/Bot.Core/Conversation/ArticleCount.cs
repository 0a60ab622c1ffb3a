using System.Globalization;

namespace Bot.Core.Conversation;

/// <summary>How many articles, as the replies write it: "1 article", "2,225 news articles".</summary>
internal static class ArticleCount
{
    /// <summary><paramref name="count"/> with thousands separators.</summary>
    public static string Number(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary><paramref name="count"/> and <paramref name="noun"/> ("article", "news article"), plural unless one.</summary>
    public static string Of(int count, string noun) => $"{Number(count)} {noun}{(count == 1 ? "" : "s")}";
}
