using Bot.Core.Conversation.Intents;

namespace Bot.Core.Tests.Conversation;

/// <summary>The rule that sends "which source says …" and "is there a source for …" to the look-up before the classifier.</summary>
public sealed class LookupRuleTests
{
    [Theory]
    [InlineData("is there a source for the film festival probably ending up in the red this year?")]
    [InlineData("Is there a source for the claim that world food prices rose 83 percent?")]
    [InlineData("which article says the border was reopened?")]
    [InlineData("Is there a story saying PixelRiver was founded in 2015?")]
    [InlineData("Show me where Calder Therapeutics confirmed it was in takeover talks with Kessler Biologics.")]
    [InlineData("can you show me where the minister said the port would reopen")]
    public void IsMatch_AClaimAskedAfter(string utterance) => Assert.True(LookupRule.IsMatch(utterance));

    // The last answer's source, or a source by number: for the classifier.
    [Theory]
    [InlineData("is there a source for that?")]
    [InlineData("Is there a source for this")]
    [InlineData("which source is it from?")]
    [InlineData("show source 2")]
    // A place asked, with no one said to have said anything.
    [InlineData("show me where the fire started")]
    public void IsMatch_NoClaim_IsLeftToTheClassifier(string utterance) => Assert.False(LookupRule.IsMatch(utterance));
}
