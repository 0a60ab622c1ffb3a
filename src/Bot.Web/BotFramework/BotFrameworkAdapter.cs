using Bot.Web.Activities;
using Bot.Web.Chat;
using Microsoft.Extensions.Options;

namespace Bot.Web.BotFramework;

/// <summary>
/// Handles one <c>POST /api/messages</c> (§2.3): token first (nothing is read before it is valid), then the body, the
/// token's claims against it, the conversation's rate limit; an invoke is answered in the response, anything else
/// gets 202 and is answered in the background from the <see cref="TurnScheduler"/> that every channel shares.
/// </summary>
public sealed class BotFrameworkAdapter(
    ChannelAuthenticator authenticator,
    IConversationRateLimiter rateLimiter,
    TurnScheduler queue,
    NewsBot bot,
    ConnectorChannelFactory channels,
    IOptions<BotFrameworkOptions> options,
    IOptions<ChatOptions> chatOptions)
{
    public async Task<IResult> ProcessAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var mode = options.Value.Mode;
        if (mode == BotFrameworkMode.NotConfigured)
        {
            return Error(StatusCodes.Status503ServiceUnavailable, $"The Bot Framework endpoint is not configured: set {BotFrameworkOptions.SectionName}:MicrosoftAppId (see docs/teams.md).");
        }

        ChannelToken? token = null;
        if (mode == BotFrameworkMode.Authenticated)
        {
            token = await authenticator.ValidateTokenAsync(request.Headers.Authorization.FirstOrDefault(), cancellationToken).ConfigureAwait(false);
            if (!token.IsValid)
            {
                return token.Status == StatusCodes.Status401Unauthorized ? Unauthorized(token.Error!) : Error(token.Status, token.Error!);
            }
        }

        var (activity, status, error) = await ActivityReader.ReadAsync(request, chatOptions.Value.MaxActivityBytes, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            return Error(status, error!);
        }

        var refusal = token is null ? null : authenticator.Authorize(token, activity);
        return refusal is { IsAllowed: false } ? Error(refusal.Status, refusal.Error!)
            : await DispatchAsync(activity, ConnectorTurn.For(activity, authenticated: token is not null), BaseUrl.Of(request, chatOptions), cancellationToken).ConfigureAwait(false);
    }

    private async Task<IResult> DispatchAsync(BotActivity activity, ConnectorTurn turn, string baseUrl, CancellationToken cancellationToken)
    {
        var key = NewsBot.ConversationKey(activity);
        if (await rateLimiter.TryAcquireAsync(key, cancellationToken).ConfigureAwait(false) is { } wait)
        {
            return TooManyRequests(wait);
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            // Invokes cannot be answered asynchronously: the HTTP response is the InvokeResponse.
            var response = await bot.OnTurnAsync(activity, channels.Create(turn), baseUrl, cancellationToken).ConfigureAwait(false);
            return response?.Body is { } body ? Results.Json(body, ActivityTypes.Json, statusCode: response.Status)
                : Results.StatusCode(response?.Status ?? StatusCodes.Status200OK);
        }

        return queue.TryEnqueue(key, stopping => bot.OnTurnAsync(activity, channels.Create(turn), baseUrl, stopping)) switch
        {
            TurnAdmission.Accepted => Results.StatusCode(StatusCodes.Status202Accepted),
            TurnAdmission.ConversationFull => TooManyRequests(TimeSpan.FromSeconds(1)),
            _ => Error(StatusCodes.Status503ServiceUnavailable, "The bot is busy; please try again shortly."),
        };
    }

    private static IResult Error(int status, string message) => Results.Json(new ErrorBody(message), statusCode: status);

    private static HeaderResult Unauthorized(string message) => new HeaderResult(Error(StatusCodes.Status401Unauthorized, message), "WWW-Authenticate", "Bearer");

    private static IResult TooManyRequests(TimeSpan wait) =>
        RetryAfter.On(Error(StatusCodes.Status429TooManyRequests, $"Too many activities from this conversation; retry after {RetryAfter.Seconds(wait)} s."), wait);
}
