using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

/// <summary>Who holds a post for good, asked of sentences that name only someone standing in (docs/quality.md, sixty-second pass).</summary>
public sealed class PermanentPostTests
{
    [Theory]
    [InlineData("Who will be Corrin's permanent chief executive?", true)]
    [InlineData("who did the PCBL board eventually elect as permanent chairman", true)]
    [InlineData("ok so who got the permanent finance director job at highland council?", true)]
    [InlineData("Who is Corrin's acting chief executive?", false)]
    [InlineData("How long is Kuttikad's contract as permanent coach?", false)]
    [InlineData("when was his appointment made permanent", false)]
    public void Asked_WhoHoldsAPostPermanently(string question, bool expected) =>
        Assert.Equal(expected, PermanentPost.Asked(question));

    [Theory]
    [InlineData(true, "Corrin said finance director Lorraine Pike, 44, would take over as acting chief executive while a search for a permanent successor was carried out.")]
    [InlineData(true, "LN said deputy chief executive Ragnar Jónsson, 46, would run the fund on an interim basis while the board searches for a permanent successor.")]
    [InlineData(true, "Board Vice-Chairman Sharmin Akhter Lipi, 51, has been made acting chairman until the board elects a new chairman.")]
    [InlineData(true, "Her deputy, Councillor Priya Nandakumar, has been appointed interim leader until the council's annual meeting in May.")]
    // Someone made permanent, in the answer or beside it, answers.
    [InlineData(false, "On Saturday, the club had confirmed Kuttikkad as permanent head coach, giving him a contract until May 2026.")]
    [InlineData(false, "Pike was appointed acting chief executive in March.", "The board named her chief executive on a permanent basis on Monday.")]
    // Someone who once stood in and has now been named is no stand-in.
    [InlineData(false, "Jose Francisco, who served as interim head coach during Bustamante's absence, has been named head coach of the Sharks.")]
    // Nothing about standing in.
    [InlineData(false, "Aldridge Regional Council chief executive Martin Keogh has resigned with almost two years left on his contract.")]
    public void StandInOnly_TheAnswerNamesSomeoneStandingIn(bool expected, params string[] quote) =>
        Assert.Equal(expected, PermanentPost.StandInOnly(quote));
}
