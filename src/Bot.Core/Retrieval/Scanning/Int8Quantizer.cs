namespace Bot.Core.Retrieval.Scanning;

/// <summary>Symmetric int8 quantization with one scale per vector.</summary>
/// <remarks>
/// A per-row scale (max |x| / 127) uses the whole int8 range for every vector, whatever its largest
/// component; a global scale would waste range on rows whose components are all small. Rounding to the
/// nearest code bounds the error of each component by scale / 2.
/// </remarks>
public static class Int8Quantizer
{
    /// <summary>The largest code magnitude; -128 is never used, so negation stays in range.</summary>
    public const int MaxCode = 127;

    /// <summary>Writes the codes of <paramref name="source"/> into <paramref name="codes"/> and returns the scale.</summary>
    public static float Quantize(ReadOnlySpan<float> source, Span<sbyte> codes)
    {
        if (codes.Length != source.Length)
        {
            throw new ArgumentException("The code row and the vector differ in length.", nameof(codes));
        }

        float max = System.Numerics.Tensors.TensorPrimitives.MaxMagnitude(source.IsEmpty ? [0f] : source);
        max = Math.Abs(max);
        if (max == 0 || !float.IsFinite(max))
        {
            codes.Clear();
            return 0;
        }

        float scale = max / MaxCode;

        // A multiply per component instead of a divide: this runs over every stored vector on load. The clamp only
        // guards the last bit of rounding in the inverse.
        float inverse = MaxCode / max;
        for (int i = 0; i < source.Length; i++)
        {
            codes[i] = (sbyte)MathF.Round(Math.Clamp(source[i] * inverse, -MaxCode, MaxCode));
        }

        return scale;
    }

    /// <summary>Writes scale × code into <paramref name="destination"/>.</summary>
    public static void Dequantize(ReadOnlySpan<sbyte> codes, float scale, Span<float> destination)
    {
        for (int i = 0; i < codes.Length; i++)
        {
            destination[i] = codes[i] * scale;
        }
    }

    /// <summary>A new float array holding the dequantized row.</summary>
    public static float[] Dequantize(ReadOnlySpan<sbyte> codes, float scale)
    {
        var result = new float[codes.Length];
        Dequantize(codes, scale, result);
        return result;
    }
}
