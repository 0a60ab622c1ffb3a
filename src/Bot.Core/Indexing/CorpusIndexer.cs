using System.Diagnostics;
using Bot.Core.Articles;
using Bot.Core.Chunking;
using Bot.Core.Retrieval;
using Bot.Core.Retrieval.Scanning;
using Microsoft.Extensions.AI;

namespace Bot.Core.Indexing;

/// <summary>Turns cleaned articles into embedded passages and adds them to the index.</summary>
/// <remarks>
/// The local encoder reads at most 128 tokens, so each sentence is embedded on its own and a passage's vector
/// is the normalised mean of its sentences' vectors. Overlapping passages share sentences, so each distinct
/// sentence is embedded once.
/// </remarks>
public sealed class CorpusIndexer(TextChunker chunker, IEmbeddingGenerator<string, Embedding<float>> embedder, IPassageWriter writer, IngestPriority priority)
{
    private const int ArticlesPerBatch = 32;

    /// <summary>Chunks, embeds and indexes <paramref name="articles"/>, reporting progress per batch.</summary>
    public async Task<IndexingReport> IndexAsync(IReadOnlyList<NewsArticle> articles, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var report = new IndexingReport();
        var total = Stopwatch.StartNew();
        var embedded = new List<ArticleChunk>();
        for (int start = 0; start < articles.Count; start += ArticlesPerBatch)
        {
            var batch = articles.Skip(start).Take(ArticlesPerBatch).ToList();
            embedded.AddRange(await EmbedBatchAsync(batch, report, cancellationToken).ConfigureAwait(false));
            progress?.Report(new IndexingProgress(Math.Min(start + ArticlesPerBatch, articles.Count), articles.Count));
        }

        var indexing = Stopwatch.StartNew();
        await writer.UpsertAsync(articles, embedded, cancellationToken).ConfigureAwait(false);
        report.IndexTime += indexing.Elapsed;
        report.Articles = articles.Count;
        report.Chunks = embedded.Count;
        report.TotalTime = total.Elapsed;
        return report;
    }

    private async Task<List<ArticleChunk>> EmbedBatchAsync(List<NewsArticle> batch, IndexingReport report, CancellationToken cancellationToken)
    {
        var chunking = Stopwatch.StartNew();
        var chunks = batch.SelectMany(chunker.Chunk).ToList();
        var sentences = chunks.SelectMany(SentenceTexts).Distinct(StringComparer.Ordinal).ToList();
        report.ChunkTime += chunking.Elapsed;

        var embedding = Stopwatch.StartNew();
        var vectors = await EmbedAsync(sentences, cancellationToken).ConfigureAwait(false);
        report.EmbedTime += embedding.Elapsed;
        report.Sentences += sentences.Count;

        var bySentence = new Dictionary<string, ReadOnlyMemory<float>>(StringComparer.Ordinal);
        for (int i = 0; i < sentences.Count; i++)
        {
            bySentence[sentences[i]] = vectors[i].Vector;
        }

        return chunks.ConvertAll(c =>
        {
            var sentenceVectors = SentenceTexts(c).Select(s => bySentence[s]).ToList();
            return c with { Embedding = MeanOf(sentenceVectors), SentenceEmbeddings = QuantizedVectorList.From(sentenceVectors) };
        });
    }

    // In the background, one sentence per call while questions are asked: the encoder runs a single sentence on this
    // thread alone, leaving the other cores to questions, and a question waiting for the encoder goes first (see IngestPriority).
    private async Task<IList<Embedding<float>>> EmbedAsync(List<string> sentences, CancellationToken cancellationToken)
    {
        if (!priority.InBackground)
        {
            return await embedder.GenerateAsync(sentences, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var vectors = new List<Embedding<float>>(sentences.Count);
        while (vectors.Count < sentences.Count)
        {
            await priority.WaitForQuestionsAsync(cancellationToken).ConfigureAwait(false);
            var batch = sentences.GetRange(vectors.Count, Math.Min(priority.BackgroundBatch, sentences.Count - vectors.Count));
            vectors.AddRange(await embedder.GenerateAsync(batch, cancellationToken: cancellationToken).ConfigureAwait(false));
        }

        return vectors;
    }

    private static IEnumerable<string> SentenceTexts(ArticleChunk chunk) => chunk.Sentences.Select(chunk.TextOf);

    private static ReadOnlyMemory<float> MeanOf(IEnumerable<ReadOnlyMemory<float>> vectors)
    {
        float[]? sum = null;
        foreach (var vector in vectors)
        {
            sum ??= new float[vector.Length];
            System.Numerics.Tensors.TensorPrimitives.Add(sum, vector.Span, sum);
        }

        return VectorMath.Normalize(sum ?? []);
    }
}
