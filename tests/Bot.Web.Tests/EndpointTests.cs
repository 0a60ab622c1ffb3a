using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Web.Tests;

/// <summary>Contract tests for the web host's first slice: each test gets a fresh host and a private index file.</summary>
public sealed class EndpointTests : IDisposable
{
    private readonly BotWebFactory _factory = new();
    private readonly HttpClient _client;

    public EndpointTests() => _client = _factory.CreateClient();

    [Fact]
    public async Task Healthz_AfterStart_ReportsOkWithIndexSize()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));

        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.True(json.RootElement.GetProperty("articles").GetInt32() > 0);
        Assert.True(json.RootElement.GetProperty("passages").GetInt32() >= json.RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Ask_Question_ReturnsTheDocumentedShapeWithVerbatimCitations()
    {
        var (status, json) = await AskAsync(new { question = "How many soldiers died in the NATO strike?" });

        Assert.Equal(HttpStatusCode.OK, status);
        var root = json.RootElement;
        Assert.Equal(["answer", "abstained", "citations", "elapsedMs", "conversationId"], root.EnumerateObject().Select(p => p.Name).Where(n => n != "notice"));
        Assert.False(root.GetProperty("abstained").GetBoolean());
        Assert.Contains("24", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
        AssertCitationsAreVerbatim(root);
    }

    [Fact]
    public async Task Ask_LookupAndSummary_AreRoutedThroughTheConversationLayer()
    {
        var (_, lookup) = await AskAsync(new { question = "Where does it say the air strike was unintentional?" });
        var conversationId = lookup.RootElement.GetProperty("conversationId").GetString();
        var (_, summary) = await AskAsync(new { question = "summarize the Torkham border talks", conversationId });

        Assert.False(lookup.RootElement.GetProperty("abstained").GetBoolean());
        AssertCitationsAreVerbatim(lookup.RootElement);
        Assert.StartsWith("Summary of", summary.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
        AssertCitationsAreVerbatim(summary.RootElement);
    }

    [Fact]
    public async Task Ask_WithConversationId_ContinuesThatConversationAndRefusesUnknownOnes()
    {
        var (_, first) = await AskAsync(new { question = "Who led the Afghan delegation?" });
        var conversationId = first.RootElement.GetProperty("conversationId").GetString();
        var (status, source) = await AskAsync(new { question = "show source 1", conversationId });
        var (unknown, error) = await AskAsync(new { question = "show source 1", conversationId = "never-issued" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversationId, source.RootElement.GetProperty("conversationId").GetString());
        Assert.NotEmpty(source.RootElement.GetProperty("citations").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Contains("never-issued", error.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_FloodFromOneConversation_Gets429WhileAnotherConversationIsAnswered()
    {
        var (_, first) = await AskAsync(new { question = "Who led the Afghan delegation?" });
        var (_, other) = await AskAsync(new { question = "How many soldiers died in the NATO strike?" });
        var flooding = first.RootElement.GetProperty("conversationId").GetString();
        var calm = other.RootElement.GetProperty("conversationId").GetString();

        var flood = await Task.WhenAll(Enumerable.Range(0, 15).Select(_ => _client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "show source 1", conversationId = flooding })));
        var (calmStatus, _) = await AskAsync(new { question = "show source 1", conversationId = calm });

        Assert.Contains(flood, r => r.StatusCode == HttpStatusCode.TooManyRequests && r.Headers.RetryAfter is not null);
        Assert.Equal(HttpStatusCode.OK, calmStatus);
    }

    [Theory]
    [InlineData("{\"question\": ", HttpStatusCode.BadRequest)]
    [InlineData("{\"conversationId\": \"x\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"question\": \"   \"}", HttpStatusCode.BadRequest)]
    public async Task Ask_WithBadBody_ReturnsJsonErrorWithoutStackTrace(string body, HttpStatusCode expected)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(new Uri("/api/ask", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(JsonDocument.Parse(text).RootElement.GetProperty("error").GetString()));
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithOversizedQuestion_Returns413WithTheLimit()
    {
        var (status, json) = await AskAsync(new { question = new string('a', 4_001) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("4000", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_WithCitedSpan_MarksTheCitedSentence()
    {
        var (_, json) = await AskAsync(new { question = "How many soldiers died in the NATO strike?" });
        var citation = json.RootElement.GetProperty("citations")[0];
        var url = $"/sources/{Uri.EscapeDataString(citation.GetProperty("articleId").GetString()!)}?start={citation.GetProperty("start").GetInt32()}&end={citation.GetProperty("end").GetInt32()}";

        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains($"<mark id=\"cited\">{WebUtility.HtmlEncode(citation.GetProperty("quote").GetString())}</mark>", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(citation.GetProperty("title").GetString()!), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_UnknownArticle_Returns404Page()
    {
        using var response = await _client.GetAsync(new Uri("/sources/no-such-article.txt", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Article not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private async Task<(HttpStatusCode Status, JsonDocument Json)> AskAsync(object body)
    {
        using var response = await _client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), body);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    private void AssertCitationsAreVerbatim(JsonElement root)
    {
        var index = _factory.Services.GetRequiredService<NewsIndex>();
        Assert.NotEmpty(root.GetProperty("citations").EnumerateArray());
        foreach (var c in root.GetProperty("citations").EnumerateArray())
        {
            var body = index.Articles[c.GetProperty("articleId").GetString()!].Body;
            int start = c.GetProperty("start").GetInt32(), end = c.GetProperty("end").GetInt32();
            Assert.Equal(c.GetProperty("quote").GetString(), body[start..end]);
        }
    }
}
