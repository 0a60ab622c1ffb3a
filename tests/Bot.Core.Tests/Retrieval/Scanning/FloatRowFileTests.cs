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
}
