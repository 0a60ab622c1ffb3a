using Bot.Core.Answering;
using Bot.Core.LanguageModels;
using Bot.Core.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Architecture;

/// <summary>The offline-or-model choice is made once, at composition, and the layers do not import each other in a loop.</summary>
public sealed class LayeringTests
{
    [Fact]
    public void Offline_ComposesTheExtractiveWriter()
    {
        using var engine = EngineFactory.Create();

        Assert.IsType<ExtractiveWriter>(engine.GetRequiredService<IAnswerWriter>());
    }

    [Theory]
    [InlineData("OpenAI")]
    [InlineData("AzureOpenAI")]
    [InlineData("Ollama")]
    public void ModelProvider_ComposesTheLanguageModelWriter(string provider)
    {
        var settings = LanguageModels.ModelEngineFixture.Settings("http://127.0.0.1:9/v1");
        settings["Bot:Model:Provider"] = provider;
        using var engine = EngineFactory.Create(settings: settings);

        Assert.IsType<LanguageModelWriter>(engine.GetRequiredService<IAnswerWriter>());
    }

    [Theory]
    [InlineData("Answering", "Bot.Core.Conversation")]
    [InlineData("Answering", "Bot.Core.LanguageModels")]
    [InlineData("Conversation", "Bot.Core.LanguageModels")]
    public void Folder_DoesNotImportTheLayerAboveIt(string folder, string forbidden)
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "Bot.Core", folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadLines(f).Any(l => l.StartsWith($"using {forbidden};", StringComparison.Ordinal) || l.Contains(forbidden + ".", StringComparison.Ordinal)))
            .Select(Path.GetFileName)
            .ToList();

        Assert.True(offenders.Count == 0, $"{folder} imports {forbidden}: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void OnlyCompositionAsksWhetherAModelIsConfigured()
    {
        var allowed = new[] { "ModelOptions.cs", "LanguageModelServiceCollectionExtensions.cs" };
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !allowed.Contains(Path.GetFileName(f)))
            .Where(f => File.ReadAllText(f).Contains(".UsesModel", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();

        Assert.True(offenders.Count == 0, $"asks which provider is configured outside composition: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void Settings_AreRegisteredAndValidatedOneWay()
    {
        // AddValidatedOptions: attributes plus the options class's own IValidatableObject rules, at start.
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && Path.GetFileName(f) != "BotServiceCollectionExtensions.cs")
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("IValidateOptions<", StringComparison.Ordinal) || text.Contains("AddOptions<", StringComparison.Ordinal)))
            .Select(Path.GetFileName)
            .ToList();

        Assert.True(offenders.Count == 0, $"settings registered or validated another way: {string.Join(", ", offenders)}");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("Bot.sln not found above the test output folder.");
    }
}
