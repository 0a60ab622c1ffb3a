namespace Bot.Cli.Bench;

/// <summary>One scan method on one data set: latencies in three modes, measured memory, and the physical floor.</summary>
/// <param name="OneThread">One query at a time, the scan on one thread.</param>
/// <param name="Default">One query at a time with the store's settings (the scan splits over cores from 500k rows).</param>
/// <param name="Concurrent">Two threads querying at once with the store's settings, so both cores are busy.</param>
/// <param name="BytesPerChunk">Managed heap growth when the vectors were built, per row (measured).</param>
/// <param name="BytesScannedPerQuery">Bytes a query must read from memory.</param>
/// <param name="FloorMs">Bytes scanned ÷ one-thread bandwidth: no one-thread scan can be faster.</param>
/// <param name="OneThreadOverFloor">One-thread p50 ÷ the floor.</param>
internal sealed record ScanFigures(
    LatencyFigures OneThread,
    LatencyFigures Default,
    LatencyFigures Concurrent,
    double BytesPerChunk,
    double BytesPerDimension,
    long BytesScannedPerQuery,
    double FloorMs,
    double OneThreadOverFloor);
