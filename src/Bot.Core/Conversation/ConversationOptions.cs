using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Conversation;

/// <summary>How much a conversation remembers, and for how long.</summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Bot:Conversation";

    /// <summary>Turns kept per conversation; older ones are forgotten.</summary>
    [Range(1, 100)]
    public int MaxTurns { get; set; } = 10;

    /// <summary>A conversation idle this long is forgotten.</summary>
    [Range(1, 24 * 60)]
    public int IdleMinutes { get; set; } = 30;

    /// <summary>The most conversations remembered at once; the longest idle is dropped first.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 10_000;
}
