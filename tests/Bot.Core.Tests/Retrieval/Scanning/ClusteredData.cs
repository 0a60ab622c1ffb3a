using Bot.Core.Retrieval.Scanning;

namespace Bot.Core.Tests.Retrieval.Scanning;

/// <summary>Points scattered around random centres, so nearest neighbours are close calls within a cluster; queries are noisy copies of stored points.</summary>
internal sealed record ClusteredData(float[] Flat, QuantizedMatrix Matrix, float[][] Queries, int Dimensions)
{
    public static ClusteredData Generate(int rows, int clusters, int queries, int dimensions, int seed = 42)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, clusters).Select(_ => Gaussian(random, 1f, dimensions)).ToArray();
        var flat = new float[rows * dimensions];
        var matrix = new QuantizedMatrix(rows, dimensions);
        for (int row = 0; row < rows; row++)
        {
            var point = Unit(centres[random.Next(clusters)].Zip(Gaussian(random, 0.8f, dimensions), (c, n) => c + n).ToArray());
            point.CopyTo(flat, row * dimensions);
            matrix.Set(row, point);
        }

        var picked = Enumerable.Range(0, queries).Select(_ => flat.AsSpan(random.Next(rows) * dimensions, dimensions).ToArray());
        return new ClusteredData(flat, matrix, picked.Select(p => Unit(p.Zip(Gaussian(random, 0.5f, dimensions), (x, n) => x + n).ToArray())).ToArray(), dimensions);
    }

    /// <summary>The float32 rows in a mapped file, as the store keeps them for rescoring.</summary>
    public FloatRowFile Rows() => FloatRowFile.Write(Matrix.Rows, Dimensions, (row, values) => Flat.AsSpan(row * Dimensions, Dimensions).CopyTo(values));

    private static float[] Gaussian(Random random, float sigma, int dimensions) =>
        Enumerable.Range(0, dimensions).Select(_ => (float)(Normal(random) * sigma / Math.Sqrt(dimensions))).ToArray();

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static float[] Unit(float[] vector)
    {
        float norm = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
        return vector.Select(x => x / norm).ToArray();
    }
}
