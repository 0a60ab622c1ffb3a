using Bot.Core.Answering;
using Bot.Core.LanguageModels;
using Bot.Core.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.LanguageModels;

public sealed class ModelResilienceTests(ModelEngineFixture fixture) : IClassFixture<ModelEngineFixture>, IDisposable
{
    private const string Question = "How many soldiers died in the NATO strike?";
    private readonly LoopbackChatServer _server = new();

    [Fact]
    public async Task Ask_TooManyRequestsThenOk_RetriesAndAnswers()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint);
        _server.Enqueue(_ => ScriptedReply.Status(429, retryAfter: "1"));
        _server.Enqueue(p => ScriptedReply.Text(SourceLabels.ValidReply(p)));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var answer = await engine.GetRequiredService<AnswerService>().AskAsync(Question);

        Assert.Equal(2, _server.Prompts.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"Retry-After was not honoured: {clock.Elapsed}");
        Assert.Null(answer.Notice);
        Assert.Equal(1, answer.SupportedSentences);
    }

    [Fact]
    public async Task Ask_ServerErrorsAfterRetries_FallsBackToOfflineAnswer()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint, maxRetries: 1);

        var answer = await engine.GetRequiredService<AnswerService>().AskAsync(Question);

        Assert.Equal(2, _server.Prompts.Count);
        Assert.Equal(ModelAnswerer.UnavailableNotice, answer.Notice);
        Assert.False(answer.Abstained);
        Assert.Null(answer.SupportedSentences);
    }

    [Fact]
    public async Task Ask_SlowModel_TimesOutAndFallsBack()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint, maxRetries: 1, timeoutSeconds: 1);
        // The model would answer validly after 5 s; the notice can only come from giving up at the 1 s timeout.
        _server.Default = p => ScriptedReply.Text(SourceLabels.ValidReply(p)) with { Delay = TimeSpan.FromSeconds(5) };

        var answer = await engine.GetRequiredService<AnswerService>().AskAsync(Question);

        Assert.Equal(ModelAnswerer.UnavailableNotice, answer.Notice);
    }

    [Fact]
    public async Task Ask_ClosedPort_FallsBackToOfflineAnswer()
    {
        var engine = await fixture.CreateAsync($"http://127.0.0.1:{LoopbackChatServer.FreePort()}/v1", maxRetries: 1);

        var answer = await engine.GetRequiredService<AnswerService>().AskAsync(Question);

        Assert.Equal(ModelAnswerer.UnavailableNotice, answer.Notice);
        Assert.NotEmpty(answer.Citations);
    }

    [Fact]
    public async Task Stream_ModelSilentPastFirstTokenLimit_GivesOfflineAnswerWithNoticeAndLogsOneLine()
    {
        var log = new Bot.Web.Tests.LogCapture();
        var engine = await fixture.CreateAsync(_server.Endpoint, maxRetries: 1,
            extra: new Dictionary<string, string?> { ["Bot:Model:FirstTokenSeconds"] = "1" },
            services: s => s.AddLogging(b => b.AddProvider(log)));
        // The model would answer validly, but only after 10 s, well inside the 30 s call timeout.
        _server.Default = p => ScriptedReply.Text(SourceLabels.ValidReply(p)) with { Delay = TimeSpan.FromSeconds(10) };

        var updates = new List<AnswerUpdate>();
        await foreach (var update in engine.GetRequiredService<AnswerService>().StreamAsync(Question, []))
        {
            updates.Add(update);
        }

        var answer = Assert.Single(updates).Answer!;
        Assert.Equal(engine.GetRequiredService<ModelAnswerer>().SlowStartNotice, answer.Notice);
        Assert.Contains("within 1 s", answer.Notice, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Quote.Contains(SourceLabels.Killed, StringComparison.Ordinal));
        var line = Assert.Single(log.Messages, m => m.Contains("Model call failed", StringComparison.Ordinal));
        Assert.Contains("provider OpenAI, no first token within 1 s, after ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_ServerError_IsLoggedInOneLineWithProviderStatusAndElapsedTime()
    {
        var log = new Bot.Web.Tests.LogCapture();
        var engine = await fixture.CreateAsync(_server.Endpoint, maxRetries: 1, services: s => s.AddLogging(b => b.AddProvider(log)));
        _server.Default = _ => ScriptedReply.Status(503);

        await engine.GetRequiredService<AnswerService>().AskAsync(Question);

        var line = Assert.Single(log.Messages, m => m.Contains("Model call failed", StringComparison.Ordinal));
        Assert.Matches(@"^Warning: Model call failed \(answer\): provider OpenAI, HTTP 503, after \d+ ms; answering offline\.$", line);
    }

    [Fact]
    public async Task Stream_WithModel_YieldsTokensThenVerifiedAnswer()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint);
        string? reply = null;
        _server.Enqueue(p => ScriptedReply.Text(reply = SourceLabels.ValidReply(p)));

        var updates = new List<AnswerUpdate>();
        await foreach (var update in engine.GetRequiredService<AnswerService>().StreamAsync(Question, []))
        {
            updates.Add(update);
        }

        var tokens = updates.Where(u => u.Token is not null).Select(u => u.Token).ToList();
        Assert.True(tokens.Count > 3);
        Assert.Equal(reply, string.Concat(tokens));
        var answer = Assert.Single(updates, u => u.Answer is not null).Answer!;
        Assert.Same(answer, updates[^1].Answer);
        Assert.Equal(1, answer.SupportedSentences);
        Assert.Contains(answer.Citations, c => c.Quote.Contains(SourceLabels.Killed, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Conversation_WithDraftCallback_ReportsTheGrowingDraftThenReturnsTheVerifiedAnswer()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint);
        string? reply = null;
        _server.Enqueue(p => ScriptedReply.Text(reply = SourceLabels.ValidReply(p)));
        var drafts = new List<string>();

        var result = await engine.GetRequiredService<Bot.Core.Conversation.ConversationService>().ReplyAsync(
            Guid.NewGuid().ToString("N"), Question, filter: null, draft => { drafts.Add(draft); return Task.CompletedTask; }, default);

        Assert.True(drafts.Count > 3);
        Assert.All(drafts.Zip(drafts.Skip(1)), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
        Assert.Equal(reply, drafts[^1]);
        Assert.Equal(1, result.Answer.SupportedSentences);
    }

    [Fact]
    public void Start_OpenAiWithoutEndpoint_FailsNamingTheSetting()
    {
        using var engine = EngineFactory.Create(settings: ModelEngineFixture.Settings(endpoint: null));

        var error = Assert.Throws<OptionsValidationException>(() => engine.GetRequiredService<IOptions<Bot.Core.ModelOptions>>().Value);

        Assert.Contains("Bot:Model:Endpoint is required when Bot:Model:Provider is OpenAI", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _server.Dispose();
}
