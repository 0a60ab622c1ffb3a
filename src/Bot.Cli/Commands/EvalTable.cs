using Bot.Core.Answering;
using Bot.Core.Evaluation;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary>The evaluation figures as a table, engine beside baseline.</summary>
internal static class EvalTable
{
    public static void Print(IAnsiConsole console, EvalReport report)
    {
        var table = new Table().AddColumns("figure", "engine", "BM25 paragraphs");
        table.AddRow("hit@1", F(report.HitAt1), F(report.Baseline.HitAt1));
        table.AddRow($"hit@{report.K}", F(report.HitAtK), F(report.Baseline.HitAtK));
        table.AddRow("MRR", F(report.Mrr), F(report.Baseline.Mrr));
        table.AddRow($"doc@{report.K}", F(report.DocAtK), F(report.Baseline.DocAtK));
        table.AddRow("answer hit", F(report.AnswerHit), "-");
        table.AddRow("first sentence hit", F(report.FirstSentenceHit), "-");
        table.AddRow("cited hit", F(report.CitedHit), "-");
        table.AddRow("abstain right", F(report.AbstainRight), "-");
        table.AddRow("abstain wrong", F(report.AbstainWrong), "-");
        table.AddRow("p50 / p95 ms", $"{report.P50Ms} / {report.P95Ms}", "-");
        console.WriteLine($"{report.Questions} questions, k = {report.K}");
        console.Write(table);
    }

    /// <summary>One line per question for --verbose: verdicts, the rank of the first passage holding an answer, confidence.</summary>
    public static void PrintAnswer(IAnsiConsole console, EvalQuestion question, Answer answer)
    {
        int rank = answer.Passages.ToList().FindIndex(p => question.IsAnsweredBy(p.Chunk.Text)) + 1;
        bool right = KindScorer.Right(question, answer);
        // Raw lines, not the console's wrapped ones: one question per line is what grep and diff need.
        var output = console.Profile.Out.Writer;
        output.WriteLine($"{(right ? "ok  " : "MISS")} {question.Id} [{question.Kind}] rank={rank} conf={answer.Confidence} ({answer.Diagnostics}) abstained={answer.Abstained}");
        if (!right)
        {
            output.WriteLine($"     Q: {question.Question}  expected: {string.Join(" | ", question.Answers)}");
            output.WriteLine($"     A: {answer.Text[..Math.Min(answer.Text.Length, 300)]}");
        }
    }

    private static string F(double value) => value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
}
