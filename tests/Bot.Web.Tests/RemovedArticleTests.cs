using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core;
using Bot.Core.Articles;
using Bot.Core.Indexing;
using Bot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Web.Tests;

/// <summary>
/// An article taken down with <c>bot remove</c>, seen from the web host: its source page is a 410 page and "show source"
/// says it was removed (also while the host still holds it), a restarted host leaves it out, and the inbox skips it.
/// </summary>
public sealed class RemovedArticleTests : IDisposable
{
    private const string NatoSeed = "001_22fc6f85eb85ac22.txt";
    private const string NatoQuestion = "How many soldiers died in the NATO strike?";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"newsbot-remove-{Guid.NewGuid():N}");

    private string IndexPath => Path.Combine(_folder, "news.index");

    [Fact]
    public async Task RemovedWhileRunning_SourcePageIs410AndShowSourceSaysRemoved()
    {
        using var factory = Host();
        using var client = factory.CreateClient();
        var asked = await AskAsync(client, NatoQuestion, conversationId: null);
        Assert.Equal(NatoSeed, asked.GetProperty("citations")[0].GetProperty("articleId").GetString());

        // What `bot remove` in another process leaves behind: the list beside the index.
        ListOnDisk().Add([new ArticleRemoval(NatoSeed, DateTimeOffset.UtcNow, "court order")]);
        using var page = await client.GetAsync(new Uri($"/sources/{NatoSeed}?start=1172&end=1366", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var shown = await AskAsync(client, "show source 1", asked.GetProperty("conversationId").GetString());

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("Article removed", html, StringComparison.Ordinal);
        Assert.Contains("class=\"masthead\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("24 Pakistani soldiers", html, StringComparison.Ordinal);
        Assert.DoesNotContain("court order", html, StringComparison.Ordinal);
        Assert.Contains($"Source [1] ({NatoSeed}) was removed on", shown.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovedThenRestarted_HostNeverCitesItAndItsPageIs410()
    {
        using (var first = Host())
        {
            using var client = first.CreateClient();
            await AskAsync(client, NatoQuestion, conversationId: null);
            var outcome = await first.Services.GetRequiredService<ArticleRemover>().RemoveAsync([NatoSeed], "retracted");
            Assert.True(outcome.Saved);
        }

        using var second = Host();
        using var restarted = second.CreateClient();
        var answer = await AskAsync(restarted, NatoQuestion, conversationId: null);
        using var page = await restarted.GetAsync(new Uri($"/sources/{NatoSeed}", UriKind.Relative));

        Assert.DoesNotContain(answer.GetProperty("citations").EnumerateArray(), c => c.GetProperty("articleId").GetString() == NatoSeed);
        Assert.False(second.Services.GetRequiredService<NewsIndex>().Articles.ContainsKey(NatoSeed));
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
    }

    [Fact]
    public async Task InboxFileWithARemovedId_IsRejectedWithTheRestoreHint()
    {
        using var factory = Host();
        using var client = factory.CreateClient();
        await AskAsync(client, NatoQuestion, conversationId: null);
        await factory.Services.GetRequiredService<ArticleRemover>().RemoveAsync([NatoSeed], reason: null);

        var inbox = Path.Combine(_folder, "inbox");
        // Copied under a partial name and renamed, so the watcher never sees the file half written.
        File.Copy(Path.Combine(AppContext.BaseDirectory, "seeds", NatoSeed), Path.Combine(inbox, NatoSeed + ".part"));
        File.Move(Path.Combine(inbox, NatoSeed + ".part"), Path.Combine(inbox, NatoSeed));
        var reasonFile = Path.Combine(inbox, "rejected", NatoSeed + ".reason.txt");
        await LoopbackHost.PollAsync(() => File.Exists(reasonFile), "the inbox to reject the removed article");

        Assert.Contains("removed on", await File.ReadAllTextAsync(reasonFile), StringComparison.Ordinal);
        Assert.Contains("ingest it explicitly to restore it", await File.ReadAllTextAsync(reasonFile), StringComparison.Ordinal);
        Assert.False(factory.Services.GetRequiredService<NewsIndex>().Articles.ContainsKey(NatoSeed));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private BotWebFactory Host() => new(new Dictionary<string, string?>
    {
        ["Bot:Paths:Index"] = IndexPath,
        ["Bot:Inbox:Folder"] = Path.Combine(_folder, "inbox"),
        ["Bot:Inbox:StableSeconds"] = "0",
    }, services: null);

    private RemovedArticles ListOnDisk() => new(Options.Create(new PathsOptions { Index = IndexPath }));

    private static async Task<JsonElement> AskAsync(HttpClient client, string question, string? conversationId)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question, conversationId });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
