using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

/// <summary>A re-spelled question says what it read for what, word for word.</summary>
public sealed class RespellingNoteTests
{
    [Theory]
    [InlineData("Who commissioned the Milennium Bridge?", "Who commissioned the Millennium Bridge?", "Read “Milennium” as “Millennium”, as the articles write it.")]
    [InlineData("Who heads the ISI?", "Who heads the Inter-Services Intelligence?", "Read “ISI” as “Inter-Services Intelligence”, as the articles write it.")]
    [InlineData("Frensh troops?", "French troops?", "Read “Frensh” as “French”, as the articles write it.")]
    [InlineData("the 25/26 budget?", "the 2025/26 budget?", "Read “25/26” as “2025/26”, as the articles write it.")]
    [InlineData("denholm salary 23-24?", "Denholm salary 2023-24?", "Read “23-24” as “2023-24”, as the articles write it.")]
    [InlineData("Did Erdogann visit Kabul?", "Did Erdoğan visit Kabul?", "Read “Erdogann” as “Erdoğan”, as the articles write it.")]
    public void For_ARespelledQuestion_NamesTheWordsReadDifferently(string typed, string searched, string expected) =>
        Assert.Equal(expected, RespellingNote.For(typed, searched));

    [Fact]
    public void AddTo_AQuestionSearchedAsTyped_LeavesTheAnswerAlone()
    {
        var answer = new Answer("text", Abstained: false, [], []);

        Assert.Same(answer, RespellingNote.AddTo(answer, "Who led it?", "Who led it?"));
    }

    [Fact]
    public void AddTo_AnAnswerWithANotice_KeepsItAndAddsTheNote()
    {
        var answer = new Answer("text", Abstained: false, [], [], Notice: "The model is unavailable.");

        var noted = RespellingNote.AddTo(answer, "Who is Frensh?", "Who is French?");

        Assert.Equal("The model is unavailable. Read “Frensh” as “French”, as the articles write it.", noted.Notice);
    }
}
