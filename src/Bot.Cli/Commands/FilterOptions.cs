using System.CommandLine;
using Bot.Core.Retrieval;

namespace Bot.Cli.Commands;

/// <summary>The --article, --outlet, --from and --to options shared by ask and chat.</summary>
internal sealed class FilterOptions
{
    public Option<string[]> Articles { get; } = new("--article") { Description = "Only search these article ids (repeatable).", AllowMultipleArgumentsPerToken = true };

    public Option<string[]> Outlets { get; } = new("--outlet") { Description = "Only search articles from these outlets (repeatable)." };

    public Option<DateOnly?> From { get; } = new("--from") { Description = "Only articles published on or after this date (yyyy-mm-dd)." };

    public Option<DateOnly?> To { get; } = new("--to") { Description = "Only articles published on or before this date (yyyy-mm-dd)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Articles);
        command.Options.Add(Outlets);
        command.Options.Add(From);
        command.Options.Add(To);
    }

    public SearchFilter Read(ParseResult result) =>
        new(result.GetValue(Articles), result.GetValue(Outlets), result.GetValue(From), result.GetValue(To));
}
