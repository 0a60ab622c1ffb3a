using Bot.Core;
using Bot.Web;
using Bot.Web.BotFramework;
using Bot.Web.Chat;
using Bot.Web.DirectLine;
using Bot.Web.Endpoints;
using Bot.Web.Inbox;
using Bot.Web.State;

// Content root = the build output, where appsettings.json, prompts/, seeds/ and wwwroot/ are (not the project folder).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddBotCore(builder.Configuration);
builder.Services.AddHostedService<IndexOpener>();
builder.Services.AddNewsBot(builder.Configuration);
builder.Services.AddAskEndpoints();
builder.Services.AddInbox();
builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddState(builder.Configuration);
builder.Services.AddJsonErrors();
builder.WebHost.UseDefaultUrlWhenNoneConfigured("http://localhost:5000");

var app = builder.Build();
app.UseSecurityHeaders();
app.UseJsonErrors();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseRateLimiter();
app.MapHealthEndpoints();
app.MapPageEndpoints();
app.MapAskEndpoints();
app.MapSourceEndpoints();
app.MapArticleUploadEndpoints();
app.MapMessagesEndpoints();
app.MapDirectLineEndpoints();
app.Run();
