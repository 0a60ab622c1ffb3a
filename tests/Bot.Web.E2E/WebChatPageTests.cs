using System.Text.RegularExpressions;
using Bot.Web.Tests;
using Microsoft.Playwright;

namespace Bot.Web.E2E;

/// <summary>
/// The chat page in a real browser: the real Web Chat 4.18.1 bundle talking to our Direct Line, the rendered
/// citations, the cited source page, and a follow-up in the same conversation after coming back.
/// </summary>
public sealed class WebChatPageTests : IClassFixture<KestrelHost>
{
    private const string SendBox = "[data-id='webchat-sendbox-input']";
    private const string SourceLinks = "#webchat a[href*='/sources/']";
    private const string Transcript = "#webchat .webchat__basic-transcript__transcript";

    // Web Chat 4.18.1 puts "N references" under each answer whose citations it could render (§5.1).
    private static readonly Regex References = new(@"^\d+ references?$");
    // How long to wait for the page to show something. The browser test runs beside the other test assemblies on two cores,
    // where 30 s was once not enough for the welcome (a fresh clone's CI run); a wait is no timing threshold, so it is generous.
    private static readonly float Patience = 120_000;

    private readonly KestrelHost _host;

    public WebChatPageTests(KestrelHost host) => _host = host;

    [BrowserFact]
    public async Task Page_QuestionWithCitations_OpensTheCitedSourceAndAnswersAFollowUp()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1000 } });
        // The page must work under its own Content-Security-Policy: the browser reports each blocked load on the console.
        var blocked = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                blocked.Enqueue(message.Text);
            }
        };
        try
        {
            await page.GotoAsync(_host.BaseUrl.ToString());
            await page.Locator("#webchat").GetByText("Hello! I answer questions").First.WaitForAsync(new() { Timeout = Patience });
            // The welcome's examples are offered once, as suggested actions, and not listed again in the text or the page.
            var chips = page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" });
            var example = chips.GetByRole(AriaRole.Button, new() { Name = Bot.Core.Conversation.Greeting.Examples[0] });
            await example.WaitForAsync(new() { Timeout = Patience });
            var welcome = await page.Locator("#webchat .webchat__bubble__content").GetByText("Hello! I answer questions").First.InnerTextAsync();
            Assert.DoesNotContain(Bot.Core.Conversation.Greeting.Examples[0], welcome, StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("header").GetByText(Bot.Core.Conversation.Greeting.Examples[0]).CountAsync());
            await SaveScreenshotAsync(page, "welcome.png");

            await AskAsync(page, "Who led the Afghan delegation?");
            var answers = page.Locator(Transcript).GetByText(References);
            await answers.First.WaitForAsync(new() { Timeout = Patience });
            // Each informative step that reached the page ("Searching the articles…") was shown as text, and is gone
            // now. (A fast answer may reach the page without its steps: Direct Line does not replay them.)
            var steps = await page.EvaluateAsync<string[][]>("() => window.progressSteps.map(s => [s.received, s.shown])");
            Assert.All(steps, s => Assert.Equal(s[0], s[1]));
            Assert.All(steps, s => Assert.Equal("Searching the articles…", s[0]));
            Assert.Equal(string.Empty, await page.Locator("#progress").TextContentAsync());
            var links = page.Locator(SourceLinks);
            await links.First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Patience });
            var href = await links.First.GetAttributeAsync("href");

            await page.GotoAsync(new Uri(_host.BaseUrl, href).ToString());
            var cited = page.Locator("mark#cited");
            Assert.False(string.IsNullOrWhiteSpace(await cited.InnerTextAsync(new() { Timeout = Patience })));
            // The source page: headline, outlet and date, a way back to the chat, styled like the chat page.
            Assert.False(string.IsNullOrWhiteSpace(await page.Locator("h1").InnerTextAsync()));
            Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", await page.Locator(".byline").InnerTextAsync());
            Assert.Equal("/", await page.GetByRole(AriaRole.Link, new() { Name = "← Back to the chat" }).GetAttributeAsync("href"));
            Assert.Equal("rgb(251, 227, 161)", await cited.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor"));
            await SaveScreenshotAsync(page, "source.png");

            // Back on the page, the conversation is resumed (same id, history replayed) and takes a follow-up.
            await page.GoBackAsync();
            await answers.First.WaitForAsync(new() { Timeout = Patience });
            await AskAsync(page, "What did Iran say?");
            await answers.Nth(1).WaitForAsync(new() { Timeout = Patience });
            Assert.Equal(2, await answers.CountAsync());
            Assert.Equal(0, await page.Locator("#webchat").GetByText("Send failed").CountAsync());
            Assert.Empty(blocked);
            await ScrollTranscriptToEndAsync(page);
        }
        finally
        {
            await SaveScreenshotAsync(page, "webchat.png");
        }
    }


    private static async Task AskAsync(IPage page, string question)
    {
        var box = page.Locator(SendBox);
        await box.FillAsync(question, new() { Timeout = Patience });
        await box.PressAsync("Enter");
    }

    // Web Chat scrolls to new messages with an animation; the screenshot should show the end, not the middle of it.
    private static async Task ScrollTranscriptToEndAsync(IPage page) => await page.WaitForFunctionAsync(
        """
        () => {
          const s = document.querySelector('.webchat__basic-transcript__scrollable');
          s.scrollTop = s.scrollHeight;
          return s.scrollHeight - s.scrollTop - s.clientHeight < 2;
        }
        """,
        null,
        new() { Timeout = Patience, PollingInterval = 100 });

    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "artifacts", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        // The page's DOM beside the picture: what a failed wait was looking at.
        await File.WriteAllTextAsync(Path.ChangeExtension(path, ".html"), await page.ContentAsync());
        Console.WriteLine($"Screenshot: {path}");
    }
}
