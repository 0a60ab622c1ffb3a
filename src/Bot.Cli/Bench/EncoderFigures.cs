namespace Bot.Cli.Bench;

/// <summary>USE-lite throughput on one fixed set of news sentences, and ONNX Runtime's on the same token ids when a reference model is given.</summary>
/// <param name="Sentences">Sentences encoded per round (seed-article sentences first, then generated ones).</param>
/// <param name="AverageTokens">Mean token ids per sentence.</param>
/// <param name="Rounds">Timed rounds per engine, interleaved so both see the same machine load; figures are medians.</param>
/// <param name="LoadAverage">The 1-minute load average when the section started (-1 where the OS does not say): how busy the machine was.</param>
/// <param name="SentencesPerSecond">Our encoder on the token ids (UseLiteEncoder.EncodeBatch, all cores).</param>
/// <param name="SentencesPerSecondWithTokenizer">The same through the embedding generator, tokenizing included.</param>
/// <param name="Reference">ONNX Runtime on the reference model, or null without <c>--reference</c>.</param>
internal sealed record EncoderFigures(
    int Sentences,
    double AverageTokens,
    int Rounds,
    double LoadAverage,
    double SentencesPerSecond,
    double TokensPerSecond,
    double SentencesPerSecondWithTokenizer,
    ReferenceFigures? Reference);

/// <summary>ONNX Runtime (default session options, batches of 32 padded to their longest sentence) on the same token ids.</summary>
/// <param name="InOrder">Batches in the sentences' order, as the issue measured it.</param>
/// <param name="LengthSorted">Batches of sentences sorted by length, so little padding is computed: ONNX Runtime's best case.</param>
/// <param name="MinCosine">Lowest cosine between our vector and the reference vector of the same sentence.</param>
internal sealed record ReferenceFigures(string Model, ReferenceRun InOrder, ReferenceRun LengthSorted, double MinCosine);

/// <summary>One way of batching for ONNX Runtime: its sentences/s, and ours divided by it.</summary>
internal sealed record ReferenceRun(double SentencesPerSecond, double OursOverReference);
