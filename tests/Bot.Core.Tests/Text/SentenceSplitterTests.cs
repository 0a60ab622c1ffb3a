using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_WithTitlesAndInitials_KeepsAbbreviationsInsideSentences()
    {
        const string text = "Gen. Janjua met Lt. Gen. Nadeem Anjum in the U.S. capital. Then he left. Did he return? Yes.";

        var sentences = SentenceSplitter.Split(text).Select(s => s.Of(text)).ToList();

        Assert.Equal(["Gen. Janjua met Lt. Gen. Nadeem Anjum in the U.S. capital.", "Then he left.", "Did he return?", "Yes."], sentences);
    }

    [Fact]
    public void Split_WithClosingQuote_EndsAfterTheQuote()
    {
        const string text = "He said it was “untrue.” The ministry agreed.";

        var sentences = SentenceSplitter.Split(text).Select(s => s.Of(text)).ToList();

        Assert.Equal(["He said it was “untrue.”", "The ministry agreed."], sentences);
    }

    [Theory]
    // An hour goes on into the day, date or zone it is of.
    [InlineData("The fire was reported at 9:52 p.m. Sunday by a passing driver. Crews arrived at 10 p.m.", "The fire was reported at 9:52 p.m. Sunday by a passing driver.", "Crews arrived at 10 p.m.")]
    [InlineData("Polls close at 8 p.m. ET on Tuesday. Results follow.", "Polls close at 8 p.m. ET on Tuesday.", "Results follow.")]
    // Before any other capital it ends the sentence.
    [InlineData("The alarm sounded at 9 a.m. The building was cleared.", "The alarm sounded at 9 a.m.", "The building was cleared.")]
    // A title before a name does not end a sentence.
    [InlineData("Asked about the bid, Eng. Philip Koech said it was set aside. He gave no reason.", "Asked about the bid, Eng. Philip Koech said it was set aside.", "He gave no reason.")]
    [InlineData("Hon. Mary Atieno, 52, and Insp. John Kamau spoke. Both declined.", "Hon. Mary Atieno, 52, and Insp. John Kamau spoke.", "Both declined.")]
    // Run-together initials go on into the name; before a word that opens sentences they end one.
    [InlineData("A case names former bank secretary T.K. Sasidharan, 61. He was held.", "A case names former bank secretary T.K. Sasidharan, 61.", "He was held.")]
    [InlineData("The play is by J.B. Priestley. It opens in May.", "The play is by J.B. Priestley.", "It opens in May.")]
    [InlineData("The firm moved to Vancouver, B.C. The province paid for it.", "The firm moved to Vancouver, B.C.", "The province paid for it.")]
    public void Split_AnAbbreviationBeforeWhatItIsOf_KeepsThemInOneSentence(string text, string first, string second)
    {
        var sentences = SentenceSplitter.Split(text).Select(s => s.Of(text)).ToList();

        Assert.Equal([first, second], sentences);
    }

    [Fact]
    public void Split_AcrossParagraphs_NeverJoinsThem()
    {
        const string text = "First paragraph without a stop\n\nSecond one. Two sentences.";

        var sentences = SentenceSplitter.Split(text).Select(s => s.Of(text)).ToList();

        Assert.Equal(["First paragraph without a stop", "Second one.", "Two sentences."], sentences);
    }

    [Fact]
    public void Split_AmountEndingInALetter_EndsTheSentence()
    {
        const string text = "Analysts had expected profits of £190m. The firm's online arm grew. J. K. Rowling was there.";

        var sentences = SentenceSplitter.Split(text).Select(s => s.Of(text)).ToList();

        Assert.Equal(["Analysts had expected profits of £190m.", "The firm's online arm grew.", "J. K. Rowling was there."], sentences);
    }
}
