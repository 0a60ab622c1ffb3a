using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

public sealed class ClaimClausesTests
{
    [Theory]
    [InlineData("Halloran & Pike shares jumped 14%", "Shares in Castleford Ales rose 14% to 387p on the news, while Halloran & Pike shares were unchanged at 512p.", "Shares in Castleford Ales rose 14% to 387p on the news")]
    [InlineData("Kessler sold 40,000 cars", "Orbis sold 40,000 cars; Kessler sold 12,000.", "Orbis sold 40,000 cars")]
    public void GivenToAnother_TheNumberStandsBesideAnotherParty_IsThatPart(string claim, string sentence, string said) =>
        Assert.Equal(said, ClaimClauses.GivenToAnother(claim, sentence, Names(claim))?.Said);

    [Theory]
    // The number stands with the claim's own party.
    [InlineData("Castleford Ales shares rose 14%", "Shares in Castleford Ales rose 14% to 387p on the news, while Halloran & Pike shares were unchanged at 512p.")]
    // No contrast splits the sentence.
    [InlineData("Halloran & Pike shares jumped 14%", "Halloran & Pike said shares in Castleford Ales rose 14% on the news.")]
    // No part names the claim's party on its own.
    [InlineData("Kessler sold 40,000 cars", "Orbis sold 40,000 cars, while sales of vans fell.")]
    public void GivenToAnother_TheNumberIsTheClaimPartys_IsNull(string claim, string sentence) =>
        Assert.Null(ClaimClauses.GivenToAnother(claim, sentence, Names(claim)));

    private static List<string> Names(string claim) =>
        claim.Split(' ').Where(w => w.Length > 1 && char.IsUpper(w[0])).ToList();
}
