using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class NewsParaphrasesTests
{
    [Theory]
    [InlineData("ask", "sought", true)]
    [InlineData("asked", "requested", true)]
    [InlineData("killed", "died", true)]
    [InlineData("respond", "response", true)]
    [InlineData("lifting", "end", true)]
    [InlineData("sanctions", "curbs", true)]
    [InlineData("rose", "increased", true)]
    [InlineData("rose", "fell", false)]
    [InlineData("ask", "killed", false)]
    [InlineData("border", "Pakistan", false)]
    [InlineData("the", "the", false)]
    public void Same_WordsOfOneSet_InAnyInflection(string a, string b, bool expected)
    {
        Assert.Equal(expected, NewsParaphrases.Same(a, b));
        Assert.Equal(expected, NewsParaphrases.Same(b, a));
    }
}
