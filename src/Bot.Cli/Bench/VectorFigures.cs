using System.Text.Json.Serialization;

namespace Bot.Cli.Bench;

/// <summary>Exact float32, the full int8 scan and the compact first pass on one synthetic set of <paramref name="Size"/> vectors.</summary>
/// <param name="Int8">The full int8 scan, its candidates rescored in float32.</param>
/// <param name="Compact">The store's search: sign codes pick candidates, int8 narrows them, float32 orders them.</param>
/// <param name="RecallAt10">Share of the exact top 10 the full int8 scan (float32 rescoring) returns, over all queries.</param>
/// <param name="RecallAt10Int8Only">The same when candidates are rescored from the int8 codes (no float32 copy).</param>
/// <param name="RecallAt10Compact">The same for the store's compact search.</param>
/// <param name="Candidates">Sign-code candidates the compact pass keeps for a top-10 search.</param>
/// <param name="ExactOverCompactP95">Exact p95 ÷ compact p95, both with the store's settings, in the same run.</param>
/// <param name="BuildMs">Time to quantize the vectors, write the mapped float32 copy and build the sign codes.</param>
/// <param name="File">The saved vector section: size and the time to save and to load it into a searchable store.</param>
internal sealed record VectorFigures(
    int Size,
    int Dimensions,
    ScanFigures Exact,
    ScanFigures Int8,
    ScanFigures Compact,
    [property: JsonPropertyName("recall_at_10")] double RecallAt10,
    [property: JsonPropertyName("recall_at_10_int8_rescore_only")] double RecallAt10Int8Only,
    [property: JsonPropertyName("recall_at_10_compact")] double RecallAt10Compact,
    int Candidates,
    double Int8OverExactP50,
    double ExactOverCompactP95,
    double BuildMs,
    VectorFileFigures File);
