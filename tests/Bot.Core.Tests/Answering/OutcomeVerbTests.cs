using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

/// <summary>The act a yes-or-no question on an outcome asks about, and whether a sentence tells of it (docs/quality.md,
/// sixty-second pass).</summary>
public sealed class OutcomeVerbTests
{
    [Theory]
    [InlineData("Did Danube Harbour Partners end up suing over the Volos tender?", "suing")]
    [InlineData("did qasem end up moving to a gulf club after the season?", "moving")]
    [InlineData("Has Tana Cement filed an appeal against the Environment and Land Court judgment yet?", "filed")]
    [InlineData("Has the Court of Arbitration for Sport ruled on Sultanbekov's appeal yet?", "ruled")]
    [InlineData("has kevin lusk pleaded guilty yet?", "pleaded")]
    // Not yes or no, a light verb, or no outcome asked.
    [InlineData("Who ended up winning the Lochore Cup final?", null)]
    [InlineData("Did the union end up getting a better deal?", null)]
    [InlineData("Did Danube Harbour Partners sue over the Volos tender?", null)]
    [InlineData("Has Tana Cement filed an appeal?", null)]
    public void Asked_TheActOfAnOutcomeQuestion(string question, string? expected) =>
        Assert.Equal(expected, OutcomeVerb.Asked(question));

    [Theory]
    [InlineData("Danube Harbour Partners sued the fund in March.", "suing", true)]
    [InlineData("The firm has filed an appeal, its lawyer said.", "filed", true)]
    [InlineData("The Thessalia Gateway consortium beat a rival offer of €43.9m from Danube Harbour Partners.", "suing", false)]
    [InlineData("Sultanbekov's lawyer said he would appeal to the Court of Arbitration for Sport in Lausanne.", "ruled", false)]
    public void Tells_TheSentenceWritesTheAct(string sentence, string verb, bool expected) =>
        Assert.Equal(expected, OutcomeVerb.Tells(sentence, verb));
}
