using System.Security.Cryptography;
using System.Text;
using Bot.Core;
using Bot.Core.Ingestion;
using Microsoft.Extensions.Options;

namespace Bot.Web.Inbox;

/// <summary>
/// <c>POST /api/articles</c>: adds articles to the running bot and answers when they are searchable. The body is one
/// file (<c>?name=story.html</c>) or a multipart form of files; the <c>X-Api-Key</c> header must match <c>Bot:Inbox:ApiKey</c>.
/// </summary>
public static class ArticleUploadEndpoints
{
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        services.AddSingleton<ProcessedFiles>();
        services.AddSingleton<InboxFolder>();
        services.AddSingleton<LiveIngestion>();
        services.AddHostedService<InboxWatcher>();
        return services;
    }

    public static IEndpointRouteBuilder MapArticleUploadEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/articles", UploadAsync).DisableAntiforgery();
        return routes;
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, string? name, InboxFolder inbox, LiveIngestion ingestion, IOptions<InboxOptions> options, CancellationToken cancellationToken)
    {
        if (Refusal(request, options.Value) is { } refusal)
        {
            return refusal;
        }

        var staging = inbox.NewStagingFolder();
        try
        {
            var files = request.HasFormContentType
                ? await StageFormAsync(request, staging, cancellationToken)
                : await StageBodyAsync(request, name, staging, options.Value.MaxUploadBytes, cancellationToken);
            if (files.Count == 0)
            {
                return Error("No file in the request: send one file as the body with ?name=story.txt, or a multipart form of files.", StatusCodes.Status400BadRequest);
            }

            var result = await ingestion.IngestAsync(files, cancellationToken);
            return Results.Json(result, statusCode: result.Ingested.Count == 0 && result.Rejected.Count > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
        }
        catch (BadHttpRequestException error)
        {
            return error.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? Error($"The upload is over {options.Value.MaxUploadBytes:N0} bytes (Bot:Inbox:MaxUploadBytes).", StatusCodes.Status413PayloadTooLarge)
                : Error(error.Message, error.StatusCode);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    private static IResult? Refusal(HttpRequest request, InboxOptions options)
    {
        if (string.IsNullOrEmpty(options.ApiKey))
        {
            return Error($"Uploads are off. Set Bot:Inbox:ApiKey to enable them, or drop files into {options.FolderPath}.", StatusCodes.Status403Forbidden);
        }

        var given = Encoding.UTF8.GetBytes(request.Headers["X-Api-Key"].ToString());
        if (!CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(options.ApiKey)))
        {
            return Error("Missing or wrong X-Api-Key header.", StatusCodes.Status401Unauthorized);
        }

        return request.ContentLength > options.MaxUploadBytes
            ? Error($"The upload is {request.ContentLength:N0} bytes; the limit is {options.MaxUploadBytes:N0} (Bot:Inbox:MaxUploadBytes).", StatusCodes.Status413PayloadTooLarge)
            : null;
    }

    private static async Task<IReadOnlyList<SourceFile>> StageBodyAsync(HttpRequest request, string? name, string staging, int limit, CancellationToken cancellationToken)
    {
        var fileName = SafeName(name) ?? throw new BadHttpRequestException("?name=… is required for a single-file upload (e.g. ?name=story.html).");
        var path = Path.Combine(staging, fileName);
        await using (var file = File.Create(path))
        {
            await CopyLimitedAsync(request.Body, file, limit, cancellationToken);
        }

        return [new SourceFile(path, fileName)];
    }

    private static async Task<IReadOnlyList<SourceFile>> StageFormAsync(HttpRequest request, string staging, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        var files = new List<SourceFile>();
        foreach (var upload in form.Files)
        {
            var name = SafeName(upload.FileName) ?? $"upload-{files.Count + 1}.txt";
            var path = Path.Combine(staging, name);
            await using var file = File.Create(path);
            await upload.CopyToAsync(file, cancellationToken);
            files.Add(new SourceFile(path, name));
        }

        return files;
    }

    // Only the last path segment is kept, so "../../etc/passwd" cannot leave the staging folder; the id of an
    // upload is therefore its file name, and a name already indexed updates that article.
    private static string? SafeName(string? name)
    {
        var file = Path.GetFileName(name ?? string.Empty).Trim();
        return file.Length == 0 || file.StartsWith('.') || file.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 ? null : file;
    }

    private static async Task CopyLimitedAsync(Stream source, Stream target, int limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge);
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }

    private static IResult Error(string message, int status) => Results.Json(new ErrorBody(message), statusCode: status);
}
