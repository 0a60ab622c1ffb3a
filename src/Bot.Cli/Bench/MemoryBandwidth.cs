using System.Diagnostics;
using System.Runtime.Intrinsics;

namespace Bot.Cli.Bench;

/// <summary>Read bandwidth of this machine: SIMD sums over an array far larger than the caches, best of several passes.</summary>
/// <remarks>
/// A scan cannot beat bytes read ÷ this figure, so it is the physical floor the query latencies are compared with.
/// Four independent integer accumulators keep the adds off the critical path: a float sum with one accumulator
/// is bound by add latency and measured 20 GB/s where the int8 scan itself read 27 GB/s.
/// </remarks>
internal static class MemoryBandwidth
{
    private const int Bytes = 512 << 20;
    private const int Passes = 5;

    /// <summary>GB/s read by one thread, and by <paramref name="threads"/> threads each reading its own part.</summary>
    public static (double OneThread, double AllThreads) Measure(int threads)
    {
        var data = new int[Bytes / sizeof(int)];
        data.AsSpan().Fill(1);
        double one = Best(() => GC.KeepAlive(Sum(data, 0, data.Length)));
        double all = Best(() => Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            int part = data.Length / threads;
            GC.KeepAlive(Sum(data, t * part, part));
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

    private static int Sum(int[] data, int from, int length)
    {
        ref int start = ref data[from];
        Vector256<int> a = default, b = default, c = default, d = default;
        int step = Vector256<int>.Count;
        int i = 0;
        for (; i <= length - (4 * step); i += 4 * step)
        {
            a += Vector256.LoadUnsafe(ref start, (nuint)i);
            b += Vector256.LoadUnsafe(ref start, (nuint)(i + step));
            c += Vector256.LoadUnsafe(ref start, (nuint)(i + (2 * step)));
            d += Vector256.LoadUnsafe(ref start, (nuint)(i + (3 * step)));
        }

        int sum = Vector256.Sum(a + b + c + d);
        for (; i < length; i++)
        {
            sum += data[from + i];
        }

        return sum;
    }
}
