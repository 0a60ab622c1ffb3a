using Bot.Core.Retrieval;
using Bot.Core.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Retrieval;

public sealed class RetrievalOptionsTests
{
    [Fact]
    public void Start_WithNoSignCodeCandidates_FailsNamingTheSetting()
    {
        using var engine = EngineFactory.Create(settings: new Dictionary<string, string?> { ["Bot:Retrieval:MinCandidates"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => engine.GetRequiredService<IOptions<RetrievalOptions>>().Value);

        Assert.Contains("MinCandidates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_CarriesTheCandidateCounts()
    {
        var scan = new RetrievalOptions { CandidatesPerResult = 7, MinCandidates = 90 }.Scan;

        Assert.Equal(90, scan.CandidatesFor(10));
        Assert.Equal(280, scan.CandidatesFor(40));
    }
}
