using Bot.Web.Chat;
using Microsoft.Extensions.Options;

namespace Bot.Web.Endpoints;

/// <summary><c>GET /config</c>: what the chat page shows around Web Chat, so the static page needs no settings of its own.</summary>
internal static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPageEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/config", (IOptions<ChatOptions> options) => Results.Ok(new PageConfig(options.Value.BotName)));
        return routes;
    }

    private sealed record PageConfig(string BotName);
}
