namespace Bot.Core.Conversation.Intents;

/// <summary>Which facts about a cited article a message asks for.</summary>
[Flags]
public enum ArticleFields
{
    /// <summary>No article fact.</summary>
    None = 0,

    /// <summary>The outlet that published it.</summary>
    Outlet = 1,

    /// <summary>The date it was published.</summary>
    Published = 2,

    /// <summary>Its headline.</summary>
    Headline = 4,
}
