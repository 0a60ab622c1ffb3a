using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>A claim in the reader's own words, over the probe archive: synonyms, and a subject the story names a sentence earlier.</summary>
public sealed class ClaimWordsTests(ProbeArchiveFixture archive) : IClassFixture<ProbeArchiveFixture>
{
    [Theory]
    // "fatigue is a serious concern", said by the pilots' union, named in the sentence before.
    [InlineData("Which article reports that pilots are worried about tiredness?", "business/006.txt", "fatigue is a serious concern")]
    // "the injury had happened while she was practising her serve", in a story that says "tennis" earlier.
    [InlineData("Which story says a tennis player got hurt while working on her serve?", "sport/004.txt", "practising her serve")]
    // Not the lead on house prices falling, which comes closest, but the sentence after it, which names London.
    [InlineData("Is there a story saying house prices dropped most in London?", "business/007.txt", "London saw the biggest fall")]
    public async Task Lookup_AClaimInOtherWords_IsFound(string utterance, string article, string quoted)
    {
        var reply = await archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), utterance);

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        var citation = Assert.Single(reply.Answer.Citations);
        Assert.Equal(article, citation.ArticleId);
        Assert.Contains(quoted, citation.Quote, StringComparison.Ordinal);
    }

    [Theory]
    // The story's apology comes from the UK managing director; no chief executive is written there.
    [InlineData("Where does it say Novalink's chief executive apologised to customers over the recall?")]
    // Phones are banned in Wales, not England.
    [InlineData("Is there a story saying phones will be banned in secondary schools in England?")]
    // Doncaster is named in the sentence after the closure, of the sites production moves to.
    [InlineData("Where does it say Harwick Foods is shutting its Doncaster factory?")]
    public async Task Lookup_AClaimTheStoryMakesOfSomeoneElse_IsNotFound(string utterance)
    {
        var reply = await archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), utterance);

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }
}
