namespace Bot.Web;

/// <summary>Host plumbing kept out of Program.cs so that it stays a table of contents.</summary>
internal static class HostingExtensions
{
    /// <summary>Listens on <paramref name="url"/> unless URLs came from launch settings, the environment or the command line.</summary>
    public static IWebHostBuilder UseDefaultUrlWhenNoneConfigured(this IWebHostBuilder builder, string url) =>
        string.IsNullOrEmpty(builder.GetSetting(WebHostDefaults.ServerUrlsKey)) ? builder.UseUrls(url) : builder;

    /// <summary>Turns any unhandled failure into <c>{"error": …}</c>: a client never sees a stack trace, even in Development.</summary>
    public static WebApplication UseJsonErrors(this WebApplication app)
    {
        app.UseExceptionHandler(errors => errors.Run(context =>
            Results.Json(new ErrorBody("The bot failed to handle this request."), statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(context)));
        return app;
    }
}
