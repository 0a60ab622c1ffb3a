using Bot.Core;
using Bot.Web.BotFramework;
using Bot.Web.Chat;
using Bot.Web.DirectLine;
using Bot.Web.Endpoints;
using Bot.Web.Inbox;
using Bot.Web.State;

namespace Bot.Web;

/// <summary>The web host in two chapters: what it is made of, and the order requests pass through it.</summary>
internal static class BotWebApplication
{
    /// <summary>
    /// The engine (validated settings, index, answering), the opener that loads or builds the index before requests are
    /// taken, the chat with its channels (Teams, Direct Line, <c>/api/ask</c>) sharing one turn queue and rate limiter,
    /// conversation state (in process or Redis), the inbox, and JSON errors.
    /// </summary>
    public static WebApplicationBuilder AddBotWeb(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddBotCore(configuration);
        builder.Services.AddHostedService<IndexOpener>();
        builder.Services.AddNewsBot(configuration);
        builder.Services.AddAskEndpoints();
        builder.Services.AddInbox();
        builder.Services.AddBotFramework(configuration);
        builder.Services.AddDirectLine(configuration);
        builder.Services.AddState(configuration);
        builder.Services.AddJsonErrors();
        builder.WebHost.UseDefaultUrlWhenNoneConfigured("http://localhost:5000");
        return builder;
    }

    /// <summary>
    /// Security headers first, so every response carries them (errors too); then JSON errors, the static page, rate
    /// limiting, and the endpoints.
    /// </summary>
    public static WebApplication UseBotWeb(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseJsonErrors();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapHealthEndpoints();
        app.MapPageEndpoints();
        app.MapAskEndpoints();
        app.MapSourceEndpoints();
        app.MapArticleUploadEndpoints();
        app.MapMessagesEndpoints();
        app.MapDirectLineEndpoints();
        return app;
    }
}
