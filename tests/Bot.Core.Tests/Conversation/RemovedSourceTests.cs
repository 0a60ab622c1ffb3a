using Bot.Core.Conversation;
using Bot.Core.Indexing;
using Bot.Core.Retrieval;
using Bot.Core.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Conversation;

/// <summary>A remembered answer whose article is gone since: "show source" and "tell me more" say so instead of failing.</summary>
public sealed class RemovedSourceTests : IAsyncLifetime
{
    private const string Question = "Who led the Afghan delegation?";
    private ServiceProvider _engine = null!;

    private ConversationService Bot => _engine.GetRequiredService<ConversationService>();

    public async Task InitializeAsync()
    {
        _engine = EngineFactory.Create();
        await _engine.GetRequiredService<IndexManager>().OpenAsync();
    }

    [Fact]
    public async Task ShowSource_ArticleRemovedWithBotRemove_SaysWhenItWasRemoved()
    {
        var id = Guid.NewGuid().ToString("N");
        var answer = await Bot.ReplyAsync(id, Question);
        var articleId = answer.Answer.Citations[0].ArticleId;
        await _engine.GetRequiredService<ArticleRemover>().RemoveAsync([articleId], "retracted");

        var shown = await Bot.ReplyAsync(id, "show source 1");

        Assert.True(shown.Answer.Abstained);
        Assert.Empty(shown.Answer.Citations);
        Assert.StartsWith($"Source [1] ({articleId}) was removed on ", shown.Answer.Text, StringComparison.Ordinal);
        Assert.EndsWith("(bot remove), so it cannot be shown.", shown.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowSourceAndTellMeMore_ArticleGoneFromTheStore_SayItIsNoLongerThere()
    {
        var id = Guid.NewGuid().ToString("N");
        var answer = await Bot.ReplyAsync(id, Question);
        var articleId = answer.Answer.Citations[0].ArticleId;
        await _engine.GetRequiredService<IPassageWriter>().RemoveAsync(new HashSet<string> { articleId }, CancellationToken.None);

        var shown = await Bot.ReplyAsync(id, "show source 1");
        var more = await Bot.ReplyAsync(id, "tell me more");

        Assert.Equal($"Source [1] ({articleId}) is no longer in the articles, so it cannot be shown.", shown.Answer.Text);
        Assert.Contains($"({articleId}) is no longer in the articles", more.Answer.Text, StringComparison.Ordinal);
        Assert.Empty(more.Answer.Citations);
    }

    public Task DisposeAsync()
    {
        var list = _engine.GetRequiredService<Bot.Core.Articles.RemovedArticles>().Location;
        _engine.Dispose();
        File.Delete(list);
        return Task.CompletedTask;
    }
}
