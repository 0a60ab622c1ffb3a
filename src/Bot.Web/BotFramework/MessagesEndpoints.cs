namespace Bot.Web.BotFramework;

/// <summary><c>POST /api/messages</c>: the Bot Framework messaging endpoint that Azure Bot Service calls for Teams.</summary>
internal static class MessagesEndpoints
{
    public static IEndpointRouteBuilder MapMessagesEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/messages", (HttpRequest request, BotFrameworkAdapter adapter, CancellationToken cancellationToken) =>
            adapter.ProcessAsync(request, cancellationToken));
        return routes;
    }
}
