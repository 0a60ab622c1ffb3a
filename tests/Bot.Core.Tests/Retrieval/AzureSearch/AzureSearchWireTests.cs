using System.Text.Json;
using Bot.Core.Retrieval;
using Bot.Core.Retrieval.AzureSearch;
using Bot.Core.Tests.Fakes;
using Bot.Core.Tests.Fakes.AzureSearch;

namespace Bot.Core.Tests.Retrieval.AzureSearch;

/// <summary>What goes over the wire: the schemas, escaped filters and queries, and the loopback service's refusals.</summary>
[Collection(AzureSeedEngineCollection.Name)]
public sealed class AzureSearchWireTests(AzureSeedEngineFixture azure)
{
    [Fact]
    public void Schema_PassagesUseLuceneEnglishAVectorFieldAndATitleProfile()
    {
        var put = azure.Service.Requests.First(r => r.Method == "PUT" && r.Path == "/indexes('news-passages')");
        using var schema = JsonDocument.Parse(put.Body);
        var fields = schema.RootElement.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);

        Assert.True(fields["id"].GetProperty("key").GetBoolean());
        Assert.Equal("en.lucene", fields["text"].GetProperty("analyzer").GetString());
        Assert.Equal("Collection(Edm.Single)", fields["embedding"].GetProperty("type").GetString());
        Assert.Equal(512, fields["embedding"].GetProperty("dimensions").GetInt32());
        Assert.False(fields["sentenceVectors"].GetProperty("searchable").GetBoolean());
        Assert.True(fields["articleId"].GetProperty("filterable").GetBoolean());
        var profile = schema.RootElement.GetProperty("scoringProfiles")[0];
        Assert.Equal(0.3, profile.GetProperty("text").GetProperty("weights").GetProperty("title").GetDouble(), 3);
        Assert.Equal("cosine", schema.RootElement.GetProperty("vectorSearch").GetProperty("algorithms")[0].GetProperty("hnswParameters").GetProperty("metric").GetString());
    }

    [Fact]
    public async Task Search_WithFilter_SendsTwoRequestsWithTheSameEscapedFilter()
    {
        int before = azure.Service.Requests.Count;
        var filter = new SearchFilter(Outlets: ["Dawn", "O'Neil Times"], From: new DateOnly(2016, 1, 1));

        await azure.Get<HybridRetriever>().SearchAsync("Tehreek-e-Taliban \"TTP\" -attacks", filter);

        // The passages index's searches; the articles index is read after them for the passages' bodies.
        var searches = azure.Service.Requests.Skip(before).Where(r => r.Path == "/indexes('news-passages')/docs/search.post.search")
            .Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal(2, searches.Count);
        Assert.All(searches, s => Assert.Equal("search.in(outlet, 'Dawn|O''Neil Times', '|') and published ge 2016-01-01T00:00:00.0000000+00:00", s.GetProperty("filter").GetString()));
        var text = searches.Single(s => s.TryGetProperty("search", out _));
        Assert.Equal("Tehreek\\-e\\-Taliban \\\"TTP\\\" \\-attacks", text.GetProperty("search").GetString());
        Assert.Equal("title-boost", text.GetProperty("scoringProfile").GetString());
        Assert.Equal("embedding", searches.Single(s => s.TryGetProperty("vectorQueries", out _)).GetProperty("vectorQueries")[0].GetProperty("fields").GetString());
    }

    [Fact]
    public async Task Search_ReadsTheFusedPassagesArticlesInOneRequest()
    {
        int before = azure.Service.Requests.Count;

        var hits = await azure.Get<HybridRetriever>().SearchAsync("who led the Afghan delegation?");

        // Both candidate lists' articles are read together, once, after fusion; every passage is set in its body.
        var reads = azure.Service.Requests.Skip(before).Where(r => r.Path == "/indexes('news-passages-articles')/docs/search.post.search").ToList();
        Assert.Single(reads);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.NotNull(h.Chunk.Body));
    }

    [Fact]
    public void ODataFilter_ArticlesAndDates_AreCombinedWithAnd()
    {
        var filter = ODataFilters.For(new SearchFilter(ArticleIds: ["a.txt"], To: new DateOnly(2016, 1, 1)));

        Assert.Equal("search.in(articleId, 'a.txt', '|') and published le 2016-01-01T23:59:59.9999999+00:00", filter);
    }

    [Fact]
    public async Task LoopbackService_UnknownFilterSyntax_IsRefusedWith400()
    {
        using var http = new HttpClient();
        using var body = new StringContent("""{"search":"*","filter":"startswith(title, 'Pak')"}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(new Uri($"http://127.0.0.1:{azure.Service.Port}/indexes('news-passages')/docs/search.post.search"), body);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unsupported filter syntax", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void SentenceVectors_RoundTripExactly()
    {
        ReadOnlyMemory<float>[] vectors = [new float[] { 0.25f, -1e-7f, 3.5f }, new float[] { 1, 2, float.Epsilon }];

        var decoded = SentenceVectorCodec.Decode(SentenceVectorCodec.Encode(vectors), rows: 2);

        Assert.Equal(vectors.Select(v => v.ToArray()), decoded.Select(v => v.ToArray()));
    }
}
