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

    public static IServiceCollection AddAskEndpoints(this IServiceCollection services) => services.AddSingleton<AskConversations>();

    public static IEndpointRouteBuilder MapAskEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/ask", AskAsync);
        return routes;
    }

    private static async Task<IResult> AskAsync(HttpRequest request, ConversationService conversations, AskConversations issued, IOptions<ChatOptions> chat, CancellationToken cancellationToken)
    {
        // The body is read by hand, not bound, so that malformed JSON gets our {"error"} reply rather than the framework's.
        AskRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<AskRequest>(request.Body, RequestJson, cancellationToken);
        }
        catch (JsonException)
        {
            return Error("The body must be JSON like {\"question\": \"…\", \"conversationId\": \"optional\"}.", StatusCodes.Status400BadRequest);
        }

        if (string.IsNullOrWhiteSpace(body?.Question))
        {
            return Error("\"question\" is missing or empty.", StatusCodes.Status400BadRequest);
        }

        // The same limit as a chat message (Bot:Chat:MaxMessageChars), so the API and the chat channels agree.
        int limit = chat.Value.MaxMessageChars;
        if (body.Question.Length > limit)
        {
            return Error($"The question has {body.Question.Length} characters; the limit is {limit}.", StatusCodes.Status413PayloadTooLarge);
        }

        var conversationId = body.ConversationId;
        var limitKey = string.IsNullOrWhiteSpace(conversationId) ? $"new:{request.HttpContext.Connection.RemoteIpAddress}" : $"conversation:{conversationId}";
        if (issued.TryAcquire(limitKey) is { } retryAfter)
        {
            request.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Error("Too many questions from this conversation at once; wait a moment and ask again.", StatusCodes.Status429TooManyRequests);
        }

        if (string.IsNullOrWhiteSpace(conversationId))
        {
            conversationId = issued.Start();
        }
        else if (!issued.Continue(conversationId))
        {
            return Error($"Unknown or expired conversation \"{conversationId}\". Send the question without \"conversationId\" to start a new one.", StatusCodes.Status404NotFound);
        }

        var clock = Stopwatch.StartNew();
        var reply = await conversations.ReplyAsync(AskConversations.Key(conversationId), body.Question, cancellationToken: cancellationToken);
        return Results.Content(AnswerJson.Serialize(reply.Answer, clock.Elapsed, conversationId), "application/json");
    }

    private static IResult Error(string message, int status) => Results.Json(new ErrorBody(message), statusCode: status);
}
