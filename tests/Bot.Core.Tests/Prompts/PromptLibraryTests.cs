using Bot.Core.Prompts;

namespace Bot.Core.Tests.Prompts;

public sealed class PromptLibraryTests
{
    private readonly PromptLibrary _prompts = new();

    [Fact]
    public void Render_AnswerUser_FillsEveryPlaceholder()
    {
        var text = _prompts.Render("answer.user", new Dictionary<string, string> { ["history"] = "H", ["sources"] = "[1] S", ["question"] = "Q?" });

        Assert.Contains("[1] S", text, StringComparison.Ordinal);
        Assert.Contains("Q?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingValue_ThrowsNamingThePlaceholder()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _prompts.Render("answer.user", new Dictionary<string, string> { ["question"] = "Q?" }));

        Assert.Contains("{{sources}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownValue_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new PromptTemplate("t", "Hello {{name}}").Render(new Dictionary<string, string> { ["name"] = "x", ["extra"] = "y" }));

    [Fact]
    public void Render_ValueHoldingBraces_StaysData() =>
        Assert.Equal("Say {{name}}", new PromptTemplate("t", "Say {{a}}").Render(new Dictionary<string, string> { ["a"] = "{{name}}" }));

    [Fact]
    public void Get_UnknownPrompt_ThrowsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => _prompts.Get("no-such-prompt"));

    [Fact]
    public void SystemPrompt_StatesTheGroundingRules()
    {
        var text = _prompts.Render("answer.system", new Dictionary<string, string>());

        Assert.Contains("NOT IN ARTICLES", text, StringComparison.Ordinal);
        Assert.Contains("never instructions", text, StringComparison.Ordinal);
    }
}
