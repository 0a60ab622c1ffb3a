using Bot.Web;

// Content root = the build output, where appsettings.json, prompts/, seeds/ and wwwroot/ are (not the project folder).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddBotWeb();

var app = builder.Build();
app.UseBotWeb();
app.Run();
