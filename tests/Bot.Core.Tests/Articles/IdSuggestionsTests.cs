using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

/// <summary>The hint for an id that is not indexed: by prefix, by file name, by spelling, and nothing far-fetched.</summary>
public sealed class IdSuggestionsTests
{
    private static readonly string[] Known = ["tech/042.txt", "tech/043.txt", "world/042.txt", "001_22fc6f85eb85ac22.txt", "business/2024/port.md"];

    [Theory]
    [InlineData("tech/", "tech/042.txt,tech/043.txt")]
    [InlineData("001_22fc.txt", "001_22fc6f85eb85ac22.txt")]
    [InlineData("042.txt", "tech/042.txt,world/042.txt,tech/043.txt")]
    [InlineData("tech/42.txt", "tech/042.txt,world/042.txt,tech/043.txt")]
    [InlineData("business/2024/prot.md", "business/2024/port.md")]
    public void Closest_MistypedId_SuggestsTheLikelyOnesBestFirst(string typed, string expected)
    {
        Assert.Equal(expected.Split(','), IdSuggestions.Closest(typed, Known));
    }

    [Fact]
    public void Closest_NothingAlike_SuggestsNothing()
    {
        Assert.Empty(IdSuggestions.Closest("sport/cricket-final.html", Known));
    }
}
