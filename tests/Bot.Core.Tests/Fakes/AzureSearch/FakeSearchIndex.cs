using System.Text.Json.Nodes;
using Bot.Core.Chunking;
using Bot.Core.Retrieval;
using Microsoft.Extensions.VectorData;

namespace Bot.Core.Tests.Fakes.AzureSearch;

/// <summary>
/// One index of the loopback service: documents in upload order, searched with the bot's own Lucene BM25 and int8 vector
/// scan, so a search through the service ranks exactly as the in-memory store does.
/// </summary>
public sealed class FakeSearchIndex(JsonObject definition)
{
    private readonly OrderedDictionary<string, JsonObject> _documents = new(StringComparer.Ordinal);
    private (int Version, LexicalIndex Index, List<string> Keys)? _lexical;
    private (int Version, InMemoryVectorStore Store)? _vectors;
    private int _version;

    public JsonObject Definition { get; set; } = definition;

    public IReadOnlyList<JsonObject> Documents => [.. _documents.Values];

    public int Count => _documents.Count;

    /// <summary>Applies one action (upload, merge, mergeOrUpload, delete); false when a merge or delete found no document.</summary>
    public bool Apply(string action, JsonObject document)
    {
        string key = document[KeyField]!.GetValue<string>();
        _version++;
        switch (action)
        {
            case "delete":
                return _documents.Remove(key);
            case "merge" when !_documents.ContainsKey(key):
                return false;
            case "merge" or "mergeOrUpload" when _documents.TryGetValue(key, out var existing):
                foreach (var (name, value) in document)
                {
                    existing[name] = value?.DeepClone();
                }

                return true;
            default:
                _documents[key] = document;
                return true;
        }
    }

    /// <summary>BM25 over text (and title, weighted by the scoring profile), filtered after scoring as the in-memory store does.</summary>
    public List<(JsonObject Document, double Score)> Lexical(string query, int top, Func<JsonObject, bool> filter)
    {
        var (index, keys) = LexicalIndexFor();
        return [.. index.Search(query, top, i => filter(_documents[keys[i]])).Select(r => (_documents[keys[r.Index]], (double)r.Score))];
    }

    /// <summary>How many documents hold the analysed term in their text.</summary>
    public int DocumentFrequency(string term) => LexicalIndexFor().Index.DocumentFrequency(term);

    /// <summary>Nearest neighbours by cosine, scored as the service scores cosine: 1 / (2 − cos).</summary>
    public List<(JsonObject Document, double Score)> Nearest(float[] vector, int k, Func<JsonObject, bool> filter)
    {
        var store = VectorStore();
        var hits = store.Search(vector, k, new VectorSearchOptions<ArticleChunk> { Filter = c => filter(_documents[c.Id]) });
        return [.. hits.Select(h => (_documents[h.Chunk.Id], 1 / (2 - h.Score)))];
    }

    private string KeyField => Definition["fields"]!.AsArray().First(f => f!["key"]?.GetValue<bool>() == true)!["name"]!.GetValue<string>();

    private float TitleWeight => Definition["scoringProfiles"]?.AsArray().FirstOrDefault()?["text"]?["weights"]?["title"]?.GetValue<float>() ?? 0;

    private (LexicalIndex Index, List<string> Keys) LexicalIndexFor()
    {
        if (_lexical is not { } cached || cached.Version != _version)
        {
            var keys = _documents.Keys.ToList();
            var passages = keys.Select(k => (_documents[k]["text"]?.GetValue<string>() ?? "", _documents[k]["title"]?.GetValue<string>() ?? ""));
            _lexical = cached = (_version, new LexicalIndex(passages, TitleWeight), keys);
        }

        return (cached.Index, cached.Keys);
    }

    private InMemoryVectorStore VectorStore()
    {
        if (_vectors is not { } cached || cached.Version != _version)
        {
            var store = new InMemoryVectorStore(new BagOfWordsEmbeddingGenerator(), new RetrievalOptions().Scan);
            store.Upsert(_documents.Select(d => Chunk(d.Key, d.Value)));
            _vectors = cached = (_version, store);
        }

        return cached.Store;
    }

    private static ArticleChunk Chunk(string key, JsonObject document) => new()
    {
        Id = key,
        ArticleId = document["articleId"]?.GetValue<string>() ?? key,
        Title = string.Empty,
        Ordinal = 0,
        Start = 0,
        End = 0,
        Sentences = [],
        Embedding = document["embedding"]!.AsArray().Select(v => v!.GetValue<float>()).ToArray(),
    };
}
