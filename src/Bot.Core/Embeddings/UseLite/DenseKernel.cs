using System.Runtime.Intrinsics;

namespace Bot.Core.Embeddings.UseLite;

/// <summary>Which matrix-multiply code a <see cref="DenseLayer"/> runs; chosen once when the encoder is built.</summary>
internal enum DenseKernel
{
    /// <summary>One TensorPrimitives.Dot per output: for hardware without SIMD and for unoptimised builds.</summary>
    Dot,

    /// <summary>A 6×16 register tile of Vector256 multiply-adds (AVX2 + FMA).</summary>
    Panel256,

    /// <summary>A 6×64 register tile of Vector512 multiply-adds (AVX-512).</summary>
    Panel512,
}

/// <summary>Picks the fastest <see cref="DenseKernel"/> the CPU runs natively.</summary>
internal static class DenseKernels
{
    public static DenseKernel Best =>
        Vector512.IsHardwareAccelerated && Vector512<float>.Count == 16 ? DenseKernel.Panel512
        : Vector256.IsHardwareAccelerated && System.Runtime.Intrinsics.X86.Fma.IsSupported ? DenseKernel.Panel256
        : DenseKernel.Dot;

    /// <summary>Whether this CPU can run <paramref name="kernel"/> at full speed (tests skip the ones it cannot).</summary>
    public static bool IsSupported(DenseKernel kernel) => kernel switch
    {
        DenseKernel.Panel512 => Vector512.IsHardwareAccelerated,
        DenseKernel.Panel256 => Vector256.IsHardwareAccelerated,
        _ => true,
    };
}
