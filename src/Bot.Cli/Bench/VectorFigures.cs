using System.Text.Json.Serialization;

namespace Bot.Cli.Bench;

/// <summary>Exact float32 against int8 + rescoring on one synthetic set of <paramref name="Size"/> vectors.</summary>
/// <param name="RecallAt10">Share of the exact top 10 the int8 search returns, over all queries.</param>
/// <param name="Int8BuildMs">Time to quantize the vectors into the store's matrix.</param>
/// <param name="FileBytesPerChunk">Bytes per vector in the index file's vector format.</param>
/// <param name="LoadMs">Time to read every vector back from that file into a searchable matrix.</param>
internal sealed record VectorFigures(
    int Size,
    int Dimensions,
    ScanFigures Exact,
    ScanFigures Int8,
    [property: JsonPropertyName("recall_at_10")] double RecallAt10,
    double Int8OverExactP50,
    double Int8BuildMs,
    double FileBytesPerChunk,
    double LoadMs);
