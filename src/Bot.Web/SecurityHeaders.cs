namespace Bot.Web;

/// <summary>
/// Security headers on every response, errors included: no MIME sniffing, no referrer leaving this host, and a
/// Content-Security-Policy. The chat page may run only this host's scripts and talk only to this host; Web Chat
/// injects its styles and shows data:/blob: images, so those are allowed. Only the chat page may be framed, and only
/// by Microsoft Teams (a Teams tab shows it); nothing else may be framed at all.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The hosts Teams runs its web and desktop clients on.</summary>
    public const string TeamsHosts = "https://teams.microsoft.com https://*.teams.microsoft.com https://teams.cloud.microsoft https://*.teams.cloud.microsoft";

    private const string ChatPagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "media-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self' " + TeamsHosts;

    // Source pages, JSON and scripts: nothing to load, nothing to frame.
    private const string StrictPolicy = "default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // Set when the response starts, so that the exception handler's cleared response gets them too.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = IsChatPage(context.Request.Path) ? ChatPagePolicy : StrictPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    private static bool IsChatPage(PathString path) => path == "/" || path == "/index.html";
}
