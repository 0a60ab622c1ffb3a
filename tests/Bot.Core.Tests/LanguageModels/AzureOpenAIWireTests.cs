using Azure.Core;
using Bot.Core.Answering;
using Bot.Core.LanguageModels;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.LanguageModels;

/// <summary>Azure OpenAI through SK's Azure connector: Azure's own paths, api-version and credentials, against a loopback server.</summary>
public sealed class AzureOpenAIWireTests(ModelEngineFixture fixture) : IClassFixture<ModelEngineFixture>, IDisposable
{
    private const string Question = "How many soldiers died in the NATO strike?";
    private const string Deployment = "news-gpt";
    private readonly LoopbackChatServer _server = new();

    private string Resource => $"http://127.0.0.1:{_server.Port}";

    [Fact]
    public async Task Ask_WithKey_PostsToTheDeploymentWithApiVersionAndApiKeyHeader()
    {
        var engine = await AzureAsync(new() { ["Bot:Model:ApiVersion"] = "2024-10-21" });
        _server.Enqueue(p => ScriptedReply.Text(SourceLabels.ValidReply(p)));

        var answer = await engine.GetRequiredService<AnswerService>().AskAsync(Question);

        Assert.Equal($"/openai/deployments/{Deployment}/chat/completions", Assert.Single(_server.Paths));
        Assert.Contains("api-version=2024-10-21", Assert.Single(_server.Queries), StringComparison.Ordinal);
        var (apiKey, authorization) = Assert.Single(_server.Credentials);
        Assert.Equal("test-key", apiKey);
        Assert.Null(authorization);
        Assert.Equal(1, answer.SupportedSentences);
        CitationAssert.Verbatim(engine, answer);
    }

    [Fact]
    public async Task Ask_OtherApiVersion_IsSent()
    {
        var engine = await AzureAsync(new() { ["Bot:Model:ApiVersion"] = "2025-01-01-preview" });
        _server.Enqueue(p => ScriptedReply.Text(SourceLabels.ValidReply(p)));

        await engine.GetRequiredService<AnswerService>().AskAsync(Question);

        Assert.Contains("api-version=2025-01-01-preview", Assert.Single(_server.Queries), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_WithKey_YieldsTokensThenVerifiedAnswer()
    {
        var engine = await AzureAsync([]);
        string? reply = null;
        _server.Enqueue(p => ScriptedReply.Text(reply = SourceLabels.ValidReply(p)));

        var updates = new List<AnswerUpdate>();
        await foreach (var update in engine.GetRequiredService<AnswerService>().StreamAsync(Question, []))
        {
            updates.Add(update);
        }

        Assert.Equal($"/openai/deployments/{Deployment}/chat/completions", Assert.Single(_server.Paths));
        Assert.Equal(reply, string.Concat(updates.Where(u => u.Token is not null).Select(u => u.Token)));
        Assert.Equal(1, updates[^1].Answer!.SupportedSentences);
    }

    [Fact]
    public async Task Ask_WithEntraId_SendsABearerTokenAndNoKey()
    {
        var engine = await AzureAsync(
            new() { ["Bot:Model:UseEntraId"] = "true", ["Bot:Model:ApiKey"] = "" },
            services => services.AddSingleton<TokenCredential>(new FixedToken("entra-token")));
        _server.Enqueue(p => ScriptedReply.Text(SourceLabels.ValidReply(p)));

        var answer = await engine.GetRequiredService<AnswerService>().AskAsync(Question);

        var (apiKey, authorization) = Assert.Single(_server.Credentials);
        Assert.Null(apiKey);
        Assert.Equal("Bearer entra-token", authorization);
        Assert.Equal(1, answer.SupportedSentences);
    }

    [Fact]
    public void Options_UnknownApiVersion_IsRefusedByNameWithTheSupportedOnes()
    {
        var options = new ModelOptions { Provider = "AzureOpenAI", Endpoint = Resource, ChatModel = Deployment, ApiKey = "k", ApiVersion = "2023-05-15" };

        var error = Assert.Single(options.Validate());

        Assert.Contains("Bot:Model:ApiVersion '2023-05-15'", error, StringComparison.Ordinal);
        Assert.Contains(AzureApiVersions.Default, error, StringComparison.Ordinal);
    }

    public void Dispose() => _server.Dispose();

    private Task<ServiceProvider> AzureAsync(Dictionary<string, string?> extra, Action<IServiceCollection>? services = null)
    {
        extra["Bot:Model:ChatModel"] = Deployment;
        return fixture.CreateAsync(Resource, provider: "AzureOpenAI", extra: extra, services: services);
    }

    private sealed class FixedToken(string token) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(token, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GetToken(requestContext, cancellationToken));
    }
}
