using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Web.Tests;

/// <summary>Adding articles to the running bot: the watched folder and <c>POST /api/articles</c>, on one shared host.</summary>
public sealed class InboxTests : IClassFixture<InboxTests.Host>
{
    private const string Key = "inbox-test-key";
    private readonly Host _host;

    public InboxTests(Host host) => _host = host;

    [Fact]
    public async Task DroppedFile_BecomesSearchableWithoutRestart_AndMovesToProcessed()
    {
        var inbox = Path.Combine(_host.Factory.Folder, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "volcano.txt.part"), Article("Mount Kelvara", "Kelvara volcano erupted on Tuesday, forcing 3,200 villagers in Ostrin province to leave their homes."));
        File.Move(Path.Combine(inbox, "volcano.txt.part"), Path.Combine(inbox, "volcano.txt"));

        JsonElement answer = default;
        await PollAsync(async () =>
        {
            answer = await AskAsync("How many villagers left their homes after the Kelvara eruption?");
            return answer.GetProperty("answer").GetString()!.Contains("3,200", StringComparison.Ordinal);
        });

        Assert.Equal("volcano.txt", answer.GetProperty("citations")[0].GetProperty("articleId").GetString());
        await PollAsync(() => Task.FromResult(File.Exists(Path.Combine(inbox, "processed", "volcano.txt"))));
    }

    [Fact]
    public async Task DroppedFileWithASeedsName_UpdatesThatArticleAndLogsIt()
    {
        const string seed = "000_fea76c09ba40191c.txt";
        var index = _host.Factory.Services.GetRequiredService<NewsIndex>();
        var count = index.Articles.Count;
        var inbox = Path.Combine(_host.Factory.Folder, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, seed), Article("Border talks resume", "Afghan and Pakistani officials resumed border talks in Torkham on Thursday, agreeing to reopen two crossings."));

        await PollAsync(() => Task.FromResult(index.Articles[seed].Body.Contains("Torkham", StringComparison.Ordinal)));

        Assert.Equal(count, index.Articles.Count);
        Assert.DoesNotContain(index.Chunks, c => c.ArticleId == seed && c.Text.Contains("Afzal Aman", StringComparison.Ordinal));
        // The new snapshot is searchable before the inbox finishes its run and logs it, so wait for the line too.
        await PollAsync(() => Task.FromResult(_host.Logs.Messages.Any(m => m.StartsWith("Warning: Inbox: updated " + seed, StringComparison.Ordinal))));
        await PollAsync(() => Task.FromResult(File.Exists(Path.Combine(inbox, "processed", seed))));
    }

    [Fact]
    public async Task DroppedFolder_FilesAreNamedByTheirPathInTheInbox_AndTheirSourcePagesOpen()
    {
        var inbox = Path.Combine(_host.Factory.Folder, "inbox");
        Directory.CreateDirectory(Path.Combine(inbox, "world"));
        Directory.CreateDirectory(Path.Combine(inbox, "science"));
        await File.WriteAllTextAsync(Path.Combine(inbox, "world", "001.txt"), Article("Ferry service returns", "The Dovrel ferry service to the outer islands returned on Sunday after a storm kept boats in port for nine days."));
        await File.WriteAllTextAsync(Path.Combine(inbox, "science", "001.txt"), Article("Comet sighted", "Astronomers at the Halvik observatory sighted a new comet on Saturday, the brightest one found this decade."));
        var index = _host.Factory.Services.GetRequiredService<NewsIndex>();

        await PollAsync(() => Task.FromResult(index.Articles.ContainsKey("world/001.txt") && index.Articles.ContainsKey("science/001.txt")));
        using var page = await _host.Client.GetAsync(new Uri("/sources/world/001.txt", UriKind.Relative));
        using var escaped = await _host.Client.GetAsync(new Uri("/sources/science%2F001.txt", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Ferry service returns", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, escaped.StatusCode);
        Assert.Contains("Comet sighted", await escaped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await PollAsync(() => Task.FromResult(File.Exists(Path.Combine(inbox, "processed", "world", "001.txt")) && !Directory.Exists(Path.Combine(inbox, "world"))));
    }

    [Fact]
    public async Task DroppedEmptyFile_IsRejectedWithItsReasonBesideIt()
    {
        var inbox = Path.Combine(_host.Factory.Folder, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "empty.txt"), string.Empty);

        var reasonFile = Path.Combine(inbox, "rejected", "empty.txt.reason.txt");
        await PollAsync(() => Task.FromResult(File.Exists(reasonFile)));
        var reason = await File.ReadAllTextAsync(reasonFile);

        Assert.Contains("empty", reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Upload_WithKey_IsSearchableWhenTheResponseArrives()
    {
        using var request = Upload("reservoir.md", Article("Lake Varn reservoir", "The Lake Varn reservoir reached 97 percent of capacity after the spring floods, the water board said."));
        request.Headers.Add("X-Api-Key", Key);

        using var response = await _host.Client.SendAsync(request);
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var answer = await AskAsync("How full is the Lake Varn reservoir?");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["reservoir.md"], result.RootElement.GetProperty("ingested").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("97 percent", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong-key", HttpStatusCode.Unauthorized)]
    public async Task Upload_WithoutTheKey_IsRefused(string? key, HttpStatusCode expected)
    {
        using var request = Upload("sneaky.txt", Article("Sneaky", "This must never be indexed."));
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("X-Api-Key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_BinaryFile_Gets422NamingTheFileAndReason()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles?name=photo.txt") { Content = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 1, 2, 0, 0, 3]) };
        request.Headers.Add("X-Api-Key", Key);

        using var response = await _host.Client.SendAsync(request);
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var rejected = Assert.Single(result.RootElement.GetProperty("rejected").EnumerateArray());
        Assert.Equal("photo.txt", rejected.GetProperty("file").GetString());
        Assert.False(string.IsNullOrWhiteSpace(rejected.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Upload_OverTheLimit_Gets413()
    {
        using var request = Upload("huge.txt", new string('x', 3_000_000));
        request.Headers.Add("X-Api-Key", Key);

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task QuestionsKeepBeingAnswered_WhileArticlesAreIngested()
    {
        using var request = Upload("harbour.txt", Article("Harbour expansion", "The port authority approved a second container berth at Selwick harbour on Friday."));
        request.Headers.Add("X-Api-Key", Key);
        var upload = _host.Client.SendAsync(request);

        var questions = Enumerable.Range(0, 6).Select(_ => _host.Client.PostAsJsonAsync("/api/ask", new { question = "Who led the Afghan delegation?" }));
        var answers = await Task.WhenAll(questions);
        using var uploaded = await upload;

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
    }

    private static string Article(string headline, string body) => $"{headline}\n\n{body}\n";

    private static HttpRequestMessage Upload(string name, string text) =>
        new(HttpMethod.Post, $"/api/articles?name={name}") { Content = new StringContent(text, Encoding.UTF8, "text/plain") };

    private async Task<JsonElement> AskAsync(string question)
    {
        using var response = await _host.Client.PostAsJsonAsync("/api/ask", new { question });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    // The watcher works in the background: poll with a generous deadline instead of sleeping a fixed time.
    private static Task PollAsync(Func<Task<bool>> probe) => LoopbackHost.PollAsync(probe, "the inbox to pick the file up");

    /// <summary>One host for the class, with uploads enabled.</summary>
    public sealed class Host : IDisposable
    {
        public Host()
        {
            // The tests poll /api/ask until new articles show up, far faster than a person asks.
            Factory = new BotWebFactory(
                new Dictionary<string, string?> { ["Bot:Inbox:ApiKey"] = Key, ["Bot:Chat:ConversationBurst"] = "1000", ["Bot:Inbox:StableSeconds"] = "0.5" },
                services => services.AddSingleton<ILoggerProvider>(Logs));
            Client = Factory.CreateClient();
        }

        public BotWebFactory Factory { get; }

        public LogCapture Logs { get; } = new();

        public HttpClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            Factory.Dispose();
        }
    }
}
