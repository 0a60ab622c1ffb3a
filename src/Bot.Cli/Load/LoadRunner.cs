using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace Bot.Cli.Load;

/// <summary>What a load run does: how many clients of each kind, for how long.</summary>
internal sealed record LoadSettings(
    Uri Url, int Conversations, int QuestionsEach, int SlowConsumers, int Disconnecters, int BurstMessages,
    TimeSpan Poll, TimeSpan AnswerTimeout, TimeSpan Budget);

/// <summary>
/// Drives a running bot through Direct Line like many Web Chat pages at once: steady conversations (measured), slow
/// pollers, clients that leave mid-answer and one conversation bursting far past the rate limit (not measured, but
/// any failure they cause elsewhere shows up as errors or latency in the steady ones).
/// </summary>
internal sealed class LoadRunner(HttpClient http, LoadSettings settings, IReadOnlyList<string> questions)
{
    private readonly ConcurrentBag<double> _latencies = [];
    private readonly ConcurrentBag<string> _errors = [];
    private int _rateLimited;

    public async Task<LoadReport> RunAsync(CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(settings.Budget);
        await WarmUpAsync(budget.Token).ConfigureAwait(false);
        var before = await ServerMemoryAsync(cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();

        // Throughput is over the steady clients' time; the slow pollers take longer by design.
        var steady = Task.WhenAll(Enumerable.Range(0, settings.Conversations).Select(i => SteadyAsync(i, budget.Token)));
        var slow = Enumerable.Range(0, settings.SlowConsumers).Select(i => SlowAsync(i, budget.Token));
        var leaving = Enumerable.Range(0, settings.Disconnecters).Select(i => LeaveMidAnswerAsync(i, budget.Token));
        var others = Task.WhenAll([.. slow, .. leaving, BurstAsync(budget.Token)]);
        await steady.ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        await others.ConfigureAwait(false);

        // Give the server a moment to finish abandoned answers before reading its memory again.
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken).ConfigureAwait(false);
        var after = await ServerMemoryAsync(cancellationToken).ConfigureAwait(false);
        return LoadReport.From(settings, [.. _latencies], [.. _errors], _rateLimited, elapsed, before, after);
    }

    // The first answer pays for JIT compilation and cold caches; one unmeasured question keeps that out of the figures.
    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        if (await StartAsync(cancellationToken).ConfigureAwait(false) is { } session)
        {
            await AskAsync(session, questions[0], settings.Poll, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SteadyAsync(int client, CancellationToken cancellationToken)
    {
        var session = await StartAsync(cancellationToken).ConfigureAwait(false);
        for (int q = 0; session is not null && q < settings.QuestionsEach && !cancellationToken.IsCancellationRequested; q++)
        {
            if (await AskAsync(session, questions[(client + q) % questions.Count], settings.Poll, cancellationToken).ConfigureAwait(false) is { } latency)
            {
                _latencies.Add(latency.TotalMilliseconds);
            }
        }
    }

    // A client that polls every few seconds: its answers wait in the server's buffer and must not slow anyone else.
    private async Task SlowAsync(int client, CancellationToken cancellationToken)
    {
        var session = await StartAsync(cancellationToken).ConfigureAwait(false);
        for (int q = 0; session is not null && q < 2; q++)
        {
            await AskAsync(session, questions[(client + q) % questions.Count], TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
        }
    }

    // A client that asks and goes away, cancelling its poll: the server still answers into a conversation nobody reads.
    private async Task LeaveMidAnswerAsync(int client, CancellationToken cancellationToken)
    {
        var session = await StartAsync(cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return;
        }

        var (status, id) = await session.PostAsync(questions[client % questions.Count], cancellationToken).ConfigureAwait(false);
        if (status != HttpStatusCode.OK || id is null)
        {
            _errors.Add($"leaving client: post returned {(int)status}");
            return;
        }

        using var gone = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        gone.CancelAfter(TimeSpan.FromMilliseconds(50));
        try
        {
            await session.WaitForAnswerAsync(id, settings.Poll, Stopwatch.StartNew(), gone.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Leaving is the point.
        }
    }

    // Many messages at once from one conversation: 429s are expected for it; anything else is an error.
    private async Task BurstAsync(CancellationToken cancellationToken)
    {
        var session = settings.BurstMessages > 0 ? await StartAsync(cancellationToken).ConfigureAwait(false) : null;
        if (session is null)
        {
            return;
        }

        var posts = await Task.WhenAll(Enumerable.Range(0, settings.BurstMessages)
            .Select(i => session.PostAsync(questions[i % questions.Count], cancellationToken))).ConfigureAwait(false);
        foreach (var (status, _) in posts)
        {
            if (status == HttpStatusCode.TooManyRequests)
            {
                Interlocked.Increment(ref _rateLimited);
            }
            else if (status != HttpStatusCode.OK)
            {
                _errors.Add($"burst: post returned {(int)status}");
            }
        }
    }

    private async Task<DirectLineSession?> StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await DirectLineSession.StartAsync(http, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            _errors.Add($"start: {error.Message}");
            return null;
        }
    }

    private async Task<TimeSpan?> AskAsync(DirectLineSession session, string question, TimeSpan poll, CancellationToken cancellationToken)
    {
        var since = Stopwatch.StartNew();
        try
        {
            var (status, id) = await session.PostAsync(question, cancellationToken).ConfigureAwait(false);
            if (status != HttpStatusCode.OK || id is null)
            {
                _errors.Add($"post returned {(int)status}");
                return null;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.AnswerTimeout);
            return await session.WaitForAnswerAsync(id, poll, since, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _errors.Add($"no answer within {settings.AnswerTimeout.TotalSeconds:0} s");
            return null;
        }
        catch (HttpRequestException error)
        {
            _errors.Add(error.Message);
            return null;
        }
    }

    private async Task<ServerMemory> ServerMemoryAsync(CancellationToken cancellationToken)
    {
        var health = JsonNode.Parse(await http.GetStringAsync(new Uri("healthz", UriKind.Relative), cancellationToken).ConfigureAwait(false))!;
        return new ServerMemory(health["managedBytes"]?.GetValue<long>() ?? 0, health["workingSetBytes"]?.GetValue<long>() ?? 0, health["passages"]?.GetValue<int>() ?? 0);
    }
}

/// <summary>The server's own memory figures from <c>/healthz</c>.</summary>
internal sealed record ServerMemory(long ManagedBytes, long WorkingSetBytes, int Passages);
