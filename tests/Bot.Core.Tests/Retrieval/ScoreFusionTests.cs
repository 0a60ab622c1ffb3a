using Bot.Core.Chunking;
using Bot.Core.Retrieval;

namespace Bot.Core.Tests.Retrieval;

public sealed class ScoreFusionTests
{
    [Theory]
    // fused order a..f; lexical ranks "f" first, the vector side "a": "f" replaces the weakest passage that is no head.
    [InlineData("f,b,c", "a,b,c", 3, 1, "a,b,f")]
    [InlineData("f,e,c", "a,c,b", 4, 2, "a,c,e,f")]
    // Heads already in the fused top change nothing.
    [InlineData("a,b", "b,a", 3, 2, "a,b,c")]
    // No heads kept: plain fusion order.
    [InlineData("f,e", "a,b", 3, 0, "a,b,c")]
    // Fewer places than heads: the heads with the best fused scores.
    [InlineData("f,e", "d,c", 2, 2, "c,d")]
    public void TopWithHeads_KeepsEachListsBestPassagesInFusedOrder(string lexical, string vector, int top, int heads, string expected)
    {
        var fused = "abcdef".Select((c, i) => (Chunk(c.ToString()), Score: 1.0 - (i / 10.0))).ToList();

        var kept = ScoreFusion.TopWithHeads(fused, Chunks(lexical), Chunks(vector), top, heads);

        Assert.Equal(expected, string.Join(',', kept.Select(k => k.Chunk.Id)));
        Assert.True(kept.Zip(kept.Skip(1)).All(p => p.First.Score >= p.Second.Score), "kept in fused order");
    }

    private static List<ArticleChunk> Chunks(string ids) => ids.Split(',').Select(Chunk).ToList();

    private static ArticleChunk Chunk(string id) =>
        new() { Id = id, ArticleId = id, Title = id, Text = id, Ordinal = 0, Start = 0, End = 1, Sentences = [] };
}
