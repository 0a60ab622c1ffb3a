using Bot.Core.Answering;
using Bot.Core.Chunking;
using Bot.Core.Text;

namespace Bot.Core.Tests.Answering;

/// <summary>A result asked of a contest that the story only announces is not in the story.</summary>
public sealed class UnplayedTests
{
    private const string Preview =
        "Tom Haddleton scored twice as Ashford Rovers beat Kingsbridge United 3-1 at Marsh Lane. Rovers, who have won nine of their " +
        "last 11 league games, are one point clear of Northfield Athletic with 12 games remaining. Rovers travel to Northfield " +
        "Athletic on Saturday 16 March in what the manager called the biggest game in 20 years.";

    private const string Tennis =
        "Emily Carrow reached the quarter-finals with a 6-4 3-6 7-5 victory over Katarina Vlasic. Carrow will play second seed " +
        "Agata Nowicka for a place in the semi-finals on Tuesday.";

    private const string Cricket =
        "Kelmoor Cricket Club will play in the final of the National Club Championship for the first time in their 142-year " +
        "history after beating Ashby Vale by 42 runs in Sunday's semi-final. Ashby Vale were bowled out for 205 in the 46th over.";

    [Theory]
    [InlineData("Did Ashford Rovers beat Northfield Athletic on 16 March?", Preview, "Northfield Athletic")]
    [InlineData("Who won Emily Carrow's quarter-final against Agata Nowicka?", Tennis, "Agata Nowicka")]
    [InlineData("What was the score when Carrow played Nowicka?", Tennis, "Nowicka")]
    public void Find_AResultOfAContestTheStoryOnlyAnnounces_NamesTheSide(string question, string story, string side) =>
        Assert.Equal(side, Unplayed.Find(question, Chunk(story))?.Asked);

    [Theory]
    // The story reports the result, or an earlier meeting's.
    [InlineData("Did Ashford Rovers beat Kingsbridge United?", Preview)]
    [InlineData("Who won Carrow's match against Nowicka?", Tennis + " Nowicka beat Carrow in Rome last year.")]
    // The question itself looks ahead, or asks no result.
    [InlineData("Who will win Carrow's quarter-final against Nowicka?", Tennis)]
    [InlineData("When does Carrow play Nowicka?", Tennis)]
    // The story announces another contest, after the side's own result.
    [InlineData("By what margin did Kelmoor Cricket Club beat Ashby Vale?", Cricket)]
    [InlineData("Who won the semi-final against Ashby Vale?", Cricket)]
    // The story never writes the side.
    [InlineData("Did Ashford Rovers beat Harlow Town?", Preview)]
    public void Find_TheResultReportedOrNotAsked_IsNull(string question, string story) =>
        Assert.Null(Unplayed.Find(question, Chunk(story)));

    private static ArticleChunk Chunk(string body) => new()
    {
        Id = "sport/001.txt#0",
        ArticleId = "sport/001.txt",
        Title = "Rovers and Carrow",
        Ordinal = 0,
        Start = 0,
        End = body.Length,
        Text = body,
        Sentences = SentenceSplitter.Split(body),
    };
}
