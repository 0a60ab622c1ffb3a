using Bot.Core.Evaluation;

namespace Bot.Core.Tests.Evaluation;

/// <summary>Question sources name articles by id: a path such as tech/042.txt, or a plain file name at the corpus top.</summary>
public sealed class SourceMatchingTests
{
    [Theory]
    [InlineData("tech/042.txt", "tech/042.txt", 1.0)]
    [InlineData(@"tech\042.txt", "tech/042.txt", 1.0)]
    [InlineData("042.txt", "042.txt", 1.0)]
    [InlineData("042.txt", "tech/042.txt", 0.0)]
    [InlineData("business/042.txt", "tech/042.txt", 0.0)]
    public void DocAtK_SourceAndRetrievedId_MatchByPath(string source, string retrieved, double expected)
    {
        var question = new EvalQuestion("q1", "What happened?", ["rates rose"], [source], "fact");
        IReadOnlyList<(string, string)> ranked = [("Central bank rates rose on Monday.", retrieved)];

        var figures = RetrievalFigures.From([(question, ranked)], k: 5);

        Assert.Equal(expected, figures.DocAtK);
    }

    [Fact]
    public void UnknownSources_BareFileNameForAnArticleInAFolder_IsNamed()
    {
        EvalQuestion[] questions =
        [
            new("q1", "What happened?", ["x"], ["tech/042.txt"], "fact"),
            new("q2", "What else?", ["y"], ["042.txt"], "fact"),
        ];

        var warnings = SourceCheck.UnknownSources(questions, ["tech/042.txt", "business/042.txt"]);

        Assert.Contains("Question q2 names source 042.txt", Assert.Single(warnings), StringComparison.Ordinal);
    }
}
