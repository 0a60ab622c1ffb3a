using System.Numerics.Tensors;

namespace Bot.Core.Retrieval;

/// <summary>Small vector helpers shared by the store and the answerer.</summary>
public static class VectorMath
{
    /// <summary>Returns a unit-length copy of <paramref name="vector"/> (a zero vector stays zero).</summary>
    public static ReadOnlyMemory<float> Normalize(ReadOnlySpan<float> vector)
    {
        var result = vector.ToArray();
        float norm = TensorPrimitives.Norm(vector);
        if (norm > 0 && float.IsFinite(norm))
        {
            TensorPrimitives.Divide(result, norm, result);
        }

        return result;
    }

    /// <summary>Cosine similarity that tolerates zero vectors (returns 0).</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float na = TensorPrimitives.Norm(a);
        float nb = TensorPrimitives.Norm(b);
        return na == 0 || nb == 0 ? 0 : TensorPrimitives.Dot(a, b) / (na * nb);
    }
}
