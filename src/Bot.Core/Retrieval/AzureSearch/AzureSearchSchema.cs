using Azure.Search.Documents.Indexes.Models;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>The two index definitions.</summary>
/// <remarks>
/// Text is analysed with <c>en.lucene</c>, Lucene's English analyzer (stop words, possessives, Porter stems), the
/// analysis our in-memory BM25 uses, so the service's BM25 ranks and counts terms as this process does. The title
/// counts for <see cref="RetrievalOptions.TitleBoost"/> of the text through a scoring profile, as locally.
/// </remarks>
public static class AzureSearchSchema
{
    /// <summary>The scoring profile that weights title matches.</summary>
    public const string TitleProfile = "title-boost";

    private const string VectorProfile = "passages-hnsw", VectorAlgorithm = "hnsw";

    /// <summary>The passage index.</summary>
    public static SearchIndex Passages(AzureSearchOptions options, float titleBoost)
    {
        var index = new SearchIndex(options.IndexName)
        {
            Fields =
            {
                new SimpleField("id", SearchFieldDataType.String) { IsKey = true },
                new SimpleField("articleId", SearchFieldDataType.String) { IsFilterable = true },
                new SearchableField("title") { AnalyzerName = LexicalAnalyzerName.EnLucene },
                new SimpleField("outlet", SearchFieldDataType.String) { IsFilterable = true },
                new SimpleField("published", SearchFieldDataType.DateTimeOffset) { IsFilterable = true },
                new SimpleField("ordinal", SearchFieldDataType.Int32),
                new SimpleField("start", SearchFieldDataType.Int32),
                new SimpleField("end", SearchFieldDataType.Int32),
                new SearchableField("text") { AnalyzerName = LexicalAnalyzerName.EnLucene },
                new SimpleField("sentences", SearchFieldDataType.Collection(SearchFieldDataType.Int32)),
                new SimpleField("sentenceVectors", SearchFieldDataType.String),
                new VectorSearchField("embedding", options.Dimensions, VectorProfile) { IsHidden = true },
            },
            VectorSearch = new()
            {
                Profiles = { new VectorSearchProfile(VectorProfile, VectorAlgorithm) },
                Algorithms = { new HnswAlgorithmConfiguration(VectorAlgorithm) { Parameters = new HnswParameters { Metric = VectorSearchAlgorithmMetric.Cosine } } },
            },
        };
        if (titleBoost > 0)
        {
            index.ScoringProfiles.Add(new ScoringProfile(TitleProfile) { TextWeights = new TextWeights(new Dictionary<string, double> { ["text"] = 1, ["title"] = titleBoost }) });
        }

        return index;
    }

    /// <summary>The article index: what source pages, summaries, look-ups and the greeting read.</summary>
    public static SearchIndex Articles(AzureSearchOptions options) => new(options.ArticleIndexName)
    {
        Fields =
        {
            new SimpleField("id", SearchFieldDataType.String) { IsKey = true },
            new SimpleField("articleId", SearchFieldDataType.String) { IsFilterable = true, IsSortable = true },
            new SimpleField("title", SearchFieldDataType.String),
            new SimpleField("outlet", SearchFieldDataType.String) { IsFilterable = true, IsFacetable = true },
            new SimpleField("published", SearchFieldDataType.DateTimeOffset) { IsFilterable = true, IsSortable = true },
            new SimpleField("dateline", SearchFieldDataType.String),
            new SimpleField("body", SearchFieldDataType.String),
            new SimpleField("sourcePath", SearchFieldDataType.String),
        },
    };
}
