using System.Runtime.InteropServices;
using Bot.Core.Retrieval.Scanning;

namespace Bot.Core.Indexing;

/// <summary>How the index file stores <see cref="SignCodes"/>: the counts, the centre, then the interleaved bits and the per-row floats exactly as they sit in memory.</summary>
/// <remarks>
/// Building the codes means a pass to find the mean and another to take signs (about 2.5 s for a million
/// 384-dimension rows on one core); stored as they are, loading them is three block reads.
/// </remarks>
public static class SignCodeRows
{
    /// <summary>Writes every row of <paramref name="codes"/>.</summary>
    public static void Write(BinaryWriter writer, SignCodes codes)
    {
        writer.Write(codes.Rows);
        writer.Write(codes.Dimensions);
        writer.Write(MemoryMarshal.AsBytes(codes.Centre.AsSpan()));
        writer.Write(codes.Bits);
        writer.Write(MemoryMarshal.AsBytes(codes.Factors));
        writer.Write(MemoryMarshal.AsBytes(codes.Biases));
    }

    /// <summary>Reads codes written by <see cref="Write"/>, refusing a row count or width other than expected.</summary>
    public static SignCodes Read(BinaryReader reader, int rows, int dimensions)
    {
        if (reader.ReadInt32() != rows || reader.ReadInt32() != dimensions)
        {
            throw new FormatException("the sign codes do not match the stored vectors");
        }

        var centre = new float[dimensions];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(centre.AsSpan()));
        var codes = new SignCodes(rows, dimensions, centre);
        reader.BaseStream.ReadExactly(codes.Bits);
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(codes.Factors));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(codes.Biases));
        return Finite(centre) && Finite(codes.Factors) && Finite(codes.Biases)
            ? codes
            : throw new FormatException("the sign codes hold a value that is not a finite number");
    }

    private static bool Finite(ReadOnlySpan<float> values) => System.Numerics.Tensors.TensorPrimitives.IsFiniteAll(values);
}
