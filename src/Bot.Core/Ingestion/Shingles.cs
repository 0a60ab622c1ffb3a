using System.Security.Cryptography;
using System.Text;

namespace Bot.Core.Ingestion;

/// <summary>Word 5-shingles of a text as sorted 64-bit hashes, plus an exact fingerprint of its words.</summary>
internal static class Shingles
{
    public const int Size = 5;

    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>Lower-cased words: letters and digits only, apostrophes inside words dropped ("Pakistan’s" → "pakistans").</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0 && !IsInnerApostrophe(text, i))
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>The distinct shingle hashes, sorted so two sets intersect in one linear pass.</summary>
    public static ulong[] Of(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return [];
        }

        var wordHashes = words.Select(Hash).ToArray();
        var width = Math.Min(Size, wordHashes.Length);
        var shingles = new ulong[wordHashes.Length - width + 1];
        for (var i = 0; i < shingles.Length; i++)
        {
            var hash = FnvOffset;
            for (var j = i; j < i + width; j++)
            {
                hash = (hash ^ wordHashes[j]) * FnvPrime;
            }

            shingles[i] = hash;
        }

        Array.Sort(shingles);
        return [.. shingles.Distinct()];
    }

    /// <summary>Jaccard similarity of two sorted, distinct hash sets.</summary>
    public static double Jaccard(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var order = a[i].CompareTo(b[j]);
            shared += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        return (double)shared / (a.Length + b.Length - shared);
    }

    /// <summary>A hash of the word sequence: equal for bodies that differ only in case, punctuation or spacing.</summary>
    public static string Fingerprint(IReadOnlyList<string> words) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words))));

    private static bool IsInnerApostrophe(string text, int index) =>
        text[index] is '\'' or '’' && index + 1 < text.Length && char.IsLetter(text[index + 1]);

    // FNV-1a: string.GetHashCode is randomised per process, and results must not change between runs.
    private static ulong Hash(string word)
    {
        var hash = FnvOffset;
        foreach (var c in word)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }
}
