using System.Net;
using Bot.Web.Chat;
using Bot.Web.Tests.DirectLine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Web.Tests.Hardening;

/// <summary>
/// Issue 11 item 4: one bounded per-conversation turn queue for every channel. Turns of a conversation run in order,
/// a conversation with too many waiting gets 429, the host with too many gets refused, and a failed turn does not stop
/// the ones after it.
/// </summary>
public sealed class TurnSchedulerTests
{
    [Fact]
    public async Task Turns_OfOneConversation_RunInOrder_AndAFailureDoesNotStopTheNext()
    {
        using var scheduler = Scheduler(perConversation: 10, total: 100);
        var ran = new List<int>();
        var done = new TaskCompletionSource();

        scheduler.TryEnqueue("c", _ => Record(ran, 1));
        scheduler.TryEnqueue("c", _ => throw new InvalidOperationException("turn 2 fails"));
        scheduler.TryEnqueue("c", async _ => { await Record(ran, 3); done.SetResult(); });
        await done.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal([1, 3], ran);
    }

    [Fact]
    public async Task TryEnqueue_PastTheConversationsBound_IsRefused_WhileOtherConversationsAreAccepted()
    {
        using var scheduler = Scheduler(perConversation: 2, total: 100);
        var gate = new TaskCompletionSource();
        var started = new TaskCompletionSource();
        var admissions = new List<TurnAdmission> { scheduler.TryEnqueue("busy", _ => { started.SetResult(); return gate.Task; }) };
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        for (var i = 0; i < 3; i++)
        {
            admissions.Add(scheduler.TryEnqueue("busy", _ => gate.Task));
        }

        var other = scheduler.TryEnqueue("calm", _ => Task.CompletedTask);
        gate.SetResult();

        Assert.Equal([TurnAdmission.Accepted, TurnAdmission.Accepted, TurnAdmission.Accepted, TurnAdmission.ConversationFull], admissions);
        Assert.Equal(TurnAdmission.Accepted, other);
    }

    [Fact]
    public void TryEnqueue_PastTheHostsBound_IsRefused()
    {
        using var scheduler = Scheduler(perConversation: 10, total: 2);
        var gate = new TaskCompletionSource();

        var admissions = Enumerable.Range(0, 3).Select(i => scheduler.TryEnqueue($"c{i}", _ => gate.Task)).ToList();
        gate.SetResult();

        Assert.Equal([TurnAdmission.Accepted, TurnAdmission.Accepted, TurnAdmission.HostFull], admissions);
    }

    [Fact]
    public async Task DirectLine_QuestionsPastTheConversationsQueue_Get429WithRetryAfter_AndNoEcho()
    {
        using var host = new HardeningHost(new Dictionary<string, string?> { ["Bot:Chat:MaxQueuedTurnsPerConversation"] = "2" });
        var client = await host.StartAsync();
        await client.WaitForAsync(TestActivities.IsBotMessage, "welcome");
        host.Embedder!.Close();
        var statuses = new List<HttpStatusCode> { HttpStatusCode.OK };
        await client.PostAsync(TestActivities.UserMessage("Who led the Afghan delegation?", "q-0"));
        await client.WaitForAsync(a => a.GetProperty("type").GetString() == "typing", "the first answer to start");
        HttpResponseMessage? refused = null;
        for (var i = 1; i < 4; i++)
        {
            var response = await client.SendAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", TestActivities.UserMessage("Who led the Afghan delegation?", $"q-{i}"));
            statuses.Add(response.StatusCode);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : refused;
        }

        var (history, _) = await client.GetAsync();
        host.Embedder.Open();

        // The first question is answering (held at the gate); two more may wait; the fourth is refused.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(refused!.Headers.RetryAfter);
        await DirectLineClient.ErrorAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.DoesNotContain(history, a => a.TryGetProperty("channelData", out var data) && data.TryGetProperty("clientActivityID", out var c) && c.GetString() == "q-3");
    }

    private static TurnScheduler Scheduler(int perConversation, int total) => new(
        Options.Create(new ChatOptions { MaxQueuedTurnsPerConversation = perConversation, MaxQueuedTurns = total }),
        new StoppedNever(), NullLogger<TurnScheduler>.Instance);

    private static Task Record(List<int> ran, int turn)
    {
        lock (ran)
        {
            ran.Add(turn);
        }

        return Task.CompletedTask;
    }

    private sealed class StoppedNever : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
