using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

public sealed class ClaimActsTests
{
    [Theory]
    [InlineData("arrested", true)]
    [InlineData("won", true)]
    [InlineData("rejected", true)]
    [InlineData("bankrupt", true)]
    [InlineData("hat-trick", true)]
    // Not acts: the claim's subject and setting may be told in any words.
    [InlineData("winning", false)]
    [InlineData("hired", false)]
    [InlineData("festival", false)]
    public void IsAct_ReadsTheWordAlone(string word, bool expected) => Assert.Equal(expected, ClaimActs.IsAct(word));

    [Theory]
    [InlineData("rejected", "It was turned down by 14 publishers before being taken on by Leyburn Books.", true)]
    [InlineData("won", "The Broncos defeated the Panthers 24-10 to earn their third title.", true)]
    [InlineData("overturned", "The appeal court quashed the conviction on Tuesday.", true)]
    [InlineData("bankrupt", "The winery went into administration in March.", true)]
    [InlineData("appealing", "SMRT said it would challenge the fine.", true)]
    // What the sentence tells instead is no phrasing of the act.
    [InlineData("won", "The union is demanding a 12% pay rise for 2025.", false)]
    [InlineData("accepted", "Members have voted to strike at Bundesfernbahn AG.", false)]
    [InlineData("voted", "The National Assembly approved a contract annex.", false)]
    [InlineData("arrested", "Police were called to the pub after the fight.", false)]
    public void ToldInPhrase_ReadsTheSentence(string act, string sentence, bool expected) =>
        Assert.Equal(expected, ClaimActs.ToldInPhrase(act, sentence));

    [Theory]
    [InlineData("Tan Sri Ooi turned down Harbourline's improved offer", "rejected")]
    [InlineData("the Coastal Housing Bill was voted down by MPs", "rejected")]
    [InlineData("the reporter threw out the Beinn Dorcha appeal", "rejected")]
    [InlineData("the winery went bust after the frost", "bankrupt")]
    public void InPhrases_AnActToldInAPhrase_IsItsWord(string claim, string act) =>
        Assert.Equal([act], ClaimActs.InPhrases(claim));

    [Theory]
    [InlineData("the temperature went down overnight")]
    [InlineData("the council turned the library into flats")]
    public void InPhrases_NoActPhrase_IsEmpty(string claim) => Assert.Empty(ClaimActs.InPhrases(claim));
}
