using System.Net;
using System.Net.Http.Json;

namespace Bot.Web.Tests;

/// <summary>Start-up over a damaged index, on a real host: one line in the log, a rebuild from every source, the damage kept aside.</summary>
public sealed class IndexStartupTests
{
    private const string Volcano = "Mount Kelvara\n\nKelvara volcano erupted on Tuesday, forcing 3,200 villagers in Ostrin province to leave their homes.\n";

    [Fact]
    public async Task Start_WithACorruptIndex_RebuildsFromSeedsAndTheInboxProcessedFiles_AndKeepsTheDamagedFile()
    {
        using var host = new LoopbackHost(prepare: folder =>
        {
            Directory.CreateDirectory(Path.Combine(folder, "inbox", "processed"));
            File.WriteAllText(Path.Combine(folder, "inbox", "processed", "volcano.txt"), Volcano);
            File.WriteAllText(Path.Combine(folder, "news.index"), "a damaged index, long enough to have a hash-sized tail of bytes");
        });

        var answer = await host.AnswerAsync("How many villagers left their homes after the Kelvara eruption?");
        var seedAnswer = await host.AnswerAsync("How many soldiers died in the NATO strike?");

        Assert.Contains("3,200", answer, StringComparison.Ordinal);
        Assert.Contains("24", seedAnswer, StringComparison.Ordinal);
        var aside = Assert.Single(Directory.GetFiles(host.Folder, "news.index.corrupt-*"));
        Assert.StartsWith("a damaged index", await File.ReadAllTextAsync(aside), StringComparison.Ordinal);
        Assert.Contains(host.Logs.Messages, m => m.Contains("Rebuilding the index", StringComparison.Ordinal) && m.Contains("corrupt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_WithAFolderAtTheIndexPath_LogsOneLineAndRebuilds_WithoutAStackTrace()
    {
        using var host = new LoopbackHost(prepare: folder => Directory.CreateDirectory(Path.Combine(folder, "news.index", "someone's")));

        using var health = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var ask = await host.Client.PostAsJsonAsync("/api/ask", new { question = "How many soldiers died in the NATO strike?" });

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        var line = Assert.Single(host.Logs.Messages, m => m.Contains("is a folder, not a file", StringComparison.Ordinal));
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain(host.Logs.Messages, m => m.Contains("   at ", StringComparison.Ordinal));
        Assert.True(File.Exists(host.IndexPath));
        Assert.Single(Directory.GetDirectories(host.Folder, "news.index.corrupt-*"));
    }

    [Fact]
    public void Start_LogsWhereTheIndexAndInboxAre()
    {
        using var host = new LoopbackHost();

        Assert.Contains(host.Logs.Messages, m => m.Contains($"Index: {host.IndexPath} (inbox: {host.Inbox})", StringComparison.Ordinal));
    }
}
