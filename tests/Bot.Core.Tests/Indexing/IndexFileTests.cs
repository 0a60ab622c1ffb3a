using Bot.Core.Articles;
using Bot.Core.Indexing;
using Bot.Core.Retrieval.Scanning;
using Bot.Core.Tests.Chunking;
using Bot.Core.Tests.Retrieval;

namespace Bot.Core.Tests.Indexing;

public sealed class IndexFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"newsbot-indexfile-{Guid.NewGuid():N}.index");

    [Fact]
    public void Load_AfterSave_ReturnsTheSameArticlesPassagesAndVectors()
    {
        var contents = Sample();
        IndexFile.Save(_path, contents);

        var loaded = IndexFile.Load(_path, "bag/words", 5);

        Assert.Null(loaded.Problem);
        Assert.Equal(contents.Articles, loaded.Contents!.Articles);
        var chunk = Assert.Single(loaded.Contents.Chunks);
        Assert.Equal(contents.Chunks[0].Text, chunk.Text);
        Assert.Equal(contents.Chunks[0].Sentences, chunk.Sentences);
        Assert.Equal(contents.Chunks[0].Embedding.ToArray(), chunk.Embedding.ToArray());
        Assert.Equal(contents.Chunks[0].SentenceEmbeddings.Count, chunk.SentenceEmbeddings.Count);
    }

    [Fact]
    public void Load_AfterSave_PassagesViewTheLoadedArticleBody()
    {
        const string body = "Talks opened in the morning. The border reopened at noon. Trade resumed.";
        var article = new NewsArticle("b", "b", null, null, null, body, "/tmp/b");
        var chunk = InMemoryVectorStoreTests.Chunk("b", "The border reopened at noon.") with { Start = 29, End = 57 };
        IndexFile.Save(_path, new IndexContents("bag/words", 5, [article], [chunk]));

        var loaded = IndexFile.Load(_path, "bag/words", 5).Contents!;

        var passage = Assert.Single(loaded.Chunks);
        Assert.Same(Assert.Single(loaded.Articles).Body, passage.Body);
        Assert.Equal((passage.Body, 29, 28), TextChunkerTests.BackingString(passage));
        Assert.Equal("The border reopened at noon.", passage.Text);
    }

    [Fact]
    public void Load_AfterSave_KeepsSentenceVectorsAsInt8()
    {
        IndexFile.Save(_path, Sample());

        var chunk = Assert.Single(IndexFile.Load(_path, "bag/words", 5).Contents!.Chunks);

        Assert.IsType<QuantizedVectorList>(chunk.SentenceEmbeddings);
    }

    [Fact]
    public void Load_AnIndexOfTheFloat32Version_ReportsItAsStale()
    {
        using (var file = File.Create(_path))
        {
            using var writer = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true);
            writer.Write("NEWSBOT-INDEX");
            writer.Write(2);
            writer.Write("bag/words");
            writer.Write(5);
            writer.Write(0);
            writer.Write(0);
        }

        File.AppendAllBytes(_path, System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(_path)));
        var loaded = IndexFile.Load(_path, "bag/words", 5);

        Assert.Null(loaded.Contents);
        Assert.Contains("not an index of this version", loaded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TruncatedFile_ReportsItInsteadOfThrowing()
    {
        IndexFile.Save(_path, Sample());
        var bytes = File.ReadAllBytes(_path);
        File.WriteAllBytes(_path, bytes[..(bytes.Length / 2)]);

        var loaded = IndexFile.Load(_path, "bag/words", 5);

        Assert.Null(loaded.Contents);
        Assert.Contains("truncated or corrupt", loaded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FlippedByte_ReportsCorruption()
    {
        IndexFile.Save(_path, Sample());
        var bytes = File.ReadAllBytes(_path);
        bytes[bytes.Length / 3] ^= 0xFF;
        File.WriteAllBytes(_path, bytes);

        Assert.Contains("corrupt", IndexFile.Load(_path, "bag/words", 5).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WithAnotherEmbedder_ReportsTheIndexAsStale()
    {
        IndexFile.Save(_path, Sample());

        var loaded = IndexFile.Load(_path, "other/model", 512);

        Assert.Null(loaded.Contents);
        Assert.Contains("built with bag/words (5 dimensions)", loaded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GarbageFile_ReportsIt()
    {
        File.WriteAllText(_path, "this is not an index at all, but it is long enough to have a hash-sized tail");

        Assert.NotNull(IndexFile.Load(_path, "bag/words", 5).Problem);
    }

    [Fact]
    public void Load_ChecksumValidFileWithADayOutOfRange_ReportsDamageInsteadOfThrowing()
    {
        IndexFile.Save(_path, Sample());
        var bytes = File.ReadAllBytes(_path)[..^32];
        int day = bytes.AsSpan().IndexOf(BitConverter.GetBytes(new DateOnly(2016, 7, 26).DayNumber));
        BitConverter.GetBytes(int.MaxValue).CopyTo(bytes, day);
        File.WriteAllBytes(_path, [.. bytes, .. System.Security.Cryptography.SHA256.HashData(bytes)]);

        var loaded = IndexFile.Load(_path, "bag/words", 5);

        Assert.Null(loaded.Contents);
        Assert.True(loaded.Damaged);
        Assert.Contains("could not be read", loaded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ChecksumValidFileWithAHugeCount_ReportsDamageWithoutAllocatingIt()
    {
        IndexFile.Save(_path, Sample());
        var bytes = File.ReadAllBytes(_path)[..^32];
        // The one sentence span of "border talks": count 1, start 0, length 12.
        int sentences = bytes.AsSpan().IndexOf((byte[])[1, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0]);
        BitConverter.GetBytes(int.MaxValue - 1).CopyTo(bytes, sentences);
        File.WriteAllBytes(_path, [.. bytes, .. System.Security.Cryptography.SHA256.HashData(bytes)]);

        var loaded = IndexFile.Load(_path, "bag/words", 5);

        Assert.True(loaded.Damaged);
        Assert.Contains("does not fit", loaded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AFolderAtTheIndexPath_ReportsDamage()
    {
        Directory.CreateDirectory(_path);

        var loaded = IndexFile.Load(_path, "bag/words", 5);

        Directory.Delete(_path);
        Assert.True(loaded.Damaged);
        Assert.Contains("is a folder", loaded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AfterSave_ReturnsTheSearchCodesRowForRow()
    {
        var contents = Sample();
        var vectors = new QuantizedMatrix(1, 5);
        vectors.Set(0, Bot.Core.Retrieval.VectorMath.Normalize(contents.Chunks[0].Embedding.Span).Span);
        var codes = new StoredCodes(vectors, SignCodes.Build(vectors));
        IndexFile.Save(_path, contents with { Codes = codes });

        var loaded = IndexFile.Load(_path, "bag/words", 5).Contents!.Codes;

        Assert.NotNull(loaded);
        Assert.Equal(vectors.Row(0).ToArray(), loaded.Vectors.Row(0).ToArray());
        Assert.Equal(vectors.Scale(0), loaded.Vectors.Scale(0));
        Assert.True(codes.Signs.Bits.SequenceEqual(loaded.Signs.Bits));
        Assert.Equal(codes.Signs.Centre, loaded.Signs.Centre);
    }

    [Fact]
    public void Load_AfterSaveWithoutCodes_ReturnsNoCodes()
    {
        IndexFile.Save(_path, Sample());

        Assert.Null(IndexFile.Load(_path, "bag/words", 5).Contents!.Codes);
    }

    [Fact]
    public void Save_LeavesNoTemporaryFileBehind()
    {
        IndexFile.Save(_path, Sample());

        Assert.False(File.Exists(_path + ".tmp"));
    }

    public void Dispose() => File.Delete(_path);

    private static IndexContents Sample()
    {
        var chunk = InMemoryVectorStoreTests.Chunk("a", "border talks");
        var article = new NewsArticle("a", "a", null, new DateOnly(2016, 7, 26), "ISLAMABAD", "border talks", "/tmp/a");
        return new IndexContents("bag/words", 5, [article], [chunk]);
    }
}
