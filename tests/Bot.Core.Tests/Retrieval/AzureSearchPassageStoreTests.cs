using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using SearchClientOptions = Azure.Search.Documents.SearchClientOptions;
using Bot.Core.Chunking;
using Bot.Core.Retrieval;
using Bot.Core.Retrieval.AzureSearch;
using Bot.Core.Text;

namespace Bot.Core.Tests.Retrieval;

/// <summary>The Azure AI Search store against a loopback service that checks what goes over the wire.</summary>
public sealed class AzureSearchPassageStoreTests : IDisposable
{
    private readonly LoopbackSearchService _service = new();
    private readonly AzureSearchPassageStore _store;

    public AzureSearchPassageStoreTests()
    {
        // The SDK accepts only https endpoints, so the client is configured as for a real service and its transport
        // is pointed at the loopback listener: everything on the wire stays exactly what the SDK sends.
        var options = new SearchClientOptions
        {
            Retry = { MaxRetries = 0, Mode = RetryMode.Fixed },
            Transport = new HttpClientTransport(new HttpClient(new RedirectToLoopback(_service.Port) { InnerHandler = new HttpClientHandler() })),
        };
        _store = new AzureSearchPassageStore(new AzureSearchOptions { Endpoint = "https://newsroom.search.windows.net", ApiKey = "test-key", Dimensions = 4 }, clientOptions: options);
    }

    [Fact]
    public async Task EnsureIndex_PutsTheSchemaWithAVectorFieldAndSearchableText()
    {
        _service.Replies["/indexes('news-passages')"] = (201, IndexEcho);

        await _store.EnsureIndexAsync();

        var request = Assert.Single(_service.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("test-key", request.ApiKey);
        Assert.Contains("api-version=", request.Query, StringComparison.Ordinal);
        using var schema = JsonDocument.Parse(request.Body);
        var fields = schema.RootElement.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.True(fields["id"].GetProperty("key").GetBoolean());
        Assert.Equal("Collection(Edm.Single)", fields["embedding"].GetProperty("type").GetString());
        Assert.Equal(4, fields["embedding"].GetProperty("dimensions").GetInt32());
        Assert.Equal("passages-hnsw", fields["embedding"].GetProperty("vectorSearchProfile").GetString());
        Assert.True(fields["text"].GetProperty("searchable").GetBoolean());
        Assert.Equal("en.microsoft", fields["text"].GetProperty("analyzer").GetString());
        Assert.True(fields["outlet"].GetProperty("filterable").GetBoolean());
        var algorithm = schema.RootElement.GetProperty("vectorSearch").GetProperty("algorithms")[0];
        Assert.Equal("hnsw", algorithm.GetProperty("kind").GetString());
        Assert.Equal("cosine", algorithm.GetProperty("hnswParameters").GetProperty("metric").GetString());
    }

    [Fact]
    public async Task Upsert_SendsMergeOrUploadWithVectorsAndSafeKeys()
    {
        _service.Replies["/docs/search.index"] = (200, """{"value":[{"key":"k","status":true,"errorMessage":null,"statusCode":200}]}""");

        int stored = await _store.UpsertAsync([Chunk()]);

        Assert.Equal(1, stored);
        var request = Assert.Single(_service.Requests);
        Assert.Equal("POST", request.Method);
        Assert.EndsWith("/indexes('news-passages')/docs/search.index", request.Path, StringComparison.Ordinal);
        var document = JsonDocument.Parse(request.Body).RootElement.GetProperty("value")[0];
        Assert.Equal("mergeOrUpload", document.GetProperty("@search.action").GetString());
        Assert.Matches("^[A-Za-z0-9_=-]+$", document.GetProperty("id").GetString());
        Assert.Equal([0.5f, 0.5f, 0.5f, 0.5f], document.GetProperty("embedding").EnumerateArray().Select(e => e.GetSingle()));
        Assert.Equal([0, 20, 21, 18], document.GetProperty("sentences").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task Upsert_WhenTheServiceRefusesADocument_NamesIt()
    {
        _service.Replies["/docs/search.index"] = (207, """{"value":[{"key":"bad-key","status":false,"errorMessage":"Document is too large","statusCode":400}]}""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _store.UpsertAsync([Chunk()]));

        Assert.Contains("bad-key", error.Message, StringComparison.Ordinal);
        Assert.Contains("too large", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HybridSearch_SendsTextVectorAndEscapedFilter_AndReadsPassagesBack()
    {
        _service.Replies["/docs/search.post.search"] = (200, $$"""
            {"value":[{"@search.score":0.032,"id":"x","articleId":"001.txt","title":"Talks at Torkham","outlet":"Dawn",
              "published":"2016-07-26T00:00:00Z","ordinal":0,"start":100,"end":140,"text":"{{Chunk().Text}}","sentences":[0,20,21,18]}]}
            """);

        var hits = await _store.HybridSearchAsync("Torkham talks", new float[] { 1, 0, 0, 0 }, top: 5, new SearchFilter(Outlets: ["Dawn", "O'Neil Times"]));

        var request = Assert.Single(_service.Requests);
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("Torkham talks", body.GetProperty("search").GetString());
        Assert.Equal(5, body.GetProperty("top").GetInt32());
        Assert.Equal("search.in(outlet, 'Dawn|O''Neil Times', '|')", body.GetProperty("filter").GetString());
        var vectorQuery = body.GetProperty("vectorQueries")[0];
        Assert.Equal("vector", vectorQuery.GetProperty("kind").GetString());
        Assert.Equal("embedding", vectorQuery.GetProperty("fields").GetString());
        Assert.Equal(4, vectorQuery.GetProperty("vector").GetArrayLength());
        var (chunk, score) = Assert.Single(hits);
        Assert.Equal("001.txt#0", chunk.Id);
        Assert.Equal(new DateOnly(2016, 7, 26), chunk.Published);
        Assert.Equal([new TextSpan(0, 20), new TextSpan(21, 18)], chunk.Sentences);
        Assert.Equal(0.032, score, 3);
    }

    [Fact]
    public void ODataFilter_DatesAndArticles_AreCombinedWithAnd()
    {
        var filter = AzureSearchPassageStore.ODataFilter(new SearchFilter(ArticleIds: ["a.txt"], From: new DateOnly(2016, 1, 1)));

        Assert.Equal("search.in(articleId, 'a.txt', '|') and published ge 2016-01-01T00:00:00.0000000+00:00", filter);
    }

    public void Dispose() => _service.Dispose();

    private static ArticleChunk Chunk() => new()
    {
        Id = "001.txt#0",
        ArticleId = "001.txt",
        Title = "Talks at Torkham",
        Outlet = "Dawn",
        Published = new DateOnly(2016, 7, 26),
        Ordinal = 0,
        Start = 100,
        End = 140,
        Text = "Officials met again. The border reopened.",
        Sentences = [new TextSpan(0, 20), new TextSpan(21, 18)],
        Embedding = new float[] { 0.5f, 0.5f, 0.5f, 0.5f },
    };

    private sealed class RedirectToLoopback(int port) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = "http", Host = "127.0.0.1", Port = port }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }

    private const string IndexEcho = """{"name":"news-passages","fields":[{"name":"id","type":"Edm.String","key":true}]}""";
}
