using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Web.Tests;

/// <summary>
/// The real web host in memory, with its own index, inbox and feedback file in a temporary folder. Extra settings and
/// service replacements are for tests that need a tighter limit or a hook into the engine.
/// </summary>
public sealed class BotWebFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services) : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"newsbot-web-{Guid.NewGuid():N}");

    public BotWebFactory()
        : this(new Dictionary<string, string?>(), null)
    {
    }

    public BotWebFactory(IReadOnlyDictionary<string, string> settings)
        : this(settings.ToDictionary(s => s.Key, s => (string?)s.Value), null)
    {
    }

    /// <summary>A private temporary folder, deleted with the factory.</summary>
    public string Folder => _folder;

    /// <summary>Where 👍/👎 lines are written for this host.</summary>
    public string FeedbackFile => Path.Combine(_folder, "feedback.jsonl");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseSetting("Bot:Paths:Index", Path.Combine(_folder, "news.index"));
        builder.UseSetting("Bot:Inbox:Folder", Path.Combine(_folder, "inbox"));
        builder.UseSetting("Bot:Chat:FeedbackFile", FeedbackFile);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
