using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class NameSwapsTests
{
    [Theory]
    [InlineData("Who stripped the ball from Kubiak on a third-and-nine?", "Ware stripped the ball from Newton on a third-and-nine.", "Kubiak", "Newton")]
    [InlineData("What type of tunnels are built under Manchester's city centre?", "Tunnels were built under Newcastle's city centre in the 1970s.", "Manchester's", "Newcastle's")]
    [InlineData("Who opened the new ward at Kingsmill Hospital on Monday?", "Health Secretary Ann Reed opened the new ward at Riverside on Monday.", "Kingsmill Hospital", "Riverside")]
    public void Find_AnotherNameBetweenTheSameWords_IsASwap(string question, string sentence, string asked, string said) =>
        Assert.Equal((asked, said), NameSwaps.Find(question, sentence));

    [Theory]
    // The sentence writes the question's name.
    [InlineData("Who stripped the ball from Newton on a third-and-nine?", "Ware stripped the ball from Newton on a third-and-nine.")]
    // A story that answers leaves the name to a pronoun.
    [InlineData("Who stripped the ball from Newton on a third-and-nine?", "Ware stripped the ball from him on a third-and-nine.")]
    // Spellings of one name.
    [InlineData("Where are words of the Geordia dialect used?", "Words of the Geordie dialect are used in Northumberland.")]
    [InlineData("What charter became part of EU law?", "The Charter became part of European Union law in 2009.")]
    [InlineData("Which countries relied on US's security guarantees?", "Many countries relied on American security guarantees.")]
    [InlineData("How much of Victoria's farmland grows hay?", "Half of Victorian farmland grows hay.")]
    // Only one of the two words beside it matches.
    [InlineData("Who did Arsenal beat on Saturday?", "Chelsea beat Spurs 2-0 at home.")]
    public void Find_NoOtherNameInItsPlace_IsNull(string question, string sentence) =>
        Assert.Null(NameSwaps.Find(question, sentence));
}
