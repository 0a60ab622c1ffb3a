using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Bot.Core.Embeddings.UseLite;
using Bot.Core.Retrieval.Scanning;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Bot.Cli.Bench;

/// <summary>Runs the sections a <see cref="BenchRequest"/> asks for, in order, reporting progress on the console.</summary>
internal sealed class BenchRunner(CliContext context, BenchRequest request, bool quiet)
{
    public async Task<BenchReport> RunAsync(CancellationToken cancellationToken)
    {
        Say("measuring memory bandwidth");
        var (one, all) = MemoryBandwidth.Measure(Environment.ProcessorCount);
        var machine = new MachineFigures(Environment.ProcessorCount, Simd(), one, all);

        var vectors = new List<VectorFigures>();
        foreach (int dims in request.Dimensions)
        {
            foreach (int size in request.Sizes)
            {
                Say($"vectors: {size:N0} × {dims}");
                vectors.Add(VectorBench.Run(size, dims, request.Queries, request.Seed, one, ScanSettings.Default with { Oversample = request.Oversample }));
                GC.Collect();
            }
        }

        Say(request.Squad is null ? "real vectors: seed sentences" : "real vectors: seed and squad-b sentences (embedding them takes a minute)");
        var real = await RealVectorBench.RunAsync(context, request.Squad, request.Queries, ScanSettings.Default with { Oversample = request.Oversample }, cancellationToken);

        var generator = new ArticleGenerator(Path.Combine(AppContext.BaseDirectory, "seeds"), request.Seed);
        var lexical = new List<LexicalFigures>();
        foreach (int size in request.SkipLexical ? [] : request.Sizes.Where(s => s <= request.LexicalMaxSize))
        {
            Say($"lexical: {size:N0} passages");
            lexical.Add(LexicalBench.Run(generator, size, request.Queries));
        }

        IngestFigures? ingest = null;
        if (!request.SkipIngest)
        {
            Say($"ingest: {request.Articles} generated articles");
            ingest = await IngestBench.RunAsync(context, generator, request.Articles, request.Queries, cancellationToken);
        }

        ContentionFigures? contention = null;
        if (!request.SkipContention)
        {
            Say($"questions during a background ingest of {request.Articles} generated articles");
            contention = await ContentionBench.RunAsync(context, generator, request.Articles, Math.Min(request.Queries, 100), cancellationToken);
        }

        return new BenchReport(machine, vectors, real, lexical, ingest, RunEncoder(cancellationToken), contention);
    }

    private EncoderFigures? RunEncoder(CancellationToken cancellationToken)
    {
        if (request.Encoder.Skip)
        {
            return null;
        }

        using var services = context.BuildServices();
        var embedder = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var useLite = embedder.GetService<UseLiteEmbeddingGenerator>()
            ?? throw new InvalidOperationException("The encoder section measures USE-lite, but another embedder is configured; pass --skip-encoder.");
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        var sentences = EncoderBench.Sentences(seeds, new ArticleGenerator(seeds, request.Seed), request.Encoder.Sentences);
        Say($"encoder: {sentences.Count:N0} sentences" + (request.Encoder.ReferencePath is null ? string.Empty : ", and ONNX Runtime on the reference model"));
        return EncoderBench.Run(useLite, sentences, request.Encoder.ReferencePath, cancellationToken);
    }

    private void Say(string step)
    {
        if (!quiet)
        {
            context.Console.MarkupLineInterpolated($"[grey]bench: {step}[/]");
        }
    }

    private static string Simd() =>
        AvxVnni.IsSupported ? "avx-vnni" : Avx2.IsSupported ? "avx2" : Vector128.IsHardwareAccelerated ? "vector128" : "scalar";
}
