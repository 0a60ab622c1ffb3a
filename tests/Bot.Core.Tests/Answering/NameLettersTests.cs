using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

/// <summary>A question that names a body in full also searches for the letters a story gives it in brackets.</summary>
public sealed class NameLettersTests
{
    [Theory]
    [InlineData("Aegean Star Ferries (ASF) reported a fall in profit.", "Aegean Star Ferries", "ASF")]
    [InlineData("a deal with the Bank of Japan (BOJ) on Monday", "Bank of Japan", "BOJ")]
    [InlineData("the state-owned Serowe Diamond Trading Company (SDTC) on 1 July", "Serowe Diamond Trading Company", "SDTC")]
    [InlineData("Kgalagadi Copper Ltd (KCL) has shipped", "Kgalagadi Copper Ltd", "KCL")]
    public void Defined_ReadsTheNameBeforeItsBracketedLetters(string text, string name, string letters) =>
        Assert.Equal([(name, letters)], NameLetters.Defined(text));

    [Theory]
    // Letters that are not the name's initials, or a bracket after no name, define nothing.
    [InlineData("shares rose on the Athens Stock Exchange (ATH) on Thursday")]
    [InlineData("the company (ASF) said")]
    [InlineData("Aegean Star Ferries (pictured) said")]
    public void Defined_LettersThatSpellNoNameBeforeThem_DefineNothing(string text) =>
        Assert.Empty(NameLetters.Defined(text));

    [Theory]
    [InlineData("who is the finance director at Aegean Star Ferries?", "who is the finance director at Aegean Star Ferries (ASF)?")]
    // Typed in lower case, the name is found and left as typed.
    [InlineData("who is the finance director at aegean star ferries", "who is the finance director at aegean star ferries (ASF)")]
    // Before a possessive, so that the name and its letters stay side by side.
    [InlineData("What is Aegean Star Ferries' dividend?", "What is Aegean Star Ferries (ASF)' dividend?")]
    // A firm's "Ltd" is seldom typed.
    [InlineData("who's the boss at kgalagadi copper", "who's the boss at kgalagadi copper (KCL)")]
    [InlineData("Who runs Kgalagadi Copper Ltd?", "Who runs Kgalagadi Copper Ltd (KCL)?")]
    public void Add_ANameWrittenInFull_TakesItsLetters(string question, string expected) =>
        Assert.Equal(expected, NameLetters.Add(question, ["PIRAEUS — Aegean Star Ferries (ASF) reported a 14.9 per cent fall in profit.", "Kgalagadi Copper Ltd (KCL) has shipped"]));

    [Theory]
    [InlineData("Who runs ASF?")]
    [InlineData("Who runs Aegean Star Ferries (ASF)?")]
    [InlineData("Who runs Ionian Seaways?")]
    public void Add_AQuestionWithTheLettersOrWithoutTheName_IsLeftAlone(string question) =>
        Assert.Null(NameLetters.Add(question, ["Aegean Star Ferries (ASF) reported a fall in profit."]));

    // The letters are searched, not asked: the question answered is the one typed, with any other respelling kept.
    [Theory]
    [InlineData("who runs aegean star ferries (ASF)?", "who runs aegean star ferries?", "who runs aegean star ferries?")]
    [InlineData("who runs Aegean Star Ferries (ASF)?", "who runs Aegean Star Feries?", "who runs Aegean Star Ferries?")]
    [InlineData("who runs Aegean Star Ferries (ASF)?", "who runs Aegean Star Ferries (ASF)?", null)]
    [InlineData("who runs the ISI?", "who runs the ISI?", null)]
    public void Without_TakesOutOnlyTheLettersAdded(string searched, string typed, string? expected) =>
        Assert.Equal(expected, NameLetters.Without(searched, typed));
}
