using Bot.Core.Answering;
using Bot.Core.Conversation;
using Bot.Core.Conversation.Intents;
using Bot.Core.LanguageModels;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.LanguageModels;

public sealed class ModelSummarizerTests(ModelEngineFixture fixture) : IClassFixture<ModelEngineFixture>, IDisposable
{
    private const string Request = "summarize the Torkham border talks";
    private readonly LoopbackChatServer _server = new();

    [Fact]
    public async Task Summary_ValidCitations_IsReturnedVerified()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint);
        _server.Enqueue(p => ScriptedReply.Text($"{SourceText.FirstSentence(p, 1)} [1]. {SourceText.FirstSentence(p, 2)} [2]."));

        var reply = await engine.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), Request);

        var prompt = Assert.Single(_server.Prompts);
        Assert.Contains("Topic: Torkham border talks", prompt, StringComparison.Ordinal);
        Assert.Contains("Islamabad says", prompt, StringComparison.Ordinal);
        Assert.Equal(Intent.Summary, reply.Intent);
        Assert.StartsWith("Summary of", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Equal(2, reply.Answer.SupportedSentences);
        Assert.Equal(2, reply.Answer.GeneratedSentences);
        Assert.Null(reply.Answer.Notice);
        CitationAssert.Verbatim(engine, reply.Answer);
    }

    [Fact]
    public async Task Summary_InventedCitation_IsRemoved()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint);
        _server.Enqueue(p => ScriptedReply.Text($"{SourceText.FirstSentence(p, 1)} [1]. Pakistan closed its border with India for a year [9]."));

        var reply = await engine.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), Request);

        Assert.Equal(1, reply.Answer.SupportedSentences);
        Assert.Equal(2, reply.Answer.GeneratedSentences);
        Assert.DoesNotContain("[9]", reply.Answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("India", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Contains("1 of 2 sentences supported", reply.Answer.Notice, StringComparison.Ordinal);
        CitationAssert.Verbatim(engine, reply.Answer);
    }

    [Fact]
    public async Task Summary_NoSentenceSupported_GivesTheExtractiveSummaryWithTheNotice()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint);
        _server.Enqueue(_ => ScriptedReply.Text("Pakistan closed its border with India for a year [9]."));

        var reply = await engine.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), Request);

        Assert.StartsWith("Summary of", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Equal(ModelSummarizer.UnsupportedNotice, reply.Answer.Notice);
        CitationAssert.Verbatim(engine, reply.Answer);
    }

    [Fact]
    public async Task Summary_ModelOutage_GivesTheExtractiveSummaryWithTheNotice()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint, maxRetries: 1);

        var reply = await engine.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), Request);

        Assert.Equal(2, _server.Prompts.Count);
        Assert.StartsWith("Summary of", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Equal(ModelSummarizer.UnavailableNotice, reply.Answer.Notice);
        Assert.Null(reply.Answer.SupportedSentences);
        Assert.Contains(reply.Answer.Citations, c => c.ArticleId == "002_fc7e1f14d72009a2.txt");
        Assert.Contains(reply.Answer.Citations, c => c.ArticleId == "004_9d889a496ed59ed2.txt");
        CitationAssert.Verbatim(engine, reply.Answer);
    }

    public void Dispose() => _server.Dispose();
}
