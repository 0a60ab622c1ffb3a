using Bot.Core.Answering;
using Bot.Core.Retrieval;
using Bot.Core.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Retrieval.AzureSearch;

/// <summary>A throttled or failing service: retried with backoff, then a clear notice, and health says why until it recovers.</summary>
[Collection(AzureSeedEngineCollection.Name)]
public sealed class AzureSearchFaultTests(AzureSeedEngineFixture azure) : IDisposable
{
    private const string Question = "How many soldiers died in the NATO strike?";

    [Fact]
    public async Task Ask_ServiceThrottlesOnce_IsRetriedAndAnswered()
    {
        int start = azure.Service.Requests.Count;
        var expected = await azure.Get<AnswerService>().AskAsync(Question);
        int perAnswer = azure.Service.Requests.Count - start;
        azure.Service.Faults.Enqueue(429);

        var answer = await azure.Get<AnswerService>().AskAsync(Question);

        Assert.Equal(expected.Text, answer.Text);
        Assert.Equal(perAnswer + 1, azure.Service.Requests.Count - start - perAnswer);
        Assert.Null(azure.Get<PassageStoreHealth>().Problem);
    }

    [Fact]
    public async Task Ask_ServiceStaysUnavailable_ThrowsTheNoticeAndHealthSaysWhy()
    {
        azure.Service.Outage = 503;

        var error = await Assert.ThrowsAsync<PassageStoreUnavailableException>(() => azure.Get<AnswerService>().AskAsync(Question));

        Assert.Equal("The search service is busy or unreachable; try again shortly.", PassageStoreUnavailableException.Notice);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", azure.Get<PassageStoreHealth>().Problem, StringComparison.Ordinal);

        azure.Service.Outage = null;
        await azure.Get<AnswerService>().AskAsync(Question);
        Assert.Null(azure.Get<PassageStoreHealth>().Problem);
    }

    [Fact]
    public async Task Ask_ServiceStaysUnavailable_RetriesAsConfiguredBeforeGivingUp()
    {
        azure.Service.Outage = 429;
        int before = azure.Service.Requests.Count;

        await Assert.ThrowsAsync<PassageStoreUnavailableException>(() => azure.Get<AnswerService>().AskAsync(Question));

        // Two searches (text and vector) are sent at once; each is tried once and retried MaxRetries (2) times.
        Assert.Equal(6, azure.Service.Requests.Skip(before).Count(r => r.Path.EndsWith("/docs/search.post.search", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        azure.Service.Outage = null;
        azure.Service.Faults.Clear();
    }
}
