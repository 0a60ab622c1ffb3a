using Microsoft.Extensions.Options;

namespace Bot.Web.Chat;

/// <summary>The absolute address citation links start with.</summary>
public static class BaseUrl
{
    /// <summary><see cref="ChatOptions.PublicBaseUrl"/> when set, else the scheme and host this request came to.</summary>
    public static string Of(HttpRequest request, IOptions<ChatOptions> options) =>
        string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.Value.PublicBaseUrl.TrimEnd('/');
}
