using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

public sealed class OwnerPronounTests
{
    [Theory]
    [InlineData("Who owns its stadium?", "Who did Riverside United beat on Saturday?", "Who owns Riverside United's stadium?")]
    [InlineData("who is their manager", "How much did Tallis & Crane make last year?", "who is Tallis & Crane's manager")]
    public void Resolve_ItsAfterAQuestionNamingOneFullName_IsThatName(string utterance, string previous, string expected) =>
        Assert.Equal(expected, OwnerPronoun.Resolve(utterance, previous));

    [Theory]
    // One capitalised word is as often a day or a place as the subject.
    [InlineData("Who owns its stadium?", "Who did Arsenal beat on Saturday?")]
    // Two full names: which one "its" means is not known.
    [InlineData("Who owns its stadium?", "Did Riverside United beat Harbour Town?")]
    // The follow-up names its own subject.
    [InlineData("Who owns Northgate's stadium?", "Who did Riverside United beat on Saturday?")]
    // No owner pronoun.
    [InlineData("Who scored?", "Who did Riverside United beat on Saturday?")]
    [InlineData("Who owns its stadium?", null)]
    public void Resolve_NoSingleOwnerToReadItAs_IsNull(string utterance, string? previous) =>
        Assert.Null(OwnerPronoun.Resolve(utterance, previous));
}
