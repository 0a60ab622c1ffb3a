using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Bot.Core.Conversation.Intents;

/// <summary>
/// Routes a chat message to an <see cref="Intent"/>: rules for questions about the cited article ("which outlet?"),
/// bare citation requests and "which source says …",
/// then an ML.NET classifier trained once, at construction, from the labelled data file, whose choice must pass two
/// guards (small talk has no content words; show-source names a number). Safe to share between threads.
/// </summary>
public sealed class IntentRouter
{
    private readonly IntentClassifier classifier;
    private readonly double minConfidence;

    /// <summary>Validates the options, reads the data file and trains the classifier.</summary>
    public IntentRouter(IOptions<IntentOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        Validator.ValidateObject(settings, new ValidationContext(settings), validateAllProperties: true);
        minConfidence = settings.MinConfidence;

        var stopwatch = Stopwatch.StartNew();
        var examples = IntentDataReader.Read(settings.DataFilePath);
        RequireEveryIntent(examples, settings.DataFilePath);
        classifier = new IntentClassifier(examples);
        TrainingTime = stopwatch.Elapsed;
        ExampleCount = examples.Count;
    }

    /// <summary>How long reading the data file and training took.</summary>
    public TimeSpan TrainingTime { get; }

    /// <summary>How many labelled examples the classifier was trained on.</summary>
    public int ExampleCount { get; }

    /// <summary>Routes one message; unsure or unknown messages become a <see cref="Intent.Question"/>.</summary>
    public IntentPrediction Route(string utterance)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        return ByRule(utterance) ?? Classify(utterance);
    }

    // Shapes a rule reads surely; the classifier only sees what none of them claims.
    private static IntentPrediction? ByRule(string utterance)
    {
        // "???" or "…" asks nothing the articles could answer: the introduction says what can be asked.
        if (!utterance.Any(char.IsLetterOrDigit))
        {
            return new IntentPrediction(Intent.SmallTalk, 1.0, IsFallback: false);
        }

        var fields = ArticleFieldRule.Match(utterance);
        if (fields != ArticleFields.None)
        {
            var cited = ArticleFieldRule.NamesADocument(utterance) ? ShowSourceRule.FindNumber(utterance) : null;
            return new IntentPrediction(Intent.ShowSource, 1.0, IsFallback: false, cited, fields);
        }

        if (ArticleFieldRule.MatchAbout(utterance) is { } about)
        {
            return new IntentPrediction(Intent.ShowSource, 1.0, IsFallback: false, Fields: about.Fields, Topic: about.Topic);
        }

        if (ShowSourceRule.TryMatch(utterance, out var number))
        {
            return new IntentPrediction(Intent.ShowSource, 1.0, IsFallback: false, number);
        }

        if (LookupRule.IsMatch(utterance))
        {
            return new IntentPrediction(Intent.Lookup, 1.0, IsFallback: false);
        }

        if (CompareRule.IsMatch(utterance) || CoverageRule.IsMatch(utterance) || SummaryRule.IsMatch(utterance))
        {
            return new IntentPrediction(Intent.Summary, 1.0, IsFallback: false);
        }

        return null;
    }

    private IntentPrediction Classify(string utterance)
    {
        var text = classifier.Fold(utterance);
        var allowed = classifier.Predict(text).Where(p => Allows(p.Key, text)).ToList();
        var total = allowed.Sum(p => p.Value);
        var (intent, score) = allowed.MaxBy(p => p.Value);
        var confidence = total > 0 ? score / total : 0.0;
        if (confidence < minConfidence)
        {
            return new IntentPrediction(Intent.Question, confidence, IsFallback: true);
        }

        var source = intent == Intent.ShowSource ? ShowSourceRule.FindNumber(text) : null;
        return new IntentPrediction(intent, confidence, IsFallback: false, source);
    }

    // Small talk needs a message with no content, and showing a source needs its number; when the classifier's
    // favourite is ruled out, the remaining intents share its probability in proportion to theirs.
    private static bool Allows(Intent intent, string text) => intent switch
    {
        Intent.SmallTalk => SmallTalkGuard.Allows(text),
        Intent.ShowSource => ShowSourceRule.FindNumber(text) is not null,
        Intent.Lookup => IntentCues.MayBeLookup(text),
        Intent.Summary => IntentCues.MayBeSummary(text),
        _ => true,
    };

    private static void RequireEveryIntent(IReadOnlyList<IntentExample> examples, string path)
    {
        var missing = Enum.GetValues<Intent>().Where(i => examples.All(e => e.Intent != i)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{path}: no examples for {string.Join(", ", missing)}; the router needs every intent.");
        }
    }
}
