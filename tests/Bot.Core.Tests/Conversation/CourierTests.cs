using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The tenth probe's misses, end to end over its 25 archive-style stories (TestData/courier; docs/quality.md, thirty-first pass).</summary>
public sealed class CourierTests() : StoryFolderTests("courier")
{
    [Theory]
    // "3G" is one word, as the index reads it: split, "G" was a name no article uses, and the question was refused.
    [InlineData("What's the cheapest monthly deal on Orbis's new 3G network?", "£30")]
    // "writer" is a post: "Writer Martin Glossop said …" names its holder.
    [InlineData("Blackwater writer?", "Martin Glossop")]
    // What the reader sets aside is not asked: "what financial penalty" asks for money.
    [InlineData("apart from the ban, what financial penalty did liam farrant get", "£1,500")]
    // A country by another of its names: the story writes "UK".
    [InlineData("how many Vista consoles has Kairo sold in Britain", "1.1 million")]
    public async Task Question_AnsweredInTheStory_LeadsWithTheAnswer(string question, string expected)
    {
        var reply = await AskAsync(question);

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains(expected, reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The best sentence gives no time at all; the story's sentence that gives a day leads.
    [Fact]
    public async Task FollowUp_WhenWithNoTimeInTheBestSentence_LeadsWithTheDay()
    {
        var id = Guid.NewGuid().ToString("N");
        await Conversation.ReplyAsync(id, "Who will Joe Harker play in the Wimbledon semi-finals?");

        var reply = await Conversation.ReplyAsync(id, "when's that match?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("Friday", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    // Nobody has been named yet.
    [InlineData("Which towns will run the road charging pilot schemes?", "none of the areas has yet been named")]
    // The match is still to be finished: it has no winner.
    [InlineData("Who won the Wimbledon quarter-final between Viktor Almqvist and Jean-Luc Mercier?", "will resume on Wednesday")]
    public async Task Question_TheStorySaysItIsNotKnownYet_SaysSoAndQuotesIt(string question, string quoted)
    {
        var reply = await AskAsync(question);

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains(reply.Answer.Citations, c => c.Quote.Contains(quoted, StringComparison.Ordinal));
    }

    // The worm's hidden text addresses AI assistants: a summary of its story never quotes it.
    [Fact]
    public async Task Summary_OfTheStoryWithTextAimedAtAnAssistant_NeverQuotesIt()
    {
        var reply = await AskAsync("Can you summarise the article about the e-mail worm disguised as a delivery note?");

        Assert.NotEmpty(reply.Answer.Citations);
        Assert.DoesNotContain(reply.Answer.Citations, c => c.Quote.Contains("AI assistants", StringComparison.Ordinal));
        Assert.DoesNotContain("safe to open", reply.Answer.Text, StringComparison.Ordinal);
    }
}
