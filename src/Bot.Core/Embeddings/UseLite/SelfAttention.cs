using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Bot.Core.Embeddings.UseLite;

/// <summary>
/// Multi-head scaled dot-product self-attention within one sentence, over the packed query-key-value rows
/// (per row: queries, keys, values, each split into consecutive heads). A sentence only attends to its own
/// rows, so packing needs no padding mask.
/// </summary>
internal sealed class SelfAttention(int width, int heads, float queryScale)
{
    // Head widths are 64 and 128; the register-blocked path handles any multiple of this.
    private const int Chunk = 64;

    private readonly int _headWidth = width / heads;

    private bool UseVectors => Vector256.IsHardwareAccelerated && _headWidth % Chunk == 0;

    /// <summary>Writes the attention output of rows start..start+length into <paramref name="context"/> (width floats per row).</summary>
    public void Apply(Span<float> qkv, Span<float> context, int start, int length, Span<float> scoreBuffer)
    {
        if (length == 0)
        {
            return;
        }

        var stride = 3 * width;
        var scores = scoreBuffer[..length];
        for (var h = 0; h < heads; h++)
        {
            var offset = h * _headWidth;
            ref var keys = ref qkv[(start * stride) + width + offset];
            ref var values = ref qkv[(start * stride) + (2 * width) + offset];
            for (var t = start; t < start + length; t++)
            {
                ref var query = ref qkv[(t * stride) + offset];
                var target = context.Slice((t * width) + offset, _headWidth);
                if (UseVectors)
                {
                    Scores(ref query, ref keys, stride, scores);
                    SoftmaxInPlace(scores);
                    WeightedSum(scores, ref values, stride, target);
                }
                else
                {
                    AttendWithTensorPrimitives(qkv.Slice((t * stride) + offset, _headWidth), qkv[((start * stride) + width + offset)..], stride, scores, target);
                }
            }
        }
    }

    // scores[s] = (query · key_s) · scale, four keys at a time so four independent FMA chains fill the pipeline.
    private void Scores(ref float query, ref float keys, int stride, Span<float> scores)
    {
        var n = (nuint)_headWidth;
        var s = 0;
        for (; s + 4 <= scores.Length; s += 4)
        {
            ref var k0 = ref Unsafe.Add(ref keys, s * stride);
            ref var k1 = ref Unsafe.Add(ref k0, stride);
            ref var k2 = ref Unsafe.Add(ref k1, stride);
            ref var k3 = ref Unsafe.Add(ref k2, stride);
            Vector256<float> a0 = default, a1 = default, a2 = default, a3 = default;
            for (nuint i = 0; i < n; i += (nuint)Vector256<float>.Count)
            {
                var q = Vector256.LoadUnsafe(ref query, i);
                a0 = Vector256.FusedMultiplyAdd(q, Vector256.LoadUnsafe(ref k0, i), a0);
                a1 = Vector256.FusedMultiplyAdd(q, Vector256.LoadUnsafe(ref k1, i), a1);
                a2 = Vector256.FusedMultiplyAdd(q, Vector256.LoadUnsafe(ref k2, i), a2);
                a3 = Vector256.FusedMultiplyAdd(q, Vector256.LoadUnsafe(ref k3, i), a3);
            }

            scores[s] = Vector256.Sum(a0) * queryScale;
            scores[s + 1] = Vector256.Sum(a1) * queryScale;
            scores[s + 2] = Vector256.Sum(a2) * queryScale;
            scores[s + 3] = Vector256.Sum(a3) * queryScale;
        }

        for (; s < scores.Length; s++)
        {
            ref var key = ref Unsafe.Add(ref keys, s * stride);
            Vector256<float> a0 = default;
            for (nuint i = 0; i < n; i += (nuint)Vector256<float>.Count)
            {
                a0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref query, i), Vector256.LoadUnsafe(ref key, i), a0);
            }

            scores[s] = Vector256.Sum(a0) * queryScale;
        }
    }

    // target = Σ_s scores[s] · value_s, 64 columns at a time held in eight registers across all values.
    private static void WeightedSum(Span<float> scores, ref float values, int stride, Span<float> target)
    {
        ref var output = ref MemoryMarshal.GetReference(target);
        for (var c = 0; c < target.Length; c += Chunk)
        {
            Vector256<float> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
            ref var value = ref Unsafe.Add(ref values, c);
            for (var s = 0; s < scores.Length; s++)
            {
                var p = Vector256.Create(scores[s]);
                a0 = Vector256.FusedMultiplyAdd(p, Vector256.LoadUnsafe(ref value, 0), a0);
                a1 = Vector256.FusedMultiplyAdd(p, Vector256.LoadUnsafe(ref value, 8), a1);
                a2 = Vector256.FusedMultiplyAdd(p, Vector256.LoadUnsafe(ref value, 16), a2);
                a3 = Vector256.FusedMultiplyAdd(p, Vector256.LoadUnsafe(ref value, 24), a3);
                a4 = Vector256.FusedMultiplyAdd(p, Vector256.LoadUnsafe(ref value, 32), a4);
                a5 = Vector256.FusedMultiplyAdd(p, Vector256.LoadUnsafe(ref value, 40), a5);
                a6 = Vector256.FusedMultiplyAdd(p, Vector256.LoadUnsafe(ref value, 48), a6);
                a7 = Vector256.FusedMultiplyAdd(p, Vector256.LoadUnsafe(ref value, 56), a7);
                value = ref Unsafe.Add(ref value, stride);
            }

            ref var chunk = ref Unsafe.Add(ref output, c);
            a0.StoreUnsafe(ref chunk, 0);
            a1.StoreUnsafe(ref chunk, 8);
            a2.StoreUnsafe(ref chunk, 16);
            a3.StoreUnsafe(ref chunk, 24);
            a4.StoreUnsafe(ref chunk, 32);
            a5.StoreUnsafe(ref chunk, 40);
            a6.StoreUnsafe(ref chunk, 48);
            a7.StoreUnsafe(ref chunk, 56);
        }
    }

    // For CPUs without 256-bit SIMD (and odd head widths): the same maths through TensorPrimitives.
    private void AttendWithTensorPrimitives(ReadOnlySpan<float> query, Span<float> keysOnward, int stride, Span<float> scores, Span<float> target)
    {
        for (var s = 0; s < scores.Length; s++)
        {
            scores[s] = TensorPrimitives.Dot(query, keysOnward.Slice(s * stride, _headWidth)) * queryScale;
        }

        SoftmaxInPlace(scores);
        target.Clear();
        for (var s = 0; s < scores.Length; s++)
        {
            TensorPrimitives.MultiplyAdd(keysOnward.Slice((s * stride) + width, _headWidth), scores[s], target, target);
        }
    }

    private static void SoftmaxInPlace(Span<float> scores)
    {
        // Subtracting the maximum keeps Exp finite for any score range.
        TensorPrimitives.Subtract(scores, TensorPrimitives.Max(scores), scores);
        TensorPrimitives.Exp(scores, scores);
        TensorPrimitives.Divide(scores, TensorPrimitives.Sum(scores), scores);
    }
}
