using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Web.Tests.BotFramework;

/// <summary>
/// Everything the bot talks to in Azure, as one real HTTP server on 127.0.0.1: the OpenID metadata and JWKS (one RSA
/// key, endorsed for msteams), the Entra token endpoint, and the Bot Connector, which records what it receives.
/// </summary>
public sealed class FakeBotFrameworkServer : IAsyncDisposable
{
    public const string AccessToken = "bot-access-token";
    public const string KeyId = "test-signing-key";

    private readonly WebApplication _app;
    private int _ids;
    private int _tokenRequests;

    public FakeBotFrameworkServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/openid", () => Results.Json(new JsonObject
        {
            ["issuer"] = "https://api.botframework.com",
            ["jwks_uri"] = new Uri(BaseUrl, "keys").ToString(),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }));
        _app.MapGet("/keys", () => Results.Json(new JsonObject { ["keys"] = new JsonArray(Jwk()) }));
        _app.MapPost("/token", TokenAsync);
        _app.MapPost("/v3/conversations/{**rest}", (Func<HttpContext, Task<IResult>>)ConnectorAsync);
    }

    /// <summary>The key that signs the channel's tokens.</summary>
    public RSA SigningKey { get; } = RSA.Create(2048);

    /// <summary>Where this server listens, with a trailing slash (used as the activities' serviceUrl).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every POST the Connector received, in order.</summary>
    public ConcurrentQueue<ConnectorRequest> Received { get; } = new();

    /// <summary>Form bodies posted to the token endpoint.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenForms { get; } = new();

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    /// <summary>Conversations whose ids start with this are refused streaming (403), as Teams does outside 1:1 chats.</summary>
    public const string RefuseStreamingPrefix = "refuse-stream";

    /// <summary>The first POST for a conversation whose id starts with this gets 503, as a Connector hiccup.</summary>
    public const string FlakyPrefix = "flaky";

    private readonly ConcurrentDictionary<string, bool> _failedOnce = new(StringComparer.Ordinal);

    public async Task StartAsync()
    {
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseUrl = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>What reached the Connector for one conversation.</summary>
    public IReadOnlyList<ConnectorRequest> For(string conversationId) =>
        [.. Received.Where(r => r.Body["conversation"]?["id"]?.GetValue<string>() == conversationId)];

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        SigningKey.Dispose();
    }

    private JsonObject Jwk()
    {
        var parameters = SigningKey.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray("msteams"),
        };
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        TokenForms.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
        Interlocked.Increment(ref _tokenRequests);
        return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = AccessToken });
    }

    private async Task<IResult> ConnectorAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var id = $"activity-{Interlocked.Increment(ref _ids)}";
        var request = new ConnectorRequest(target, context.Request.Headers.Authorization.FirstOrDefault(), body, id);
        Received.Enqueue(request);
        if (request.ConversationId.StartsWith(FlakyPrefix, StringComparison.Ordinal) && _failedOnce.TryAdd(request.ConversationId, true))
        {
            context.Response.Headers["X-Correlating-OperationId"] = "op-flaky";
            return Results.Json(new { error = new { code = "ServiceError", message = "try again" } }, statusCode: 503);
        }

        if (request.Type != "typing" || request.StreamInfo is not { } stream)
        {
            return Results.Json(new { id });
        }

        if (request.ConversationId.StartsWith(RefuseStreamingPrefix, StringComparison.Ordinal))
        {
            return Results.Json(new { error = new { code = "ContentStreamNotAllowed", message = "Content stream is not allowed" } }, statusCode: 403);
        }

        // The first chunk opens the stream: 201 with the stream id; later chunks get 202 (§4.3).
        return stream["streamId"] is null ? Results.Json(new { id = $"stream-{id}" }, statusCode: 201) : Results.Json(new { }, statusCode: 202);
    }
}

/// <summary>One POST to the fake Connector: the path as sent (escaping kept), the Authorization header, the activity and the id given back.</summary>
public sealed record ConnectorRequest(string RawTarget, string? Authorization, JsonObject Body, string Id)
{
    public string Type => Body["type"]!.GetValue<string>();

    public string ConversationId => Body["conversation"]?["id"]?.GetValue<string>() ?? string.Empty;

    public JsonObject? StreamInfo => Body["entities"]?.AsArray().OfType<JsonObject>().FirstOrDefault(e => e["type"]?.GetValue<string>() == "streaminfo");
}
