using Microsoft.Extensions.Options;

namespace Bot.Web.BotFramework;

/// <summary>Makes the reply channel for one turn; decides whether its calls may carry the bot's token.</summary>
public sealed class ConnectorChannelFactory(
    IHttpClientFactory httpClients,
    BotTokenProvider tokens,
    IOptions<BotFrameworkOptions> options,
    ILoggerFactory loggers)
{
    public ConnectorChannel Create(ConnectorTurn turn)
    {
        // The token goes only to a serviceUrl that a validated channel token named (§2.2); never in unauthenticated mode.
        var sendToken = turn.Authenticated && options.Value.SendsToken;
        return new ConnectorChannel(httpClients.CreateClient(ConnectorChannel.HttpClientName), sendToken ? tokens : null, turn, loggers.CreateLogger<ConnectorChannel>());
    }
}
