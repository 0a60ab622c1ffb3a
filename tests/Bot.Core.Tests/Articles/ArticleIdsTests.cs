using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

public sealed class ArticleIdsTests
{
    [Fact]
    public void Relative_FileInSubfolder_UsesForwardSlashes()
    {
        var root = Path.Combine(Path.GetTempPath(), "archive");

        Assert.Equal("tech/042.txt", ArticleIds.Relative(root, Path.Combine(root, "tech", "042.txt")));
    }

    [Fact]
    public void Relative_FileAtTheRoot_IsItsFileName()
    {
        var root = Path.Combine(Path.GetTempPath(), "seeds");

        Assert.Equal("000_fea76c09ba40191c.txt", ArticleIds.Relative(root, Path.Combine(root, "000_fea76c09ba40191c.txt")));
    }

    [Theory]
    [InlineData(@"tech\042.txt")]
    [InlineData("./tech/042.txt")]
    [InlineData(" Tech/042.TXT ")]
    public void Same_IdTypedAnotherWay_MatchesTheIndexedId(string typed)
    {
        Assert.True(ArticleIds.Same(typed, "tech/042.txt"));
    }

    [Fact]
    public void Same_BareFileNameOfAnArticleInAFolder_DoesNotMatch()
    {
        Assert.False(ArticleIds.Same("042.txt", "tech/042.txt"));
    }
}
