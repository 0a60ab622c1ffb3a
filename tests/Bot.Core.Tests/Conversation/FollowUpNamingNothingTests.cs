using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>
/// A full question that names no story ("how many polling stations were affected?") after an answer is asked of the story
/// just cited first, over an archive where another story also counts polling stations.
/// </summary>
public sealed class FollowUpNamingNothingTests : IAsyncLifetime
{
    private const string Apology = "apology.txt";
    private readonly ArchiveFolder _archive = new("naming-nothing");

    private ConversationService Bot => _archive.Get<ConversationService>();

    public async Task InitializeAsync()
    {
        _archive.Write(Apology,
            "WESTBURY: The elections minister, Helen Marsh, apologised on Friday after polling stations in the Westbury by-election opened up to two hours late.",
            "Electoral officials said 14 polling stations were affected in the end, after a printing error left them with ballot papers for the wrong district.",
            "Marsh said an independent inquiry would report within a month, and that voters who were turned away would be contacted.");
        _archive.Write("count.txt",
            "NORTHFIELD: Voting was held at 97 polling stations across Northfield, the director of elections said.",
            "Eleven polling stations were in tents or temporary buildings, and all polling stations were affected by long queues in the evening.",
            "The count began at midnight.");
        await _archive.OpenAsync();
    }

    [Fact]
    public async Task Reply_FullQuestionNamingNothing_IsAnsweredFromThePreviousArticleFirst()
    {
        var id = Guid.NewGuid().ToString("N");
        var first = await Bot.ReplyAsync(id, "Which minister apologised for the late opening of polling stations in Westbury?");
        const string question = "how many polling stations were affected in the end?";

        var next = await Bot.ReplyAsync(id, question);

        Assert.Equal(Apology, first.Answer.Citations[0].ArticleId);
        Assert.False(FollowUpResolver.IsFollowUp(question));
        Assert.Contains("previous answer's articles", next.Answer.Diagnostics, StringComparison.Ordinal);
        Assert.Equal(Apology, next.Answer.Citations[0].ArticleId);
        Assert.Contains("14 polling stations were affected", next.Answer.Text, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
