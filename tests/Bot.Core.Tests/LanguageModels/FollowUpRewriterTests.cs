using Bot.Core.Answering;
using Bot.Core.Conversation;
using Bot.Core.Conversation.Intents;
using Bot.Core.LanguageModels;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.LanguageModels;

public sealed class FollowUpRewriterTests(ModelEngineFixture fixture) : IClassFixture<ModelEngineFixture>, IDisposable
{
    private const string Earlier = "Which Afghan delegation held talks in Rawalpindi?";
    private const string FollowUp = "how many members did it have?";
    private const string Rewritten = "How many members did the Afghan delegation that held talks in Rawalpindi have?";
    private readonly LoopbackChatServer _server = new();

    [Fact]
    public async Task Reply_FollowUpWithModel_SendsHistoryAndFollowUpAndAnswersTheRewrite()
    {
        var (bot, id) = await StartAsync(maxRetries: 3);
        _server.Enqueue(_ => ScriptedReply.Text($"\"{Rewritten}\""));
        _server.Enqueue(_ => ScriptedReply.Text("NOT IN ARTICLES: test."));

        var reply = await bot.ReplyAsync(id, FollowUp);

        Assert.Equal(Intent.Question, reply.Intent);
        Assert.Equal(Rewritten, reply.ResolvedText);
        var prompts = _server.Prompts.ToArray();
        Assert.Equal(2, prompts.Length);
        Assert.Contains(Earlier, prompts[0], StringComparison.Ordinal);
        Assert.Contains("Islamabad and Kabul agreed", prompts[0], StringComparison.Ordinal);
        Assert.Contains(FollowUp, prompts[0], StringComparison.Ordinal);
        Assert.Contains("stand-alone question", prompts[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Question: " + Rewritten, prompts[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_RewriteFails_FallsBackToTheOfflineResolver()
    {
        var (bot, id) = await StartAsync(maxRetries: 1);

        var reply = await bot.ReplyAsync(id, FollowUp);

        Assert.Equal(FollowUpResolver.Resolve(FollowUp, Earlier), reply.ResolvedText);
        Assert.Equal(ModelAnswerer.UnavailableNotice, reply.Answer.Notice);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task Reply_RewriteEmptyOrTooLong_FallsBackToTheOfflineResolver(string? rewrite)
    {
        var (bot, id) = await StartAsync(maxRetries: 1);
        _server.Enqueue(_ => ScriptedReply.Text(rewrite ?? string.Concat(Enumerable.Repeat("The delegation talks went on. ", 20))));

        var reply = await bot.ReplyAsync(id, FollowUp);

        Assert.Equal(FollowUpResolver.Resolve(FollowUp, Earlier), reply.ResolvedText);
    }

    // The earlier turn is put in memory directly, so the only model calls are the rewrite and the answer.
    private async Task<(ConversationService Bot, string Id)> StartAsync(int maxRetries)
    {
        var engine = await fixture.CreateAsync(_server.Endpoint, maxRetries: maxRetries);
        var id = Guid.NewGuid().ToString("N");
        engine.GetRequiredService<ConversationMemory>().Add(id,
            new ConversationTurn(Earlier, Earlier, new Answer("Islamabad and Kabul agreed to reopen the crossing. [1]", false, [], [])));
        return (engine.GetRequiredService<ConversationService>(), id);
    }

    public void Dispose() => _server.Dispose();
}
