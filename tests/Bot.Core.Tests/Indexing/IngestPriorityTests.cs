using System.Collections.Concurrent;
using Bot.Core.Chunking;
using Bot.Core.Indexing;
using Bot.Core.Ingestion;
using Bot.Core.Retrieval;
using Bot.Core.Tests.Fakes;
using Bot.Core.Tests.Ingestion;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Indexing;

/// <summary>Background ingestion gives way to questions: one sentence per encoder call, none while a question is embedded.</summary>
public sealed class IngestPriorityTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ServiceProvider _services = EngineFactory.Create();
    // Ingestion waits for the question however slow the host: the product's one-second cap made the first test flaky under
    // a loaded test run (its 300 ms pause took longer than the cap).
    private readonly IngestPriority _priority = new(TimeSpan.FromMinutes(5), longestYield: TimeSpan.FromMinutes(5));
    private readonly Recorder _recorder;
    private readonly CorpusIndexer _indexer;

    public IngestPriorityTests()
    {
        _recorder = new Recorder(_services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        _indexer = new CorpusIndexer(_services.GetRequiredService<TextChunker>(), _recorder, _services.GetRequiredService<IPassageWriter>(), _priority);
        _folder.Write("port.txt", SampleStories.Port);
        _folder.Write("schools.txt", SampleStories.Schools);
    }

    [Fact]
    public async Task Background_WaitsWhileAQuestionIsEmbedded_ThenEmbedsOneSentencePerCall()
    {
        var articles = _services.GetRequiredService<ArticleLoader>().Load([_folder.Path]).Articles;
        var question = _priority.Question();

        var ingest = _priority.RunInBackgroundAsync(() => _indexer.IndexAsync(articles));
        await Task.Delay(300);
        int callsDuringQuestion = _recorder.Calls.Count;
        question.Dispose();
        var report = await ingest;

        Assert.Equal(0, callsDuringQuestion);
        Assert.Equal(report.Sentences, _recorder.Calls.Count);
        Assert.All(_recorder.Calls, size => Assert.Equal(1, size));
    }

    [Fact]
    public async Task Background_WithNoQuestionsAsked_EmbedsSmallBatches()
    {
        var articles = _services.GetRequiredService<ArticleLoader>().Load([_folder.Path]).Articles;
        var quiet = new IngestPriority(TimeSpan.Zero);
        var indexer = new CorpusIndexer(_services.GetRequiredService<TextChunker>(), _recorder, _services.GetRequiredService<IPassageWriter>(), quiet);

        var report = await quiet.RunInBackgroundAsync(() => indexer.IndexAsync(articles));

        Assert.Equal(report.Sentences, _recorder.Calls.Sum());
        Assert.Equal(Math.Min(16, report.Sentences), _recorder.Calls.First());
        Assert.All(_recorder.Calls, size => Assert.InRange(size, 1, 16));
    }

    [Fact]
    public async Task Foreground_EmbedsTheBatchInOneCall_WithEveryCore()
    {
        var articles = _services.GetRequiredService<ArticleLoader>().Load([_folder.Path]).Articles;

        var report = await _indexer.IndexAsync(articles);

        Assert.Equal(report.Sentences, Assert.Single(_recorder.Calls));
    }

    [Fact]
    public async Task QuestionEmbeddings_AreCounted_BackgroundOnesAreNot()
    {
        var inner = _services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var gate = new TaskCompletionSource();
        using var prioritized = new PrioritizedEmbeddingGenerator(new Blocking(inner, gate.Task), _priority);

        var asking = prioritized.GenerateAsync(["Who led the delegation?"]);
        var waiting = _priority.WaitForQuestionsAsync(CancellationToken.None);
        await Task.Delay(100);
        bool waitedForQuestion = !waiting.IsCompleted;
        gate.SetResult();
        await asking;
        await waiting;

        Assert.True(waitedForQuestion);
        await _priority.RunInBackgroundAsync(async () => await prioritized.GenerateAsync(["x"]));
        Assert.True(_priority.WaitForQuestionsAsync(CancellationToken.None).IsCompleted);
    }

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }

    private sealed class Recorder(IEmbeddingGenerator<string, Embedding<float>> inner) : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
    {
        public ConcurrentQueue<int> Calls { get; } = new();

        public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var list = values.ToList();
            Calls.Enqueue(list.Count);
            return base.GenerateAsync(list, options, cancellationToken);
        }
    }

    private sealed class Blocking(IEmbeddingGenerator<string, Embedding<float>> inner, Task gate) : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
    {
        public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            await gate;
            return await base.GenerateAsync(values, options, cancellationToken);
        }
    }
}
