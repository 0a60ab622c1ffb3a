namespace Bot.Web.DirectLine;

/// <summary>
/// The bytes of history all conversations hold together (<see cref="DirectLineOptions.MaxHistoryBytes"/>). Each
/// conversation charges what it stores and releases what it drops; past the cap, <c>reclaim</c> trims the least
/// recently used conversations, oldest activities first.
/// </summary>
public sealed class HistoryBudget(long maxBytes, Action reclaim)
{
    private long _used;

    /// <summary>Bytes of serialised activities held now.</summary>
    public long Used => Interlocked.Read(ref _used);

    /// <summary>How many bytes must go to be within the cap again (0 when within it).</summary>
    public long Excess => Math.Max(0, Used - maxBytes);

    /// <summary>Adds (or, negative, releases) <paramref name="bytes"/>; reclaims when that overdraws the budget.</summary>
    /// <remarks>Called outside any conversation's lock, because reclaiming takes other conversations' locks.</remarks>
    public void Charge(long bytes)
    {
        if (Interlocked.Add(ref _used, bytes) > maxBytes && bytes > 0)
        {
            reclaim();
        }
    }
}
