using Bot.Core.Embeddings.UseLite;
using Microsoft.ML.OnnxRuntime;

namespace Bot.Core.Tests.Embeddings;

/// <summary>One shared generator (loading the 28 MB model once) and the location of the ONNX oracle.</summary>
internal static class UseLiteTestModel
{
    private const string OracleRelativePath = "shared/models/use-lite-en/model.onnx";

    private static readonly Lazy<UseLiteEmbeddingGenerator> SharedGenerator =
        new(() => new UseLiteEmbeddingGenerator(), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<string?> OraclePath = new(FindOracleModel, LazyThreadSafetyMode.ExecutionAndPublication);

    // InferenceSession.Run is thread-safe, so one session serves all tests.
    private static readonly Lazy<InferenceSession> OracleSession =
        new(() => new InferenceSession(OraclePath.Value!), LazyThreadSafetyMode.ExecutionAndPublication);

    private static string MissingOracle =>
        $"Reference model '{OracleRelativePath}' was not found in any parent of '{AppContext.BaseDirectory}'.";

    /// <summary>Loaded from the test output folder, which also checks that the build copied the model there.</summary>
    public static UseLiteEmbeddingGenerator Generator => SharedGenerator.Value;

    /// <summary>
    /// Whether the ONNX oracle is beside the repository (../shared, as on CI and our machines). A plain clone has
    /// no 'shared' folder; the tests then compare with the committed golden vectors only (<see cref="UseLiteGolden"/>).
    /// </summary>
    public static bool HasOracle => OraclePath.Value is not null;

    /// <summary>
    /// What the encoder's vector for <paramref name="text"/> is held to: the golden vector always, and the live oracle
    /// when the model is present. Fails when the tokenizer no longer gives the ids the golden vector was made from.
    /// </summary>
    public static IEnumerable<(string Source, float[] Vector)> References(string text, int[] ids)
    {
        var golden = UseLiteGolden.For(text);
        Assert.True(golden.Ids.SequenceEqual(ids), $"token ids of \"{text}\" differ from TestData/{UseLiteGolden.FileName}");
        yield return ("golden", golden.Vector);
        if (HasOracle)
        {
            yield return ("live oracle", RunOracle(ids));
        }
    }

    // Walks up from the test binaries to the folder that holds shared/models/use-lite-en/model.onnx.
    private static string? FindOracleModel()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, OracleRelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) =>
        System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, b);

    /// <summary>The reference sentence embedding of <paramref name="ids"/> from the ONNX model; fails when it is absent.</summary>
    public static float[] RunOracle(int[] ids)
    {
        Assert.True(HasOracle, MissingOracle);

        // An empty input is fed as one masked-out token: the graph then pools zeros, as the managed code does.
        var length = Math.Max(ids.Length, 1);
        var inputIds = new long[length];
        var mask = new long[length];
        for (var i = 0; i < ids.Length; i++)
        {
            inputIds[i] = ids[i];
            mask[i] = 1;
        }

        long[] shape = [1, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(inputIds, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var runOptions = new RunOptions();
        using var outputs = OracleSession.Value.Run(
            runOptions, ["input_ids", "attention_mask"], [idsValue, maskValue], ["sentence_embedding"]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }
}
