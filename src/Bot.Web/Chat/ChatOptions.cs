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

    /// <summary>
    /// The address people reach this host at, for citation links (Teams needs absolute URLs). Empty: taken from each
    /// request, which is right on localhost and behind a proxy that forwards the Host header.
    /// </summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    /// <summary>Where 👍/👎 are appended, one JSON line each, with the question, the answer and its citations.</summary>
    [Required]
    public string FeedbackFile { get; set; } = "data/feedback.jsonl";

    /// <summary>Teams feedback form: <c>default</c> (channelData.feedbackLoop, the current docs) or <c>legacy</c> (feedbackLoopEnabled).</summary>
    [RegularExpression("^(default|legacy)$")]
    public string TeamsFeedbackLoop { get; set; } = "default";

    /// <summary><c>POST /api/ask</c>: messages a conversation (or, for new conversations, a client address) may send at once…</summary>
    [Range(1, 10_000)]
    public int AskBurst { get; set; } = 10;

    /// <summary>…and per minute after that; more gets 429 with Retry-After, without slowing anyone else.</summary>
    [Range(1, 100_000)]
    public int AskPerMinute { get; set; } = 30;

    /// <summary>Answers remembered for feedback and "show source"; the oldest are forgotten first.</summary>
    [Range(10, 1_000_000)]
    public int RememberedAnswers { get; set; } = 10_000;
}
