using Bot.Core.Answering;
using Bot.Core.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Answering;

public sealed class SyndicatedCopyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-syndicated").FullName;

    [Fact]
    public async Task Ask_WhenArticlesRepeatASentence_QuotesItOnce()
    {
        const string shared = "The port authority said the new terminal can handle two million containers a year.";
        File.WriteAllText(Path.Combine(_folder, "a.txt"), $"KARACHI: Officials opened a container terminal on Tuesday.\n\n{shared}\n\nTrade groups welcomed the move.");
        File.WriteAllText(Path.Combine(_folder, "b.txt"), $"GWADAR: Shipping lines are expanding routes to the coast this spring.\n\n{shared}\n\nFishermen protested the expansion near the harbour.");
        using var services = await EngineFactory.OpenOverAsync(_folder);

        var answer = await services.GetRequiredService<AnswerService>().AskAsync("How many containers can the new terminal handle?");

        Assert.Single(answer.Citations, c => c.Quote == shared);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
