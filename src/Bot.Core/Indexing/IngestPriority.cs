namespace Bot.Core.Indexing;

/// <summary>
/// Keeps background ingestion (the web inbox, uploads) from starving questions on a small machine. While questions are
/// being asked (one in the last couple of seconds), ingestion run through <see cref="RunInBackgroundAsync{T}"/> embeds
/// one sentence per encoder call, which the encoder runs on the calling thread alone, so it holds at most one core; and
/// before each call it waits while a question is being embedded. When nobody has asked for a while it embeds small
/// batches on every core, so a quiet host ingests at nearly full speed. Questions never wait on a lock: they only count
/// themselves in and out.
/// </summary>
/// <remarks>
/// The encoder spreads any batch of two or more sentences over every core, and a whole article batch is thousands of
/// sentences, so a question arriving during an ingest used to queue behind seconds of work (/api/ask went from 0.06 s to
/// 5.8 s while the inbox ingested 60 articles). The CLI's <c>ingest</c> does not run in background mode and keeps every core.
/// </remarks>
public sealed class IngestPriority
{
    // Under a constant stream of questions ingestion still moves, one sentence per pause at worst.
    private static readonly TimeSpan DefaultLongestYield = TimeSpan.FromSeconds(1);

    // Small enough that a question arriving during one batch waits a few tens of milliseconds at most.
    private const int QuietBatch = 16;

    private readonly long _quietMilliseconds;
    private readonly TimeSpan _longestYield;

    private readonly AsyncLocal<bool> _background = new();
    private readonly object _gate = new();
    private TaskCompletionSource _quiet = Completed();
    private int _questions;
    private long _lastQuestion = long.MinValue / 2;

    /// <summary>Ingestion goes one sentence at a time until no question has been asked for two seconds.</summary>
    public IngestPriority()
        : this(TimeSpan.FromSeconds(2))
    {
    }

    /// <summary>For tests: how long after the last question ingestion stays at one sentence per call, and how long it
    /// waits at most for a question being embedded (a second in the product; longer in a test, so that a slow test host
    /// cannot let ingestion through while the question it holds open is still being asked).</summary>
    public IngestPriority(TimeSpan quietAfter, TimeSpan? longestYield = null)
    {
        _quietMilliseconds = (long)quietAfter.TotalMilliseconds;
        _longestYield = longestYield ?? DefaultLongestYield;
    }

    /// <summary>Sentences the next background encoder call may take: 1 while questions are being asked, a small batch otherwise.</summary>
    public int BackgroundBatch
    {
        get
        {
            lock (_gate)
            {
                return _questions > 0 || Environment.TickCount64 - _lastQuestion < _quietMilliseconds ? 1 : QuietBatch;
            }
        }
    }

    /// <summary>True inside <see cref="RunInBackgroundAsync{T}"/>: embedding here must give way to questions.</summary>
    public bool InBackground => _background.Value;

    /// <summary>Runs <paramref name="work"/> (an ingest) at background priority.</summary>
    public async Task<T> RunInBackgroundAsync<T>(Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);

        // Set inside this async method, so the flag flows into the work and not back to the caller.
        _background.Value = true;
        return await work().ConfigureAwait(false);
    }

    /// <summary>Counts a question's embedding in until the returned handle is disposed.</summary>
    public IDisposable Question()
    {
        lock (_gate)
        {
            _lastQuestion = Environment.TickCount64;
            if (_questions++ == 0)
            {
                _quiet = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        return new QuestionScope(this);
    }

    /// <summary>Waits (at most about a second in the product) until no question is being embedded.</summary>
    public async Task WaitForQuestionsAsync(CancellationToken cancellationToken)
    {
        Task quiet;
        lock (_gate)
        {
            quiet = _quiet.Task;
        }

        if (!quiet.IsCompleted)
        {
            await Task.WhenAny(quiet, Task.Delay(_longestYield, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    private void Leave()
    {
        lock (_gate)
        {
            _lastQuestion = Environment.TickCount64;
            if (--_questions == 0)
            {
                _quiet.TrySetResult();
            }
        }
    }

    private sealed class QuestionScope(IngestPriority owner) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Leave();
            }
        }
    }
}
