using System.Runtime.InteropServices;
using System.Text.Json;

namespace Bot.Core.Embeddings.UseLite;

/// <summary>The float32 tensors of the USE-lite TF.js graph model (model.json manifest plus binary shards).</summary>
public sealed class UseLiteWeights
{
    private const string Transformer = "module_apply_default/Encoder_en/KonaTransformer/";

    // The converter stored each tensor under the name of the graph node that produced it, so the same model
    // part sits under different prefixes; these are tried in order, like the reference conversion script.
    private static readonly string[] Prefixes =
    [
        "",
        Transformer,
        Transformer + "Encode/",
        Transformer + "Encode/TransformerStack/",
        "module/Encoder_en/KonaTransformer/Encode/",
        "module/",
        "module/Encoder_en/",
    ];

    private readonly Dictionary<string, Tensor> _tensors;

    private UseLiteWeights(Dictionary<string, Tensor> tensors) => _tensors = tensors;

    /// <summary>Names of all float32 tensors, as written in model.json.</summary>
    public IReadOnlyCollection<string> Names => _tensors.Keys;

    /// <summary>Reads model.json and every shard it lists from <paramref name="modelDirectory"/>.</summary>
    public static UseLiteWeights Load(string modelDirectory)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("USE-lite weight shards are little-endian.");
        }

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(modelDirectory, "model.json")));
        var tensors = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (var group in manifest.RootElement.GetProperty("weightsManifest").EnumerateArray())
        {
            using var shards = new ShardReader(modelDirectory, group.GetProperty("paths"));
            foreach (var entry in group.GetProperty("weights").EnumerateArray())
            {
                ReadEntry(entry, shards, tensors);
            }

            shards.EnsureFullyConsumed();
        }

        return new UseLiteWeights(tensors);
    }

    /// <summary>Data (row-major) and shape of a tensor, looked up under the known name prefixes.</summary>
    public (float[] Data, int[] Shape) Get(string name)
    {
        foreach (var prefix in Prefixes)
        {
            if (_tensors.TryGetValue(prefix + name, out var tensor))
            {
                return (tensor.Data, tensor.Shape);
            }
        }

        throw new KeyNotFoundException($"USE-lite weight '{name}' is not in model.json.");
    }

    /// <summary>A tensor's data after checking its element count.</summary>
    public float[] Get(string name, int expectedLength)
    {
        var data = Get(name).Data;
        return data.Length == expectedLength
            ? data
            : throw new InvalidDataException($"USE-lite weight '{name}' has {data.Length} values, expected {expectedLength}.");
    }

    /// <summary>A scalar constant of the graph.</summary>
    public float Scalar(string name) => Get(name, 1)[0];

    private static void ReadEntry(JsonElement entry, ShardReader shards, Dictionary<string, Tensor> tensors)
    {
        var name = entry.GetProperty("name").GetString() ?? string.Empty;
        var dtype = entry.GetProperty("dtype").GetString();
        if (entry.TryGetProperty("quantization", out _))
        {
            throw new InvalidDataException($"USE-lite weight '{name}' is quantized; only plain float32/int32 is supported.");
        }

        var shape = entry.GetProperty("shape").EnumerateArray().Select(d => d.GetInt32()).ToArray();
        var count = shape.Aggregate(1, (product, dimension) => product * dimension);
        switch (dtype)
        {
            case "float32":
                var data = new float[count];
                shards.ReadExactly(MemoryMarshal.AsBytes(data.AsSpan()));
                tensors[name] = new Tensor(data, shape);
                break;
            case "int32":
                // Graph bookkeeping (shapes, axes); the forward pass does not need it, but it occupies shard bytes.
                shards.Skip(checked(count * sizeof(int)));
                break;
            default:
                throw new InvalidDataException($"USE-lite weight '{name}' has unsupported dtype '{dtype}'.");
        }
    }

    private sealed record Tensor(float[] Data, int[] Shape);

    /// <summary>Reads the shard files of one manifest group as a single byte stream (tensors may span shards).</summary>
    private sealed class ShardReader : IDisposable
    {
        private readonly Queue<string> _paths;
        private FileStream? _current;

        public ShardReader(string directory, JsonElement paths)
        {
            _paths = new Queue<string>(paths.EnumerateArray().Select(p => Path.Combine(directory, p.GetString() ?? string.Empty)));
        }

        public void ReadExactly(Span<byte> destination)
        {
            while (destination.Length > 0)
            {
                var read = Current().Read(destination);
                if (read == 0)
                {
                    NextShard();
                    continue;
                }

                destination = destination[read..];
            }
        }

        public void Skip(int byteCount)
        {
            Span<byte> scratch = stackalloc byte[256];
            for (var left = byteCount; left > 0; left -= scratch.Length)
            {
                scratch = scratch[..Math.Min(scratch.Length, left)];
                ReadExactly(scratch);
            }
        }

        public void EnsureFullyConsumed()
        {
            while (_current is null || _current.Position == _current.Length)
            {
                if (_paths.Count == 0)
                {
                    return;
                }

                NextShard();
            }

            throw new InvalidDataException($"USE-lite shard '{_current.Name}' has bytes that model.json does not describe.");
        }

        public void Dispose() => _current?.Dispose();

        private FileStream Current()
        {
            if (_current is null)
            {
                NextShard();
            }

            return _current!;
        }

        private void NextShard()
        {
            if (_paths.Count == 0)
            {
                throw new InvalidDataException("USE-lite weight shards are shorter than model.json describes.");
            }

            _current?.Dispose();
            _current = File.OpenRead(_paths.Dequeue());
        }
    }
}
