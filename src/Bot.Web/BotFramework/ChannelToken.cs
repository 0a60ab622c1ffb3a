namespace Bot.Web.BotFramework;

/// <summary>The outcome of checking the token alone: valid (with what it vouches for) or rejected with a reason.</summary>
public sealed record ChannelToken(bool IsValid, string? Error, string? ServiceUrl, IReadOnlySet<string> Endorsements)
{
    public static ChannelToken Rejected(string error) => new(false, error, null, new HashSet<string>());

    public static ChannelToken Valid(string? serviceUrl, IReadOnlySet<string> endorsements) => new(true, null, serviceUrl, endorsements);
}

/// <summary>The outcome of checking the token against the activity: allowed, 401 or 403.</summary>
public sealed record ChannelAuthResult(int Status, string? Error)
{
    public static readonly ChannelAuthResult Allowed = new(StatusCodes.Status200OK, null);

    public bool IsAllowed => Error is null;

    public static ChannelAuthResult Unauthorized(string error) => new(StatusCodes.Status401Unauthorized, error);

    public static ChannelAuthResult Forbidden(string error) => new(StatusCodes.Status403Forbidden, error);
}
