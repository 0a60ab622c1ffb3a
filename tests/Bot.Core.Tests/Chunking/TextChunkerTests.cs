using Bot.Core.Articles;
using Bot.Core.Chunking;
using Bot.Core.Text;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Chunking;

public sealed class TextChunkerTests
{
    private static readonly NewsArticle Article = new("a.txt", "Title", "Outlet", new DateOnly(2020, 1, 2), null,
        string.Join("\n\n", Enumerable.Range(1, 12).Select(p => $"Paragraph {p} opens here. It has a second sentence about item {p}. And a third one.")),
        "a.txt");

    [Fact]
    public void Chunk_Always_PointsAtTheExactTextOfTheArticle()
    {
        var chunks = Chunker(300, 1).Chunk(Article);

        Assert.All(chunks, c => Assert.Equal(Article.Body[c.Start..c.End], c.Text));
        Assert.All(chunks, c => Assert.All(c.Sentences, s => Assert.Equal(c.Text.Substring(s.Start, s.Length), s.Of(c.Text))));
        Assert.All(chunks, c => Assert.Equal($"{Article.Id}#{c.Ordinal}", c.Id));
    }

    [Fact]
    public void Chunk_Always_ViewsTheArticleBodyInsteadOfCopyingIt()
    {
        var chunks = Chunker(300, 1).Chunk(Article);

        Assert.All(chunks, c => Assert.Same(Article.Body, c.Body));
        Assert.All(chunks, c => Assert.Equal((Article.Body, c.Start, c.End - c.Start), BackingString(c)));
    }

    [Fact]
    public void Chunk_WithBudget_StaysWithinItAndCoversEverySentence()
    {
        var chunks = Chunker(300, 1).Chunk(Article);
        var all = SentenceSplitter.Split(Article.Body).Select(s => s.Start).ToHashSet();
        var covered = chunks.SelectMany(c => c.Sentences.Select(s => c.Start + s.Start)).ToHashSet();

        Assert.All(chunks, c => Assert.True(c.Text.Length <= 300, $"{c.Id} has {c.Text.Length} characters"));
        Assert.Equal(all, covered);
    }

    [Fact]
    public void Chunk_WithOverlap_RepeatsTheLastSentenceOfThePreviousPassage()
    {
        var chunks = Chunker(300, 1).Chunk(Article);

        for (int i = 1; i < chunks.Count; i++)
        {
            var previousLast = chunks[i - 1].Start + chunks[i - 1].Sentences[^1].Start;
            Assert.Equal(previousLast, chunks[i].Start);
        }
    }

    [Fact]
    public void Chunk_WithoutOverlap_SharesNoSentence()
    {
        var chunks = Chunker(300, 0).Chunk(Article);

        Assert.All(chunks.Skip(1).Zip(chunks), pair => Assert.True(pair.First.Start >= pair.Second.End));
    }

    [Fact]
    public void Chunk_CarriesTheArticleMetadata()
    {
        var chunk = Chunker(300, 1).Chunk(Article)[0];

        Assert.Equal(("a.txt", "Title", "Outlet", new DateOnly(2020, 1, 2)), (chunk.ArticleId, chunk.Title, chunk.Outlet, chunk.Published));
    }

    // The string a chunk's text memory is cut from, and where: the body itself proves no copy was stored.
    internal static (string? Text, int Start, int Length) BackingString(ArticleChunk chunk) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetString(chunk.TextMemory, out var text, out int start, out int length)
            ? (text, start, length)
            : (null, 0, 0);

    private static TextChunker Chunker(int maxChars, int overlap) =>
        new(Options.Create(new ChunkingOptions { MaxChars = maxChars, OverlapSentences = overlap }));
}
