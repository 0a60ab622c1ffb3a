using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

/// <summary>What someone is paid or earns, asked of sentences that give sums of other things (docs/quality.md, sixty-second pass).</summary>
public sealed class PayQuestionTests
{
    [Theory]
    [InlineData("How much is Lilian Otieno paid as Tana Cement's chief executive?", true)]
    [InlineData("how much does mayor voss get paid", true)]
    [InlineData("how much will tomas verhoek earn a week at castlebridge", true)]
    [InlineData("What's Tomás Aguirre Bengoechea's salary at Defensores del Sur?", true)]
    [InlineData("How much is Bajamed paying Elizondo?", true)]
    [InlineData("How much did Lumo Studios earn last year?", true)]
    // What a country earns from trade, what a buyer pays for a firm, what a salary depends on: not pay asked.
    [InlineData("How much did Algeria earn from selling gas abroad in 2023?", false)]
    [InlineData("How much did Lumo pay for PixelRiver?", false)]
    [InlineData("What two factors can generally increase a teacher's salary?", false)]
    [InlineData("how much extra will a band d household in harwick pay each year after the tax rise", false)]
    public void Asked_WhatSomeoneIsPaidOrEarns(string question, bool expected) =>
        Assert.Equal(expected, PayQuestion.Asked(question));

    [Theory]
    [InlineData("Valdivieso will earn a monthly salary of 38,000 bolivianos, EBL said.", true)]
    [InlineData("Ashworth did not reveal Delgado's wages, but he will earn £40,000 a week, newspapers reported.", true)]
    [InlineData("Montecillo Holdings said its net income rose 9 percent to P12.4 billion in the first half.", true)]
    [InlineData("Tana Cement said it had already spent KSh 310 million upgrading its effluent plant.", false)]
    [InlineData("His campaign reported $1.3 million in cash on hand at the end of January.", false)]
    [InlineData("Elizondo will oversee a US$65 million expansion in the El Florido industrial area.", false)]
    [InlineData("The chief executive said she was paid fairly.", false)]
    public void Gives_ASumAsPayOrEarnings(string sentence, bool expected) =>
        Assert.Equal(expected, PayQuestion.Gives(sentence));
}
