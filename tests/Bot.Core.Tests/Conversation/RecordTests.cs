using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The twentieth probe's misses, end to end over its 20 wire stories (TestData/record; docs/quality.md, thirty-eighth pass).</summary>
public sealed class RecordTests() : StoryFolderTests("record")
{
    // "prosecutor Sandrine Aubel": the one prosecuting is named by her post.
    [Fact]
    public async Task Followup_WhoIsProsecuting_NamesTheProsecutor()
    {
        string id = Guid.NewGuid().ToString("N");
        await Conversation.ReplyAsync(id, "Which former mayor is currently on trial for corruption in Castellane?");
        var reply = await Conversation.ReplyAsync(id, "who is prosecuting?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("Sandrine Aubel", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The lead gives the term ("jailed for nine years"); the sentence that names the founder gives only the trial's length.
    [Fact]
    public async Task Question_APrisonTerm_QuotesTheSentenceThatGivesIt()
    {
        var reply = await AskAsync("How long a prison term was handed to the founder of Greyhaven Asset Management?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("nine years", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // "said one top-20 shareholder, who asked not to be named".
    [Fact]
    public async Task Question_TheNameOfAnUnnamedShareholder_IsRefused()
    {
        var reply = await AskAsync("What is the name of the top-20 Brightwater shareholder who said Oriel was buying at the bottom?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    // "entered through a skylight at about 3:40 a.m." holds none of the museum's name, and its passage was never retrieved;
    // the lead says only "early on Saturday". The rest of the story is read when no hour was found (StoryRead).
    [Fact]
    public async Task Question_AnHourInAPassageRetrievalMissed_IsFoundByReadingOn()
    {
        var reply = await AskAsync("At approximately what time did the intruders break into the Nordhavn Art Museum?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("3:40 a.m.", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
