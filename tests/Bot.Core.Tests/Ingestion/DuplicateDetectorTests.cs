using Bot.Core.Articles;
using Bot.Core.Ingestion;

namespace Bot.Core.Tests.Ingestion;

public sealed class DuplicateDetectorTests
{
    private const string Story =
        "ISLAMABAD: Pakistan and Afghanistan agreed on Tuesday to reopen the Torkham border crossing after talks between " +
        "military officials, ending a week-long closure that stranded thousands of trucks on both sides. Officials said " +
        "the crossing would reopen for trade on Wednesday morning and for pedestrians a day later, once new documentation " +
        "rules had been explained to travellers. Traders welcomed the decision but said the closure had cost them millions " +
        "of rupees in spoiled fruit and vegetables.";

    [Fact]
    public void Merge_ExactDuplicateWithOtherCaseAndSpacing_MergesIntoFirst()
    {
        var result = new DuplicateDetector().Merge([Article("a.txt", Story), Article("b.txt", "  " + Story.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal))]);

        Assert.Equal(["a.txt"], result.Kept.Select(a => a.Id));
        var merged = Assert.Single(result.Merged);
        Assert.Equal("merged b.txt into a.txt (similarity 1.00)", merged.Describe());
    }

    [Fact]
    public void Merge_SameWireStoryWithExtraTrailingLine_MergesAsNearDuplicate()
    {
        var variant = Story + "\n\nAdditional reporting by staff in Peshawar.";

        var result = new DuplicateDetector().Merge([Article("wire.txt", Story), Article("outlet.txt", variant)]);

        var merged = Assert.Single(result.Merged);
        Assert.Equal(("outlet.txt", "wire.txt"), (merged.DuplicateId, merged.KeptId));
        Assert.InRange(merged.Similarity, 0.85, 0.999);
    }

    [Fact]
    public void Merge_DifferentStoriesOnTheSameTopic_KeepsBoth()
    {
        const string other =
            "KABUL: The Taliban said on Tuesday that the Torkham crossing would stay closed until Pakistan withdrew new " +
            "documentation rules, and accused Islamabad of breaking an agreement on medical travel reached last year.";

        Assert.Equal(2, new DuplicateDetector().Merge([Article("a.txt", Story), Article("b.txt", other)]).Kept.Count);
    }

    [Fact]
    public void Merge_ThousandsOfArticles_FindsPlantedDuplicatesQuickly()
    {
        var random = new Random(42);
        var vocabulary = Enumerable.Range(0, 5_000).Select(i => $"w{i}").ToArray();
        var articles = Enumerable.Range(0, 5_000)
            .Select(i => Article($"{i}.txt", string.Join(' ', Enumerable.Range(0, 300).Select(_ => vocabulary[random.Next(vocabulary.Length)]))))
            .ToList();
        articles.AddRange(articles.Take(20).Select(a => Article("copy-" + a.Id, a.Body + " with one more closing line")));

        var result = new DuplicateDetector().Merge(articles);

        Assert.Equal(20, result.Merged.Count);
        Assert.All(result.Merged, m => Assert.Equal("copy-" + m.KeptId, m.DuplicateId));
    }

    private static NewsArticle Article(string id, string body) => new(id, id, null, null, null, body, id);
}
