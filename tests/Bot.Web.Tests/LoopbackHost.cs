using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Web.Tests;

/// <summary>
/// The real Bot.Web on Kestrel on a free loopback port, with its own folder (index, inbox) and captured logs. The
/// folder can be prepared before the host starts, for start-up faults (a damaged index, a folder at the index path).
/// </summary>
public sealed class LoopbackHost : IDisposable
{
    private readonly BotWebFactory _factory;

    public LoopbackHost(IReadOnlyDictionary<string, string?>? settings = null, Action<string>? prepare = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?> { ["Bot:Chat:ConversationBurst"] = "1000", ["Bot:Inbox:StableSeconds"] = "0.5" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        _factory = new BotWebFactory(all, collection =>
        {
            collection.AddSingleton<ILoggerProvider>(Logs);
            services?.Invoke(collection);
        });
        Directory.CreateDirectory(Folder);
        prepare?.Invoke(Folder);

        // The watcher creates the inbox in the background once the host runs; a test that drops a file straight after
        // start must not race it. An inbox that already exists is what a running bot has anyway.
        Directory.CreateDirectory(Inbox);
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public string Folder => _factory.Folder;

    public string Inbox => Path.Combine(Folder, "inbox");

    public string IndexPath => Path.Combine(Folder, "news.index");

    public IServiceProvider Services => _factory.Services;

    public LogCapture Logs { get; } = new();

    public HttpClient Client { get; }

    public async Task<string> AnswerAsync(string question)
    {
        using var response = await Client.PostAsJsonAsync("/api/ask", new { question });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("answer").GetString()!;
    }

    public async Task<JsonElement> HealthAsync()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
        return json.RootElement.Clone();
    }

    /// <summary>Polls <paramref name="probe"/> with a generous deadline: the inbox works in the background.</summary>
    public static async Task PollAsync(Func<Task<bool>> probe, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await probe())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited 60 s for: {what}.");
            await Task.Delay(200);
        }
    }

    public static Task PollAsync(Func<bool> probe, string what) => PollAsync(() => Task.FromResult(probe()), what);

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}
