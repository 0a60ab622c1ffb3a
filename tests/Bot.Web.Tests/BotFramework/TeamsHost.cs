using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Web.BotFramework;
using Bot.Web.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Web.Tests.BotFramework;

/// <summary>
/// One bot host (in memory) wired to one <see cref="FakeBotFrameworkServer"/> (real loopback HTTP), shared by a test
/// class because building the seed index takes seconds. Tests keep apart by using their own conversation ids.
/// </summary>
public class TeamsHost : IAsyncLifetime
{
    public const string AppId = "00000000-1111-2222-3333-444444444444";
    public const string ClientSecret = "test-client-secret";
    public const int MaxActivityBytes = 65_536;
    public const int ConversationBurst = 4;

    public FakeBotFrameworkServer Server { get; } = new();

    public BotWebFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Where the bot appends ratings (Bot:Chat:FeedbackFile).</summary>
    public string FeedbackFile { get; } = Path.Combine(Path.GetTempPath(), $"newsbot-feedback-{Guid.NewGuid():N}.jsonl");

    public async Task InitializeAsync()
    {
        await Server.StartAsync();
        Factory = new BotWebFactory(Settings());
        Client = Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Server.DisposeAsync();
        File.Delete(FeedbackFile);
    }

    /// <summary>The bot's settings: every Azure address points at the loopback fake; small limits so tests can reach them.</summary>
    protected virtual Dictionary<string, string> Settings() => new()
    {
        ["Bot:BotFramework:MicrosoftAppId"] = AppId,
        ["Bot:BotFramework:MicrosoftAppPassword"] = ClientSecret,
        ["Bot:BotFramework:OpenIdMetadataUrl"] = new Uri(Server.BaseUrl, "openid").ToString(),
        ["Bot:BotFramework:TokenEndpoint"] = new Uri(Server.BaseUrl, "token").ToString(),
        ["Bot:Chat:MaxActivityBytes"] = MaxActivityBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Bot:Chat:ConversationBurst"] = ConversationBurst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Bot:Chat:ConversationPerMinute"] = "1",
        ["Bot:Chat:FeedbackFile"] = FeedbackFile,
    };

    /// <summary>A token as the Bot Connector mints it; each argument breaks one rule when changed.</summary>
    public string Mint(string? serviceUrl = null, string issuer = ChannelAuthenticator.Issuer, string audience = AppId, DateTime? expires = null, RSA? key = null)
    {
        var now = DateTime.UtcNow;
        var end = expires ?? now.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? Server.BaseUrl.ToString() },
            IssuedAt = end.AddHours(-1),
            NotBefore = end.AddHours(-1),
            Expires = end,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key ?? Server.SigningKey) { KeyId = FakeBotFrameworkServer.KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>Posts <paramref name="body"/> to /api/messages with <paramref name="token"/> (none when null).</summary>
    public async Task<HttpResponseMessage> PostAsync(string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity) => PostAsync(activity.ToJsonString(), Mint());

    /// <summary>An activity as Teams sends it, addressed to this host's fake Connector.</summary>
    public JsonObject Activity(string type, string conversationId, string conversationType = "groupChat", string channelId = "msteams") => new()
    {
        ["type"] = type,
        ["id"] = $"in-{Guid.NewGuid():N}",
        ["timestamp"] = "2026-11-23T12:00:00.000Z",
        ["serviceUrl"] = Server.BaseUrl.ToString(),
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Megan Bowen", ["aadObjectId"] = "7faf8ab2" },
        ["recipient"] = new JsonObject { ["id"] = $"28:{AppId}", ["name"] = "News Bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = "tenant-1" },
        ["locale"] = "en-US",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };

    /// <summary>A message with <paramref name="text"/>.</summary>
    public JsonObject Message(string conversationId, string text, string conversationType = "groupChat")
    {
        var activity = Activity("message", conversationId, conversationType);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    /// <summary>A Teams-looking conversation id (':', ';' and '@' need escaping in Connector paths), unique per call.</summary>
    public static string NewConversationId(string prefix = "a") => $"{prefix}:{Guid.NewGuid():N};messageid=1@thread.tacv2";

    /// <summary>Waits until the conversation's final message has arrived, then returns everything sent to it, in order.</summary>
    public async Task<IReadOnlyList<ConnectorRequest>> RepliesAsync(string conversation)
    {
        await Eventually.TrueAsync(() => Server.For(conversation).Any(r => r.Type == "message"), $"the answer in {conversation}");
        return Server.For(conversation);
    }

    /// <summary>Waits until every accepted activity has been answered (or failed): a barrier, not a timing assumption.</summary>
    public Task IdleAsync() => Eventually.TrueAsync(() => Factory.Services.GetRequiredService<TurnScheduler>().Pending == 0, "the bot to finish its turns");
}
