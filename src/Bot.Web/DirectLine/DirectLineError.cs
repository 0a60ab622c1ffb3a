namespace Bot.Web.DirectLine;

/// <summary>The Direct Line error shape: <c>{"error": {"code", "message"}}</c>.</summary>
internal sealed record DirectLineError(DirectLineErrorDetail Error)
{
    public static IResult Result(int status, string code, string message) =>
        Results.Json(new DirectLineError(new DirectLineErrorDetail(code, message)), statusCode: status);

    /// <summary>A 429 that says, in <c>Retry-After</c>, when to try again.</summary>
    public static IResult TooManyRequests(TimeSpan wait, string message) =>
        RetryAfter.On(Result(StatusCodes.Status429TooManyRequests, "TooManyRequests", message), wait);
}

/// <summary>A machine-readable code and a sentence for people.</summary>
internal sealed record DirectLineErrorDetail(string Code, string Message);
