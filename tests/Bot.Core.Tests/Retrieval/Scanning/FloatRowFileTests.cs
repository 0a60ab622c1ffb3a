using System.Runtime.InteropServices;
using Bot.Core.Retrieval.Scanning;

namespace Bot.Core.Tests.Retrieval.Scanning;

public sealed class FloatRowFileTests
{
    [Fact]
    public void Copy_OfStoredRows_ReadsBackEveryRowAndLeavesTheStreamAfterThem()
    {
        var values = Enumerable.Range(0, 3 * 5).Select(i => i * 0.5f).ToArray();
        using var stream = new MemoryStream();
        stream.Write(MemoryMarshal.AsBytes(values.AsSpan()));
        stream.WriteByte(42);
        stream.Position = 0;

        var rows = FloatRowFile.Copy(stream, 3, 5);

        var row = new float[5];
        rows.Read(2, row);
        Assert.Equal(values[10..15], row);
        Assert.Equal(42, stream.ReadByte());
    }

    [Fact]
    public void Copy_OfTooFewRows_SaysTheyEndEarly()
    {
        using var stream = new MemoryStream(new byte[4 * 5 * 2]);

        Assert.Throws<EndOfStreamException>(() => FloatRowFile.Copy(stream, 3, 5));
    }

    [Fact]
    public void Map_OfRowsInAFile_ReadsThemWhereTheyLie()
    {
        string path = Path.Combine(Path.GetTempPath(), $"newsbot-rows-test-{Guid.NewGuid():N}.f32");
        var values = Enumerable.Range(0, 3 * 5).Select(i => i * 0.25f).ToArray();
        try
        {
            using (var file = File.Create(path))
            {
                file.Write([1, 2, 3, 4, 5, 6, 7]);
                file.Write(MemoryMarshal.AsBytes(values.AsSpan()));
            }

            var rows = FloatRowFile.Map(path, 7, 3, 5);

            var row = new float[5];
            rows.Read(1, row);
            Assert.Equal(values[5..10], row);
            Assert.Throws<EndOfStreamException>(() => FloatRowFile.Map(path, 7, 4, 5));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
