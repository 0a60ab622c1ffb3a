using Bot.Core.LanguageModels;
using Bot.Core.Tests.LanguageModels;

namespace Bot.Cli.Tests.Hardening;

/// <summary>
/// Issue 11 item 18: operator mistakes get a non-zero exit and one clear line (a missing path, a date that is not a
/// date), and a provider name in another letter case is the provider, as .NET binds enum settings.
/// </summary>
public sealed class CliInputTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Ingest_MissingPath_ExitsNonZeroNamingIt()
    {
        var (code, output) = await _cli.RunAsync("ingest", "/no/such/dir");

        Assert.Equal(1, code);
        Assert.Contains("/no/such/dir: no such file or folder", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Indexed", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "yesterday")]
    [InlineData("--to", "2024-13-45")]
    public async Task Ask_DateOptionThatIsNotADate_SaysTheFormatNotATypeName(string option, string value)
    {
        var (code, output) = await _cli.RunAsync("ask", option, value, "Who led the Afghan delegation?");

        Assert.NotEqual(0, code);
        Assert.Contains($"{option} '{value}' is not a date; write it as yyyy-mm-dd", output, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("OPENAI")]
    [InlineData(" OpenAi ")]
    public async Task Provider_InAnyLetterCase_IsAccepted(string provider)
    {
        // The model is down (a closed port): the offline answer with a notice proves the provider was taken.
        var (code, output) = await _cli.RunAsync(string.Empty, new Dictionary<string, string?>
        {
            ["Bot:Model:Provider"] = provider,
            ["Bot:Model:Endpoint"] = $"http://127.0.0.1:{LoopbackChatServer.FreePort()}/v1",
            ["Bot:Model:ChatModel"] = "test-model",
            ["Bot:Model:ApiKey"] = "test-key",
            ["Bot:Model:MaxRetries"] = "1",
        }, "ask", "How many soldiers died in the NATO strike?");

        Assert.True(code == 0, output);
        Assert.Contains(ModelAnswerer.UnavailableNotice, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provider_Unknown_IsRefusedNamingTheChoices()
    {
        var (code, output) = await _cli.RunAsync(string.Empty, new Dictionary<string, string?> { ["Bot:Model:Provider"] = "gpt" }, "ask", "hi");

        Assert.Equal(1, code);
        Assert.Contains("Bot:Model:Provider must be Offline, AzureOpenAI, OpenAI or Ollama", output, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
