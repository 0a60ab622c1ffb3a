using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class ExceptClauseTests
{
    [Theory]
    [InlineData("apart from the ban, what financial penalty did liam farrant get", "What financial penalty did liam farrant get")]
    [InlineData("Besides the fine, how long is he banned for?", "How long is he banned for?")]
    // A name set aside stays as the topic.
    [InlineData("Apart from Torkham, which frontier crossing did Baradar want eased?", "Which frontier crossing did Baradar want eased, Torkham?")]
    public void Strip_AQuestionThatSetsSomethingAside_IsTheQuestionAlone(string question, string expected) =>
        Assert.Equal(expected, ExceptClause.Strip(question));

    [Theory]
    [InlineData("What financial penalty did Liam Farrant get?")]
    // "Apart from" inside the question is part of what is asked.
    [InlineData("Who apart from the chairman voted against?")]
    // "other" is measured against what is set aside.
    [InlineData("Besides cultural events, what other tourist attraction does Buddhism have?")]
    // No question after the clause.
    [InlineData("Apart from that, thanks.")]
    public void Strip_NothingSetAside_IsNull(string question) =>
        Assert.Null(ExceptClause.Strip(question));
}
