using Bot.Core.Answering;
using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

/// <summary>"how old is she?" after a "Who" answer reads "she" as the one name of the answer whose story gives an age.</summary>
public sealed class AgedPronounTests
{
    private const string Won = "GHANZI, 28 March 2025 — Gaone Mosweu of the Kalahari People's Party (KPP) has won the Ghanzi West by-election.";

    private const string Replaced = "Castellana's president, Fernando Aguirrezábal, said Meireles had been \"the first and only choice\" to replace Ernesto Lagunas.";

    [Theory]
    // The winner's age is given by her surname, further down the story.
    [InlineData("how old is she?", "who won the ghanzi west by-election?", Won, Won + "\nMosweu, 38, polled 5,862 votes.", "how old is Gaone Mosweu?")]
    // The president is named first, but the story gives only the new coach an age (read when the name model is unsure).
    [InlineData("how old is he", "Who replaced Lagunas as Castellana coach?", Replaced, "Meireles, 44, has signed a contract until June 2027.\n" + Replaced, "how old is Meireles")]
    // A Spanish name keeps its first surname: "Teresa Camou Valdés" is "Camou, 51," further down.
    [InlineData("how old is she", "Who heads the state water commission?", "Governor Alfonso Ibarra Montaño on Monday named Teresa Camou Valdés as director general of the CEA.",
        "Governor Alfonso Ibarra Montaño on Monday named Teresa Camou Valdés as director general of the CEA.\nCamou, 51, replaces Manuel Arvizu Corella, 66.", "how old is Teresa Camou Valdés")]
    // Two names with ages: which one is meant is not told.
    [InlineData("how old is he", "Who replaced Lagunas as Castellana coach?", Replaced, "Meireles, 44, has signed.\nAguirrezábal, 61, said so.\n" + Replaced, null)]
    // No age in the story, an age asked of someone named, and no age asked at all.
    [InlineData("how old is she?", "who won the ghanzi west by-election?", Won, Won, null)]
    [InlineData("how old is Mosweu's deputy?", "who won the ghanzi west by-election?", Won, Won + "\nMosweu, 38, polled 5,862 votes.", null)]
    [InlineData("where is she from?", "who won the ghanzi west by-election?", Won, Won + "\nMosweu, 38, polled 5,862 votes.", null)]
    public void Resolve_TheOneNameTheStoryGivesAnAge(string followUp, string question, string quote, string story, string? expected) =>
        Assert.Equal(expected, AgedPronoun.Resolve(followUp, [Turn(question, quote)], story));

    // Not after a question that asked for no person.
    [Fact]
    public void Resolve_AfterAQuestionForAThing_IsNull() =>
        Assert.Null(AgedPronoun.Resolve("how old is she?", [Turn("Which party won the by-election?", Won)], Won + "\nMosweu, 38, polled 5,862 votes."));

    private static ConversationTurn Turn(string question, string quote) =>
        new(question, question, new Answer($"{quote} [1]", Abstained: false, [new Citation(1, "politics/003.txt", "By-election", null, null, quote, 0, quote.Length, "politics/003.txt#0")], []));
}
