using System.Text.Json.Serialization;

namespace Bot.Cli.Bench;

/// <summary>Exact float32 against int8 + rescoring on one synthetic set of <paramref name="Size"/> vectors.</summary>
/// <param name="RecallAt10">Share of the exact top 10 the store's search (int8 scan, float32 rescoring) returns, over all queries.</param>
/// <param name="RecallAt10Int8Only">The same when candidates are rescored from the int8 codes (no float32 copy).</param>
/// <param name="Int8BuildMs">Time to quantize the vectors and write the mapped float32 copy.</param>
/// <param name="FileBytesPerChunk">Bytes per passage vector in the index file (float32).</param>
/// <param name="LoadMs">Time to read every vector back from such a file into a searchable store (quantize + map).</param>
internal sealed record VectorFigures(
    int Size,
    int Dimensions,
    ScanFigures Exact,
    ScanFigures Int8,
    [property: JsonPropertyName("recall_at_10")] double RecallAt10,
    [property: JsonPropertyName("recall_at_10_int8_rescore_only")] double RecallAt10Int8Only,
    double Int8OverExactP50,
    double Int8BuildMs,
    double FileBytesPerChunk,
    double LoadMs);
