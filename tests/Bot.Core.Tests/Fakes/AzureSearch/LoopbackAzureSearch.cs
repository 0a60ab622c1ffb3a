using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bot.Core.Tests.Fakes.AzureSearch;

/// <summary>
/// A loopback Azure AI Search service speaking the REST wire format the SDK sends: PUT an index, POST docs/search.index
/// (upload, merge, mergeOrUpload, delete), POST docs/search.post.search and GET docs/$count. Searches are answered from
/// <see cref="FakeSearchIndex"/>; what it does not understand is refused with 400, as the service refuses it.
/// </summary>
public sealed partial class LoopbackAzureSearch : LoopbackListener
{
    private readonly object _lock = new();

    /// <summary>Requests as they arrived: method, path and body.</summary>
    public ConcurrentQueue<(string Method, string Path, string Body)> Requests { get; } = new();

    /// <summary>Statuses to answer the next requests with (one each) before serving normally, e.g. 429 then 200.</summary>
    public ConcurrentQueue<int> Faults { get; } = new();

    /// <summary>When set, every request is answered with this status (a service that stays down).</summary>
    public int? Outage { get; set; }

    public ConcurrentDictionary<string, FakeSearchIndex> Indexes { get; } = new(StringComparer.Ordinal);

    protected override async Task RespondAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        Requests.Enqueue((context.Request.HttpMethod, path, body));
        var (status, json) = Outage is { } down ? Fail(down) : Faults.TryDequeue(out int fault) ? Fail(fault) : Serve(context.Request.HttpMethod, path, body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; odata.metadata=minimal";
        if (status is 429 or 503)
        {
            context.Response.AddHeader("Retry-After", "0");
        }

        await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(json));
        context.Response.Close();
    }

    private (int, string) Serve(string method, string path, string body)
    {
        var route = Route().Match(path);
        if (!route.Success)
        {
            return Error(404, $"No route for {method} {path}.");
        }

        string name = route.Groups["index"].Value, rest = route.Groups["rest"].Value;
        try
        {
            lock (_lock)
            {
                return (method, rest) switch
                {
                    ("PUT", "") => PutIndex(name, body),
                    ("POST", "/docs/search.index") => FakeSearchRequests.Index(Find(name), body),
                    ("POST", "/docs/search.post.search") => FakeSearchRequests.Search(Find(name), body),
                    ("GET", "/docs/$count") => (200, Find(name).Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    _ => Error(400, $"Unsupported: {method} {path}."),
                };
            }
        }
        catch (KeyNotFoundException)
        {
            return Error(404, $"The index '{name}' does not exist.");
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return Error(400, e.Message);
        }
    }

    private (int, string) PutIndex(string name, string body)
    {
        var definition = JsonNode.Parse(body)!.AsObject();
        bool created = !Indexes.ContainsKey(name);
        Indexes.AddOrUpdate(name, _ => new FakeSearchIndex(definition), (_, index) => { index.Definition = definition; return index; });
        return (created ? 201 : 200, body);
    }

    private FakeSearchIndex Find(string name) => Indexes.TryGetValue(name, out var index) ? index : throw new KeyNotFoundException(name);

    private static (int, string) Fail(int status) => Error(status, status == 429 ? "Too many requests." : "The service is unavailable.");

    internal static (int, string) Error(int status, string message) =>
        (status, new JsonObject { ["error"] = new JsonObject { ["code"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture), ["message"] = message } }.ToJsonString());

    [GeneratedRegex(@"^/indexes\('(?<index>[a-z0-9-]+)'\)(?<rest>.*)$")]
    private static partial Regex Route();
}
