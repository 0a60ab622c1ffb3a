using System.ComponentModel.DataAnnotations;

namespace Bot.Web.Chat;

/// <summary>How the bot talks on every channel (section <c>Bot:Chat</c>).</summary>
public sealed class ChatOptions
{
    public const string SectionName = "Bot:Chat";

    /// <summary>The bot's display name, on the web page and as <c>from.name</c>.</summary>
    [Required]
    public string BotName { get; set; } = "News Bot";

    /// <summary>Longer messages are refused with a clear reply: no real question needs more, and scoring cost grows with length.</summary>
    [Range(100, 100_000)]
    public int MaxMessageChars { get; set; } = 4_000;

    /// <summary>Largest activity any channel accepts (Teams' <c>/api/messages</c>, a Direct Line post), in bytes of JSON; larger is 413. Direct Line's own limit is 256 K.</summary>
    [Range(1_024, 10_000_000)]
    public int MaxActivityBytes { get; set; } = 262_144;

    /// <summary>
    /// The address people reach this host at, for citation links (Teams needs absolute URLs). Empty: taken from each
    /// request, which is right on localhost and behind a proxy that forwards the Host header.
    /// </summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    /// <summary>Where 👍/👎 are appended, one JSON line each, with the question, the answer and its citations.</summary>
    [Required]
    public string FeedbackFile { get; set; } = "feedback.jsonl";

    /// <summary>Past this size the feedback file is renamed to <c>*.1.jsonl</c> (replacing the previous one), so ratings never fill the disk.</summary>
    [Range(typeof(long), "4096", "10737418240")]
    public long FeedbackMaxBytes { get; set; } = 10_485_760;

    /// <summary>Teams feedback form: <c>default</c> (channelData.feedbackLoop, the current docs) or <c>legacy</c> (feedbackLoopEnabled).</summary>
    [RegularExpression("^(default|legacy)$")]
    public string TeamsFeedbackLoop { get; set; } = "default";

    /// <summary>
    /// Activities one conversation may send at once on any channel (Teams, Web Chat, <c>/api/ask</c>; for a new
    /// <c>/api/ask</c> conversation, one client address)…
    /// </summary>
    [Range(1, 10_000)]
    public int ConversationBurst { get; set; } = 10;

    /// <summary>…and per minute after that; more gets 429 with Retry-After, without slowing anyone else.</summary>
    [Range(1, 100_000)]
    public int ConversationPerMinute { get; set; } = 30;

    /// <summary>Turns one conversation may have waiting behind the one being answered; more gets 429.</summary>
    [Range(1, 1_000)]
    public int MaxQueuedTurnsPerConversation { get; set; } = 10;

    /// <summary>Turns waiting or running on the whole host; beyond this new ones get 503 rather than queue without bound.</summary>
    [Range(1, 100_000)]
    public int MaxQueuedTurns { get; set; } = 500;

    /// <summary>Conversations answered at the same time (one turn at a time within a conversation, to keep its history in order).</summary>
    [Range(1, 256)]
    public int MaxConcurrentTurns { get; set; } = 8;

    /// <summary>Answers remembered for feedback and "show source"; the oldest are forgotten first.</summary>
    [Range(10, 1_000_000)]
    public int RememberedAnswers { get; set; } = 10_000;
}
