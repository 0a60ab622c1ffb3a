namespace Bot.Cli.Bench;

/// <summary>Lucene.NET BM25 (the project's <c>LexicalIndex</c>) over <paramref name="Size"/> generated passages.</summary>
internal sealed record LexicalFigures(int Size, double BuildMs, LatencyFigures OneThread, LatencyFigures Concurrent, double BytesPerChunk);
