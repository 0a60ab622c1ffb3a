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
        _archive.Write("tech/001.txt", "Games sales hit record", "The UK games market was worth £1.15bn last year, making it the third biggest in the world after the US and Japan.");
        _archive.Write("business/003.txt", "House prices fall again", "UK house prices fell for the third month in a row in February, according to mortgage lender Northgate.");
        _archive.Write("travel/001.txt", "Tube strike called off", "A planned strike on the London Underground has been called off.");
        _archive.Write("tv/001.txt", "Maggie to leave Harbour Lane", "Actor Ruth Bell is to leave the soap Harbour Lane after ten years as landlady Maggie.",
            "Her departure follows that of actor Simon Kerr, who played Maggie's on-screen husband and quit the show last year.");
        _archive.Write("politics/002.txt", "Party sets out tax plan", "The Liberal Democrats want to replace council tax with a local income tax, the party said.");
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
    // A country by another of its names.
    [InlineData("Find the story reporting that Britain's games market is the world's third largest.", "The UK games market")]
    // "TV" is a noun news writes in capitals, not a name the story must write.
    [InlineData("Find the article saying the actor who played the landlady's TV husband quit the show last year", "Her departure follows")]
    // "Lib Dems" is what news calls the Liberal Democrats.
    [InlineData("where does it say the Lib Dems want to replace council tax with a local income tax?", "The Liberal Democrats want")]
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
    // A city is no other name of its country: a UK figure says nothing of London (which another story names, so the
    // question's "London" is not read as the UK's seat of government).
    [InlineData("Is there a story saying house prices dropped most in London?")]
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
