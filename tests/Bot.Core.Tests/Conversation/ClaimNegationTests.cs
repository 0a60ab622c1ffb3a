using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

public sealed class ClaimNegationTests
{
    [Theory]
    [InlineData("Marsh dropped a set", "The 22-year-old from Bristol did not drop a set all week.", "dropped", "not drop")]
    [InlineData("Lumo completed the deal", "Lumo has not completed the deal yet.", "completed", "not completed")]
    [InlineData("Vellmark did not cut jobs", "German carmaker Vellmark is to cut 1,200 jobs.", "not cut", "cut")]
    [InlineData("Kabul denies the charge", "Kabul doesn't deny the charge.", "denies", "doesn't deny")]
    public void Contradicted_TheSentenceDeniesWhatTheClaimSays(string claim, string sentence, string claimed, string said) =>
        Assert.Equal((claimed, said), ClaimNegation.Contradicted(claim, sentence));

    [Theory]
    // Both deny it, or neither does.
    [InlineData("Marsh did not drop a set", "The 22-year-old did not drop a set all week.")]
    [InlineData("Marsh won the title", "Tom Marsh won his first ATP title.")]
    // The negation bears on other words of the sentence.
    [InlineData("nurses were leaving the profession", "Paul Dunn said the pledge did not go far enough and warned that nurses were leaving the profession.")]
    // A time or an addition, not a denial.
    [InlineData("Robert Koch won the Nobel Prize in 1905", "It was not until Robert Koch's 1891 proofs, for which he was awarded a Nobel Prize in 1905, that microorganisms were confirmed.")]
    [InlineData("Isaac Newton identified gravity as a force", "What we now call gravity was not identified as a universal force until the work of Isaac Newton.")]
    [InlineData("the deal boosts its puzzle titles", "The deal not only boosts its puzzle titles but also its reach.")]
    public void Contradicted_NoDenialOfTheClaim_IsNull(string claim, string sentence) =>
        Assert.Null(ClaimNegation.Contradicted(claim, sentence));
}
