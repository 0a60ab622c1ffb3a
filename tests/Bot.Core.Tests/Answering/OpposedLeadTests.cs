using Bot.Core.Answering;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

/// <summary>The best sentence says the opposite of a question's word ("highest" for "lowest").</summary>
public sealed class OpposedLeadTests : IAsyncLifetime
{
    private readonly ArchiveFolder _archive = new("opposed-lead");

    public async Task InitializeAsync()
    {
        _archive.Write("city/001.txt", "Warsaw's hills and river banks",
            "The highest point of Warsaw is located on Szczesliwice hill, in the west of the city, at 138 metres.",
            "The lowest point lies on the right bank of the Vistula, by the eastern border, at 75 metres.",
            "The largest park of Warsaw is located in the south of the city, at Kabaty.");
        await _archive.OpenAsync();
    }

    [Fact]
    public async Task Ask_AnotherSentenceOfTheStorySaysTheWordItself_ItLeads()
    {
        var reply = await _archive.Get<AnswerService>().AskAsync("Where is the lowest point of Warsaw located?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("right bank of the Vistula", reply.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_NoSentenceSaysTheWord_Refuses()
    {
        var reply = await _archive.Get<AnswerService>().AskAsync("Where is the smallest park of Warsaw located?");

        Assert.True(reply.Abstained, reply.Text);
        Assert.Contains("largest", reply.Text, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
