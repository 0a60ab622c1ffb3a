using System.ComponentModel.DataAnnotations;

namespace Bot.Web.State;

/// <summary>
/// Where conversation state lives (section <c>Bot:State</c>): in this process (the default), or in a Redis server
/// that several hosts share, so any host can serve any request of a conversation.
/// </summary>
public sealed class StateOptions : IValidatableObject
{
    public const string SectionName = "Bot:State";

    /// <summary>
    /// A StackExchange.Redis connection string (<c>host:6379,password=…,ssl=true</c>). Empty: state stays in this process.
    /// Secrets belong in the environment (<c>Bot__State__Redis</c>), not in appsettings.json.
    /// </summary>
    public string Redis { get; set; } = string.Empty;

    /// <summary>Put before every key, so several bots (or test runs) can share one Redis.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9:_-]{1,64}$")]
    public string KeyPrefix { get; set; } = "newsbot:";

    /// <summary>How long one Redis call may take (connect, command); past it the request answers 503 rather than hang.</summary>
    [Range(100, 60_000)]
    public int TimeoutMilliseconds { get; set; } = 2_000;

    /// <summary>True when a Redis connection string is set.</summary>
    public bool UsesRedis => Redis.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UsesRedis && !TryParse(Redis))
        {
            yield return new ValidationResult(
                $"{SectionName}:Redis is not a valid StackExchange.Redis connection string (for example \"localhost:6379\"); see docs/scale-out.md.",
                [nameof(Redis)]);
        }
    }

    private static bool TryParse(string connection)
    {
        try
        {
            return StackExchange.Redis.ConfigurationOptions.Parse(connection).EndPoints.Count > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
