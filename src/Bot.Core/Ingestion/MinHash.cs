namespace Bot.Core.Ingestion;

/// <summary>
/// MinHash signatures with locality-sensitive banding, so near-duplicate candidates are found by bucket
/// lookups instead of comparing every pair. 16 bands of 4 rows make pairs at similarity 0.85 collide in
/// some band with probability above 0.9999, while pairs below about 0.5 rarely become candidates at all.
/// </summary>
internal static class MinHash
{
    public const int Bands = 16;
    public const int Rows = 4;

    private static readonly ulong[] Seeds = CreateSeeds(Bands * Rows);

    /// <summary>The signature: for each seeded hash function, the smallest hash over the shingles.</summary>
    public static ulong[] Signature(ulong[] shingles)
    {
        var signature = new ulong[Seeds.Length];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var k = 0; k < Seeds.Length; k++)
            {
                signature[k] = Math.Min(signature[k], Mix(shingle ^ Seeds[k]));
            }
        }

        return signature;
    }

    /// <summary>One bucket key per band: the band number and a hash of its rows.</summary>
    public static IEnumerable<(int Band, ulong Key)> BandKeys(ulong[] signature)
    {
        for (var band = 0; band < Bands; band++)
        {
            var key = 0UL;
            for (var row = 0; row < Rows; row++)
            {
                key = Mix(key ^ signature[(band * Rows) + row]);
            }

            yield return (band, key);
        }
    }

    // The SplitMix64 finaliser: cheap, well mixed and identical on every run and machine.
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EB;
        return value ^ (value >> 31);
    }

    private static ulong[] CreateSeeds(int count)
    {
        var seeds = new ulong[count];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < count; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
