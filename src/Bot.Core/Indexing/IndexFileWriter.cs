using System.Runtime.InteropServices;
using Bot.Core.Articles;
using Bot.Core.Chunking;
using Bot.Core.Retrieval.Scanning;

namespace Bot.Core.Indexing;

/// <summary>The binary layout of the index file, written field by field.</summary>
internal static class IndexFileWriter
{
    public static void Write(BinaryWriter writer, string magic, int version, IndexContents contents)
    {
        writer.Write(magic);
        writer.Write(version);
        writer.Write(contents.Embedder);
        writer.Write(contents.Dimensions);
        writer.Write(contents.Articles.Count);
        foreach (var article in contents.Articles)
        {
            WriteArticle(writer, article);
        }

        writer.Write(contents.Chunks.Count);
        foreach (var chunk in contents.Chunks)
        {
            WriteChunk(writer, chunk, contents.Dimensions);
        }

        bool withCodes = contents.Codes is { } codes && codes.Fits(contents.Chunks.Count, contents.Dimensions);
        writer.Write(withCodes);
        if (withCodes)
        {
            VectorRows.WriteAll(writer, contents.Codes!.Vectors);
            SignCodeRows.Write(writer, contents.Codes.Signs);
        }
    }

    private static void WriteArticle(BinaryWriter writer, NewsArticle article)
    {
        writer.Write(article.Id);
        writer.Write(article.Title);
        writer.Write(article.Outlet ?? string.Empty);
        writer.Write(article.Published?.DayNumber ?? -1);
        writer.Write(article.Dateline ?? string.Empty);
        writer.Write(article.Body);
        writer.Write(article.SourcePath);
    }

    private static void WriteChunk(BinaryWriter writer, ArticleChunk chunk, int dimensions)
    {
        if (chunk.Embedding.Length != dimensions)
        {
            throw new InvalidOperationException($"Passage {chunk.Id} has {chunk.Embedding.Length} dimensions, not {dimensions}.");
        }

        writer.Write(chunk.ArticleId);
        writer.Write(chunk.Ordinal);
        writer.Write(chunk.Start);
        writer.Write(chunk.End);
        writer.Write(chunk.Sentences.Count);
        foreach (var sentence in chunk.Sentences)
        {
            writer.Write(sentence.Start);
            writer.Write(sentence.Length);
        }

        // Passage vectors stay float32: rescoring reads them, and int8 alone loses recall at scale.
        writer.Write(MemoryMarshal.AsBytes(chunk.Embedding.Span));
        if (chunk.SentenceEmbeddings.Count != chunk.Sentences.Count)
        {
            throw new InvalidOperationException($"Passage {chunk.Id} has {chunk.Sentences.Count} sentences but {chunk.SentenceEmbeddings.Count} sentence vectors.");
        }

        var sentences = QuantizedVectorList.From(chunk.SentenceEmbeddings).Matrix;
        if (sentences.Rows > 0 && sentences.Dimensions != dimensions)
        {
            throw new InvalidOperationException($"Passage {chunk.Id} has sentence vectors of {sentences.Dimensions} dimensions, not {dimensions}.");
        }

        VectorRows.WriteAll(writer, sentences);
    }
}
