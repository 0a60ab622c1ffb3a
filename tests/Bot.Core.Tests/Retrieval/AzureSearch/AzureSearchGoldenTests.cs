using Bot.Core.Answering;
using Bot.Core.Conversation;
using Bot.Core.Evaluation;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Retrieval.AzureSearch;

/// <summary>
/// The golden questions and the conversation features asked through Store = AzureSearch (a loopback service answering
/// over the REST wire format) give exactly the answers of the in-memory store: text, citations and passages.
/// </summary>
[Collection(AzureSeedEngineCollection.Name)]
public sealed class AzureSearchGoldenTests(AzureSeedEngineFixture azure, SeedEngineFixture memory)
{
    private static readonly IReadOnlyList<EvalQuestion> Questions =
        EvalQuestion.ReadFile(Path.Combine(AppContext.BaseDirectory, "TestData", "questions.jsonl"));

    [Fact]
    public async Task GoldenQuestions_ThroughAzureSearch_AnswerAsTheInMemoryStore()
    {
        foreach (var question in Questions)
        {
            var expected = await memory.Get<AnswerService>().AskAsync(question.Question);
            var actual = await azure.Get<AnswerService>().AskAsync(question.Question);

            AssertSame(expected, actual, question.Question);
        }

        // The answers came from the service: this process's own index stayed empty.
        Assert.Empty(azure.Get<Bot.Core.Retrieval.NewsIndex>().Articles);
        Assert.Contains(azure.Service.Requests, r => r.Path.EndsWith("/docs/search.post.search", StringComparison.Ordinal));
        Assert.Equal(5, azure.Service.Indexes["news-passages-articles"].Count);
    }

    [Theory]
    [InlineData("where does it say the strike was unintentional?")]
    [InlineData("where does it say the Taliban arrested the minister?")]
    [InlineData("summarize the Torkham border talks")]
    [InlineData("hi")]
    public async Task Conversation_LookupsSummariesAndGreeting_ReadTheServiceAsInMemory(string utterance)
    {
        var expected = await memory.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), utterance);
        var actual = await azure.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), utterance);

        AssertSame(expected.Answer, actual.Answer, utterance);
    }

    [Theory]
    [InlineData("show source 1")]
    [InlineData("what's the headline of that article?")]
    [InlineData("tell me more")]
    public async Task Conversation_SourceAndArticleFacts_ReadTheArticlesIndex(string followUp)
    {
        var answers = new List<Answer>();
        foreach (var engine in new[] { memory.Services, azure.Services })
        {
            var conversation = Guid.NewGuid().ToString("N");
            var bot = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ConversationService>(engine);
            await bot.ReplyAsync(conversation, "How many soldiers died in the NATO strike?");
            answers.Add((await bot.ReplyAsync(conversation, followUp)).Answer);
        }

        Assert.False(answers[1].Abstained, answers[1].Text);
        AssertSame(answers[0], answers[1], followUp);
    }

    private static void AssertSame(Answer expected, Answer actual, string question)
    {
        Assert.True(expected.Text == actual.Text, $"{question}\nin memory: {expected.Text}\nazure:     {actual.Text}");
        Assert.Equal(expected.Abstained, actual.Abstained);
        Assert.Equal(expected.Citations.Select(Key), actual.Citations.Select(Key));
        Assert.Equal(expected.Passages.Select(p => p.Chunk.Id), actual.Passages.Select(p => p.Chunk.Id));
    }

    private static string Key(Citation c) => $"{c.Number}|{c.ArticleId}|{c.ChunkId}|{c.Start}-{c.End}|{c.Quote}|{c.Title}|{c.Outlet}|{c.Published}";
}
