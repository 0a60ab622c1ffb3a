using Bot.Core.Ingestion;

namespace Bot.Core.Tests.Ingestion;

public sealed class IngestionOptionsTests
{
    [Fact]
    public void Validate_Defaults_HasNoErrors()
    {
        var options = new IngestionOptions();

        Assert.Empty(options.Validate());
        Assert.Equal(2_000_000, options.MaxFileBytes);
        Assert.Equal(0.85, options.NearDuplicateThreshold);
        Assert.Equal([".txt", ".md", ".markdown", ".html", ".htm"], options.GetExtensions());
    }

    [Fact]
    public void Validate_BadValues_NamesEveryKey()
    {
        var options = new IngestionOptions { MaxFileBytes = 0, NearDuplicateThreshold = 1.5, Extensions = [" "] };

        var errors = options.Validate();

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("Bot:Ingestion:MaxFileBytes", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Bot:Ingestion:NearDuplicateThreshold", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Bot:Ingestion:Extensions", StringComparison.Ordinal));
    }

    [Fact]
    public void GetExtensions_Configured_ReplacesDefaultsAndAddsTheDot()
    {
        var options = new IngestionOptions { Extensions = ["TXT", ".text"] };

        Assert.Equal([".txt", ".text"], options.GetExtensions());
    }

    [Fact]
    public void ArticleLoader_InvalidOptions_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new ArticleLoader(new IngestionOptions { MaxFileBytes = -1 }));

        Assert.Contains("Bot:Ingestion:MaxFileBytes", error.Message, StringComparison.Ordinal);
    }
}
