using System.Globalization;
using System.CommandLine;
using Bot.Core.Retrieval;

namespace Bot.Cli.Commands;

/// <summary>The --article, --outlet, --from and --to options shared by ask and chat.</summary>
internal sealed class FilterOptions
{
    public Option<string[]> Articles { get; } = new("--article") { Description = "Only search these article ids (repeatable).", AllowMultipleArgumentsPerToken = true };

    public Option<string[]> Outlets { get; } = new("--outlet") { Description = "Only search articles from these outlets (repeatable)." };

    public Option<DateOnly?> From { get; } = DateOption("--from", "Only articles published on or after this date (yyyy-mm-dd).");

    public Option<DateOnly?> To { get; } = DateOption("--to", "Only articles published on or before this date (yyyy-mm-dd).");

    public void AddTo(Command command)
    {
        command.Options.Add(Articles);
        command.Options.Add(Outlets);
        command.Options.Add(From);
        command.Options.Add(To);
    }

    // The parser's own message names a .NET type ("System.Nullable`1[System.DateOnly]"); people need the format.
    private static Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = argument =>
        {
            var text = argument.Tokens.Single().Value;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            argument.AddError($"{name} '{text}' is not a date; write it as yyyy-mm-dd, for example {name} 2024-05-01.");
            return null;
        },
    };

    public SearchFilter Read(ParseResult result) =>
        new(result.GetValue(Articles), result.GetValue(Outlets), result.GetValue(From), result.GetValue(To));
}
