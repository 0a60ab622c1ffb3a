using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Core.Answering.Names;

/// <summary>A name picked out of an answer sentence as what its question asked for, with the model's chance that it is.</summary>
public sealed record AnswerName(string Text, double Probability);

/// <summary>Picks, from the sentence that answered a "Who …?" question, the name that answers it.</summary>
/// <remarks>
/// The offline answerer quotes sentences; it never says which name in them is the answer. A follow-up does need it:
/// after "Who is the quarterback for the Carolina Panthers?", "How many picks did he throw?" is about the quarterback,
/// whose name is only in the answer. A logistic regression over <see cref="AnswerNameFeatures"/> (fitted by
/// <c>bot train-names</c> on squad-b's "Who" questions; weights in the embedded <c>answer-names.json</c>) scores each
/// candidate; the best is returned only when its chance reaches the threshold chosen on held-out articles.
/// </remarks>
public static partial class AnswerNames
{
    private const string ResourceName = "Bot.Core.Answering.Names.answer-names.json";

    private static readonly Lazy<AnswerNameModel?> Embedded = new(Load);

    /// <summary>The embedded model, or null when the build has none.</summary>
    public static AnswerNameModel? Model => Embedded.Value;

    /// <summary>True when <paramref name="question"/> asks for a person or a named party ("Who …?", "Whom …", "Whose …").</summary>
    public static bool AsksWho(string question) => WhoPattern().IsMatch(question);

    /// <summary>The answer name in <paramref name="sentence"/> for <paramref name="question"/>, or null when none is likely enough.</summary>
    public static AnswerName? Pick(string question, string sentence, AnswerNameModel? model = null)
    {
        model ??= Model;
        if (model is null || !AsksWho(question))
        {
            return null;
        }

        var subject = Subject(question);
        var best = AnswerNameFeatures.Candidates(question, sentence)
            .Where(c => !AfterSubjectWord(sentence, c.Start, subject))
            .Select(c => new AnswerName(c.Text, model.Probability(c.Features)))
            .MaxBy(n => n.Probability);
        return best is not null && best.Probability >= model.Threshold ? best : null;
    }

    /// <summary>A model written by <c>bot train-names</c>, checked against today's features.</summary>
    public static AnswerNameModel LoadFile(string path)
    {
        const string Fix = "write one with 'bot train-names', or leave Bot:Answering:AnswerNamesPath empty for the built-in model";
        AnswerNameModel? model;
        try
        {
            model = JsonSerializer.Deserialize<AnswerNameModel>(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new InvalidDataException($"Bot:Answering:AnswerNamesPath {path}: {ex.Message} ({Fix}).", ex);
        }

        return model is not null && model.Features.SequenceEqual(AnswerNameFeatures.Names)
            ? model
            : throw new InvalidDataException($"Bot:Answering:AnswerNamesPath {path} was not written for these features ({Fix}).");
    }

    private static AnswerNameModel? Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName);
        return stream is null ? null : JsonSerializer.Deserialize<AnswerNameModel>(stream);
    }

    // "Who did the governor put in charge of the water commission?" asks whom the governor named, so "Governor Alfonso Ibarra
    // Montaño" in the answer is who did it, not who was asked for, though the question's word stands just before his name (as
    // "Who is the governor?" would have it). The first words after "did" (or "has", "will" …) are the doer's.
    private static HashSet<string> Subject(string question) =>
        ObjectWho().Match(question) is { Success: true } m
            ? m.Groups["subject"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal)
            : [];

    private static bool AfterSubjectWord(string sentence, int start, HashSet<string> subject) =>
        subject.Count > 0 && LastWord().Match(sentence[..start]) is { Success: true } before && subject.Contains(before.Value.ToLowerInvariant());

    // The doer opens with "the", "its" or "their", or is a name. In "who has been appointed head coach …?" no doer stands after
    // the auxiliary, and the one appointed is asked for: read as a doer, "been appointed head" dropped "appointed New Zealander
    // Aaron Whitfield", the answer.
    [GeneratedRegex(@"^\W*(?:and\s+)?(?:who|whom)\s+(?:did|does|do|will|would|has|have|had)\s+(?:(?:the|its|their)\s+|(?=(?-i:\p{Lu})))(?<subject>(?:[\w'’-]+\s+){0,2}[\w'’-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectWho();

    [GeneratedRegex(@"[\p{L}'’-]+(?=\W*$)")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"\b(who|whom|whose)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoPattern();
}
