using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Core.Articles;

namespace Bot.Core.Evaluation;

/// <summary>One line of a question file: the question, acceptable answers and the files that hold them.</summary>
/// <param name="Answers">Acceptable answer strings (any one counts); empty when the corpus cannot answer.</param>
/// <param name="Sources">Article ids that hold an answer: paths relative to the corpus folder (<c>tech/042.txt</c>), which for files at its top are plain file names.</param>
/// <param name="Kind">fact, lookup, cross, unanswerable, furniture, summary or followup.</param>
/// <param name="History">Earlier user turns, for follow-up questions.</param>
public sealed record EvalQuestion(
    string Id,
    string Question,
    IReadOnlyList<string> Answers,
    IReadOnlyList<string> Sources,
    string Kind,
    IReadOnlyList<string>? History = null)
{
    // Read whatever the case of the keys; written as the files are ({"id", "question", …}), without empty fields.
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>True when the corpus can answer the question.</summary>
    [JsonIgnore]
    public bool IsAnswerable => Answers.Count > 0;

    /// <summary>The question, and any earlier turns, as a reader typing without capitals would ask it (<c>eval --lower-case</c>).</summary>
    public EvalQuestion InLowerCase() =>
        this with { Question = Question.ToLowerInvariant(), History = History?.Select(h => h.ToLowerInvariant()).ToList() };

    /// <summary>Reads a JSON-lines question file; a bad line fails with its file and line number.</summary>
    public static IReadOnlyList<EvalQuestion> ReadFile(string path)
    {
        var questions = new List<EvalQuestion>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var question = JsonSerializer.Deserialize<EvalQuestion>(line, Json);
                questions.Add(question is { Question.Length: > 0 } ? question with { Answers = question.Answers ?? [], Sources = question.Sources ?? [], Kind = question.Kind ?? "fact" }
                    : throw new JsonException("missing \"question\""));
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}, line {lineNumber}: not a valid question ({ex.Message}). Expected {{\"id\", \"question\", \"answers\", \"sources\", \"kind\"}}.", ex);
            }
        }

        return questions;
    }

    /// <summary>This question as one line of a question file, in the shape <see cref="ReadFile"/> reads.</summary>
    public string ToJsonLine() => JsonSerializer.Serialize(this, Json);

    /// <summary>True when <paramref name="articleId"/> is one of <see cref="Sources"/>, however its slashes or case were typed.</summary>
    public bool IsSource(string articleId) => Sources.Any(s => ArticleIds.Same(s, articleId));

    /// <summary>A filter that lets through every one of <paramref name="articleIds"/> but the question's sources: the corpus with its answer taken out.</summary>
    public Retrieval.SearchFilter WithoutSources(IEnumerable<string> articleIds) => new(articleIds.Where(id => !IsSource(id)).ToList());

    /// <summary>True when <paramref name="text"/> contains one of the acceptable answers (case-insensitive).</summary>
    public bool IsAnsweredBy(string text) => FoundIn(text).Any();

    /// <summary>The acceptable answers that <paramref name="text"/> contains (case-insensitive).</summary>
    public IEnumerable<string> FoundIn(string text) => Answers.Where(a => text.Contains(a, StringComparison.OrdinalIgnoreCase));
}
