using System.Net;
using System.Net.Http.Json;
using Bot.Core.Tests.Fakes.AzureSearch;

namespace Bot.Web.Tests;

/// <summary>The web host with Store = AzureSearch: answers and source pages come from the service; when it stays down, a 503 with a notice and a degraded health check.</summary>
public sealed class AzureSearchStoreTests : IDisposable
{
    private readonly LoopbackAzureSearch _service = new();
    private readonly LoopbackHost _host;

    public AzureSearchStoreTests() =>
        _host = new LoopbackHost(AzureSearchSettings.For(), services: s => AzureSearchSettings.Reach(s, _service));

    [Fact]
    public async Task Ask_AnswersFromTheServiceAndTheSourcePageReadsIt()
    {
        var answer = await _host.AnswerAsync("How many soldiers died in the NATO strike?");
        using var page = await _host.Client.GetAsync(new Uri("/sources/001_22fc6f85eb85ac22.txt?start=1172&end=1366", UriKind.Relative));

        Assert.Contains("24 Pakistani soldiers", answer, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Kayani discusses security", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(_service.Requests, r => r.Path == "/indexes('news-passages-articles')/docs/search.post.search");
        Assert.Equal("ok", (await _host.HealthAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ask_ServiceStaysDown_Is503WithRetryAfterAndTheNotice_AndHealthIsDegraded()
    {
        _service.Outage = 503;

        using var response = await _host.Client.PostAsJsonAsync("/api/ask", new { question = "How many soldiers died in the NATO strike?" });
        var health = await _host.HealthAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("The search service is busy or unreachable; try again shortly.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Contains("Azure AI Search", health.GetProperty("problem").GetString(), StringComparison.Ordinal);

        _service.Outage = null;
        Assert.Equal("ok", (await _host.HealthAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Chat_ServiceStaysDown_TheUserGetsTheNoticeAsAReply_AndTheNextQuestionIsAnsweredWhenItReturns()
    {
        var chat = await DirectLine.DirectLineClient.StartAsync(_host.Client);
        await chat.WaitForAsync(DirectLine.TestActivities.IsBotMessage, "welcome");
        _service.Outage = 503;

        var during = await chat.PostAsync(DirectLine.TestActivities.UserMessage("How many soldiers died in the NATO strike?", "c-1"));
        var notice = await chat.WaitForAsync(a => DirectLine.TestActivities.IsAnswerTo(a, during), "the reply during the outage");
        _service.Outage = null;
        var after = await chat.PostAsync(DirectLine.TestActivities.UserMessage("How many soldiers died in the NATO strike?", "c-2"));
        var answer = await chat.WaitForAsync(a => DirectLine.TestActivities.IsAnswerTo(a, after), "the answer after it");

        Assert.Contains(Bot.Core.Retrieval.PassageStoreUnavailableException.Notice, notice.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("24 Pakistani soldiers", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _host.Dispose();
        _service.Dispose();
    }
}
