namespace Bot.Core.Retrieval.Scanning;

/// <summary>How a vector scan trades work for recall and spreads over cores.</summary>
/// <param name="Oversample">Int8 candidates kept per requested result, for rescoring.</param>
/// <param name="ParallelRows">Stores with fewer rows scan on one thread.</param>
/// <param name="Threads">Threads for large stores; 0 means one per core.</param>
public sealed record ScanSettings(int Oversample = 4, int ParallelRows = 50_000, int Threads = 0)
{
    public static readonly ScanSettings Default = new();

    /// <summary>The same settings scanning on the caller's thread only.</summary>
    public ScanSettings SingleThreaded => this with { Threads = 1 };
}
