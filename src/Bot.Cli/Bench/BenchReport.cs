namespace Bot.Cli.Bench;

/// <summary>Every figure of a <c>bench</c> run; serialised with snake_case keys for <c>--json</c>.</summary>
internal sealed record BenchReport(
    MachineFigures Machine,
    IReadOnlyList<VectorFigures> Vectors,
    IReadOnlyList<RealVectorFigures> RealVectors,
    IReadOnlyList<LexicalFigures> Lexical,
    IngestFigures? Ingest,
    EncoderFigures? Encoder,
    ContentionFigures? Contention = null);

/// <summary>The machine the figures were taken on.</summary>
internal sealed record MachineFigures(int Cores, string Simd, double BandwidthGbsOneThread, double BandwidthGbsAllThreads);
