namespace Bot.Core.Tests.Ingestion;

/// <summary>Two unrelated news stories, long enough to survive cleaning, for tests that write article files.</summary>
internal static class SampleStories
{
    public const string SchoolsBody =
        "QUETTA: Schools across Balochistan reopened on Monday after a two-week closure caused by heavy snowfall, the " +
        "provincial education department said. Officials said buses would run on all main routes, though some mountain " +
        "roads were still blocked and pupils there would be taught online until the end of the month.";

    public const string Schools = "Schools reopen in Balochistan\n\n" + SchoolsBody;

    public const string Port =
        "Karachi port reopens\n\nThe Karachi port authority reopened the western wharf on Tuesday after dredging work " +
        "that lasted three months, officials said. Shipping agents said 14 vessels were waiting at anchor and the backlog " +
        "would clear by the end of the week, while the authority promised a second wharf would follow in the spring.";
}
