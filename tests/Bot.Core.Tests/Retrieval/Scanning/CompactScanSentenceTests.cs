using Bot.Core.Retrieval;
using Bot.Core.Retrieval.Scanning;
using Bot.Core.Tests.Embeddings;
using Bot.Core.Text;

namespace Bot.Core.Tests.Retrieval.Scanning;

/// <summary>The compact pass on real USE-lite vectors, which share a common direction and are far from isotropic (what sign codes are most sensitive to).</summary>
public sealed class CompactScanSentenceTests
{
    [Fact]
    public async Task Search_OnSeedSentenceVectorsWithFewCandidates_FindsTheExactTopTen()
    {
        var vectors = await SeedSentenceVectorsAsync();
        int dimensions = vectors[0].Length;
        var flat = vectors.SelectMany(v => v).ToArray();
        var ((matrix, signs), rows) = StoredCodes.Build(vectors.Count, dimensions, (row, values) => vectors[row].CopyTo(values, 0));
        var tight = ScanSettings.Default with { CandidatesPerResult = 2, MinCandidates = 20 };

        double found = 0;
        for (int q = 0; q < vectors.Count; q++)
        {
            int self = q;
            var exact = ExactScan.Search(flat, dimensions, vectors[q], 10, row => row != self).Select(r => r.Row).ToHashSet();
            found += CompactScan.Search(matrix, signs, vectors[q], 10, row => row != self, tight, rows).Count(r => exact.Contains(r.Row));
        }

        double recall = found / (10.0 * vectors.Count);
        Assert.True(recall >= 0.98, $"recall@10 {recall} over {vectors.Count} sentences");
    }

    private static async Task<List<float[]>> SeedSentenceVectorsAsync()
    {
        var sentences = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .SelectMany(text => SentenceSplitter.Split(text).Select(s => s.Of(text)))
            .ToList();
        var embeddings = await UseLiteTestModel.Generator.GenerateAsync(sentences);
        return embeddings.Select(e => VectorMath.Normalize(e.Vector.Span).ToArray()).ToList();
    }
}
