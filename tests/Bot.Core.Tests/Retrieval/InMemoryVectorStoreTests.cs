using Bot.Core.Chunking;
using Bot.Core.Retrieval;
using Bot.Core.Tests.Fakes;
using Microsoft.Extensions.VectorData;

namespace Bot.Core.Tests.Retrieval;

public sealed class InMemoryVectorStoreTests
{
    private static readonly BagOfWordsEmbeddingGenerator Embedder = new("border", "talks", "strike", "soldiers", "trade");

    [Fact]
    public async Task SearchAsync_ThroughTheVectorDataInterface_RanksByCosine()
    {
        IVectorSearchable<ArticleChunk> store = StoreWith(Chunk("a", "border talks"), Chunk("b", "strike soldiers"), Chunk("c", "trade talks"));

        var results = await store.SearchAsync("strike soldiers talks", top: 2).ToListAsync();

        Assert.Equal(2, results.Count);
        Assert.Equal("b#0", results[0].Record.Id);
        Assert.True(results[0].Score > results[1].Score);
    }

    [Fact]
    public async Task SearchAsync_WithFilter_ReturnsOnlyMatchingPassages()
    {
        var store = StoreWith(Chunk("a", "border talks", "Dawn"), Chunk("b", "border talks", "Arab News"));
        var filter = new SearchFilter(Outlets: ["dawn"]).ToExpression();

        var results = await store.SearchAsync("border", 5, new VectorSearchOptions<ArticleChunk> { Filter = filter }).ToListAsync();

        Assert.Equal("a#0", Assert.Single(results).Record.Id);
    }

    [Fact]
    public void Upsert_WithSameId_ReplacesThePassage()
    {
        var store = StoreWith(Chunk("a", "border talks"));

        store.Upsert([Chunk("a", "trade")]);

        Assert.Equal("trade", Assert.Single(store.Chunks).Text);
    }

    [Fact]
    public void Upsert_AfterEarlierUpserts_KeepsTheEarlierVectorsSearchable()
    {
        var store = StoreWith(Chunk("a", "border talks"));

        store.Upsert([Chunk("b", "strike soldiers")]);
        store.RemoveArticles(new HashSet<string> { "zzz" });

        Assert.Equal("a#0", store.Search(Embedder.Embed("border").Vector.Span, 1)[0].Chunk.Id);
        Assert.Equal("b#0", store.Search(Embedder.Embed("soldiers").Vector.Span, 1)[0].Chunk.Id);
    }

    [Fact]
    public void Search_WithWrongDimensions_FailsClearly()
    {
        var store = StoreWith(Chunk("a", "border talks"));

        var error = Assert.Throws<ArgumentException>(() => store.Search(new float[3], 1));

        Assert.Contains("dimensions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveArticles_DropsTheirPassages()
    {
        var store = StoreWith(Chunk("a", "border talks"), Chunk("b", "trade"));

        store.RemoveArticles(new HashSet<string> { "a" });

        Assert.Equal("b", Assert.Single(store.Chunks).ArticleId);
    }

    private static InMemoryVectorStore StoreWith(params ArticleChunk[] chunks)
    {
        var store = new InMemoryVectorStore(Embedder);
        store.Upsert(chunks);
        return store;
    }

    internal static ArticleChunk Chunk(string article, string text, string? outlet = null) => new()
    {
        Id = $"{article}#0", ArticleId = article, Title = article, Outlet = outlet, Ordinal = 0, Start = 0, End = text.Length,
        Text = text, Sentences = [new(0, text.Length)], Embedding = Embedder.Embed(text).Vector, SentenceEmbeddings = [Embedder.Embed(text).Vector],
    };
}
