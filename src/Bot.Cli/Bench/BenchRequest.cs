namespace Bot.Cli.Bench;

/// <summary>What a <c>bench</c> run measures.</summary>
internal sealed record BenchRequest(
    IReadOnlyList<int> Sizes,
    IReadOnlyList<int> Dimensions,
    int Queries,
    int Articles,
    bool SkipIngest,
    bool SkipLexical,
    int Seed,
    int LexicalMaxSize,
    int Oversample,
    string? Squad = null,
    bool SkipContention = false);
