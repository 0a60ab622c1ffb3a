namespace Bot.Core.Retrieval.Scanning;

/// <summary>The codes a store searches (int8 rows and sign codes), saved with the index so loading copies them instead of computing them again.</summary>
public sealed record StoredCodes(QuantizedMatrix Vectors, SignCodes Signs)
{
    /// <summary>Whether these codes describe <paramref name="rows"/> rows of <paramref name="dimensions"/> dimensions.</summary>
    public bool Fits(int rows, int dimensions) =>
        Vectors.Rows == rows && Signs.Rows == rows && Vectors.Dimensions == dimensions && Signs.Dimensions == dimensions;
}
