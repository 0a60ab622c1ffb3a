using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Tests.Fakes.AzureSearch;

/// <summary>The two document operations of the loopback service: indexing a batch and searching.</summary>
public static partial class FakeSearchRequests
{
    private static readonly HashSet<string> SearchKeys = new(StringComparer.Ordinal)
    {
        "search", "searchMode", "queryType", "searchFields", "scoringProfile", "filter", "orderby", "select", "top", "skip", "count", "facets", "vectorQueries",
    };

    public static (int, string) Index(FakeSearchIndex index, string body)
    {
        var results = new JsonArray();
        foreach (var node in JsonNode.Parse(body)!["value"]!.AsArray())
        {
            var document = node!.AsObject().DeepClone().AsObject();
            string action = document["@search.action"]?.GetValue<string>() ?? "upload";
            document.Remove("@search.action");
            bool found = index.Apply(action, document);
            results.Add(new JsonObject
            {
                ["key"] = document["id"]?.GetValue<string>(),
                ["status"] = found,
                ["errorMessage"] = found ? null : "Document not found.",
                ["statusCode"] = found ? 200 : 404,
            });
        }

        return (200, new JsonObject { ["value"] = results }.ToJsonString());
    }

    public static (int, string) Search(FakeSearchIndex index, string body)
    {
        var request = JsonNode.Parse(body)!.AsObject();
        if (request.Select(p => p.Key).FirstOrDefault(k => !SearchKeys.Contains(k)) is { } unknown)
        {
            throw new FormatException($"The parameter '{unknown}' is not supported by this service.");
        }

        var filter = ODataSubset.Parse(request["filter"]?.GetValue<string>());
        string? text = request["search"]?.GetValue<string>();
        var vectors = request["vectorQueries"]?.AsArray();
        int top = request["top"]?.GetValue<int>() ?? 50, skip = request["skip"]?.GetValue<int>() ?? 0;
        var matches = (vectors, text) switch
        {
            ({ Count: > 0 }, null or "" or "*") => Nearest(index, vectors[0]!.AsObject(), filter),
            ({ Count: > 0 }, _) => throw new FormatException("Hybrid text and vector queries are not supported by this service."),
            (_, null or "" or "*") => Ordered(index.Documents.Where(filter), request["orderby"]?.GetValue<string>()).Select(d => (d, 1.0)).ToList(),
            _ => Lexical(index, request, Unescape(text), top + skip, filter),
        };

        var response = new JsonObject();
        if (request["count"]?.GetValue<bool>() == true)
        {
            response["@odata.count"] = matches.Count;
        }

        if (request["facets"] is JsonArray facets)
        {
            response["@search.facets"] = Facets(matches.Select(m => m.Item1), facets);
        }

        response["value"] = new JsonArray([.. matches.Skip(skip).Take(top).Select(m => Project(m.Item1, m.Item2, request["select"]?.GetValue<string>()))]);
        return (200, response.ToJsonString());
    }

    private static List<(JsonObject, double)> Nearest(FakeSearchIndex index, JsonObject query, Func<JsonObject, bool> filter)
    {
        if (query["kind"]?.GetValue<string>() != "vector" || query["fields"]?.GetValue<string>() != "embedding")
        {
            throw new FormatException("Only vector queries on the field 'embedding' are supported.");
        }

        var vector = query["vector"]!.AsArray().Select(v => v!.GetValue<float>()).ToArray();
        return index.Nearest(vector, query["k"]?.GetValue<int>() ?? 50, filter);
    }

    private static List<(JsonObject, double)> Lexical(FakeSearchIndex index, JsonObject request, string text, int fetch, Func<JsonObject, bool> filter)
    {
        if (request["queryType"]?.GetValue<string>() is { } type && type != "simple")
        {
            throw new FormatException($"Query type {type} is not supported by this service.");
        }

        // Counting one term (searchMode all, no results wanted) is a document frequency; several terms would need an intersection.
        if (request["searchMode"]?.GetValue<string>() == "all")
        {
            var terms = EnglishTerms.Analyze(text);
            return terms.Count switch
            {
                0 => [],
                1 => [.. Enumerable.Repeat((new JsonObject(), 1.0), index.DocumentFrequency(terms[0]))],
                _ => throw new FormatException("searchMode=all with several terms is not supported by this service."),
            };
        }

        return index.Lexical(text, Math.Max(fetch, 1), filter);
    }

    private static IEnumerable<JsonObject> Ordered(IEnumerable<JsonObject> documents, string? orderBy)
    {
        var ordered = documents.OrderBy(_ => 0);
        foreach (var clause in (orderBy ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = clause.Split(' ');
            string field = parts[0];
            bool descending = parts.Length > 1 && parts[1] == "desc";
            // The service sorts nulls first ascending and last descending; ISO dates and ids compare as ordinal strings.
            ordered = descending
                ? ordered.ThenByDescending(d => d[field]?.GetValue<string>(), StringComparer.Ordinal)
                : ordered.ThenBy(d => d[field]?.GetValue<string>(), StringComparer.Ordinal);
        }

        return ordered;
    }

    private static JsonObject Facets(IEnumerable<JsonObject> documents, JsonArray facets)
    {
        var result = new JsonObject();
        foreach (var facet in facets.Select(f => f!.GetValue<string>()))
        {
            var spec = FacetSpec().Match(facet);
            if (!spec.Success)
            {
                throw new FormatException($"Unsupported facet '{facet}'.");
            }

            string field = spec.Groups["field"].Value;
            var counts = documents.Select(d => d[field]?.GetValue<string>()).OfType<string>().GroupBy(v => v, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(int.Parse(spec.Groups["count"].Value, CultureInfo.InvariantCulture));
            result[field] = new JsonArray([.. counts.Select(g => new JsonObject { ["value"] = g.Key, ["count"] = g.Count() })]);
        }

        return result;
    }

    private static JsonObject Project(JsonObject document, double score, string? select)
    {
        var fields = select?.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var projected = new JsonObject { ["@search.score"] = score };
        foreach (var (name, value) in document)
        {
            if (fields is null ? name != "embedding" : fields.Contains(name))
            {
                projected[name] = value?.DeepClone();
            }
        }

        return projected;
    }

    // Simple query syntax: a backslash makes the next character literal.
    private static string Unescape(string text) => Regex.Replace(text, @"\\(.)", "$1", RegexOptions.Singleline);

    [GeneratedRegex(@"^(?<field>\w+),count:(?<count>\d+)$")]
    private static partial Regex FacetSpec();
}
