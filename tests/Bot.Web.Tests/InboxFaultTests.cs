using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Bot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Web.Tests;

/// <summary>The inbox under faults, on a real host: a failing save, links and pipes, files still being written.</summary>
public sealed class InboxFaultTests
{
    private const string Key = "inbox-fault-key";
    private static readonly string[] RefusedNames = ["leak.txt", "linked", "pipe.txt"];

    [Fact]
    public async Task SaveFailure_KeepsTheFilesInTheInboxAndHealthDegraded_UntilASaveWorks()
    {
        using var host = new LoopbackHost(new Dictionary<string, string?> { ["Bot:Inbox:ApiKey"] = Key });
        // A folder where the temporary index file goes makes every save fail, even for root.
        Directory.CreateDirectory(host.IndexPath + ".tmp");
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "harbour.txt"), Article("Harbour expansion", "The port authority approved a second container berth at Selwick harbour on Friday."));
        using var upload = Upload("reservoir.txt", Article("Lake Varn reservoir", "The Lake Varn reservoir reached 97 percent of capacity after the spring floods, the water board said."));

        using var uploaded = await host.Client.SendAsync(upload);
        using var body = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync());
        await LoopbackHost.PollAsync(async () => (await host.AnswerAsync("What did the port authority approve at Selwick harbour?")).Contains("second container berth", StringComparison.Ordinal), "the dropped file answered");
        await LoopbackHost.PollAsync(() => host.Logs.Messages.Any(m => m.Contains("stay in the inbox", StringComparison.Ordinal) && m.Contains("2 indexed files", StringComparison.Ordinal)), "both files waiting for a save");

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.False(body.RootElement.GetProperty("saved").GetBoolean());
        Assert.Equal("degraded", (await host.HealthAsync()).GetProperty("status").GetString());
        Assert.Contains("news.index", (await host.HealthAsync()).GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(host.Inbox, "harbour.txt")));
        Assert.True(File.Exists(Path.Combine(host.Inbox, "reservoir.txt")));
        Assert.False(Directory.Exists(Path.Combine(host.Inbox, "rejected")) && Directory.EnumerateFileSystemEntries(Path.Combine(host.Inbox, "rejected")).Any());

        Directory.Delete(host.IndexPath + ".tmp");
        await LoopbackHost.PollAsync(() => File.Exists(Path.Combine(host.Inbox, "processed", "harbour.txt")) && File.Exists(Path.Combine(host.Inbox, "processed", "reservoir.txt")), "both files processed once the save works");
        Assert.Equal("ok", (await host.HealthAsync()).GetProperty("status").GetString());
        Assert.Contains("Selwick", await File.ReadAllTextAsync(host.IndexPath, Encoding.Latin1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinksAndPipes_AreRefusedWithTheirReasonAndNeverRead()
    {
        using var host = new LoopbackHost();
        var outside = Path.Combine(host.Folder, "outside");
        Directory.CreateDirectory(outside);
        await File.WriteAllTextAsync(Path.Combine(outside, "secret.txt"), Article("Host secret", "The Zebulon vault code is 4242 and must never be published."));
        File.CreateSymbolicLink(Path.Combine(host.Inbox, "leak.txt"), Path.Combine(outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(host.Inbox, "linked"), outside);
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(host.Inbox, "pipe.txt")))
        {
            await mkfifo.WaitForExitAsync();
        }

        var rejected = Path.Combine(host.Inbox, "rejected");
        await LoopbackHost.PollAsync(() => RefusedNames.All(n => File.Exists(Path.Combine(rejected, n + ".reason.txt"))), "all three refused");
        // A later drop proves the watcher is not stuck reading the pipe.
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "ferry.txt"), Article("Ferry service returns", "The Dovrel ferry service to the outer islands returned on Sunday after nine days."));
        await LoopbackHost.PollAsync(() => File.Exists(Path.Combine(host.Inbox, "processed", "ferry.txt")), "a regular file after them");

        var index = host.Services.GetRequiredService<NewsIndex>();
        Assert.DoesNotContain(index.Articles.Values, a => a.Body.Contains("Zebulon", StringComparison.Ordinal));
        Assert.Contains("symbolic link", await File.ReadAllTextAsync(Path.Combine(rejected, "leak.txt.reason.txt")), StringComparison.Ordinal);
        Assert.Contains("symbolic link", await File.ReadAllTextAsync(Path.Combine(rejected, "linked.reason.txt")), StringComparison.Ordinal);
        Assert.Contains("not a regular file", await File.ReadAllTextAsync(Path.Combine(rejected, "pipe.txt.reason.txt")), StringComparison.Ordinal);
        Assert.Contains(host.Logs.Messages, m => m.StartsWith("Warning: Inbox: refused leak.txt", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(outside, "secret.txt")));
    }

    [Fact]
    public async Task FileRenamedInThenPaused_IsNeverHalfIndexedSilently()
    {
        using var host = new LoopbackHost(new Dictionary<string, string?> { ["Bot:Inbox:StableSeconds"] = "3" });
        var partial = Path.Combine(host.Inbox, "slow.txt.part");
        await using (var writer = new StreamWriter(partial))
        {
            await writer.WriteAsync(Article("Bridge reopens", "The Marlow bridge reopened to traffic on Monday after repairs."));
            await writer.FlushAsync();
            await Task.Delay(1200);
            File.Move(partial, Path.Combine(host.Inbox, "slow.txt"));
            await Task.Delay(1000);
            await writer.WriteAsync("Engineers said the Marlow bridge now carries 40 tonne lorries.\n");
        }

        var index = host.Services.GetRequiredService<NewsIndex>();
        await LoopbackHost.PollAsync(() => index.Articles.TryGetValue("slow.txt", out var a) && a.Body.Contains("40 tonne", StringComparison.Ordinal), "the whole file indexed");

        // Indexed whole at once; or, if the machine stalled past the interval, indexed again with a warning: never half, silently.
        bool halfIndexed = host.Logs.Messages.Any(m => m.Contains("updated slow.txt", StringComparison.Ordinal));
        Assert.Equal(halfIndexed, host.Logs.Messages.Any(m => m.Contains("slow.txt changed after it was indexed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ProcessedFileThatChanges_IsIndexedAgainWithAWarning()
    {
        using var host = new LoopbackHost();
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "dam.txt"), Article("Dam inspection", "Inspectors examined the Harwick dam on Tuesday."));
        var processed = Path.Combine(host.Inbox, "processed", "dam.txt");
        await LoopbackHost.PollAsync(() => File.Exists(processed), "the first version processed");

        await File.AppendAllTextAsync(processed, "The inspectors found 3 cracks in the Harwick dam spillway.\n");

        var index = host.Services.GetRequiredService<NewsIndex>();
        await LoopbackHost.PollAsync(() => index.Articles["dam.txt"].Body.Contains("3 cracks", StringComparison.Ordinal), "the change indexed");
        Assert.Contains(host.Logs.Messages, m => m.StartsWith("Warning: Inbox: dam.txt changed after it was indexed", StringComparison.Ordinal));
    }

    private static string Article(string headline, string body) => $"{headline}\n\n{body}\n";

    private static HttpRequestMessage Upload(string name, string text)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/articles?name={name}") { Content = new StringContent(text, Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-Api-Key", Key);
        return request;
    }
}
