using Bot.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Bot.Cli;

/// <summary>What every command needs: the console, the input, and a way to build the engine.</summary>
public sealed class CliContext(IAnsiConsole console, IReadOnlyDictionary<string, string?> settings, TextReader input)
{
    public IAnsiConsole Console { get; } = console;

    public TextReader Input { get; } = input;

    /// <summary>Builds a fresh engine (its own empty index) from appsettings.json, the environment and overrides.</summary>
    public ServiceProvider BuildServices(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings)
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection().AddBotCore(configuration).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        // Without a host nothing runs ValidateOnStart, so run it here: a bad setting fails now, by name.
        services.GetService<IStartupValidator>()?.Validate();
        return services;
    }
}
