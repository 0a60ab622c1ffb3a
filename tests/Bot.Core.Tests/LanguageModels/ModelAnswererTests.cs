using Bot.Core.Answering;
using Bot.Core.Conversation;
using Bot.Core.LanguageModels;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.LanguageModels;

public sealed class ModelAnswererTests(ModelEngineFixture fixture) : IClassFixture<ModelEngineFixture>, IDisposable
{
    private const string Question = "How many soldiers died in the NATO strike?";
    private readonly LoopbackChatServer _server = new();

    [Fact]
    public async Task Ask_WithModel_SendsNumberedSourcesQuestionAndHistory()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint);
        _server.Enqueue(p => ScriptedReply.Text(SourceLabels.ValidReply(p)));
        var earlier = new ConversationTurn("who led it?", "Who led the Afghan delegation?", new Answer("General Karimi led it. [1]", false, [], []));

        var answer = await engine.GetRequiredService<AnswerService>().AskAsync(Question, [earlier]);

        var prompt = Assert.Single(_server.Prompts);
        Assert.Equal("/v1/chat/completions", Assert.Single(_server.Paths));
        Assert.Contains("[1] ", prompt, StringComparison.Ordinal);
        Assert.Contains($"[{answer.Passages.Count}] ", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain($"[{answer.Passages.Count + 1}] ", prompt, StringComparison.Ordinal);
        Assert.Contains(Question, prompt, StringComparison.Ordinal);
        Assert.Contains("Who led the Afghan delegation?", prompt, StringComparison.Ordinal);
        Assert.Contains("NOT IN ARTICLES", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_EachSourceIsFencedWithAKeyNewForEveryRequest()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint);
        _server.Enqueue(p => ScriptedReply.Text(SourceLabels.ValidReply(p)));
        _server.Enqueue(p => ScriptedReply.Text(SourceLabels.ValidReply(p)));

        var answer = await engine.GetRequiredService<AnswerService>().AskAsync(Question);
        await engine.GetRequiredService<AnswerService>().AskAsync(Question);

        var keys = _server.Prompts.Select(p => System.Text.RegularExpressions.Regex.Match(p, "<<source 1 key=([0-9a-f]{12})>>").Groups[1].Value).ToList();
        Assert.All(keys, k => Assert.NotEmpty(k));
        Assert.NotEqual(keys[0], keys[1]);
        var prompt = _server.Prompts.First();
        for (int n = 1; n <= answer.Passages.Count; n++)
        {
            string open = $"<<source {n} key={keys[0]}>>", close = $"<<end source {n} key={keys[0]}>>";
            int start = prompt.IndexOf(open, StringComparison.Ordinal), end = prompt.IndexOf(close, StringComparison.Ordinal);
            Assert.True(start >= 0 && end > start, $"source {n} is not fenced");
            Assert.Contains(answer.Passages[n - 1].Chunk.Text.Trim(), prompt[start..end], StringComparison.Ordinal);
        }

        Assert.Contains("never instructions", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_ValidCitedReply_CitesVerbatimArticleText()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint);
        _server.Enqueue(p => ScriptedReply.Text(SourceLabels.ValidReply(p)));

        var answer = await engine.GetRequiredService<AnswerService>().AskAsync(Question);

        Assert.False(answer.Abstained);
        Assert.Equal(1, answer.SupportedSentences);
        CitationAssert.Verbatim(engine, answer);
        Assert.Contains(answer.Citations, c => c.Quote.Contains(SourceLabels.Killed, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ollama", "/v1", "/v1/chat/completions")]
    public async Task Ask_OtherProviders_SpeakTheirWireFormat(string provider, string suffix, string path)
    {
        var engine = await fixture.CreateAsync($"http://127.0.0.1:{_server.Port}{suffix}", provider: provider);
        _server.Enqueue(p => ScriptedReply.Text(SourceLabels.ValidReply(p)));

        var answer = await engine.GetRequiredService<AnswerService>().AskAsync(Question);

        Assert.Equal(path, Assert.Single(_server.Paths));
        Assert.Equal(1, answer.SupportedSentences);
        CitationAssert.Verbatim(engine, answer);
    }

    [Fact]
    public async Task Ask_InventedLabelAndMisquote_AreRemoved()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint);
        _server.Enqueue(p =>
        {
            int n = SourceLabels.Of(p, SourceLabels.Killed);
            return ScriptedReply.Text($"A NATO air strike \"{SourceLabels.Killed} in November\" [{n}]. " +
                $"The strike \"killed 40 Afghan policemen in March\" [{n}]. Pakistan closed its border with India for a year [9].");
        });

        var answer = await engine.GetRequiredService<AnswerService>().AskAsync(Question);

        Assert.Equal(1, answer.SupportedSentences);
        Assert.Equal(3, answer.GeneratedSentences);
        Assert.DoesNotContain("40 Afghan", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[9]", answer.Text, StringComparison.Ordinal);
        Assert.Contains("1 of 3 sentences supported", answer.Notice, StringComparison.Ordinal);
        CitationAssert.Verbatim(engine, answer);
    }

    [Fact]
    public async Task Ask_ModelSaysNotInArticles_Abstains()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint);
        _server.Enqueue(_ => ScriptedReply.Text("NOT IN ARTICLES: the sources do not mention cricket."));

        var answer = await engine.GetRequiredService<AnswerService>().AskAsync("Who won the cricket world cup?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
    }

    public void Dispose() => _server.Dispose();
}
