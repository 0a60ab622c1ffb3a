namespace Bot.Web;

/// <summary>A result with one response header added (Retry-After, WWW-Authenticate).</summary>
internal sealed class HeaderResult(IResult inner, string name, string value) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers[name] = value;
        return inner.ExecuteAsync(httpContext);
    }
}
