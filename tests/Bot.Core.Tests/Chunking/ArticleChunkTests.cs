using Bot.Core.Chunking;
using Bot.Core.Retrieval.AzureSearch;
using Bot.Core.Text;

namespace Bot.Core.Tests.Chunking;

public sealed class ArticleChunkTests
{
    private const string Body = "Talks opened in the morning. The border reopened at noon. Trade resumed.";

    [Fact]
    public void Text_OfABodySlice_IsTheBodyBetweenStartAndEnd()
    {
        var chunk = Chunk() with { Body = Body };

        Assert.Equal("The border reopened at noon.", chunk.Text);
        Assert.Equal("border", chunk.TextOf(new TextSpan(4, 6)));
        Assert.Equal((Body, 29, 28), TextChunkerTests.BackingString(chunk));
    }

    [Fact]
    public void Text_OfAStandaloneSearchResult_IsItsOwnTextWhateverTheOffsets()
    {
        var document = new PassageDocument
        {
            Id = "b", ArticleId = "b.txt", Title = "b", Ordinal = 0, Start = 100, End = 140,
            Text = "The border reopened at noon.", Sentences = [4, 6],
        };

        var chunk = document.ToChunk();

        Assert.Null(chunk.Body);
        Assert.Equal("The border reopened at noon.", chunk.Text);
        Assert.Equal("The border reopened at noon.", chunk.TextMemory.ToString());
        Assert.Equal("border", chunk.TextOf(chunk.Sentences[0]));
    }

    [Fact]
    public void Text_SetAfterABody_ReplacesTheSlice()
    {
        var chunk = Chunk() with { Body = Body };

        var edited = chunk with { Text = "Edited." };

        Assert.Null(edited.Body);
        Assert.Equal("Edited.", edited.Text);
    }

    private static ArticleChunk Chunk() => new()
    {
        Id = "b.txt#0", ArticleId = "b.txt", Title = "b", Ordinal = 0, Start = 29, End = 57,
        Sentences = [new TextSpan(0, 28)],
    };
}
