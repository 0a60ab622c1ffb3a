using System.CommandLine;
using System.Text.Json;
using Bot.Cli.Bench;

namespace Bot.Cli.Commands;

/// <summary><c>bench</c>: vector search (exact vs int8), BM25, ingestion, the saved index and memory, and encoder sentences/s (against ONNX Runtime with <c>--reference</c>), as tables or one JSON object.</summary>
internal static class BenchCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Command Create(CliContext context)
    {
        var sizes = new Option<string>("--sizes") { Description = "Comma-separated store sizes in chunks (1000000 needs several GB).", DefaultValueFactory = _ => "10000,100000" };
        var dims = new Option<string>("--dims") { Description = "Comma-separated vector dimensions.", DefaultValueFactory = _ => "384,1536" };
        var queries = new Option<int>("--queries") { Description = "Queries per measurement.", DefaultValueFactory = _ => 200 };
        var articles = new Option<int>("--articles") { Description = "Generated articles for the ingestion run.", DefaultValueFactory = _ => 200 };
        var lexicalMax = new Option<int>("--lexical-max") { Description = "Largest size the BM25 index is built for.", DefaultValueFactory = _ => 100_000 };
        var oversample = new Option<int>("--oversample") { Description = "Int8 candidates per result kept for rescoring.", DefaultValueFactory = _ => Bot.Core.Retrieval.Scanning.ScanSettings.Default.Oversample };
        var seed = new Option<int>("--seed") { Description = "Seed for generated vectors and text.", DefaultValueFactory = _ => 1 };
        var skipIngest = new Option<bool>("--skip-ingest") { Description = "Skip the ingestion run." };
        var skipLexical = new Option<bool>("--skip-lexical") { Description = "Skip BM25." };
        var squad = new Option<string?>("--squad") { Description = "A squad-b folder (corpus/, questions.jsonl): also measure recall on its sentences, queried by its questions." };
        var skipContention = new Option<bool>("--skip-contention") { Description = "Skip question latency during an ingest." };
        var sentences = new Option<int>("--sentences") { Description = "News sentences the encoder section embeds per round.", DefaultValueFactory = _ => 2000 };
        var reference = new Option<string?>("--reference") { Description = "Reference USE-lite ONNX model (../shared/models/use-lite-en/model.onnx): ONNX Runtime encodes the same sentences and the ratio is reported." };
        var skipEncoder = new Option<bool>("--skip-encoder") { Description = "Skip the encoder section." };
        var json = new Option<bool>("--json") { Description = "Print every figure as one JSON object." };
        var command = new Command("bench", "Measure search latency, recall, memory, index size, ingestion and encoder speed, and questions during an ingest.")
        {
            sizes, dims, queries, articles, lexicalMax, oversample, seed, skipIngest, skipLexical, squad, skipContention, sentences, reference, skipEncoder, json,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var request = new BenchRequest(Numbers(result.GetValue(sizes)!), Numbers(result.GetValue(dims)!), Positive(result.GetValue(queries), "--queries"),
                Positive(result.GetValue(articles), "--articles"), result.GetValue(skipIngest), result.GetValue(skipLexical), result.GetValue(seed), result.GetValue(lexicalMax),
                Positive(result.GetValue(oversample), "--oversample"),
                new EncoderRequest(Positive(result.GetValue(sentences), "--sentences"), result.GetValue(skipEncoder), ReferencePath(result.GetValue(reference))),
                ExistingFolder(result.GetValue(squad)), result.GetValue(skipContention));
            bool asJson = result.GetValue(json);
            var report = await new BenchRunner(context, request, quiet: asJson).RunAsync(cancellationToken);
            if (asJson)
            {
                context.Console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(report, Json));
            }
            else
            {
                BenchTables.Print(context.Console, report);
            }

            return 0;
        });
        return command;
    }

    private static List<int> Numbers(string list)
    {
        var numbers = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.TryParse(s, out int n) && n > 0 ? n : throw new InvalidOperationException($"'{s}' is not a positive whole number."))
            .ToList();
        return numbers.Count > 0 ? numbers : throw new InvalidOperationException("Give at least one number.");
    }

    private static string? ExistingFolder(string? path) =>
        path is null || Directory.Exists(Path.Combine(path, "corpus")) ? path : throw new InvalidOperationException($"--squad: {path} has no corpus folder.");

    private static string? ReferencePath(string? path) =>
        path is null ? null : File.Exists(path) ? Path.GetFullPath(path) : throw new InvalidOperationException($"--reference: '{path}' does not exist.");

    private static int Positive(int value, string name) => value > 0 ? value : throw new InvalidOperationException($"{name} must be positive.");
}
