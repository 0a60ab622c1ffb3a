using System.Diagnostics;
using System.Text.Json;
using Bot.Core.Answering;
using Bot.Core.Conversation;
using Bot.Web.Chat;
using Microsoft.Extensions.Options;

namespace Bot.Web.Endpoints;

/// <summary><c>POST /api/ask</c>: one message through the conversation layer, answered in the <c>ask --json</c> shape.</summary>
internal static class AskEndpoints
{
    private static readonly JsonSerializerOptions RequestJson = new(JsonSerializerDefaults.Web);

    public static IServiceCollection AddAskEndpoints(this IServiceCollection services) =>
        services.AddSingleton<AskConversations>().AddSingleton<ProcessAskConversationIds>();

    public static IEndpointRouteBuilder MapAskEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/ask", AskAsync);
        return routes;
    }

    // A JSON string of N characters takes at most 6N bytes (\uXXXX escapes); the rest is room for the conversation id.
    private static int MaxBodyBytes(ChatOptions chat) => (chat.MaxMessageChars * 6) + 1_024;

    private static async Task<IResult> AskAsync(HttpRequest request, ConversationService conversations, AskConversations issued, IOptions<ChatOptions> chat, CancellationToken cancellationToken)
    {
        // The size is checked before anything is parsed: an oversized body costs at most the limit, never its own size.
        var (body, refusal) = await ReadAsync(request, MaxBodyBytes(chat.Value), cancellationToken);
        if (body is null)
        {
            return refusal!;
        }

        // The same limit as a chat message (Bot:Chat:MaxMessageChars), so the API and the chat channels agree.
        int limit = chat.Value.MaxMessageChars;
        if (body.Question!.Length > limit)
        {
            return Error($"The question has {body.Question.Length} characters; the limit is {limit}.", StatusCodes.Status413PayloadTooLarge);
        }

        var conversationId = body.ConversationId;
        var limitKey = string.IsNullOrWhiteSpace(conversationId) ? $"new:{request.HttpContext.Connection.RemoteIpAddress}" : $"conversation:{conversationId}";
        if (await issued.TryAcquireAsync(limitKey, cancellationToken) is { } retryAfter)
        {
            return RetryAfter.On(Error("Too many questions from this conversation at once; wait a moment and ask again.", StatusCodes.Status429TooManyRequests), retryAfter);
        }

        if (string.IsNullOrWhiteSpace(conversationId))
        {
            conversationId = await issued.StartAsync(cancellationToken);
        }
        else if (!await issued.ContinueAsync(conversationId, cancellationToken))
        {
            return Error($"Unknown or expired conversation \"{conversationId}\". Send the question without \"conversationId\" to start a new one.", StatusCodes.Status404NotFound);
        }

        var clock = Stopwatch.StartNew();
        var reply = await conversations.ReplyAsync(AskConversations.Key(conversationId), body.Question, cancellationToken: cancellationToken);
        return Results.Content(AnswerJson.Serialize(reply.Answer, clock.Elapsed, conversationId), "application/json");
    }

    // The body is read by hand, not bound, so that malformed JSON and wrong types get our {"error"} reply rather than the framework's.
    private static async Task<(AskRequest? Body, IResult? Refusal)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var bytes = await RequestBody.ReadLimitedAsync(request, maxBytes, cancellationToken);
        if (bytes is null)
        {
            return (null, Error($"The body is larger than {maxBytes:N0} bytes; send only {{\"question\", \"conversationId\"}}.", StatusCodes.Status413PayloadTooLarge));
        }

        AskRequest? body;
        try
        {
            body = JsonSerializer.Deserialize<AskRequest>(bytes, RequestJson);
        }
        catch (JsonException)
        {
            return (null, Error("The body must be JSON like {\"question\": \"…\", \"conversationId\": \"optional\"}.", StatusCodes.Status400BadRequest));
        }

        return string.IsNullOrWhiteSpace(body?.Question)
            ? (null, Error("\"question\" is missing or empty.", StatusCodes.Status400BadRequest))
            : (body, null);
    }

    private static IResult Error(string message, int status) => Results.Json(new ErrorBody(message), statusCode: status);
}
