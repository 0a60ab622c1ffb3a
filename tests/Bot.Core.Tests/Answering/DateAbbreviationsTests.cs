using Bot.Core.Answering;
using Bot.Core.Retrieval;

namespace Bot.Core.Tests.Answering;

public sealed class DateAbbreviationsTests
{
    [Theory]
    [InlineData("In Sept 1760 who negotiated a capitulation from Montreal?", "On 8 September 1760 Governor Vaudreuil negotiated a capitulation.", "In September 1760 who negotiated a capitulation from Montreal?")]
    [InlineData("What happened on Thurs.?", "The talks ended on Thursday without a deal.", "What happened on Thursday?")]
    [InlineData("Who resigned in Jan?", "The minister resigned in January.", "Who resigned in January?")]
    // A firm's quarter, written with a hyphen as business news does.
    [InlineData("Sarvi Q1 profit?", "Sarvi reported a 19% rise in first-quarter profit.", "Sarvi first quarter profit?")]
    // A year and the next without their century.
    [InlineData("how much came from reserves in the 25/26 budget", "Highland Council approved its 2025/26 budget on Thursday.", "how much came from reserves in the 2025/26 budget")]
    public void Expand_AnAbbreviationNoArticleUses_IsWrittenInFull(string question, string passage, string expected)
    {
        using var corpus = new LexicalIndex([(passage, "Story")]);

        Assert.Equal(expected, DateAbbreviations.Expand(question, corpus, [passage]));
    }

    [Theory]
    // The articles use it: "the Sun" is a newspaper there.
    [InlineData("What did the Sun report?", "The Sun reported the story on Sunday.")]
    // No passage writes the full name, so there is nothing to read it as.
    [InlineData("What happened in Sept?", "The talks ended without a deal.")]
    // Not an abbreviation: a word that starts like one.
    [InlineData("What did Septimus say?", "Septimus said it was September.")]
    // Not two years in a row (a score), and a short form the story writes itself.
    [InlineData("who won 25/21 in the final set?", "She won the 2025/21 set, a typo for the record.")]
    [InlineData("what was the 25/26 figure?", "The 25/26 figure, for 2025/26, was £3m.")]
    public void Expand_WhenItCannotBeRead_ChangesNothing(string question, string passage)
    {
        using var corpus = new LexicalIndex([(passage, "Story")]);

        Assert.Null(DateAbbreviations.Expand(question, corpus, [passage]));
    }
}
