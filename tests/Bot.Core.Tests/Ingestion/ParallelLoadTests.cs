using Bot.Core.Ingestion;

namespace Bot.Core.Tests.Ingestion;

/// <summary>Reading an archive on every core reports exactly what reading it one file at a time does.</summary>
public sealed class ParallelLoadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Load_InParallel_GivesTheSameArticlesIdsMergesAndSkipsAsOneAtATime()
    {
        for (int i = 0; i < 24; i++)
        {
            _folder.Write($"section-{i % 3}/{i:000}.txt", i % 2 == 0 ? SampleStories.Port.Replace("14 vessels", $"{i} vessels", StringComparison.Ordinal) : SampleStories.Schools + $" Update {i}.");
        }

        _folder.Write("section-1/empty.txt", string.Empty);
        _folder.WriteBytes("section-2/photo.txt", [0, 1, 2, 0, 255, 0, 7, 0]);
        var loader = new ArticleLoader(new IngestionOptions());

        var serial = loader.Load([_folder.Path]);
        var parallel = loader.Load([_folder.Path], progress: null, parallelism: 4);

        Assert.Equal(serial.Articles, parallel.Articles);
        Assert.Equal(serial.Report.Ingested, parallel.Report.Ingested);
        Assert.Equal(serial.Report.Merged, parallel.Report.Merged);
        Assert.Equal(serial.Report.Skipped, parallel.Report.Skipped);
        Assert.Equal(2, parallel.Report.Skipped.Count);
    }

    public void Dispose() => _folder.Dispose();
}
