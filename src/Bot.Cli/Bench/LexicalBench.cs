using System.Diagnostics;
using Bot.Core.Retrieval;

namespace Bot.Cli.Bench;

/// <summary>Times Lucene.NET BM25 (the project's <see cref="LexicalIndex"/>) over generated passages.</summary>
internal static class LexicalBench
{
    private const int Top = 40;
    private const int QueryWords = 4;

    public static LexicalFigures Run(ArticleGenerator generator, int size, int queries)
    {
        var passages = Enumerable.Range(0, size).Select(_ => (generator.Passage(), generator.Title())).ToList();
        var questions = Enumerable.Range(0, queries).Select(q => generator.QueryFrom(passages[(q * 7919) % size].Item1, QueryWords)).ToList();
        var build = Stopwatch.StartNew();
        var (index, bytes) = HeapMeter.Measure(() => new LexicalIndex(passages));
        double buildMs = build.Elapsed.TotalMilliseconds;
        using (index)
        {
            var one = LatencyFigures.OneAtATime(queries, q => index.Search(questions[q], Top));
            var concurrent = LatencyFigures.Concurrent(queries, 2, q => index.Search(questions[q], Top));
            return new LexicalFigures(size, Math.Round(buildMs, 1), one, concurrent, Math.Round((double)bytes / size, 1));
        }
    }
}
