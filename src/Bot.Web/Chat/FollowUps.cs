using Bot.Core.Answering;
using Bot.Core.Conversation;
using Bot.Core.Conversation.Intents;

namespace Bot.Web.Chat;

/// <summary>Up to three follow-up questions offered as chips under an answer.</summary>
public static class FollowUps
{
    /// <summary>Suggestions that the bot can really answer: sources of this answer, a summary of what it was about.</summary>
    public static IReadOnlyList<string> For(ConversationReply reply)
    {
        if (reply.Intent == Intent.SmallTalk || reply.Answer.Abstained || reply.Answer.Citations.Count == 0)
        {
            return Greeting.Examples;
        }

        var suggestions = new List<string> { "Show source 1" };
        var names = QuestionTerms.Names(reply.ResolvedText);
        if (reply.Intent != Intent.Summary && names.Count > 0)
        {
            suggestions.Add($"Summarize {string.Join(" and ", names.Take(2))}");
        }

        if (reply.Answer.Citations.Count > 1)
        {
            suggestions.Add("Show source 2");
        }

        return suggestions;
    }
}
