using Bot.Core.Answering;
using Bot.Core.Text;

namespace Bot.Core.Tests.Answering;

public sealed class RevisedFigureTests
{
    private const string Estimate = "Haldane said the Coldwater Ridge wind project was expected to cost about $410 million.";

    [Theory]
    [InlineData("The project's expected cost has risen to $478 million from $410 million.", true)]
    [InlineData("The cost was revised up to $478 million, from an earlier estimate of $410 million.", true)]
    // The old figure alone, or a change from another figure, revises nothing.
    [InlineData("The board approved the $410 million budget on Monday.", false)]
    [InlineData("The cost has risen to $478 million from $395 million.", false)]
    // A change in another dimension is not a revision of the sum.
    [InlineData("Output rose to 12% from $410 million.", false)]
    public void Revises_TheEarlierFigure(string later, bool expected) =>
        Assert.Equal(expected ? Quantities.Dimension.Money : null, RevisedFigure.Revises(later, Estimate));

    [Theory]
    [InlineData("What did Northmark originally say the project would cost?", true)]
    [InlineData("How much was the project expected to cost in 2024?", true)]
    [InlineData("What is the latest estimated price tag for the Coldwater Ridge wind project?", false)]
    [InlineData("how much will the cable cost now", false)]
    public void AsksBefore_AFigureAsItWas(string question, bool expected) =>
        Assert.Equal(expected, RevisedFigure.AsksBefore(question));
}
