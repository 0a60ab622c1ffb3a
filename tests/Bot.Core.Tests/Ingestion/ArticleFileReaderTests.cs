using System.Text;
using Bot.Core.Ingestion;

namespace Bot.Core.Tests.Ingestion;

public sealed class ArticleFileReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ArticleFileReader _reader = new(new IngestionOptions { MaxFileBytes = 1_000 });

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n\t \r\n")]
    public void Read_EmptyOrWhitespaceFile_SkipsAsEmpty(string text)
    {
        var result = _reader.Read(_folder.Write("empty.txt", text));

        Assert.False(result.IsRead);
        Assert.Equal("empty file", result.SkipReason);
    }

    [Fact]
    public void Read_FileWithNulBytes_SkipsAsBinary()
    {
        var result = _reader.Read(_folder.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x41]));

        Assert.Equal("binary file, not text", result.SkipReason);
    }

    [Fact]
    public void Read_FileFullOfControlCharacters_SkipsAsBinary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();

        Assert.Equal("binary file, not text", _reader.Read(_folder.WriteBytes("data.txt", bytes)).SkipReason);
    }

    [Fact]
    public void Read_Latin1File_RepairsAndKeepsTheAccent()
    {
        var bytes = Encoding.Latin1.GetBytes("The caf\u00E9 on Mall Road reopened on Monday, its owner said.");

        var result = _reader.Read(_folder.WriteBytes("latin1.txt", bytes));

        Assert.Equal("The café on Mall Road reopened on Monday, its owner said.", result.Text);
        Assert.Equal("not valid UTF-8, read as Latin-1", result.Repair);
    }

    [Fact]
    public void Read_Utf8WithByteOrderMark_DropsTheMarkWithoutRepair()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Pakistan’s café")).ToArray();

        var result = _reader.Read(_folder.WriteBytes("bom.txt", bytes));

        Assert.Equal("Pakistan’s café", result.Text);
        Assert.Null(result.Repair);
    }

    [Fact]
    public void Read_FileOverTheLimit_SkipsNamingSizeLimitAndSetting()
    {
        var result = _reader.Read(_folder.Write("big.txt", new string('a', 1_500)));

        Assert.Contains("1,500 bytes", result.SkipReason, StringComparison.Ordinal);
        Assert.Contains("1,000-byte limit", result.SkipReason, StringComparison.Ordinal);
        Assert.Contains("Bot:Ingestion:MaxFileBytes", result.SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnsupportedExtension_SkipsNamingTheExtension()
    {
        var result = _reader.Read(_folder.Write("report.pdf", "Some text."));

        Assert.Contains("unsupported extension '.pdf'", result.SkipReason, StringComparison.Ordinal);
        Assert.Contains("Bot:Ingestion:Extensions", result.SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_SkipsAsNotFound()
    {
        Assert.Equal("not found", _reader.Read(Path.Combine(_folder.Path, "missing.txt")).SkipReason);
    }

    public void Dispose() => _folder.Dispose();
}
