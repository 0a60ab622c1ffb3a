using System.Diagnostics;
using System.Numerics.Tensors;

namespace Bot.Cli.Bench;

/// <summary>Read bandwidth of this machine: SIMD sums over an array far larger than the caches, best of several passes.</summary>
/// <remarks>A scan cannot beat bytes read ÷ this figure, so it is the physical floor the query latencies are compared with.</remarks>
internal static class MemoryBandwidth
{
    private const int Bytes = 512 << 20;
    private const int Passes = 5;

    /// <summary>GB/s read by one thread, and by <paramref name="threads"/> threads each reading its own part.</summary>
    public static (double OneThread, double AllThreads) Measure(int threads)
    {
        var data = new float[Bytes / sizeof(float)];
        data.AsSpan().Fill(1f);
        double one = Best(() => Sum(data, 0, data.Length));
        double all = Best(() => Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            int part = data.Length / threads;
            Sum(data, t * part, part);
        }));
        return (Math.Round(one, 2), Math.Round(all, 2));
    }

    private static double Best(Action pass)
    {
        double best = 0;
        for (int i = 0; i < Passes; i++)
        {
            long start = Stopwatch.GetTimestamp();
            pass();
            best = Math.Max(best, Bytes / Stopwatch.GetElapsedTime(start).TotalSeconds / 1e9);
        }

        return best;
    }

    private static float Sum(float[] data, int from, int length)
    {
        float sum = TensorPrimitives.Sum(data.AsSpan(from, length));
        GC.KeepAlive(sum);
        return sum;
    }
}
