namespace Bot.Core.Retrieval.Scanning;

/// <summary>The codes a store searches (int8 rows and sign codes), saved with the index so loading copies them instead of computing them again.</summary>
public sealed record StoredCodes(QuantizedMatrix Vectors, SignCodes Signs)
{
    /// <summary>Codes and mapped float32 rows for <paramref name="rows"/> unit vectors, each written by <paramref name="fillRow"/>: everything a search reads.</summary>
    public static (StoredCodes Codes, FloatRowFile Rows) Build(int rows, int dimensions, Action<int, float[]> fillRow)
    {
        var matrix = new QuantizedMatrix(rows, dimensions);
        var exact = FloatRowFile.Write(rows, dimensions, (row, values) =>
        {
            fillRow(row, values);
            matrix.Set(row, values);
        });
        return (new StoredCodes(matrix, SignCodes.Build(matrix)), exact);
    }

    /// <summary>Whether these codes describe <paramref name="rows"/> rows of <paramref name="dimensions"/> dimensions.</summary>
    public bool Fits(int rows, int dimensions) =>
        Vectors.Rows == rows && Signs.Rows == rows && Vectors.Dimensions == dimensions && Signs.Dimensions == dimensions;
}
