using Bot.Core.LanguageModels;
using Bot.Core.Tests.LanguageModels;

namespace Bot.Cli.Tests;

public sealed class AskStreamingTests : IDisposable
{
    private const string Question = "How many soldiers died in the NATO strike?";
    private readonly CliRun _cli = new();
    private readonly LoopbackChatServer _server = new();

    [Fact]
    public async Task Ask_WithModel_GoesThroughTheConversationAndPrintsOnlyTheVerifiedAnswer()
    {
        _server.Enqueue(p => ScriptedReply.Text($"{SourceLabels.ValidReply(p)} The strike \"killed 40 Afghan policemen in March\" [1]."));

        var (code, output) = await RunAsync(_server.Endpoint, "ask", Question);

        Assert.True(code == 0, output);
        Assert.True(_server.Prompts.Count == 1, output);
        Assert.Contains("Sources", output, StringComparison.Ordinal);
        Assert.Contains(SourceLabels.Killed, output, StringComparison.Ordinal);
        Assert.Contains("1 of 2 sentences supported", output, StringComparison.Ordinal);
        // The rejected sentence was in the model's draft; redirected output shows no draft, so it never appears.
        Assert.DoesNotContain("40 Afghan policemen", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithModelDown_PrintsOfflineAnswerAndNoticeWithoutStackTrace()
    {
        var (code, output) = await RunAsync($"http://127.0.0.1:{LoopbackChatServer.FreePort()}/v1", "ask", Question);

        Assert.True(code == 0, output);
        Assert.Contains(ModelAnswerer.UnavailableNotice, output, StringComparison.Ordinal);
        Assert.Contains(SourceLabels.Killed, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Output)> RunAsync(string endpoint, params string[] args) =>
        _cli.RunAsync(string.Empty, new Dictionary<string, string?>
        {
            ["Bot:Model:Provider"] = "OpenAI",
            ["Bot:Model:Endpoint"] = endpoint,
            ["Bot:Model:ChatModel"] = "test-model",
            ["Bot:Model:ApiKey"] = "test-key",
            ["Bot:Model:MaxRetries"] = "1",
            // Not a test of the slow-start cut-off (8 s by default), which a loaded CI machine can reach on the first call.
            ["Bot:Model:FirstTokenSeconds"] = "60",
        }, args);

    public void Dispose()
    {
        _server.Dispose();
        _cli.Dispose();
    }
}
