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
/// <c>azure-upload</c>: copies the saved (in-memory store's) index, articles and passages with their vectors, into Azure
/// AI Search (<c>Bot:AzureSearch</c>), creating or updating both indexes first and replacing each article's old passages.
/// The way to move an archive that has outgrown one process onto a shared search service; then set
/// <c>Bot:Retrieval:Store</c> to AzureSearch.
/// </summary>
internal static class AzureUploadCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("azure-upload", "Copy the saved index's articles, passages and vectors into Azure AI Search (Bot:AzureSearch).");
        command.SetAction(async (result, cancellationToken) =>
        {
            // The source is always the local index file, whatever store answers questions.
            using var services = context.BuildServices(new Dictionary<string, string?> { [$"{RetrievalOptions.SectionName}:{nameof(RetrievalOptions.Store)}"] = RetrievalOptions.InMemoryStore });
            var options = services.GetRequiredService<IOptions<AzureSearchOptions>>().Value;
            CheckDimensions(options, EmbeddingGeneratorFactory.Describe(services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>()).Dimensions);
            var indexes = new AzureSearchIndexes(options, services.GetRequiredService<IOptions<RetrievalOptions>>().Value.TitleBoost); // refuses a missing endpoint or key, naming the setting
            var writer = new AzureSearchWriter(indexes, new AzureSearchCalls(services.GetRequiredService<PassageStoreHealth>()));
            await IndexConsole.OpenAsync(context.Console, services.GetRequiredService<IndexManager>(), quiet: true, cancellationToken);
            await indexes.EnsureAsync(cancellationToken);
            var news = services.GetRequiredService<NewsIndex>();
            var passages = news.Vectors.ChunksWithVectors().ToList();
            int stored = 0;
            await context.Console.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask($"Uploading to {options.IndexName}", maxValue: Math.Max(passages.Count, 1));
                stored = await writer.UpsertAsync([.. news.Articles.Values], passages, new Progress<int>(done => task.Value = done), cancellationToken);
            });
            context.Console.MarkupLineInterpolated($"Uploaded {news.Articles.Count:N0} articles and {stored:N0} passages to {indexes.Location}.");
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
