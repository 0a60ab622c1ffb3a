using System.Runtime.InteropServices;
using Bot.Core.Articles;
using Bot.Core.Chunking;
using Bot.Core.Retrieval.Scanning;
using Bot.Core.Text;

namespace Bot.Core.Indexing;

/// <summary>Reads the layout <see cref="IndexFileWriter"/> writes, checking each count and offset it trusts.</summary>
internal static class IndexFileReader
{
    // The last version without the passages' search codes; such a file loads and the codes are computed again.
    private const int WithoutCodes = 3;

    public static IndexLoadResult Read(BinaryReader reader, string magic, int version, string embedder, int dimensions, string path)
    {
        int saved;
        if (reader.ReadString() != magic || ((saved = reader.ReadInt32()) != version && saved != WithoutCodes))
        {
            return IndexLoadResult.Fail($"{path} is not an index of this version");
        }

        string savedEmbedder = reader.ReadString();
        int savedDimensions = reader.ReadInt32();
        if (savedEmbedder != embedder || savedDimensions != dimensions)
        {
            return IndexLoadResult.Fail($"the saved index {path} was built with {savedEmbedder} ({savedDimensions} dimensions); the configured embedder is {embedder} ({dimensions})");
        }

        var articles = new Dictionary<string, NewsArticle>(StringComparer.Ordinal);
        for (int i = Count(reader); i > 0; i--)
        {
            var article = ReadArticle(reader);
            articles[article.Id] = article;
        }

        var chunks = new List<ArticleChunk>();
        for (int i = Count(reader); i > 0; i--)
        {
            chunks.Add(ReadChunk(reader, articles, dimensions));
        }

        var codes = saved != WithoutCodes && reader.ReadBoolean()
            ? new StoredCodes(VectorRows.ReadAll(reader, chunks.Count, dimensions), SignCodeRows.Read(reader, chunks.Count, dimensions))
            : null;
        return new IndexLoadResult(new IndexContents(embedder, dimensions, articles.Values.ToList(), chunks, codes), null);
    }

    private static int Count(BinaryReader reader)
    {
        // Every item takes at least one byte, so a count beyond the bytes left is damage, caught before it sizes an array.
        int count = reader.ReadInt32();
        long left = reader.BaseStream.Length - reader.BaseStream.Position;
        return count >= 0 && count <= left ? count : throw new FormatException($"a count of {count} does not fit the {left} bytes left");
    }

    private static NewsArticle ReadArticle(BinaryReader reader)
    {
        string id = reader.ReadString();
        string title = reader.ReadString();
        string outlet = reader.ReadString();
        int day = reader.ReadInt32();
        string dateline = reader.ReadString();
        return new NewsArticle(id, title, outlet.Length == 0 ? null : outlet, day < 0 ? null : DateOnly.FromDayNumber(day),
            dateline.Length == 0 ? null : dateline, reader.ReadString(), reader.ReadString());
    }

    private static ArticleChunk ReadChunk(BinaryReader reader, Dictionary<string, NewsArticle> articles, int dimensions)
    {
        string articleId = reader.ReadString();
        if (!articles.TryGetValue(articleId, out var article))
        {
            throw new FormatException($"a passage names the unknown article {articleId}");
        }

        int ordinal = reader.ReadInt32();
        int start = reader.ReadInt32();
        int end = reader.ReadInt32();
        if (start < 0 || end < start || end > article.Body.Length)
        {
            throw new FormatException($"passage {articleId}#{ordinal} points outside its article");
        }

        var sentences = new TextSpan[Count(reader)];
        for (int i = 0; i < sentences.Length; i++)
        {
            sentences[i] = new TextSpan(reader.ReadInt32(), reader.ReadInt32());
            if (sentences[i].Start < 0 || sentences[i].Length < 0 || (long)sentences[i].Start + sentences[i].Length > end - start)
            {
                throw new FormatException($"a sentence of passage {articleId}#{ordinal} points outside its article");
            }
        }

        var passage = new float[dimensions];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(passage.AsSpan()));
        var sentenceVectors = new QuantizedVectorList(VectorRows.ReadAll(reader, sentences.Length, dimensions));

        return new ArticleChunk
        {
            Id = $"{articleId}#{ordinal}", ArticleId = articleId, Title = article.Title, Outlet = article.Outlet,
            Published = article.Published, Ordinal = ordinal, Start = start, End = end,
            Body = article.Body, Sentences = sentences, Embedding = passage, SentenceEmbeddings = sentenceVectors,
        };
    }
}
