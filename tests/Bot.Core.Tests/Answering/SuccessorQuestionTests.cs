using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class SuccessorQuestionTests
{
    [Theory]
    [InlineData("who took over from him?", true)]
    [InlineData("Who replaced Peter Hanbury as roads minister?", true)]
    [InlineData("Who will lead Dunmarrow council now Morag Dunlop has quit?", true)]
    [InlineData("Who is running Corrin now that Martin Ashby has walked out?", true)]
    [InlineData("and who succeeds her?", true)]
    [InlineData("who's the new boss at TKPC", true)]
    [InlineData("Who's going to be the next CEO of Budapest Freeport Logistics?", true)]
    [InlineData("who is Waimaru's incoming chief executive?", true)]
    [InlineData("Who is filling in as finance chief at Kgalagadi Copper after Dikgang's exit?", true)]
    [InlineData("who's standing in for the coach?", true)]
    [InlineData("Who is the new stadium named after?", false)]
    [InlineData("When did she take over?", false)]
    [InlineData("Who resigned as roads minister?", false)]
    // A question of this shape once crashed a source-generated pattern (a lazy bounded loop); it must simply not match.
    [InlineData("and who is their chief technology officer?", false)]
    [InlineData("Who is the boss of Lumen now?", false)]
    // Who came before is the other question.
    [InlineData("Who did she replace?", false)]
    public void Asked_WhoFollowsSomeoneInAPost(string question, bool expected) =>
        Assert.Equal(expected, SuccessorQuestion.Asked(question));

    [Theory]
    [InlineData("He is replaced by Linda Okafor, 41, currently a junior whip.", true)]
    [InlineData("Her deputy, councillor Alasdair Reid, 49, will lead the council until a vote of the ruling group next month.", true)]
    [InlineData("Corrin said finance director Lorraine Pike, 44, would take over as acting chief executive.", true)]
    [InlineData("Her replacement at the Health Ministry is Dr Kofi Anselm, 47, who has been head of emergency medicine.", true)]
    [InlineData("In Peru, Valdivieso's successor at CMA, Lorena Bustamante Vera, took office on Tuesday.", true)]
    [InlineData("Deputy Commissioner Veronica Chambers-Lyn, 54, will act as commissioner from 1 September.", true)]
    [InlineData("The board named Paul Hart interim coach until the end of the season.", true)]
    [InlineData("Roads minister Peter Hanbury has resigned after admitting he used his government car for private journeys.", false)]
    [InlineData("The club said a replacement part had been ordered.", false)]
    public void Names_ASuccessor(string sentence, bool expected) =>
        Assert.Equal(expected, SuccessorQuestion.Names(sentence));

    [Theory]
    [InlineData("who had the job before her?", true)]
    [InlineData("Who did she replace?", true)]
    [InlineData("who was his predecessor", true)]
    [InlineData("Who held the post before him?", true)]
    [InlineData("who took over from him?", false)]
    [InlineData("What did she do before politics?", false)]
    public void AskedBefore_WhoHeldAPostBeforeSomeone(string question, bool expected) =>
        Assert.Equal(expected, SuccessorQuestion.AskedBefore(question));

    [Theory]
    [InlineData("The sum was lower than the £60m promised by Ms Keyes's predecessor, Nigel Barraclough, in 2023.", true)]
    [InlineData("She took over from Peter Hanbury in May.", true)]
    [InlineData("Okafor replaced Gary Draper, who was sacked on Monday.", true)]
    [InlineData("He is replaced by Linda Okafor, 41, currently a junior whip.", false)]
    public void NamesBefore_APredecessor(string sentence, bool expected) =>
        Assert.Equal(expected, SuccessorQuestion.NamesBefore(sentence));
}
