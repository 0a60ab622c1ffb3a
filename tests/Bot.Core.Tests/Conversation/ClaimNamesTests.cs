using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>A claim that names someone in full, over a short item that writes only the surname.</summary>
public sealed class ClaimNamesTests : IAsyncLifetime
{
    private readonly ArchiveFolder _archive = new("claim-names");

    public async Task InitializeAsync()
    {
        _archive.Write("sport/001.txt", "Rovers lift the county cup",
            "McManus scored twice in the second half as Rovers beat Town 3-1 to lift the county cup at Meadow Park on Saturday.");
        _archive.Write("space/001.txt", "A new centre for manned flight",
            "Gilruth was given authority to grow his organization into a new NASA center, the Manned Spacecraft Center.");
        _archive.Write("sport/002.txt", "Marsh wins Melbourne title",
            "British number two Tom Marsh won his first title with a 6-4 7-5 victory over Carlos Ruiz in the Melbourne final on Sunday. The 22-year-old from Bristol did not drop a set all week.");
        _archive.Write("music/001.txt", "Oduya wins album of the year",
            "Singer-songwriter Maya Oduya has won album of the year at the Northern Music Awards for her second record.",
            "Accepting the award, Oduya thanked her mother, who she said had \"sold her wedding ring\" to buy her first guitar.");
        _archive.Write("sport/003.txt", "Hale wins in Sydney", "Tom Hale won the Sydney title on Sunday.");
        _archive.Write("business/002.txt", "Harwick Foods to close Leicester plant",
            "Harwick Foods has announced plans to close its factory in Leicester, putting 1,200 jobs at risk. The ready meals maker said production would move to its sites in Doncaster and Wakefield.",
            "“We will fight the closure all the way to the High Court.” Those were the words of union organiser Denise Okafor.");
        // Other stories use the claim's common words, so that its names carry most of its weight, as in a large archive.
        _archive.Write("business/001.txt", "Shares drop at Harbour Foods", "Shares in Harbour Foods saw a sharp drop this week after the firm set out all its plans.");
        _archive.Write("politics/001.txt", "Council sets its budget", "The council set its budget this week and did not drop all of the library plan.");
        await _archive.OpenAsync();
    }

    [Theory]
    [InlineData("where does it say Brandon McManus scored twice?", "McManus scored twice")]
    // The names are most of the claim's weight; the sentence that makes the claim calls him "the 22-year-old".
    [InlineData("where does it say Tom Marsh did not drop a set all week?", "The 22-year-old from Bristol")]
    // "a singer's mum": the story's "Singer-songwriter Maya Oduya", two sentences before the one that makes the claim.
    [InlineData("which story mentions a singer's mum selling her wedding ring to buy a guitar?", "Accepting the award")]
    // A quotation names its speaker after it.
    [InlineData("where does it say Denise Okafor will fight the closure all the way to the High Court?", "“We will fight")]
    public async Task Lookup_ANameOrSubjectTheStoryWritesAnotherWayOrEarlier_IsFound(string utterance, string quoteStart)
    {
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), utterance);

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.StartsWith(quoteStart, Assert.Single(reply.Answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Theory]
    // "Tom Hale won the Sydney title on Sunday" holds the names, which weigh most, and "set" only by a loose synonym.
    [InlineData("where does it say Tom Hale did not drop a set all week?")]
    // "The goalkeeper" is someone the story never mentions, however well "scored twice" matches.
    [InlineData("where does it say the goalkeeper scored twice in the second half as Rovers beat Town 3-1 to lift the county cup at Meadow Park?")]
    // "Manning" and "Manned" share the stem "man"; a name must be written as itself.
    [InlineData("where does it say Manning grew his organization into a new NASA center?")]
    // Doncaster is written after the sentence, of another of the firm's sites.
    [InlineData("where does it say Harwick Foods is shutting its Doncaster factory?")]
    public async Task Lookup_ASentenceThatDoesNotSayItOfThem_IsNotFound(string utterance)
    {
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), utterance);

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    [Fact]
    public async Task Lookup_AnotherSurname_IsNotFound()
    {
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "where does it say Brandon Smith scored twice?");

        Assert.True(reply.Answer.Abstained);
        Assert.StartsWith("No article says that.", reply.Answer.Text, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
