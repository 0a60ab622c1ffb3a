using Bot.Web.Activities;

namespace Bot.Web.BotFramework;

/// <summary>Where one turn's replies go, and whether that address was vouched for by a validated token.</summary>
public sealed record ConnectorTurn(Uri ServiceUrl, string ConversationId, string? ChannelId, string? ConversationType, bool Authenticated)
{
    /// <summary>The reply address of <paramref name="activity"/>, with the trailing slash relative paths need.</summary>
    public static ConnectorTurn For(BotActivity activity, bool authenticated)
    {
        var serviceUrl = activity.ServiceUrl!;
        return new ConnectorTurn(
            new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute),
            activity.Conversation!.Id!,
            activity.ChannelId,
            activity.Conversation.ConversationType,
            authenticated);
    }
}
