using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The fourth probe's misses, end to end over its 20 BBC-style stories (TestData/newsdesk; docs/quality.md, twenty-fourth pass).</summary>
public sealed class NewsdeskTests() : StoryFolderTests("newsdesk")
{
    [Fact]
    public async Task Lookup_TeamsTheOtherWayRound_IsNotFoundAndSaysWhatTheStorySays()
    {
        var reply = await AskAsync("Where is it reported that Kingsford City beat Redmarsh United?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("It says “Redmarsh United came from behind to beat Kingsford City”", reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_OfTheStoryAboutAPossessiveName_SummarisesIt()
    {
        var reply = await AskAsync("summarise the story about Brightwater's Dutch takeover");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.All(reply.Answer.Citations, c => Assert.Equal("business/003.txt", c.ArticleId));
    }

    [Theory]
    // "Welsh" is no word of the stories: the plant is "in Wrexham, north Wales".
    [InlineData("Which Welsh plant is Halvern shutting?", "Wrexham")]
    // "Zorba.B" is one word, as the index reads it.
    [InlineData("What does the Zorba.B attachment actually do once it's opened?", "records keystrokes")]
    // The lead gives only a share ("fallen 9%"): the sentence that counts the pubs leads.
    [InlineData("How many pubs is Dunmore planning to get rid of?", "about 120")]
    public async Task Question_TheLeadMissesWhatTheStoryGives_IsAnswered(string question, string expected)
    {
        var reply = await AskAsync(question);

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains(expected, reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Which Noel Coward play will Karen Doyle appear in?", "The closest stories do not name the play.")]
    [InlineData("How old is Dunmore Breweries boss Sarah Pryce?", "The closest stories give no age for this.")]
    [InlineData("Who is Thomas Berger's coach?", "The closest stories do not say who the coach is.")]
    public async Task Question_TheStoriesGiveNoneOfTheKindAsked_IsRefused(string question, string note)
    {
        var reply = await AskAsync(question);

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains(note, reply.Answer.Text, StringComparison.Ordinal);
    }
}
