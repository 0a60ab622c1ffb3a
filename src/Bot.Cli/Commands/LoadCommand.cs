using System.CommandLine;
using System.Text.Json;
using Bot.Cli.Load;
using Bot.Core.Conversation;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary>
/// <c>load --url http://127.0.0.1:5000</c>: a bounded load test of a running bot through Direct Line, the way Web Chat
/// talks to it. Not part of the unit tests: it measures, it does not assert.
/// </summary>
internal static class LoadCommand
{
    private static readonly string[] DefaultQuestions =
    [
        .. Greeting.Examples,
        "How many soldiers died in the NATO strike?",
        "What did Iran say about the border?",
        "Who is the army chief?",
        "When did the talks take place?",
    ];

    public static Command Create(CliContext context)
    {
        var url = new Option<string>("--url") { Description = "The running bot (loopback only); several hosts sharing state as a comma-separated list, called in turn.", DefaultValueFactory = _ => "http://127.0.0.1:5000/" };
        var conversations = new Option<int>("--conversations") { Description = "Steady conversations, measured.", DefaultValueFactory = _ => 50 };
        var questionsEach = new Option<int>("--questions-each") { Description = "Questions each steady conversation asks, one after another.", DefaultValueFactory = _ => 10 };
        var slow = new Option<int>("--slow") { Description = "Conversations that poll only every 5 s.", DefaultValueFactory = _ => 5 };
        var leaving = new Option<int>("--leaving") { Description = "Clients that ask and disconnect mid-answer.", DefaultValueFactory = _ => 5 };
        var burst = new Option<int>("--burst") { Description = "Messages one conversation posts at once (set ~10x the rate limit).", DefaultValueFactory = _ => 100 };
        var seconds = new Option<int>("--seconds") { Description = "Hard time limit for the whole run.", DefaultValueFactory = _ => 300 };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object." };
        var command = new Command("load", "Load-test a running bot through its Direct Line endpoints and report throughput, latency, errors and memory.")
            { url, conversations, questionsEach, slow, leaving, burst, seconds, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var targets = Targets(result.GetValue(url)!);
            var target = targets[0];
            using var http = new HttpClient(new RoundRobinHandler(targets)) { BaseAddress = target, Timeout = TimeSpan.FromSeconds(120) };
            var settings = new LoadSettings(target, result.GetValue(conversations), result.GetValue(questionsEach), result.GetValue(slow), result.GetValue(leaving),
                result.GetValue(burst), TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(result.GetValue(seconds)));
            var report = await new LoadRunner(http, settings, DefaultQuestions).RunAsync(cancellationToken);
            if (result.GetValue(json))
            {
                context.Console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(report));
            }
            else
            {
                Print(context.Console, report);
            }

            return report.Errors == 0 ? 0 : 2;
        });
        return command;
    }

    private static List<Uri> Targets(string urls)
    {
        var targets = new List<Uri>();
        foreach (var url in urls.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var target))
            {
                throw new InvalidOperationException($"--url {url} is not an absolute URL such as http://127.0.0.1:5000/.");
            }

            if (!target.IsLoopback)
            {
                throw new InvalidOperationException($"--url {target} is not a loopback address: the load test only runs against a bot on this machine.");
            }

            targets.Add(target);
        }

        return targets.Count > 0 ? targets : throw new InvalidOperationException("--url names no host.");
    }

    private static void Print(IAnsiConsole console, LoadReport r)
    {
        var table = new Table().AddColumns("figure", "value");
        table.AddRow("conversations (steady)", $"{r.Conversations}");
        table.AddRow("passages in the index", $"{r.Passages:N0}");
        table.AddRow("answers", $"{r.Answers} in {r.Seconds} s ({r.AnswersPerSecond}/s)");
        table.AddRow("latency p50 / p95 / p99", $"{r.P50} / {r.P95} / {r.P99} ms");
        table.AddRow("errors", r.Errors == 0 ? "0" : $"[red]{r.Errors}[/]: {Markup.Escape(string.Join("; ", r.ErrorSamples))}");
        table.AddRow("burst messages refused with 429", $"{r.BurstRateLimited}");
        table.AddRow("server managed heap before → after", $"{r.ManagedBefore} → {r.ManagedAfter} MB");
        table.AddRow("server working set before → after", $"{r.WorkingSetBefore} → {r.WorkingSetAfter} MB");
        console.Write(table);
    }
}
