namespace Bot.Cli.Bench;

/// <summary>The real pipeline over generated articles: throughput, where the time went, the saved index and queries.</summary>
internal sealed record IngestFigures(
    int Articles,
    int Chunks,
    int Sentences,
    double ArticlesPerSecond,
    double ChunksPerSecond,
    StageShares StageShare,
    IndexFileFigures IndexFile,
    MemoryFigures Memory,
    LatencyFigures Retrieval,
    LatencyFigures RetrievalConcurrent,
    LatencyFigures Answer,
    LatencyFigures AnswerConcurrent);

/// <summary>The share of ingestion time per stage (they sum to 1).</summary>
internal sealed record StageShares(double Clean, double Chunk, double Embed, double Index);

/// <summary>The saved index: size, and the time to write it and to load it into a fresh engine.</summary>
internal sealed record IndexFileFigures(long Bytes, double BytesPerChunk, double SaveMs, double LoadMs);

/// <summary>Managed heap bytes per passage in the running process, measured part by part.</summary>
internal sealed record MemoryFigures(double VectorsPerChunk, double TextPerChunk, double LexicalPerChunk, double TotalPerChunk);
