using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Fakes;

/// <summary>One engine over the probe archive (TestData/archive: 40 BBC-style stories in five topic folders), shared by a test class.</summary>
public sealed class ProbeArchiveFixture : IAsyncLifetime
{
    private ServiceProvider? _services;

    public T Get<T>() where T : notnull =>
        (_services ?? throw new InvalidOperationException("The archive is not open yet.")).GetRequiredService<T>();

    public async Task InitializeAsync() => _services = await EngineFactory.OpenOverAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "archive"));

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}
