using Bot.Core.Answering;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

/// <summary>
/// How long, how old and how many, over the probe archive: a story's lead restates the question and holds no such figure,
/// and a later sentence of the same story gives it. The figure's sentence leads the quote.
/// </summary>
public sealed class LeadWithFigureTests(ProbeArchiveFixture archive) : IClassFixture<ProbeArchiveFixture>
{
    [Theory]
    // The lead says Varga has withdrawn after injuring her wrist; "out for at least six weeks" is two sentences on.
    [InlineData("How long will Varga be sidelined with the wrist injury?", "at least six weeks")]
    // The final's lead names no goalkeeper's age; "Tully, 19, only became …" does.
    [InlineData("How old is the goalkeeper who saved two penalties in the Women's Challenge Cup final?", "Tully, 19,")]
    // "How many Lumen users" counts users, not Lumen: "… has told 2.3 million users …".
    [InlineData("How many Lumen users were caught up in the hack?", "2.3 million users")]
    public async Task Ask_LeadHoldsNoFigureOfTheKindAsked_TheSentenceThatGivesItLeads(string question, string figure)
    {
        var answer = await archive.Get<AnswerService>().AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(figure, answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
