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
    EncoderRequest Encoder,
    string? Squad = null,
    bool SkipContention = false);

/// <summary>The encoder section: how many sentences, whether to skip it, and the reference ONNX model to compare with.</summary>
internal sealed record EncoderRequest(int Sentences, bool Skip, string? ReferencePath);
