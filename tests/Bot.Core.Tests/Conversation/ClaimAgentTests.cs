using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

/// <summary>The doer of a passive claim ("bought by a museum") is held as its subject is: the sentence or the story must write it.</summary>
public sealed class ClaimAgentTests
{
    [Theory]
    [InlineData("La Lavandera was bought by a museum in Texas", "museum")]
    [InlineData("the Spanish finalist was hampered by an injured wrist", "wrist")]
    [InlineData("most species have not been formally described by scientists", "scientists")]
    [InlineData("Marsh was coached by his father", "father")]
    [InlineData("the figurehead hasn't been seen by the public for three decades", "public")]
    public void Head_IsTheLastWordOfTheAgentsPhrase(string claim, string head) =>
        Assert.Equal(head, ClaimAgent.Head(claim));

    [Theory]
    // Amounts and manners name no one; names are held by the name check; no passive, no agent.
    [InlineData("a book was rejected by more than a dozen publishers")]
    [InlineData("the show has been watched by upwards of 6m people")]
    [InlineData("the scheme was rejected by nine votes to two")]
    [InlineData("the soap kept its ending secret by shooting three versions")]
    [InlineData("the painting was bought by Harrington & Vale")]
    [InlineData("a museum bought the painting")]
    public void Head_NoOneNamedByBy_IsNull(string claim) =>
        Assert.Null(ClaimAgent.Head(claim));

    [Theory]
    [InlineData("La Lavandera was bought by a museum in Texas", "The painting had belonged to the same Texas family since 1951, when an oil engineer bought it.", "museum")]
    [InlineData("La Lavandera was bought by a museum in Texas", "It was bought by an anonymous telephone bidder.", "museum")]
    public void Unwritten_AnAgentNeitherTheSentenceNorTheStoryWrites_IsTheAgent(string claim, string sentence, string agent) =>
        Assert.Equal(agent, ClaimAgent.Unwritten(claim, sentence, sentence.ToLowerInvariant()));

    [Theory]
    // Written in the sentence, or in the story before it ("the species were described" after "scientists have named").
    [InlineData("La Lavandera was bought by a museum", "The Texas museum bought it for $5m.", "the texas museum bought it for $5m.")]
    [InlineData("most species have not been described by scientists", "Fewer than a fifth of ocean species have been formally described.", "scientists say they have found a dozen animals. fewer than a fifth of ocean species have been formally described.")]
    public void Unwritten_TheAgentWritten_IsNull(string claim, string sentence, string soFar) =>
        Assert.Null(ClaimAgent.Unwritten(claim, sentence, soFar));
}
