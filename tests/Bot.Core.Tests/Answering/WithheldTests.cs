using Bot.Core.Answering;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

/// <summary>A sentence that says the thing asked is not known; over the probe archive, a sequel with no release date.</summary>
public sealed class WithheldTests(ProbeArchiveFixture archive) : IClassFixture<ProbeArchiveFixture>
{
    [Theory]
    [InlineData("Brightloom confirmed that a sequel was in development but gave no release date.")]
    [InlineData("Lumo bought PixelRiver for an undisclosed sum.")]
    [InlineData("The club declined to comment on the fee.")]
    [InlineData("Police did not say what he had been charged with.")]
    [InlineData("The terms of the deal were not disclosed.")]
    [InlineData("One UK bank, which asked not to be named, said it had blocked more than 40,000 copies.")]
    [InlineData("The film has been picked up by Meridian Pictures, although no UK release date has yet been set.")]
    [InlineData("It would close 40 branches over the next two years, but would not say how many jobs would go.")]
    [InlineData("Sponsor PayLoom has agreed to extend its deal by a further two years, Mr Harjit said, without disclosing the value of the extension.")]
    public void Says_ASentenceThatSaysItIsNotKnown_IsTrue(string sentence) => Assert.True(Withheld.Says(sentence));

    [Theory]
    [InlineData("The film has taken $1.4bn worldwide.")]
    [InlineData("She said she did not expect to win.")]
    [InlineData("No one was hurt.")]
    // It says when: not until then.
    [InlineData("What we now call gravity was not identified as a universal force until the work of Isaac Newton.")]
    public void Says_AnOrdinarySentence_IsFalse(string sentence) => Assert.False(Withheld.Says(sentence));

    [Fact]
    public async Task Ask_TheStorySaysItIsNotKnown_RefusesAndQuotesIt()
    {
        var answer = await archive.Get<AnswerService>().AskAsync("When is the Midnight at Kestrel Road sequel coming out?");

        Assert.True(answer.Abstained, answer.Text);
        Assert.Contains("gave no release date", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }
}
