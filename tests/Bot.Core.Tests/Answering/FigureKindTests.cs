using Bot.Core.Answering;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

/// <summary>The kind of figure asked for, and over the probe archive: Calderon Bank's story gives only its offer for a building
/// society, Brightwater Energy's its customers, not its staff, Ashbury's a preview of its next match; Harwick Foods' gives its profits.</summary>
public sealed class FigureKindTests(ProbeArchiveFixture archive) : IClassFixture<ProbeArchiveFixture>
{
    [Theory]
    [InlineData("How much profit did Calderon Bank make last year?", "profit")]
    [InlineData("What profit did Skylark Air make last year?", "profit")]
    [InlineData("What were Harwick's pre-tax profits?", "profit")]
    [InlineData("How big were the losses at the bank?", "loss")]
    [InlineData("how much was she fined", "fine")]
    [InlineData("What was the chief executive's salary?", "pay")]
    [InlineData("McAllister prize money?", "prize money")]
    [InlineData("profit at Castlemoor?", "profit")]
    [InlineData("pre-tax profits of Brackley Brewing", "profit")]
    [InlineData("What were the company's sales in 2023?", "sales")]
    [InlineData("How many people work for Brightwater Energy?", "staff")]
    [InlineData("How many staff does Lumo have?", "staff")]
    [InlineData("what was the crowd at brookfield park for the first leg", "crowd")]
    [InlineData("How big was the crowd at Villa Park?", "crowd")]
    [InlineData("How many votes did Laura Penhaligon get?", "votes")]
    [InlineData("What was the final score of Super Bowl 50?", "score")]
    public void Asked_AQuestionAboutAFigureOfAKind_GivesTheKind(string question, string kind) =>
        Assert.Equal(kind, FigureKind.Asked(question));

    [Theory]
    [InlineData("Which firm made a loss?")]
    [InlineData("Who paid the fine?")]
    [InlineData("Did Skylark make a profit?")]
    [InlineData("Tell me about Harwick's profits")]
    [InlineData("Harwick Foods said on Monday that it had seen a sharp rise in profits")]
    [InlineData("What caused the loss of the ship?")]
    // Losses may be of lives: only "how much" and "how big" ask for a sum of them.
    [InlineData("What were the losses of the French army?")]
    [InlineData("How much did Lumo pay for PixelRiver?")]
    [InlineData("How many people were on the project that followed Project Mercury?")]
    public void Asked_NoFigureOfAKindAskedFor_IsNull(string question) =>
        Assert.Null(FigureKind.Asked(question));

    [Theory]
    [InlineData("Harbour Bank made a pre-tax profit of £412m last year.", "profit", true)]
    [InlineData("Calderon Bank has made a £1.6bn offer to buy Mercer Building Society.", "profit", false)]
    [InlineData("The win earns him £540,000.", "prize money", true)]
    [InlineData("Sales rose 4% to £3.1bn.", "sales", true)]
    // A film's takings are what it has taken at the box office.
    [InlineData("The Glass Harbour has taken £14.2m at the UK box office in its first weekend.", "sales", true)]
    [InlineData("Lumo, which employs 400 people in Helsinki, was founded in 2009.", "staff", true)]
    [InlineData("Brightwater Energy is to raise prices for its two million household customers.", "staff", false)]
    [InlineData("Oleg Marchenko scored twice in front of 31,402 fans.", "crowd", true)]
    [InlineData("Leading 3-0 from the first leg at Brookfield Park, the side went through 4-2 on aggregate.", "crowd", false)]
    public void Said_TheSentenceNamesTheKindBesideItsSum(string sentence, string kind, bool said) =>
        Assert.Equal(said, FigureKind.Said(sentence, kind));

    [Fact]
    public async Task Ask_AProfitTheStoryDoesNotGive_IsRefused()
    {
        var answer = await archive.Get<AnswerService>().AskAsync("How much profit did Calderon Bank make last year?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Theory]
    [InlineData("Ashbury United moved to the top of the table with a 3-1 victory over Kingsmere City.", "score", true)]
    [InlineData("The Broncos beat the Panthers 24–10 to win Super Bowl 50.", "score", true)]
    [InlineData("Ashbury, who are top of the league, host Bramley Town on Saturday.", "score", false)]
    [InlineData("Lumo, which employs 400 people in Helsinki, was founded in 2009.", "staff", true)]
    [InlineData("Harbour Bank made a pre-tax profit of £412m last year.", "profit", true)]
    [InlineData("Harbour Bank's profits rose by a fifth.", "profit", false)]
    // A share is no count.
    [InlineData("The governing Unity Party's share of the vote fell by 19 percentage points.", "votes", false)]
    [InlineData("Turnout was 38%, and 41 per cent of staff voted.", "votes", false)]
    [InlineData("She won 12,480 votes.", "votes", true)]
    [InlineData("MPs backed the bill by 212 to 198.", "votes", true)]
    [InlineData("Conservative candidate Anthony Breck came third with 7,322 postal votes.", "votes", true)]
    // A number beside something else the sentence counts is no count of votes.
    [InlineData("In Dunmarrow 14 polling stations opened late after a printing error left them with ballot papers for the wrong district.", "votes", false)]
    public void HoldsFigure_ANumberForACountAResultForAScoreElseMoney(string sentence, string kind, bool holds) =>
        Assert.Equal(holds, FigureKind.HoldsFigure(sentence, kind));

    [Theory]
    [InlineData("How many people work for Brightwater Energy?")]
    // The story previews the match; it gives no result.
    [InlineData("What was the score when Ashbury played Bramley Town?")]
    // The story gives her majority and her party's share of the vote, not her votes.
    [InlineData("How many votes did Laura Penhaligon get?")]
    public async Task Ask_AFigureTheStoryDoesNotGive_IsRefused(string question)
    {
        var answer = await archive.Get<AnswerService>().AskAsync(question);

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task Ask_AProfitTheStoryGives_IsAnswered()
    {
        var answer = await archive.Get<AnswerService>().AskAsync("How much profit did Harwick Foods make?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("profit", answer.Citations[0].Quote, StringComparison.OrdinalIgnoreCase);
    }
}
