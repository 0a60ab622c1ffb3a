using Bot.Web.DirectLine;
using Bot.Web.State;
using Microsoft.AspNetCore.Diagnostics;

namespace Bot.Web;

/// <summary>Host plumbing kept out of Program.cs so that it stays a table of contents.</summary>
internal static class HostingExtensions
{
    /// <summary>Listens on <paramref name="url"/> unless URLs came from launch settings, the environment or the command line.</summary>
    public static IWebHostBuilder UseDefaultUrlWhenNoneConfigured(this IWebHostBuilder builder, string url) =>
        string.IsNullOrEmpty(builder.GetSetting(WebHostDefaults.ServerUrlsKey)) ? builder.UseUrls(url) : builder;

    /// <summary>Minimal APIs throw on a parameter that cannot be bound, so that <see cref="UseJsonErrors"/> can explain it.</summary>
    public static IServiceCollection AddJsonErrors(this IServiceCollection services) =>
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

    /// <summary>
    /// Every error is JSON: <c>{"error": "…"}</c>, or <c>{"error": {code, message}}</c> under Direct Line. A parameter
    /// that cannot be bound is 400 with the reason; an empty 4xx (an unknown path, a wrong method) gets a body; any
    /// other failure is 500 without a stack trace, even in Development.
    /// </summary>
    public static WebApplication UseJsonErrors(this WebApplication app)
    {
        app.UseExceptionHandler(errors => errors.Run(context => (context.Features.Get<IExceptionHandlerFeature>()?.Error switch
        {
            BadHttpRequestException bad => Error(context.Request.Path, bad.StatusCode, bad.Message),
            // Shared state out of reach is not the request's fault, nor a bug: 503, and the client may retry soon.
            // So is a search service that stays busy or unreachable after its retries (Bot:Retrieval:Store = AzureSearch).
            Core.Retrieval.PassageStoreUnavailableException unavailable =>
                RetryAfter.On(Error(context.Request.Path, StatusCodes.Status503ServiceUnavailable, Core.Retrieval.PassageStoreUnavailableException.Notice), unavailable.RetryAfter),
            { } error when StateFailure.IsUnavailable(error) =>
                RetryAfter.On(Error(context.Request.Path, StatusCodes.Status503ServiceUnavailable, StateFailure.Message), StateUnavailableRetry),
            _ => Error(context.Request.Path, StatusCodes.Status500InternalServerError, "The bot failed to handle this request."),
        }).ExecuteAsync(context)));
        app.UseStatusCodePages(context =>
            // Bot Framework invoke answers are the channel's protocol, bodies and all: left as the bot wrote them.
            context.HttpContext.Request.Path.StartsWithSegments("/api/messages") ? Task.CompletedTask
                : Error(context.HttpContext.Request.Path, context.HttpContext.Response.StatusCode, Reason(context.HttpContext.Response.StatusCode)).ExecuteAsync(context.HttpContext));
        return app;
    }

    private static readonly TimeSpan StateUnavailableRetry = TimeSpan.FromSeconds(5);

    private static IResult Error(PathString path, int status, string message) =>
        !path.StartsWithSegments(DirectLineEndpoints.Prefix) ? Results.Json(new ErrorBody(message), statusCode: status)
            : DirectLineError.Result(status, status switch { 404 => "NotFound", 503 => "ServiceUnavailable", >= 500 => "ServiceError", _ => "BadArgument" }, message);

    private static string Reason(int status) => status switch
    {
        StatusCodes.Status404NotFound => "There is nothing at this address.",
        StatusCodes.Status405MethodNotAllowed => "This address does not take that HTTP method.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ => $"The request was refused ({status}).",
    };
}
