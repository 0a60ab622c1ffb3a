using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class IndirectQuestionTests
{
    [Theory]
    [InlineData("Can you tell me who the boss of Harwick Foods is?", "Who is the boss of Harwick Foods?")]
    [InlineData("I'd like to know how much Harwick is putting into the Doncaster factory", "How much is Harwick putting into the Doncaster factory?")]
    [InlineData("Do you know which union called the Leicester closure a hammer blow?", "Which union called the Leicester closure a hammer blow?")]
    [InlineData("Please find out who directed the fox film.", "Who directed the fox film?")]
    [InlineData("Could you tell me how many people the quake killed, please?", "How many people the quake killed?")]
    [InlineData("Kindly tell me who chaired the cabinet meeting.", "Who chaired the cabinet meeting?")]
    [InlineData("do you know when the festival is?", "When is the festival?")]
    [InlineData("I wonder where the new town will be built", "Where will the new town be built?")]
    [InlineData("Tell me what Marsh said about the pay offer", "What did Marsh say about the pay offer?")]
    [InlineData("Any idea how much Lumo paid for PixelRiver?", "How much did Lumo pay for PixelRiver?")]
    [InlineData("Do you know if Gwadar port is closed?", "Is Gwadar port closed?")]
    [InlineData("can you tell me what you can do?", "What can you do?")]
    // A question about something (not a subject) keeps its words together: "how many staff", "which union".
    [InlineData("Could you tell me how many staff could lose their jobs?", "How many staff could lose their jobs?")]
    [InlineData("I want to know how the match ended", "How the match ended?")]
    public void Direct_PutsTheQuestionAsked(string typed, string expected) =>
        Assert.Equal(expected, IndirectQuestion.Direct(typed));

    [Theory]
    // Already direct, or no question after the lead-in.
    [InlineData("Who is the boss of Harwick Foods?")]
    [InlineData("Can you tell me about the floods?")]
    [InlineData("Could you please summarise what the articles say about the floods?")]
    [InlineData("Tell me more")]
    // A yes-or-no question with no helping verb to put first is left as typed.
    [InlineData("Do you know if Harwick closed the plant?")]
    public void Direct_LeavesOtherMessages(string typed) =>
        Assert.Null(IndirectQuestion.Direct(typed));

    [Fact]
    public void Direct_LeavesAClaimToLookUpInItsOwnOrder() =>
        // The look-up's own lead-in ("Where it says …") then finds the claim; no helping verb is moved out of it.
        Assert.Equal("Where it says the strike was unintentional?", IndirectQuestion.Direct("Can you show me where it says the strike was unintentional?"));
}
