using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class StoryReferenceTests
{
    [Theory]
    [InlineData("In the Harwick story, how many jobs are at risk?", "How many jobs are at risk, Harwick?")]
    [InlineData("How many jobs are at risk in the Harwick story?", "How many jobs are at risk, Harwick?")]
    [InlineData("According to the article, who won the by-election?", "Who won the by-election?")]
    [InlineData("Who won the by-election, according to the articles?", "Who won the by-election?")]
    [InlineData("In the story about the Leicester closure, which union spoke out?", "Which union spoke out, the Leicester closure?")]
    public void Strip_TakesOutThePointerAndKeepsWhatItNames(string question, string expected) =>
        Assert.Equal(expected, StoryReference.Strip(question));

    [Theory]
    // A report is something stories report on.
    [InlineData("How many deaths were recorded in the WHO report?")]
    [InlineData("What is the story behind the name?")]
    // Nothing would be left to ask.
    [InlineData("Who is in the story?")]
    public void Strip_LeavesOtherQuestions(string question) =>
        Assert.Null(StoryReference.Strip(question));

    [Fact]
    public void Plain_PutsAnIndirectQuestionDirectlyAndDropsItsPointer() =>
        Assert.Equal("How many jobs are at risk, Harwick?", QuestionFrame.Plain("Could you tell me how many jobs are at risk in the Harwick story?"));
}
