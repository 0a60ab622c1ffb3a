using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Retrieval;

/// <summary>
/// An Azure AI Search stand-in on 127.0.0.1 speaking the REST wire format: it records every request (method, path,
/// query, api-key header, body) and answers each path with the JSON a test scripts for it.
/// </summary>
public sealed class LoopbackSearchService : LoopbackListener
{
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Answers by path suffix (e.g. "/docs/search.post.search"): status and JSON body.</summary>
    public ConcurrentDictionary<string, (int Status, string Json)> Replies { get; } = new();

    protected override async Task RespondAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        Requests.Enqueue(new RecordedRequest(context.Request.HttpMethod, path, context.Request.Url.Query, context.Request.Headers["api-key"], body));
        var (status, json) = Replies.FirstOrDefault(r => path.EndsWith(r.Key, StringComparison.Ordinal)).Value;
        context.Response.StatusCode = status == 0 ? 404 : status;
        context.Response.ContentType = "application/json; odata.metadata=minimal";
        var bytes = Encoding.UTF8.GetBytes(json ?? "{\"error\":{\"code\":\"NotFound\",\"message\":\"no scripted reply\"}}");
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }
}

/// <summary>One request as the service saw it.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? ApiKey, string Body);
