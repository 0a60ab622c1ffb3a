using Bot.Core.Evaluation;

namespace Bot.Core.Tests.Evaluation;

/// <summary>Long articles split into one story per paragraph, with questions pointed at the stories that answer them.</summary>
public sealed class StoryArchiveTests
{
    private const string Article = "Warsaw\n\nWarsaw is the capital of Poland.\n\nThe Vistula river runs through the city.\nIt is 1,047 km long.\n\n\nChopin moved to Warsaw as a child.\n";

    [Fact]
    public void Split_Article_GivesOneStoryPerParagraphUnderAFolderNamedAfterIt()
    {
        var stories = StoryArchive.Split("Warsaw.txt", Article).ToList();

        Assert.Equal(["Warsaw/001.txt", "Warsaw/002.txt", "Warsaw/003.txt"], stories.Select(s => s.Id));
        Assert.All(stories, s => Assert.Equal("Warsaw", s.Headline));
        Assert.Equal("The Vistula river runs through the city.\nIt is 1,047 km long.", stories[1].Body);
        Assert.Equal("Warsaw\n\nChopin moved to Warsaw as a child.\n", stories[2].Text);
    }

    [Theory]
    [InlineData("Warsaw\r\n\r\nOne paragraph.\r\n", 1)]
    [InlineData("Warsaw\nOne paragraph under the title.\n\nAnother.", 2)]
    [InlineData("Warsaw\nOne paragraph right under the title.", 1)]
    [InlineData("Only a title", 0)]
    [InlineData("", 0)]
    public void Split_LineEndingsAndShapes_CountParagraphsAfterTheTitle(string text, int expected) =>
        Assert.Equal(expected, StoryArchive.Split("a.txt", text).Count());

    [Fact]
    public void Repoint_Answerable_SourcesAreTheStoriesWhoseParagraphHoldsAnAnswer()
    {
        var stories = StoryArchive.Split("Warsaw.txt", Article).ToList();
        var question = new EvalQuestion("q1", "Which river runs through Warsaw?", ["Vistula"], ["Warsaw.txt"], "fact");

        Assert.Equal(["Warsaw/002.txt"], StoryArchive.Repoint(question, stories)!.Sources);
    }

    [Fact]
    public void Repoint_AnswerOnlyInTheHeadline_IsNoStorysAnswer()
    {
        var stories = StoryArchive.Split("Warsaw.txt", Article).ToList();
        var titleOnly = new EvalQuestion("q1", "Which city is this about?", ["Warsaw"], ["Warsaw.txt"], "fact");
        var nowhere = new EvalQuestion("q2", "How many people live there?", ["1.7 million"], ["Warsaw.txt"], "fact");

        Assert.Equal(["Warsaw/001.txt", "Warsaw/003.txt"], StoryArchive.Repoint(titleOnly, stories)!.Sources);
        Assert.Null(StoryArchive.Repoint(nowhere, stories));
    }

    [Fact]
    public void Repoint_Unanswerable_IsKeptAsItIs()
    {
        var question = new EvalQuestion("u1", "Who is the mayor of Kraków?", [], [], "unanswerable");

        Assert.Same(question, StoryArchive.Repoint(question, StoryArchive.Split("Warsaw.txt", Article).ToList()));
    }

    [Fact]
    public void ToJsonLine_ReadsBackAsTheSameQuestion()
    {
        var question = new EvalQuestion("q1", "Which river?", ["Vistula"], ["Warsaw/002.txt"], "fact");
        var file = Path.Combine(Path.GetTempPath(), $"stories-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(file, question.ToJsonLine() + "\n");
        try
        {
            var read = Assert.Single(EvalQuestion.ReadFile(file));
            Assert.Equal((question.Id, question.Question, question.Kind), (read.Id, read.Question, read.Kind));
            Assert.Equal(question.Answers, read.Answers);
            Assert.Equal(question.Sources, read.Sources);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
