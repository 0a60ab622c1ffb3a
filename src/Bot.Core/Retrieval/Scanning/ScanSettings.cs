namespace Bot.Core.Retrieval.Scanning;

/// <summary>How a vector scan trades work for recall and spreads over cores.</summary>
/// <param name="Oversample">Int8 candidates kept per requested result, for rescoring.</param>
/// <param name="ParallelRows">
/// Stores with fewer rows scan on one thread. Measured on 2 cores: at 100k rows (384 or 1536 dims) splitting
/// gained nothing (p50 1.22 → 1.29 ms, 6.4 → 7.5 ms), at 1M × 384 it halved p50 (14.2 → 7.6 ms).
/// </param>
/// <param name="Threads">Threads for large stores; 0 means one per core.</param>
/// <param name="CandidatesPerResult">Sign-code candidates kept per requested result for int8 rescoring.</param>
/// <param name="MinCandidates">The fewest sign-code candidates kept, however few results are asked for.</param>
public sealed record ScanSettings(int Oversample = 4, int ParallelRows = 500_000, int Threads = 0, int CandidatesPerResult = 40, int MinCandidates = 400)
{
    public static readonly ScanSettings Default = new();

    /// <summary>
    /// Stores with fewer rows run the sign-code pass on one thread: the same bytes per query as <see cref="ParallelRows"/>
    /// int8 rows, since the hand-off only pays for itself over that much reading. Measured at 1M × 384 on 2 busy cores,
    /// splitting the sign pass raised p50 from 3.1 to 11.9 ms: waiting for the second core cost more than its 2 ms saved.
    /// </summary>
    public int SignParallelRows(int dimensions) =>
        (int)Math.Min(int.MaxValue, (long)ParallelRows * (dimensions + sizeof(float)) / Math.Max(1, ((dimensions + 7) / 8) + (2 * sizeof(float))));

    /// <summary>How many rows the sign-code pass keeps for a search of <paramref name="top"/> results.</summary>
    public int CandidatesFor(int top) => (int)Math.Min(int.MaxValue, Math.Max(MinCandidates, (long)top * CandidatesPerResult));

    /// <summary>The same settings scanning on the caller's thread only.</summary>
    public ScanSettings SingleThreaded => this with { Threads = 1 };
}
