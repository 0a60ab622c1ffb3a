using Bot.Core.Answering;
using Bot.Core.Conversation;
using Bot.Core.Conversation.Intents;
using Bot.Core.LanguageModels;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.LanguageModels;

public sealed class ModelLookupTests(ModelEngineFixture fixture) : IClassFixture<ModelEngineFixture>, IDisposable
{
    private const string Request = "where does it say the strike was unintentional?";
    private readonly LoopbackChatServer _server = new();

    [Fact]
    public async Task Lookup_VerbatimQuote_IsUsedWithOffsetsInTheArticle()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint);
        string? quoted = null;
        _server.Enqueue(p =>
        {
            quoted = SourceText.FirstSentence(p, 2);
            return ScriptedReply.Text($"[2] \"{quoted}\"");
        });

        var reply = await engine.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), Request);

        var prompt = Assert.Single(_server.Prompts);
        Assert.Contains("Claim: the strike was unintentional", prompt, StringComparison.Ordinal);
        Assert.Equal(Intent.Lookup, reply.Intent);
        Assert.StartsWith("It is in “", reply.Answer.Text, StringComparison.Ordinal);
        Assert.False(reply.Answer.Abstained);
        Assert.Null(reply.Answer.Notice);
        var citation = Assert.Single(reply.Answer.Citations);
        Assert.Contains(quoted!, citation.Quote, StringComparison.Ordinal);
        Assert.Equal(reply.Answer.Passages[1].Chunk.Id, citation.ChunkId);
        Assert.Contains($"characters {citation.Start}–{citation.End}: “{citation.Quote}” [1]", reply.Answer.Text, StringComparison.Ordinal);
        CitationAssert.Verbatim(engine, reply.Answer);
    }

    [Fact]
    public async Task Lookup_ModelQuotesASentenceThatSaysTheOpposite_SaysNoArticleSaysThat()
    {
        const string Closed = "The Taliban closed a busy border crossing, Torkham, on Sunday";
        var engine = await fixture.CreateAsync(_server.Endpoint);
        _server.Enqueue(p => ScriptedReply.Text($"[{SourceLabels.Of(p, Closed)}] \"{Closed}\""));

        var reply = await engine.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "where does it say the Taliban opened the Torkham crossing?");

        Assert.True(reply.Answer.Abstained);
        Assert.StartsWith("No article says that.", reply.Answer.Text, StringComparison.Ordinal);
        Assert.EndsWith("It says “closed”, not “opened”.", reply.Answer.Text, StringComparison.Ordinal);
        CitationAssert.Verbatim(engine, reply.Answer);
    }

    [Fact]
    public async Task Lookup_Misquote_FallsBackToTheOfflineResult()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint);
        _server.Enqueue(_ => ScriptedReply.Text("[1] \"The strike was a deliberate and planned attack on the post.\""));

        var reply = await engine.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), Request);

        var offline = await OfflineAsync();
        Assert.Single(_server.Prompts);
        Assert.Equal(offline.Text, reply.Answer.Text);
        Assert.Null(reply.Answer.Notice);
        Assert.DoesNotContain("deliberate and planned", reply.Answer.Text, StringComparison.Ordinal);
        CitationAssert.Verbatim(engine, reply.Answer);
    }

    [Fact]
    public async Task Lookup_UnknownLabel_FallsBackToTheOfflineResult()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint);
        _server.Enqueue(p => ScriptedReply.Text($"[9] \"{SourceText.FirstSentence(p, 1)}\""));

        var reply = await engine.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), Request);

        Assert.Equal((await OfflineAsync()).Text, reply.Answer.Text);
        Assert.Null(reply.Answer.Notice);
    }

    [Fact]
    public async Task Lookup_NoSource_SaysNoArticleSaysThat()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint);
        _server.Enqueue(_ => ScriptedReply.Text("NO SOURCE: none of the sources states this."));

        var reply = await engine.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), Request);

        Assert.StartsWith("No article says that. The closest passage is in “", reply.Answer.Text, StringComparison.Ordinal);
        Assert.True(reply.Answer.Abstained);
        Assert.Null(reply.Answer.Notice);
        CitationAssert.Verbatim(engine, reply.Answer);
    }

    [Fact]
    public async Task Lookup_ModelOutage_GivesTheOfflineResultWithTheNotice()
    {
        var engine = await fixture.CreateAsync(_server.Endpoint, maxRetries: 1);

        var reply = await engine.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), Request);

        Assert.Equal(2, _server.Prompts.Count);
        Assert.Equal((await OfflineAsync()).Text, reply.Answer.Text);
        Assert.Equal(ModelLookup.UnavailableNotice, reply.Answer.Notice);
        CitationAssert.Verbatim(engine, reply.Answer);
    }

    [Theory]
    [InlineData("NO SOURCE", LookupOutcome.NoSource)]
    [InlineData("I could not find it.", LookupOutcome.Invalid)]
    [InlineData("[0] \"x\"", LookupOutcome.Invalid)]
    [InlineData("", LookupOutcome.Invalid)]
    public void Check_ReadsTheReplyStrictly(string reply, LookupOutcome expected) =>
        Assert.Equal(expected, ModelLookup.Check(reply, []).Outcome);

    // The offline engine answers the same request over the same saved index, without a model.
    private async Task<Answer> OfflineAsync()
    {
        var offline = await fixture.CreateAsync(_server.Endpoint, provider: "Offline");
        return (await offline.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), Request)).Answer;
    }

    public void Dispose() => _server.Dispose();
}
