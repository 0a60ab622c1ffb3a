namespace Bot.Cli.Bench;

/// <summary>Measures what a structure costs on the managed heap: live bytes after a full collection, before and after building it.</summary>
/// <remarks>Measured rather than computed from array lengths, so object headers, padding and anything the builder keeps count too.</remarks>
internal static class HeapMeter
{
    public static (T Value, long Bytes) Measure<T>(Func<T> build)
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var value = build();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(value);
        return (value, after - before);
    }
}
