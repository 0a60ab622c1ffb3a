using Bot.Core.Answering;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

/// <summary>What an investigation found, asked of a story in which it has not yet reported, and of one in which it has.</summary>
public sealed class FindingAskedTests : IAsyncLifetime
{
    private readonly ArchiveFolder _archive = new("finding");

    public async Task InitializeAsync()
    {
        _archive.Write("environment/001.txt", "Council investigates debris after Horoeka flood",
            "Horoeka Regional Council said it had opened an investigation into the source of the flood debris and expected to report back in about three months.",
            "About 40 tonnes of logs and slash were cleared from the Mōkihi River bridge on Tuesday.");
        _archive.Write("environment/002.txt", "Quarry blamed for Tarrant Creek silt",
            "An investigation by Tarrant District Council found that the silt in Tarrant Creek came from a collapsed settling pond at the Brenton quarry.",
            "The quarry's owner said it had rebuilt the pond.");
        await _archive.OpenAsync();
    }

    [Fact]
    public async Task Ask_WhatAnInvestigationFoundBeforeItReports_IsRefusedAndSaysWhy()
    {
        var reply = await _archive.Get<AnswerService>().AskAsync("What did Horoeka Regional Council's investigation into the flood debris conclude?");

        Assert.True(reply.Abstained, reply.Text);
        Assert.Contains("do not yet report what it found", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WhatAnInvestigationFound_QuotesTheFinding()
    {
        var reply = await _archive.Get<AnswerService>().AskAsync("What did Tarrant District Council's investigation into the creek silt find?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("collapsed settling pond", reply.Citations[0].Quote, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
