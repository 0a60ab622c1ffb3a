using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.ML;

namespace Bot.Core.Answering.Ranking;

/// <summary>The trained answer models: which candidate sentence answers the question, whether any does, and which passages hold it.</summary>
/// <remarks>
/// Three gradient-boosted tree models (ML.NET FastTree, binary, Platt-calibrated), fitted by <c>bot train</c>
/// (see <see cref="RankerFitting"/>) and committed as small files: the sentence model gives each candidate
/// the chance that it holds the answer; the answerability model reads the best candidates and gives the
/// chance that the question can be answered from them at all, which the answerer compares with the
/// threshold chosen on held-out questions; the passage model (<see cref="PassageFeatures"/>) gives each
/// retrieved passage the chance that it holds the answer, for ordering the passages shown.
/// </remarks>
public sealed class AnswerRanker
{
    private readonly MLContext _ml = new(seed: 1);
    private readonly string? _missing;
    private readonly Loaded? _loaded;

    public AnswerRanker(IOptions<AnsweringOptions> options)
    {
        // A missing or stale model is reported when an answer needs it, so that 'bot train' can build a new one.
        var path = Resolve(options.Value.RankerPath);
        if (!File.Exists(path))
        {
            _missing = $"The answer ranker model {path} is missing. Build the solution (it is copied from src/Bot.Core/Answering/Ranking), or rebuild it with 'bot train' (see docs/quality.md, Answer ranker).";
            return;
        }

        try
        {
            _loaded = Load(path);
        }
        catch (Exception ex) when (ex is InvalidDataException or FileNotFoundException or FormatException)
        {
            _missing = ex.Message;
        }
    }

    private AnswerRanker(RankerModels models, RankerCard card) => _loaded = new Loaded(models, card);

    /// <summary>The answerability below which the answerer says the articles do not cover the question.</summary>
    public double Threshold => Model.Card.Threshold;

    /// <summary>What the loaded model's card says about it.</summary>
    public RankerCard Card => Model.Card;

    private Loaded Model => _loaded ?? throw new InvalidDataException(_missing);

    /// <summary>A ranker over models held in memory (training and cross-validation).</summary>
    public static AnswerRanker FromModels(RankerModels models, RankerCard card) => new(models, card);

    /// <summary>The chance that each candidate (one feature row each) holds the answer.</summary>
    public float[] ScoreSentences(IReadOnlyList<float[]> rows) => Predict(Model.Sentences, rows, SentenceFeatures.Count);

    /// <summary>The chance that the question whose candidates scored <paramref name="probabilities"/> can be answered from them.</summary>
    public double Answerability(IReadOnlyList<float[]> rows, IReadOnlyList<float> probabilities) =>
        rows.Count == 0 ? 0 : Predict(Model.Answerable, [AnswerabilityFeatures.From(rows, probabilities)], AnswerabilityFeatures.Count)[0];

    /// <summary>The chance that each passage (by its retrieval rank) holds the answer, from its candidates' rows and probabilities.</summary>
    public Dictionary<int, float> ScorePassages(IReadOnlyList<float[]> rows, IReadOnlyList<float> probabilities)
    {
        var passages = PassageFeatures.From(rows, probabilities).ToList();
        var scores = Predict(Model.Passages, passages.ConvertAll(p => p.Value), PassageFeatures.Count);
        return passages.Select((p, i) => (p.Key, scores[i])).ToDictionary(p => p.Key, p => p.Item2);
    }

    /// <summary>Where a configured model path points: absolute, or relative to the program's folder.</summary>
    public static string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);

    private static float[] Predict(Engines engines, IReadOnlyList<float[]> rows, int width)
    {
        if (!engines.Pool.TryTake(out var engine))
        {
            engine = RankerPrediction.Engine(engines.Model, width);
        }

        try
        {
            return RankerPrediction.Run(engine, rows);
        }
        finally
        {
            engines.Pool.Add(engine);
        }
    }

    private Loaded Load(string path)
    {
        var cardPath = RankerCard.PathFor(path);
        var card = File.Exists(cardPath) ? RankerCard.Read(cardPath) : throw new FileNotFoundException($"{cardPath} (the ranker's threshold and features) is missing beside {path}; rebuild both with 'bot train'.", cardPath);
        if (!card.Features.SequenceEqual(SentenceFeatures.Names))
        {
            throw new InvalidDataException($"{path} was trained on other features than this build computes; rebuild it with 'bot train' (see docs/quality.md, Answer ranker).");
        }

        return new Loaded(RankerModels.Load(_ml, path), card);
    }

    // PredictionEngine is not thread-safe; engines are rented per call and kept with the model they belong to.
    private sealed class Loaded(RankerModels models, RankerCard card)
    {
        public Engines Sentences { get; } = new(models.Sentences);

        public Engines Answerable { get; } = new(models.Answerable);

        public Engines Passages { get; } = new(models.Passages);

        public RankerCard Card { get; } = card;
    }

    private sealed class Engines(ITransformer model)
    {
        public ITransformer Model { get; } = model;

        public ConcurrentBag<PredictionEngine<RankerRow, RankerScore>> Pool { get; } = [];
    }
}

/// <summary>The three fitted models (sentences, answerability, passages), and how they are kept on disk: one zip each, side by side.</summary>
public sealed record RankerModels(ITransformer Sentences, ITransformer Answerable, ITransformer Passages)
{
    /// <summary>The passage model's file beside the sentence model's (answer-ranker.zip → answer-ranker.passages.zip).</summary>
    public static string PassagesPath(string path) => Path.ChangeExtension(path, ".passages.zip");

    /// <summary>The answerability model's file beside the sentence model's (answer-ranker.zip → answer-ranker.answerable.zip).</summary>
    public static string AnswerablePath(string path) => Path.ChangeExtension(path, ".answerable.zip");

    public static RankerModels Load(MLContext ml, string path)
    {
        var answerable = Beside(AnswerablePath(path), "the answerability model", path);
        var passages = Beside(PassagesPath(path), "the passage model", path);
        return new RankerModels(LoadModel(ml, path), LoadModel(ml, answerable), LoadModel(ml, passages));
    }

    private static ITransformer LoadModel(MLContext ml, string path)
    {
        using var stream = File.OpenRead(path);
        return ml.Model.Load(stream, out _);
    }

    private static string Beside(string file, string what, string path) =>
        File.Exists(file) ? file : throw new FileNotFoundException($"{file} ({what}) is missing beside {path}; rebuild them with 'bot train'.", file);

    public void Save(MLContext ml, string path)
    {
        SaveModel(ml, Sentences, path);
        SaveModel(ml, Answerable, AnswerablePath(path));
        SaveModel(ml, Passages, PassagesPath(path));
    }

    /// <summary>Replaces the sentence model at <paramref name="path"/> and leaves the two beside it as they are.</summary>
    public static void SaveSentences(MLContext ml, ITransformer sentences, string path)
    {
        _ = Beside(AnswerablePath(path), "the answerability model", path);
        _ = Beside(PassagesPath(path), "the passage model", path);
        SaveModel(ml, sentences, path);
    }

    private static void SaveModel(MLContext ml, ITransformer model, string path)
    {
        using var stream = File.Create(path);
        ml.Model.Save(model, null, stream);
    }
}
