using Bot.Core.Answering;
using Bot.Core.Retrieval;

namespace Bot.Core.Tests.Answering;

public sealed class ChatAbbreviationsTests
{
    [Theory]
    [InlineData("who heads the forestry dept in cyprus?", "Dr Panayiotis Constantinou is the director of the Forestry Department.", "who heads the forestry department in cyprus?")]
    [InlineData("what role did she get in the new govt?", "Lasheras becomes vice-president of the regional government.", "what role did she get in the new government?")]
    [InlineData("who chairs the canola producers assoc", "Lise Gauthier chairs the association.", "who chairs the canola producers association")]
    [InlineData("how many yrs is the contract?", "He signed a contract for three years.", "how many years is the contract?")]
    // The spelling the passage uses.
    [InlineData("which org ran the survey", "The survey was run by a health organization in Ohio.", "which organization ran the survey")]
    public void Expand_AShortFormNoArticleUses_IsWrittenInFull(string question, string passage, string expected)
    {
        using var corpus = new LexicalIndex([(passage, "Story")]);

        Assert.Equal(expected, ChatAbbreviations.Expand(question, corpus, [passage]));
    }

    [Theory]
    // The articles use it.
    [InlineData("what did the info desk say?", "The info desk said the trains were running late.")]
    // No passage writes the full word.
    [InlineData("who runs the dept?", "The talks ended without a deal.")]
    // Not a short form: a word that starts like one.
    [InlineData("who won the department store award?", "The department store won the award.")]
    public void Expand_WhenItCannotBeRead_ChangesNothing(string question, string passage)
    {
        using var corpus = new LexicalIndex([(passage, "Story")]);

        Assert.Null(ChatAbbreviations.Expand(question, corpus, [passage]));
    }
}
