using Bot.Cli;
using Spectre.Console;

namespace Bot.Cli.Tests;

/// <summary>Runs the CLI in-process against a string console, with a private index file.</summary>
public sealed class CliRun : IDisposable
{
    public CliRun() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"newsbot-cli-{Guid.NewGuid():N}");

    public string IndexPath => Path.Combine(Folder, "news.index");

    public static string RepoFile(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    public Task<(int ExitCode, string Output)> RunWithInputAsync(string input, params string[] args) =>
        RunAsync(input, new Dictionary<string, string?>(), args);

    /// <summary>Runs with <paramref name="settings"/> layered over the private index path.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(string input, IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 10_000;
        var all = new Dictionary<string, string?>(settings) { ["Bot:Paths:Index"] = IndexPath, ["Bot:Inbox:Folder"] = Path.Combine(Folder, "inbox") };
        int code = await CliApp.RunAsync(args, console, all, new StringReader(input));
        return (code, writer.ToString());
    }

    public Task<(int ExitCode, string Output)> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
