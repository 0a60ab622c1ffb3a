namespace Bot.Web.E2E;

/// <summary>
/// A test that drives a real browser. It runs by default (CI must have Chromium); NEWSBOT_SKIP_BROWSER=1 skips it on a
/// machine without one, on purpose and visibly.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("NEWSBOT_SKIP_BROWSER") == "1")
        {
            Skip = "NEWSBOT_SKIP_BROWSER=1: browser tests skipped.";
        }
    }
}
