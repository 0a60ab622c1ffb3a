using System.Runtime.InteropServices;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>
/// A passage's sentence vectors as one base64 string of little-endian float32 values, row after row: a retrievable,
/// unsearchable field costs the service no index space, and the answerer gets the vectors it scores with.
/// </summary>
public static class SentenceVectorCodec
{
    /// <summary>The vectors as base64; null when there are none.</summary>
    public static string? Encode(IReadOnlyList<ReadOnlyMemory<float>> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count == 0)
        {
            return null;
        }

        int width = vectors[0].Length;
        var values = new float[vectors.Count * width];
        for (int i = 0; i < vectors.Count; i++)
        {
            vectors[i].Span.CopyTo(values.AsSpan(i * width, width));
        }

        ThrowIfBigEndian();
        return Convert.ToBase64String(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>The <paramref name="rows"/> vectors in <paramref name="encoded"/>; empty when it holds none or does not divide evenly.</summary>
    public static IReadOnlyList<ReadOnlyMemory<float>> Decode(string? encoded, int rows)
    {
        if (string.IsNullOrEmpty(encoded) || rows <= 0)
        {
            return [];
        }

        ThrowIfBigEndian();
        var values = MemoryMarshal.Cast<byte, float>(Convert.FromBase64String(encoded)).ToArray();
        if (values.Length % rows != 0)
        {
            return [];
        }

        int width = values.Length / rows;
        return [.. Enumerable.Range(0, rows).Select(i => new ReadOnlyMemory<float>(values, i * width, width))];
    }

    private static void ThrowIfBigEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Sentence vectors are stored little-endian; this machine is big-endian.");
        }
    }
}
