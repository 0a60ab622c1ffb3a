using System.Globalization;
using Bot.Web.Chat;
using Microsoft.Extensions.Options;

namespace Bot.Web.DirectLine;

/// <summary>
/// Direct Line 3.0 under <c>/v3/directline</c>, polling only (no <c>streamUrl</c>): the subset DirectLineJS 0.15.5
/// calls, plus token generation for our own page (§6.1). Errors use the Direct Line shape <c>{"error":{code,message}}</c>.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";

    public static IEndpointRouteBuilder MapDirectLineEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Prefix);
        // No secret guards generate: the page that calls it is served by this host, and each token opens one new,
        // empty conversation. A per-address limit and the conversation cap bound what a caller can do with many.
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", RefreshAsync);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapPost("/conversations/{conversationId}/upload", () => DirectLineError.Result(
            StatusCodes.Status400BadRequest, "NotSupported", "This bot does not accept file uploads; ask your question as text."));
        // Anything else here (the WebSocket stream, a wrong method) still answers in the Direct Line error shape.
        group.MapFallback(() => DirectLineError.Result(
            StatusCodes.Status404NotFound, "NotFound", "No such Direct Line endpoint or method here; this server polls (no WebSocket stream)."));
        return routes;
    }

    private static async Task<IResult> GenerateAsync(HttpContext http, DirectLineTokens tokens, NewTokenLimiter limiter)
    {
        var address = http.Connection.RemoteIpAddress?.ToString() ?? string.Empty;
        return await limiter.TryAcquireAsync(address, http.RequestAborted) is { } wait
            ? DirectLineError.TooManyRequests(wait, NewTokenLimiter.Refusal)
            : Results.Ok(await tokens.GenerateAsync(http.RequestAborted));
    }

    private static async Task<IResult> RefreshAsync(HttpRequest request, DirectLineAccess access, DirectLineTokens tokens)
    {
        var (token, error) = await access.TokenAsync(request);
        return token is null ? error! : Results.Ok(await tokens.GrantAsync(token, request.HttpContext.RequestAborted));
    }

    // Starting twice with one token is not an error: the conversation is there, so 200 instead of 201.
    private static async Task<IResult> StartAsync(
        HttpRequest request, DirectLineAccess access, DirectLineTokens tokens, IDirectLineConversations conversations, DirectLineBot bot, IOptions<ChatOptions> chat)
    {
        var (token, error) = await access.TokenAsync(request);
        if (token is null)
        {
            return error!;
        }

        var (conversation, created) = await conversations.OpenAsync(token, request.HttpContext.RequestAborted);
        if (created)
        {
            bot.Welcome(conversation, BaseUrl.Of(request, chat));
        }

        return Results.Json(await tokens.GrantAsync(token, request.HttpContext.RequestAborted), statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(string conversationId, HttpRequest request, DirectLineAccess access, DirectLineTokens tokens)
    {
        var (_, token, error) = await access.ConversationAsync(request, conversationId);
        return token is null ? error! : Results.Ok(await tokens.GrantAsync(token, request.HttpContext.RequestAborted));
    }

    private static async Task<IResult> GetActivitiesAsync(string conversationId, string? watermark, HttpRequest request, DirectLineAccess access, TimeProvider clock)
    {
        var (conversation, _, error) = await access.ConversationAsync(request, conversationId);
        if (conversation is null)
        {
            return error!;
        }

        // A watermark past the history was never issued: answering it with nothing would leave the client waiting forever.
        return long.TryParse(string.IsNullOrEmpty(watermark) ? "0" : watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var after)
            && await conversation.AfterAsync(after, clock.GetUtcNow(), request.HttpContext.RequestAborted) is { } page
            ? Results.Ok(page)
            : DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", "The watermark must be one this server returned.");
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineAccess access, DirectLineBot bot, IConversationRateLimiter rateLimiter,
        IOptions<ChatOptions> chat, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (conversation, token, error) = await access.ConversationAsync(request, conversationId);
        if (conversation is null || token is null)
        {
            return error!;
        }

        await conversation.TouchAsync(clock.GetUtcNow(), cancellationToken);
        if (await rateLimiter.TryAcquireAsync(DirectLineBot.Key(conversation), cancellationToken) is { } wait)
        {
            return DirectLineError.TooManyRequests(wait, $"Too many activities in this conversation; retry after {RetryAfter.Seconds(wait)} s.");
        }

        var (activity, invalid) = await DirectLineActivities.ReadAsync(request, chat.Value.MaxActivityBytes, cancellationToken);
        if (activity is null)
        {
            return invalid!;
        }

        DirectLineActivities.StampIncoming(activity, token, bot.Account);
        return await bot.PostAsync(conversation, activity, BaseUrl.Of(request, chat), cancellationToken) switch
        {
            ({ } id, _) => Results.Ok(new { id }),
            (_, TurnAdmission.ConversationFull) => DirectLineError.TooManyRequests(TimeSpan.FromSeconds(1), "This conversation has too many questions waiting; ask again when they are answered."),
            _ => DirectLineError.Result(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The bot is busy; please try again shortly."),
        };
    }
}
