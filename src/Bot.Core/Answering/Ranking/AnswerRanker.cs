using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.ML;

namespace Bot.Core.Answering.Ranking;

/// <summary>The trained answer-sentence model: the chance that each candidate sentence answers the question.</summary>
/// <remarks>
/// A gradient-boosted tree model (ML.NET FastTree, binary, Platt-calibrated) fitted by <c>bot train</c> and
/// committed as a small file; see <see cref="RankerTrainer"/>. The probability ranks sentences within a
/// question and, at its maximum over the candidates, says whether the articles answer the question at all.
/// </remarks>
public sealed class AnswerRanker
{
    private readonly MLContext _ml = new(seed: 1);
    private readonly string? _missing;
    private Loaded? _loaded;

    public AnswerRanker(IOptions<AnsweringOptions> options)
    {
        // A missing model is reported when an answer needs it, so that 'bot train' can build the first one.
        var path = Resolve(options.Value.RankerPath);
        if (File.Exists(path))
        {
            _loaded = Load(path);
        }
        else
        {
            _missing = $"The answer ranker model {path} is missing. Build the solution (it is copied from src/Bot.Core/Answering/Ranking), or rebuild it with 'bot train' (see README).";
        }
    }

    private AnswerRanker(ITransformer model, RankerCard card) => _loaded = new Loaded(model, card);

    /// <summary>The best-sentence probability below which the answerer abstains.</summary>
    public double Threshold => Model.Card.Threshold;

    /// <summary>What the loaded model's card says about it.</summary>
    public RankerCard Card => Model.Card;

    private Loaded Model => _loaded ?? throw new FileNotFoundException(_missing);

    /// <summary>A ranker over a model held in memory (training and cross-validation).</summary>
    public static AnswerRanker FromModel(ITransformer model, RankerCard card) => new(model, card);

    /// <summary>Swaps in another model; questions already being scored finish on the old one.</summary>
    public void Use(AnswerRanker other) => _loaded = other._loaded;

    /// <summary>The probability for each feature row.</summary>
    public float[] Score(IReadOnlyList<float[]> rows)
    {
        var loaded = Model;
        if (!loaded.Engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<RankerRow, RankerScore>(loaded.Model);
        }

        try
        {
            var scores = new float[rows.Count];
            var row = new RankerRow();
            for (int i = 0; i < rows.Count; i++)
            {
                row.Features = rows[i];
                scores[i] = engine.Predict(row).Probability;
            }

            return scores;
        }
        finally
        {
            loaded.Engines.Add(engine);
        }
    }

    /// <summary>Where a configured model path points: absolute, or relative to the program's folder.</summary>
    public static string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);

    private Loaded Load(string path)
    {
        var cardPath = RankerCard.PathFor(path);
        var card = File.Exists(cardPath) ? RankerCard.Read(cardPath) : throw new FileNotFoundException($"{cardPath} (the ranker's threshold and features) is missing beside {path}; rebuild both with 'bot train'.", cardPath);
        if (!card.Features.SequenceEqual(SentenceFeatures.Names))
        {
            throw new InvalidDataException($"{path} was trained on other features than this build computes; rebuild it with 'bot train' (see README).");
        }

        using var stream = File.OpenRead(path);
        return new Loaded(_ml.Model.Load(stream, out _), card);
    }

    // PredictionEngine is not thread-safe; engines are rented per call and kept with the model they belong to.
    private sealed record Loaded(ITransformer Model, RankerCard Card)
    {
        public ConcurrentBag<PredictionEngine<RankerRow, RankerScore>> Engines { get; } = [];
    }
}
