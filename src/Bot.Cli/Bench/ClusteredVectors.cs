namespace Bot.Cli.Bench;

/// <summary>Synthetic unit vectors scattered around random topic centres, and queries drawn near stored points.</summary>
/// <remarks>
/// Uniform random vectors are nearly orthogonal, so their "nearest" neighbours are noise and any index looks
/// either perfect or hopeless. Clusters give each query a real neighbourhood of close calls, as passages on
/// one story do: a point's cosine to its centre is about 0.8 and to a cluster mate about 0.6.
/// </remarks>
internal sealed class ClusteredVectors
{
    private const double PointNoise = 0.75;
    private const double QueryNoise = 0.5;

    private ClusteredVectors(float[] flat, float[][] queries, int dimensions)
    {
        Flat = flat;
        Queries = queries;
        Dimensions = dimensions;
    }

    /// <summary>Every stored vector, row after row.</summary>
    public float[] Flat { get; }

    public float[][] Queries { get; }

    public int Dimensions { get; }

    public int Rows => Flat.Length / Dimensions;

    public ReadOnlySpan<float> Row(int row) => Flat.AsSpan(row * Dimensions, Dimensions);

    public static ClusteredVectors Generate(int rows, int dimensions, int queries, int seed)
    {
        var random = new Random(seed);
        int clusters = Math.Clamp(rows / 50, 16, 4000);
        var centres = new float[clusters][];
        for (int c = 0; c < clusters; c++)
        {
            centres[c] = Noise(random, dimensions, 1.0);
        }

        var flat = new float[(long)rows * dimensions];
        var noise = new float[dimensions];
        for (int row = 0; row < rows; row++)
        {
            Fill(random, noise, PointNoise);
            Unit(centres[random.Next(clusters)], noise, flat.AsSpan(row * dimensions, dimensions));
        }

        var picked = new float[queries][];
        for (int q = 0; q < queries; q++)
        {
            Fill(random, noise, QueryNoise);
            picked[q] = new float[dimensions];
            Unit(flat.AsSpan(random.Next(rows) * dimensions, dimensions), noise, picked[q]);
        }

        return new ClusteredVectors(flat, picked, dimensions);
    }

    private static float[] Noise(Random random, int dimensions, double sigma)
    {
        var vector = new float[dimensions];
        Fill(random, vector, sigma);
        return vector;
    }

    // Gaussian components with total length about sigma (Box–Muller).
    private static void Fill(Random random, Span<float> vector, double sigma)
    {
        double scale = sigma / Math.Sqrt(vector.Length);
        for (int i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()) * scale);
        }
    }

    private static void Unit(ReadOnlySpan<float> centre, ReadOnlySpan<float> noise, Span<float> destination)
    {
        System.Numerics.Tensors.TensorPrimitives.Add(centre, noise, destination);
        float norm = System.Numerics.Tensors.TensorPrimitives.Norm(destination);
        System.Numerics.Tensors.TensorPrimitives.Divide(destination, norm, destination);
    }
}
