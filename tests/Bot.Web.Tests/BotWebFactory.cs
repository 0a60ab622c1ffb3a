using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Web.Tests;

/// <summary>The real web host in memory, with its own index file in a temporary folder and optional extra settings.</summary>
public sealed class BotWebFactory(IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"newsbot-web-{Guid.NewGuid():N}");

    /// <summary>A private temporary folder, deleted with the factory: the index, the inbox and the feedback file live here.</summary>
    public string Folder => _folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseSetting("Bot:Paths:Index", Path.Combine(_folder, "news.index"));
        builder.UseSetting("Bot:Inbox:Folder", Path.Combine(_folder, "inbox"));
        builder.UseSetting("Bot:Chat:FeedbackFile", Path.Combine(_folder, "feedback.jsonl"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
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
