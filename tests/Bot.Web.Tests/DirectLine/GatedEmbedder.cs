using Microsoft.Extensions.AI;

namespace Bot.Web.Tests.DirectLine;

/// <summary>
/// The real embedder behind a gate a test can close: every answer embeds its question first, so a closed gate holds
/// answers mid-turn, after the typing indicator went out. That makes "typing, then the final message" observable
/// without racing the engine.
/// </summary>
public sealed class GatedEmbedder(IEmbeddingGenerator<string, Embedding<float>> inner) : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    private volatile TaskCompletionSource _gate = Opened();

    /// <summary>Holds later answers until <see cref="Open"/>.</summary>
    public void Close() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _gate.TrySetResult();

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        await _gate.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await base.GenerateAsync(values, options, cancellationToken).ConfigureAwait(false);
    }

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource();
        open.SetResult();
        return open;
    }
}
