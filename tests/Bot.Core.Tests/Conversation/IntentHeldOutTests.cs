using Bot.Core.Conversation.Intents;
using Xunit.Abstractions;

namespace Bot.Core.Tests.Conversation;

/// <summary>
/// The router against TestData/intents-heldout.tsv: messages written before tuning, in styles the training file
/// does not use. Training never reads this file, so the figures say how the router does on new phrasing.
/// </summary>
public sealed class IntentHeldOutTests(IntentRouterFixture fixture, ITestOutputHelper output) : IClassFixture<IntentRouterFixture>
{
    private const string HeldOutFile = "TestData/intents-heldout.tsv";

    [Fact]
    public void Evaluate_StyleHeldOutFile_RoutesAtLeast90PercentOverallAndPerIntent()
    {
        var report = IntentEvaluation.Evaluate(fixture.Router, HeldOutFile);

        output.WriteLine(FormattableString.Invariant($"style held-out accuracy {report.Accuracy:P1} ({report.Total} messages)"));
        foreach (var intent in report.PerIntent)
        {
            output.WriteLine(FormattableString.Invariant($"  {intent.Intent,-10} {intent.Accuracy:P1} ({intent.Correct}/{intent.Total})"));
        }

        foreach (var miss in report.Confusions)
        {
            output.WriteLine(FormattableString.Invariant($"  miss: {miss.Expected} -> {miss.Actual} ({miss.Confidence:F2}) \"{miss.Text}\""));
        }

        Assert.True(report.Total >= 150, $"only {report.Total} held-out messages");
        Assert.True(report.Accuracy >= 0.9, $"held-out accuracy {report.Accuracy:P1} is below 90%");
        Assert.All(report.PerIntent, i => Assert.True(i.Accuracy >= 0.85, $"{i.Intent} accuracy {i.Accuracy:P1} is below 85%"));
    }

    [Fact]
    public void Evaluate_StyleHeldOutFile_NeverRoutesAQuestionToSmallTalk()
    {
        var report = IntentEvaluation.Evaluate(fixture.Router, HeldOutFile);

        Assert.Empty(report.Confusions.Where(c => c.Expected != Intent.SmallTalk && c.Actual == Intent.SmallTalk).Select(c => c.Text));
    }

    [Fact]
    public void Read_StyleHeldOutFile_SharesNoMessageWithTraining()
    {
        var training = IntentDataReader.Read(Path.Combine(AppContext.BaseDirectory, "prompts", "intents.tsv"));
        var heldOut = IntentDataReader.Read(Path.Combine(AppContext.BaseDirectory, HeldOutFile));

        var trainingTexts = training.Select(e => e.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(heldOut, e => trainingTexts.Contains(e.Text));
        Assert.All(Enum.GetValues<Intent>(), i => Assert.True(heldOut.Count(e => e.Intent == i) >= 20, $"{i} has under 20 held-out messages"));
    }
}
