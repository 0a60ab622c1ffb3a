using System.Text.RegularExpressions;
using Bot.Web.Tests;
using Bot.Web.Tests.State;
using Microsoft.Playwright;

namespace Bot.Web.E2E;

/// <summary>
/// Two hosts behind a load balancer that has no affinity, as the browser sees them: the page and its polls come from
/// host A while every post goes to host B, and the conversation still reads as one.
/// </summary>
public sealed class ScaleOutPageTests
{
    private const string SendBox = "[data-id='webchat-sendbox-input']";
    private static readonly Regex References = new(@"^\d+ references?$");
    // How long to wait for the page to show something. The browser test runs beside the other test assemblies on two cores,
    // where 30 s was once not enough for the welcome (a fresh clone's CI run); a wait is no timing threshold, so it is generous.
    private static readonly float Patience = 120_000;

    [BrowserFact]
    public async Task Page_OnHostA_WithPostsGoingToHostB_ShowsEachAnswerAndAFollowUp()
    {
        // Visible in the output rather than silently passing: without redis-server there is nothing to share.
        if (RedisServer.Binary is null)
        {
            Console.WriteLine("redis-server is not installed: the two-host page test has nothing to run against.");
            return;
        }

        using var redis = new RedisServer();
        // A host connects to Redis on its first request, and on a busy machine that connect can miss its timeout: B's first
        // request is the page's first post, answered 503 ("Send failed", never sent again, no answer). Wait as TwoHosts does.
        using var a = TwoHosts.Ready(KestrelHost.With(TwoHosts.Settings(redis)));
        using var b = TwoHosts.Ready(KestrelHost.With(TwoHosts.Settings(redis)));
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1000 } });
        int postsToB = 0;
        await page.RouteAsync("**/v3/directline/conversations/*/activities", async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync();
                return;
            }

            Interlocked.Increment(ref postsToB);
            await route.ContinueAsync(new() { Url = route.Request.Url.Replace(a.BaseUrl.GetLeftPart(UriPartial.Authority), b.BaseUrl.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) });
        });

        await page.GotoAsync(a.BaseUrl.ToString());
        await page.Locator("#webchat").GetByText("Hello! I answer questions").First.WaitForAsync(new() { Timeout = Patience });
        await AskAsync(page, "Who led the Afghan delegation?");
        var answers = page.Locator("#webchat .webchat__basic-transcript__transcript").GetByText(References);
        await answers.First.WaitForAsync(new() { Timeout = Patience });
        // "who" in a follow-up is read against the question B was given, while A serves the page and its polls.
        await AskAsync(page, "What did Iran say?");
        await answers.Nth(1).WaitForAsync(new() { Timeout = Patience });

        Assert.True(postsToB >= 2, $"only {postsToB} posts went to host B");
        Assert.Equal(0, await page.Locator("#webchat").GetByText("Send failed").CountAsync());
    }

    private static async Task AskAsync(IPage page, string question)
    {
        var box = page.Locator(SendBox);
        await box.FillAsync(question, new() { Timeout = Patience });
        await box.PressAsync("Enter");
    }
}
