namespace Bot.Core.Conversation.Intents;

/// <summary>What a chat message asks the bot to do.</summary>
public enum Intent
{
    /// <summary>A factual question about the articles; also the fallback when the router is unsure.</summary>
    Question,

    /// <summary>Where a claim comes from: which article or sentence says it.</summary>
    Lookup,

    /// <summary>Show a numbered citation of the previous answer.</summary>
    ShowSource,

    /// <summary>A summary of the coverage on a topic.</summary>
    Summary,

    /// <summary>Greetings, thanks, help and questions about the bot itself.</summary>
    SmallTalk,
}
