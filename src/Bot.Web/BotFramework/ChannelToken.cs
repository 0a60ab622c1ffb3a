namespace Bot.Web.BotFramework;

/// <summary>The outcome of checking the token alone: valid (with what it vouches for), or the status and reason to refuse it with.</summary>
public sealed record ChannelToken(int Status, string? Error, string? ServiceUrl, IReadOnlySet<string> Endorsements)
{
    public bool IsValid => Error is null;

    public static ChannelToken Rejected(string error) => new(StatusCodes.Status401Unauthorized, error, null, new HashSet<string>());

    /// <summary>The keys to check with could not be fetched: 503, so the channel retries rather than being told it is unauthorized.</summary>
    public static ChannelToken Unavailable(string error) => new(StatusCodes.Status503ServiceUnavailable, error, null, new HashSet<string>());

    public static ChannelToken Valid(string? serviceUrl, IReadOnlySet<string> endorsements) => new(StatusCodes.Status200OK, null, serviceUrl, endorsements);
}

/// <summary>The outcome of checking the token against the activity: allowed, 401 or 403.</summary>
public sealed record ChannelAuthResult(int Status, string? Error)
{
    public static readonly ChannelAuthResult Allowed = new(StatusCodes.Status200OK, null);

    public bool IsAllowed => Error is null;

    public static ChannelAuthResult Unauthorized(string error) => new(StatusCodes.Status401Unauthorized, error);

    public static ChannelAuthResult Forbidden(string error) => new(StatusCodes.Status403Forbidden, error);
}
