using System.Text;

namespace Bot.Core.Ingestion;

/// <summary>Turns file bytes into text: BOM-aware strict UTF-8, a Latin-1 fallback, and binary detection.</summary>
internal static class TextDecoder
{
    public const string Latin1Repair = "not valid UTF-8, read as Latin-1";

    private const int SampleBytes = 8192;
    private const double MaxControlShare = 0.05;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 puts printable characters (curly quotes, dashes, euro) where Latin-1 has C1 controls.
    // Text that is not UTF-8 almost always came from Windows, so those 32 bytes are mapped the Windows way;
    // every other byte is plain Latin-1.
    private static readonly string Windows1252High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>Decodes the bytes; returns null when they look binary.</summary>
    public static (string Text, string? Repair)? Decode(byte[] bytes)
    {
        if (StartsWith(bytes, 0xFF, 0xFE))
        {
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), null);
        }

        if (StartsWith(bytes, 0xFE, 0xFF))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), null);
        }

        var start = StartsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (LooksBinary(bytes.AsSpan(start)))
        {
            return null;
        }

        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException)
        {
            return (DecodeLatin1(bytes.AsSpan(start)), Latin1Repair);
        }
    }

    /// <summary>True when the bytes hold NUL or a high share of control characters.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        if (sample.Contains((byte)0))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in sample)
        {
            if (b is < 0x20 and not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C) || b == 0x7F)
            {
                controls++;
            }
        }

        return sample.Length > 0 && controls > Math.Max(1, sample.Length * MaxControlShare);
    }

    private static string DecodeLatin1(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            builder.Append(b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b);
        }

        return builder.ToString();
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix) => bytes.AsSpan().StartsWith(prefix);
}
