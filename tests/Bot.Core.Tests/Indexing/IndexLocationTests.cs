namespace Bot.Core.Tests.Indexing;

/// <summary>One default index for the CLI and the web host, whatever folder each starts from (dotnet run starts the web host in its project folder).</summary>
public sealed class IndexLocationTests
{
    [Fact]
    public void DefaultIndexAndInbox_AreInTheUserDataFolder_NotTheWorkingDirectory()
    {
        var paths = new PathsOptions();
        var inbox = new InboxOptions();

        Assert.Equal(Path.Combine(PathsOptions.DataFolder, "news.index"), paths.IndexPath);
        Assert.Equal(Path.Combine(PathsOptions.DataFolder, "inbox"), inbox.FolderPath);
        Assert.False(paths.IndexPath.StartsWith(Environment.CurrentDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal), paths.IndexPath);
    }

    [Fact]
    public void ConfiguredPaths_AbsoluteStayAndRelativeGoUnderTheDataFolder()
    {
        var absolute = Path.Combine(Path.GetTempPath(), "elsewhere.index");

        Assert.Equal(absolute, new PathsOptions { Index = absolute }.IndexPath);
        Assert.Equal(Path.Combine(PathsOptions.DataFolder, "archive", "big.index"), new PathsOptions { Index = "archive/big.index" }.IndexPath);
    }
}
