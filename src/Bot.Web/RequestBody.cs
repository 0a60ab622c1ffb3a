namespace Bot.Web;

/// <summary>Reads a request body only up to a limit, so an oversized body costs at most that much memory.</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it is (or says it is) larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
