using System.Text.RegularExpressions;
using Bot.Core.Answering;

namespace Bot.Core.Conversation;

/// <summary>
/// Short replies to thanks, goodbyes and acknowledgements. Repeating the whole introduction after "thanks" reads as if
/// the bot had not listened; greetings, "help" and "who are you" still get it (<see cref="Greeting"/>).
/// </summary>
public static partial class SmallTalkReply
{
    /// <summary>The short reply to <paramref name="utterance"/>, or null when it deserves the introduction.</summary>
    public static Answer? For(string utterance) =>
        Greets().IsMatch(utterance) || Asks().IsMatch(utterance) ? null
        : Thanks().IsMatch(utterance) ? Answer.Message("You're welcome. Ask me anything else about the articles.")
        : Goodbye().IsMatch(utterance) ? Answer.Message("Goodbye. The articles will be here when you come back.")
        : Acknowledges().IsMatch(utterance) ? Answer.Message("Okay. What else would you like to know about the articles?")
        : null;

    [GeneratedRegex(@"\b(hi+|hello|hey|heya|hiya|howdy|greetings|good\s+(morning|afternoon|evening))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Greets();

    [GeneratedRegex(@"\b(help|who|what|how|can\s+you|do\s+you)\b|\?", RegexOptions.IgnoreCase)]
    private static partial Regex Asks();

    [GeneratedRegex(@"\b(thanks|thank\s+you|thank\s+u|thx|ty|tnx|cheers|appreciate(d)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Thanks();

    [GeneratedRegex(@"\b(bye|goodbye|good\s+night|see\s+(you|ya)|cya|later|talk\s+soon)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Goodbye();

    [GeneratedRegex(@"^\W*(ok(ay)?|cool|great|nice|good|perfect|fine|got\s+it|sure|alright|awesome|excellent|brilliant|lovely)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Acknowledges();
}
