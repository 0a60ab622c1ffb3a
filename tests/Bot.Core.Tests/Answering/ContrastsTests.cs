using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class ContrastsTests
{
    [Theory]
    [InlineData("Harbour Foods will close 35 stores", "Harbour Foods also said it would open 35 new stores next year.", "close", "open")]
    [InlineData("Lumo sold PixelRiver", "Lumo Studios has bought its smaller rival PixelRiver for $90m.", "sold", "bought")]
    [InlineData("Marsh was coached by his father", "Marsh was coached by his mother until the age of 16.", "father", "mother")]
    [InlineData("profits fell to £100m", "Quarterly profits rose 41% to £212m.", "fell", "rose")]
    public void Swapped_TheSentenceSaysTheOppositeInItsPlace_NamesBoth(string claim, string sentence, string claimed, string said) =>
        Assert.Equal((claimed, said), Contrasts.Swapped(claim, sentence));

    [Theory]
    // The claim's own word is there too.
    [InlineData("Harbour Foods will open 35 stores", "Harbour Foods will open 35 new stores and close two.")]
    // In the passive the opposite says the same: the factory "was sold to AvtoZAZ", so AvtoZAZ bought it.
    [InlineData("AvtoZAZ bought the factory in 2005", "In 2005 the factory was sold to AvtoZAZ, a Ukrainian car manufacturer.")]
    // Words with no opposite in the table.
    [InlineData("Iran sought cooperation from Pakistan", "Iran on Monday asked Pakistan for cooperation.")]
    // A claim that holds both words of a pair is not swapped by either.
    [InlineData("shares rose and then fell", "Shares fell in early trading.")]
    public void Swapped_NoOppositeInTheClaimsPlace_IsNull(string claim, string sentence) =>
        Assert.Null(Contrasts.Swapped(claim, sentence));
}
