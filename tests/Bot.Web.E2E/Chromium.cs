using Microsoft.Playwright;

namespace Bot.Web.E2E;

/// <summary>
/// Launches Debian's Chromium through Playwright. Playwright's own browser download is never used: it needs the
/// internet, and the distribution's build matches Playwright 1.64's expected Chromium 156.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath),
            $"{ExecutablePath} is missing. Install it with `apt-get install -y chromium` (.ci/run does this), or set NEWSBOT_SKIP_BROWSER=1 to skip browser tests.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }
}
