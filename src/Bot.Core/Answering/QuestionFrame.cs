using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>The question a chat message asks, without the way it was put: "Can you tell me …" (<see cref="IndirectQuestion"/>),
/// "in the Harwick story" (<see cref="StoryReference"/>), "apart from the ban, …" (<see cref="ExceptClause"/>) and a
/// closing "pls" or "thanks".</summary>
public static partial class QuestionFrame
{
    /// <summary><paramref name="message"/> as a plain question; as typed when it already is one.</summary>
    public static string Plain(string message)
    {
        // "who scored the winner pls": a courtesy is no word of the question, and an unknown one ("pls") may make the
        // question look like one the articles do not cover.
        message = Courtesy().Replace(message, "$1");
        string direct = IndirectQuestion.Direct(message) ?? message;
        string plain = StoryReference.Strip(direct) ?? direct;
        return ExceptClause.Strip(plain) ?? plain;
    }

    /// <summary>The words that close a message politely, as a regex alternation; no word of what is asked.</summary>
    internal const string Courtesies = @"please|pls|plz|thanks|thank\s+you|thx|cheers";

    [GeneratedRegex(@"[,\s]+(?:" + Courtesies + @")\W*?([?.!]*)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Courtesy();
}
