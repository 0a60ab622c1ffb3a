using System.Diagnostics;
using Bot.Core.Conversation.Intents;
using Xunit.Abstractions;

namespace Bot.Core.Tests.Conversation;

public sealed class IntentEvaluationTests(IntentRouterFixture fixture, ITestOutputHelper output) : IClassFixture<IntentRouterFixture>
{
    private const string HeldOutFile = "prompts/intents.heldout.tsv";

    [Fact]
    public void Evaluate_HeldOutFile_RoutesAtLeast85Percent()
    {
        var report = IntentEvaluation.Evaluate(fixture.Router, HeldOutFile);

        Write($"held-out accuracy {report.Accuracy:P1} ({report.Total} utterances)");
        foreach (var intent in report.PerIntent)
        {
            Write($"  {intent.Intent,-10} {intent.Accuracy:P1} ({intent.Correct}/{intent.Total})");
        }

        foreach (var miss in report.Confusions)
        {
            Write($"  miss: {miss.Expected} -> {miss.Actual} ({miss.Confidence:F2}{(miss.IsFallback ? ", fallback" : "")}) \"{miss.Text}\"");
        }

        Write($"training {fixture.Router.TrainingTime.TotalMilliseconds:F0} ms on {fixture.Router.ExampleCount} examples");
        Write($"routing {MeanRouteMicroseconds():F1} µs per message");
        Assert.True(report.Accuracy >= 0.85, $"held-out accuracy {report.Accuracy:P1} is below 85%");
    }

    [Fact]
    public void Evaluate_HeldOutFile_ReportsEveryIntent()
    {
        var report = IntentEvaluation.Evaluate(fixture.Router, HeldOutFile);

        Assert.Equal(Enum.GetValues<Intent>(), report.PerIntent.Select(p => p.Intent));
        Assert.Equal(report.Total, report.PerIntent.Sum(p => p.Total));
        Assert.Equal(report.Total - report.Confusions.Count, report.PerIntent.Sum(p => p.Correct));
    }

    // Latency is printed for the record, never asserted: timing depends on the machine.
    private double MeanRouteMicroseconds()
    {
        var utterances = IntentDataReader.Read(Path.Combine(AppContext.BaseDirectory, HeldOutFile)).Select(e => e.Text).ToArray();
        const int Rounds = 20;
        var stopwatch = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var utterance in utterances)
            {
                fixture.Router.Route(utterance);
            }
        }

        return stopwatch.Elapsed.TotalMicroseconds / (Rounds * utterances.Length);
    }

    private void Write(FormattableString line) => output.WriteLine(FormattableString.Invariant(line));
}
