using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

/// <summary>A claim's word for an age group is stated by a sentence that gives an age inside it.</summary>
public sealed class AgeWordsTests
{
    [Theory]
    [InlineData("a pensioner died in the flood", "A 71-year-old man drowned near Vác on Friday.", "pensioner")]
    [InlineData("an older woman had to borrow money", "Bridget Cassidy, 67, from Clones, said she had to borrow from her daughter.", "older")]
    [InlineData("a teenager told MPs she left home early", "One of the witnesses, 17-year-old Megan Doyle, told MPs she left at 6.40am.", "teenager")]
    [InlineData("a man in his seventies died in the blizzard", "The storm claimed the life of a 71-year-old man near Wawota.", "seventies")]
    [InlineData("a woman in her 40s won the seat", "The seat went to Ana Ruiz, aged 44.", "40s")]
    public void Stated_AnAgeInTheGroup_StatesTheWord(string claim, string sentence, string word) =>
        Assert.Equal([word], AgeWords.Stated(claim, sentence));

    [Theory]
    // An age outside the group.
    [InlineData("a teenager died in the flood", "A 71-year-old man drowned near Vác on Friday.")]
    [InlineData("a man in his seventies died", "The storm claimed the life of a 64-year-old man.")]
    // No age at all.
    [InlineData("a pensioner died in the flood", "A man drowned near Vác on Friday.")]
    // A decade that is no age: the 1970s.
    [InlineData("prices last seen in the seventies", "Prices rose to levels last seen when Ana Ruiz, 71, was a child.")]
    public void Stated_NoAgeInTheGroup_StatesNothing(string claim, string sentence) =>
        Assert.Empty(AgeWords.Stated(claim, sentence));
}
