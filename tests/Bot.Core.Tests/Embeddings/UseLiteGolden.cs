using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Bot.Core.Tests.Embeddings;

/// <summary>
/// Reference vectors of the ONNX oracle for <see cref="UseLiteOracleTests.Texts"/>, committed as
/// TestData/use-lite-golden.json so the encoder is checked in a clone without the 'shared' folder beside it.
/// Regenerate (needs ../shared/models/use-lite-en/model.onnx) after changing the texts or the tokenizer:
/// <c>NEWSBOT_WRITE_GOLDEN=1 dotnet test tests/Bot.Core.Tests --filter FullyQualifiedName~WriteGolden</c>
/// </summary>
internal static class UseLiteGolden
{
    public const string FileName = "use-lite-golden.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<IReadOnlyList<GoldenCase>> Cases = new(
        () => JsonSerializer.Deserialize<GoldenFile>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", FileName)), Json)!.Cases,
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The texts the fixture holds, in order.</summary>
    public static IEnumerable<string> Texts => Cases.Value.Select(c => c.Text);

    /// <summary>The fixture's case for <paramref name="text"/>; fails with the regeneration command when it has none.</summary>
    public static GoldenCase For(string text)
    {
        var found = Cases.Value.FirstOrDefault(c => c.Text == text);
        Assert.True(found is not null, $"No golden vector for \"{text}\" in TestData/{FileName}; regenerate it (see UseLiteGolden).");
        return found!;
    }

    /// <summary>
    /// Writes the fixture into the source tree (beside this file, not the test output). One case per block and one
    /// array per line keep diffs readable; 7 significant digits keep the cosine to the oracle above 0.9999999.
    /// </summary>
    public static string Write(IEnumerable<GoldenCase> cases, [CallerFilePath] string thisFile = "")
    {
        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "TestData", FileName));
        var blocks = cases.Select(c =>
            $"    {{\n      \"text\": {JsonSerializer.Serialize(c.Text)},\n" +
            $"      \"ids\": [{string.Join(',', c.Ids)}],\n" +
            $"      \"vector\": [{string.Join(',', c.Vector.Select(v => v.ToString("G7", CultureInfo.InvariantCulture)))}]\n    }}");
        var text = new StringBuilder()
            .Append("{\n  \"source\": \"ONNX oracle ../shared/models/use-lite-en/model.onnx; rewritten by ")
            .Append("NEWSBOT_WRITE_GOLDEN=1 dotnet test tests/Bot.Core.Tests --filter FullyQualifiedName~WriteGolden\",\n")
            .Append("  \"cases\": [\n").AppendJoin(",\n", blocks).Append("\n  ]\n}\n");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    /// <summary>One input: the token ids the tokenizer gave and the oracle's sentence embedding of them.</summary>
    internal sealed record GoldenCase(string Text, int[] Ids, float[] Vector);

    private sealed record GoldenFile(string Source, IReadOnlyList<GoldenCase> Cases);
}
