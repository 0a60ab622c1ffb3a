using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Bot.Core.Retrieval.Scanning;

namespace Bot.Core.Indexing;

/// <summary>How the index file stores an int8 vector: its float scale, then one code per dimension.</summary>
/// <remarks>
/// Sentence vectors are kept as int8 in memory, so the file keeps exactly those: loading copies bytes
/// instead of converting floats, and a vector costs 4 + d bytes on disk instead of 4·d.
/// </remarks>
public static class VectorRows
{
    /// <summary>Writes one already quantized vector.</summary>
    public static void Write(BinaryWriter writer, ReadOnlySpan<sbyte> codes, float scale)
    {
        writer.Write(scale);
        writer.Write(MemoryMarshal.AsBytes(codes));
    }

    /// <summary>Copies one stored vector (scale, then codes) into <paramref name="row"/> of <paramref name="matrix"/>.</summary>
    private static void CopyInto(ReadOnlySpan<byte> stored, QuantizedMatrix matrix, int row)
    {
        float scale = BinaryPrimitives.ReadSingleLittleEndian(stored);
        if (!float.IsFinite(scale) || scale < 0)
        {
            throw new FormatException("a vector has an invalid scale");
        }

        MemoryMarshal.Cast<byte, sbyte>(stored[sizeof(float)..]).CopyTo(matrix.RowForWrite(row));
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
    /// <remarks>Reads about a megabyte at a time and splits it in memory: two small stream reads per row cost more than the copy.</remarks>
    public static QuantizedMatrix ReadAll(BinaryReader reader, int rows, int dimensions)
    {
        var matrix = new QuantizedMatrix(rows, dimensions);
        int stride = sizeof(float) + dimensions;
        int batch = Math.Max(1, (1 << 20) / stride);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(rows, batch) * stride);
        try
        {
            for (int start = 0; start < rows; start += batch)
            {
                int count = Math.Min(batch, rows - start);
                var block = buffer.AsSpan(0, count * stride);
                reader.BaseStream.ReadExactly(block);
                for (int i = 0; i < count; i++)
                {
                    CopyInto(block.Slice(i * stride, stride), matrix, start + i);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return matrix;
    }
}
