using Bot.Core.Indexing;
using Bot.Core.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.LanguageModels;

/// <summary>Builds the seed index once (offline) and then opens engines on it configured for a model at a given endpoint.</summary>
public sealed class ModelEngineFixture : IAsyncLifetime
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), $"newsbot-model-test-{Guid.NewGuid():N}.index");
    private readonly List<ServiceProvider> _engines = [];

    public async Task InitializeAsync()
    {
        using var offline = EngineFactory.Create(_indexPath);
        await offline.GetRequiredService<IndexManager>().OpenAsync();
    }

    /// <summary>An engine with <c>Bot:Model:Provider = OpenAI</c> pointed at <paramref name="endpoint"/>; the saved index is loaded, not rebuilt.</summary>
    public async Task<ServiceProvider> CreateAsync(
        string endpoint, int maxRetries = 3, int timeoutSeconds = 30, string provider = "OpenAI",
        IDictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
    {
        var settings = Settings(endpoint, maxRetries, timeoutSeconds);
        settings["Bot:Model:Provider"] = provider;
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var engine = EngineFactory.Create(_indexPath, settings, services);
        _engines.Add(engine);
        await engine.GetRequiredService<IndexManager>().OpenAsync();
        return engine;
    }

    public static Dictionary<string, string?> Settings(string? endpoint, int maxRetries = 3, int timeoutSeconds = 30) => new()
    {
        ["Bot:Model:Provider"] = "OpenAI",
        ["Bot:Model:Endpoint"] = endpoint,
        ["Bot:Model:ChatModel"] = "test-model",
        ["Bot:Model:ApiKey"] = "test-key",
        ["Bot:Model:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Bot:Model:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        // The slow-start cut-off (8 s by default) is not what most tests are about; on a loaded CI machine the first
        // streamed call (the SDK's JIT included) took 8 s and fell back offline. Tests of the cut-off set their own.
        ["Bot:Model:FirstTokenSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public Task DisposeAsync()
    {
        _engines.ForEach(e => e.Dispose());
        File.Delete(_indexPath);
        return Task.CompletedTask;
    }
}
