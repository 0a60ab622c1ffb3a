using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;
using Bot.Core.Articles;
using Bot.Core.Chunking;
using Bot.Core.Conversation;
using Bot.Core.Conversation.Intents;
using Bot.Core.Embeddings;
using Bot.Core.Indexing;
using Bot.Core.Ingestion;
using Bot.Core.LanguageModels;
using Bot.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core;

/// <summary>The one place the engine's object graph is composed, shared by the CLI, the web host and tests.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>Binds and validates every <c>Bot:*</c> options class and registers the engine.</summary>
    public static IServiceCollection AddBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<PathsOptions>(configuration, PathsOptions.SectionName);
        services.AddValidatedOptions<InboxOptions>(configuration, InboxOptions.SectionName);
        services.AddValidatedOptions<ModelOptions>(configuration, ModelOptions.SectionName);
        services.AddValidatedOptions<ChunkingOptions>(configuration, ChunkingOptions.SectionName);
        services.AddValidatedOptions<RetrievalOptions>(configuration, RetrievalOptions.SectionName);
        services.AddValidatedOptions<AnsweringOptions>(configuration, AnsweringOptions.SectionName);
        services.AddValidatedOptions<IngestionOptions>(configuration, IngestionOptions.SectionName);

        services.AddValidatedOptions<ConversationOptions>(configuration, ConversationOptions.SectionName);
        services.AddValidatedOptions<IntentOptions>(configuration, IntentOptions.SectionName);
        services.AddValidatedOptions<Retrieval.AzureSearch.AzureSearchOptions>(configuration, Retrieval.AzureSearch.AzureSearchOptions.SectionName);

        services.AddSingleton<IngestPriority>();
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(s =>
            new PrioritizedEmbeddingGenerator(EmbeddingGeneratorFactory.Create(s), s.GetRequiredService<IngestPriority>()));
        services.AddSingleton<NewsIndex>();
        services.AddPassageStore(configuration);
        services.AddSingleton<TextChunker>();
        services.AddSingleton<CorpusIndexer>();
        services.AddSingleton<HybridRetriever>();
        services.AddSingleton<SynonymMatcher>();
        services.AddSingleton<AnswerRanker>();
        services.AddSingleton<ExtractiveAnswerer>();
        services.AddSingleton<RankerTrainer>();
        services.AddSingleton<AnswerService>();
        services.AddLanguageModels();
        services.AddSingleton<ArticleLoader>();
        services.AddSingleton<IndexManager>();
        services.AddSingleton<RemovedArticles>();
        services.AddSingleton<ArticleRemover>();
        services.AddSingleton<IndexHealth>();
        services.AddSingleton<PassageStoreHealth>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IntentRouter>();
        services.AddSingleton<ConversationMemory>();
        // In this process by default; Bot.Web replaces it with a shared store when Bot:State:Redis is set.
        services.AddSingleton<IConversationMemory>(provider => provider.GetRequiredService<ConversationMemory>());
        services.AddSingleton<ClaimLookup>();
        services.AddSingleton<MentionList>();
        services.AddSingleton<ArticleCatalogue>();
        services.AddSingleton<Summarizer>();
        services.AddSingleton<SourceViewer>();
        services.AddSingleton<Greeting>();
        services.AddSingleton<FollowUpSearch>();
        services.AddSingleton<AnswerPronouns>();
        services.AddSingleton<AgedPronoun>();
        services.AddSingleton<ArticleFieldReply>();
        services.AddSingleton<ContinueReply>();
        services.AddSingleton<ConversationService>();

        // The first question would otherwise pay for training the instruction classifier (CandidateSentence.From).
        _ = InstructionShapes.StartWarmUp();
        return services;
    }

    /// <summary>
    /// The one way settings are registered: bound from <paramref name="section"/> and validated at start by their
    /// attributes and, for rules across settings, by the options class itself (<see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>);
    /// every failure names its key.
    /// </summary>
    public static Microsoft.Extensions.Options.OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class =>
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
}
