using Bot.Cli;
using Spectre.Console;

// Verb dispatch only: the commands live in Commands/, the engine in Bot.Core.
return await CliApp.RunAsync(args, AnsiConsole.Console);
