using System.Runtime.InteropServices;
using Bot.Core.Retrieval.Scanning;

namespace Bot.Core.Indexing;

/// <summary>How the index file stores a vector: its float scale, then one int8 code per dimension.</summary>
/// <remarks>
/// The store searches int8 codes, so the file keeps exactly those: loading copies bytes instead of
/// converting floats, and a vector costs 4 + d bytes on disk instead of 4·d.
/// </remarks>
public static class VectorRows
{
    /// <summary>Quantizes and writes one vector.</summary>
    public static void Write(BinaryWriter writer, ReadOnlySpan<float> vector, Span<sbyte> scratch)
    {
        float scale = Int8Quantizer.Quantize(vector, scratch);
        Write(writer, scratch, scale);
    }

    /// <summary>Writes one already quantized vector.</summary>
    public static void Write(BinaryWriter writer, ReadOnlySpan<sbyte> codes, float scale)
    {
        writer.Write(scale);
        writer.Write(MemoryMarshal.AsBytes(codes));
    }

    /// <summary>Reads one vector into <paramref name="row"/> of <paramref name="matrix"/>.</summary>
    public static void ReadInto(BinaryReader reader, QuantizedMatrix matrix, int row)
    {
        float scale = reader.ReadSingle();
        if (!float.IsFinite(scale) || scale < 0)
        {
            throw new FormatException("a vector has an invalid scale");
        }

        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(matrix.RowForWrite(row)));
        matrix.SetScale(row, scale);
    }

    /// <summary>Writes every row of <paramref name="matrix"/>.</summary>
    public static void WriteAll(BinaryWriter writer, QuantizedMatrix matrix)
    {
        for (int row = 0; row < matrix.Rows; row++)
        {
            Write(writer, matrix.Row(row), matrix.Scale(row));
        }
    }

    /// <summary>Reads <paramref name="rows"/> vectors written by <see cref="WriteAll"/>.</summary>
    public static QuantizedMatrix ReadAll(BinaryReader reader, int rows, int dimensions)
    {
        var matrix = new QuantizedMatrix(rows, dimensions);
        for (int row = 0; row < rows; row++)
        {
            ReadInto(reader, matrix, row);
        }

        return matrix;
    }
}
