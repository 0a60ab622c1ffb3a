using System.CommandLine;
using Bot.Core.Embeddings;
using Bot.Core.Indexing;
using Bot.Core.Retrieval;
using Bot.Core.Retrieval.AzureSearch;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary>
/// <c>azure-upload</c>: copies the saved index's passages, with their vectors, into Azure AI Search
/// (<c>Bot:AzureSearch</c>), creating or updating the index schema first. The way to move an archive that has
/// outgrown one process onto a shared search service.
/// </summary>
internal static class AzureUploadCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("azure-upload", "Copy the saved index's passages and vectors into Azure AI Search (Bot:AzureSearch).");
        command.SetAction(async (result, cancellationToken) =>
        {
            using var services = context.BuildServices();
            var options = services.GetRequiredService<IOptions<AzureSearchOptions>>().Value;
            var embedder = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
            CheckDimensions(options, EmbeddingGeneratorFactory.Describe(embedder).Dimensions);
            var store = new AzureSearchPassageStore(options, embedder); // refuses a missing endpoint or key, naming the setting
            await IndexConsole.OpenAsync(context.Console, services.GetRequiredService<IndexManager>(), quiet: true, cancellationToken);
            await store.EnsureIndexAsync(cancellationToken);
            var passages = services.GetRequiredService<NewsIndex>().Vectors.ChunksWithVectors().ToList();
            int stored = 0;
            await context.Console.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask($"Uploading to {options.IndexName}", maxValue: Math.Max(passages.Count, 1));
                stored = await store.UpsertAsync(passages, new Progress<int>(done => task.Value = done), cancellationToken);
            });
            context.Console.MarkupLineInterpolated($"Uploaded {stored:N0} passages to index {options.IndexName} at {options.Endpoint}.");
            return 0;
        });
        return command;
    }

    private static void CheckDimensions(AzureSearchOptions options, int dimensions)
    {
        if (options.Dimensions != dimensions)
        {
            throw new InvalidOperationException($"Bot:AzureSearch:Dimensions is {options.Dimensions} but the embedder writes {dimensions}-dimension vectors; set it to {dimensions}.");
        }
    }
}
