using Bot.Core.Answering;
using Bot.Core.Conversation;
using Bot.Core.Retrieval;

namespace Bot.Core.Tests.Conversation;

public sealed class FollowUpScopeTests
{
    private static readonly ConversationTurn[] Turns =
    [
        Turn("Who won the league?", abstained: false, "a.txt", "b.txt"),
        Turn("Who owns the ground?", abstained: true, "c.txt"),
    ];

    [Fact]
    public void Scope_FollowUp_IsTheLastGroundedAnswersArticles()
    {
        var scope = FollowUpSearch.Scope("who owns it?", Turns, filter: null);

        Assert.Equal(["a.txt", "b.txt"], scope?.ArticleIds);
    }

    [Fact]
    public void Scope_QuestionNamingNothing_IsTheLastGroundedAnswersArticles()
    {
        var scope = FollowUpSearch.Scope("how many polling stations were affected on the day?", Turns, filter: null);

        Assert.Equal(["a.txt", "b.txt"], scope?.ArticleIds);
    }

    [Fact]
    public void Scope_StandAloneQuestion_IsNull()
    {
        Assert.Null(FollowUpSearch.Scope("Which club did Northgate Rovers sign the striker from?", Turns, filter: null));
    }

    [Fact]
    public void Scope_CallerFilter_KeepsItsLimitsAndNarrowsItsArticles()
    {
        var filter = new SearchFilter(ArticleIds: ["b.txt", "z.txt"], From: new DateOnly(2024, 1, 1));

        var scope = FollowUpSearch.Scope("who owns it?", Turns, filter);

        Assert.Equal(["b.txt"], scope?.ArticleIds);
        Assert.Equal(filter.From, scope?.From);
        Assert.Null(FollowUpSearch.Scope("who owns it?", Turns, filter with { ArticleIds = ["z.txt"] }));
    }

    private static ConversationTurn Turn(string question, bool abstained, params string[] articles) =>
        new(question, question, new Answer("…", abstained,
            articles.Select((a, i) => new Citation(i + 1, a, a, null, null, "q", 0, 1, a + "#0")).ToList(), []));
}

public sealed class FollowUpSubjectTests
{
    [Theory]
    [InlineData("The American military said the air strike was unintentional.", "Americans", true)]
    [InlineData("Afghan officials closed the crossing.", "Afghans", true)]
    [InlineData("The Taliban closed the crossing.", "Taliban", true)]
    [InlineData("The Taliban closed the crossing.", "Americans", false)]
    [InlineData("It was a bus.", "Bus", true)]
    public void Writes_ANameOrTheSingularOfAPlural(string text, string name, bool expected) =>
        Assert.Equal(expected, FollowUpSearch.Writes(text, name));
}
