using Bot.Core.Answering;
using Spectre.Console;

namespace Bot.Cli.Output;

/// <summary>Renders an answer for the terminal: the text with [n] markers, then a numbered list of sources.</summary>
internal static class AnswerPrinter
{
    public static void Print(IAnsiConsole console, Answer answer)
    {
        if (answer.Notice is not null)
        {
            console.MarkupLineInterpolated($"[yellow]{answer.Notice}[/]");
        }

        console.WriteLine(answer.Text);
        if (answer.Citations.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine("[bold]Sources[/]");
        foreach (var citation in answer.Citations)
        {
            console.MarkupLineInterpolated($"[bold][[{citation.Number}]][/] {citation.Title} — {citation.Attribution}");
            console.MarkupLineInterpolated($"    [grey]“{citation.Quote}” (characters {citation.Start}–{citation.End})[/]");
        }
    }
}
