using System.ComponentModel.DataAnnotations;

namespace Bot.Web.DirectLine;

/// <summary>The self-hosted Direct Line 3.0 channel that Web Chat talks to (section <c>Bot:DirectLine</c>).</summary>
public sealed class DirectLineOptions : IValidatableObject
{
    public const string SectionName = "Bot:DirectLine";

    /// <summary>
    /// HS256 key for the conversation tokens, at least 32 characters. Empty: a random key per process, which is right for
    /// one host (tokens then end with the process, like the in-memory conversations they open).
    /// </summary>
    public string TokenSigningKey { get; set; } = string.Empty;

    /// <summary>Seconds a token lives; Azure's Direct Line answers <c>expires_in: 1800</c> and Web Chat refreshes at half of that.</summary>
    [Range(60, 86_400)]
    public int TokenLifetimeSeconds { get; set; } = 1_800;

    /// <summary>Conversations held in memory; past this the least recently used is forgotten.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1_000;

    /// <summary>Activities kept per conversation; the oldest go first. Bounds the number, <see cref="MaxHistoryBytesPerConversation"/> the size.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>A conversation untouched (no poll, no post) this long is forgotten.</summary>
    [Range(1, 10_080)]
    public int IdleMinutes { get; set; } = 60;

    /// <summary>Bytes of serialised history one conversation keeps; the oldest activities go first.</summary>
    [Range(typeof(long), "16384", "1073741824")]
    public long MaxHistoryBytesPerConversation { get; set; } = 524_288;

    /// <summary>Bytes of history all conversations keep together; past it the least recently used lose their oldest activities first.</summary>
    [Range(typeof(long), "65536", "68719476736")]
    public long MaxHistoryBytes { get; set; } = 134_217_728;

    /// <summary>
    /// New tokens (hence new conversations) one client address may ask for per minute. Without it a script could mint
    /// conversations fast enough to push everyone else's out of memory.
    /// </summary>
    [Range(1, 100_000)]
    public int NewConversationsPerMinute { get; set; } = 30;

    /// <summary>The bot's account id in activities (<c>from</c> on replies, <c>recipient</c> on echoes).</summary>
    [Required]
    public string BotId { get; set; } = "news-bot";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TokenSigningKey.Length is > 0 and < 32)
        {
            yield return new ValidationResult(
                $"{SectionName}:TokenSigningKey must be empty (a random key per process) or at least 32 characters; see docs/web.md, \"Web chat\".",
                [nameof(TokenSigningKey)]);
        }

        if (MaxHistoryBytes < MaxHistoryBytesPerConversation)
        {
            yield return new ValidationResult(
                $"{SectionName}:MaxHistoryBytes ({MaxHistoryBytes:N0}) must be at least MaxHistoryBytesPerConversation ({MaxHistoryBytesPerConversation:N0}).",
                [nameof(MaxHistoryBytes)]);
        }
    }
}
