using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Answering.Names;

/// <summary>The names in an answer sentence that could be what a "Who …?" question asked for, and what each looks like.</summary>
/// <remarks>
/// "Who won Super Bowl 50?" is answered by a sentence that names four teams and two conferences; the answer is the name
/// the question's own words sit around ("the … Denver Broncos defeated …"), not the first or the nearest one. So each
/// name not already in the question is described by where the question's words fall around it (how near, how many
/// within three, five and ten words, before or after it), by its shape (length, an opening "by" or title word,
/// parentheses, a following comma) and by where it stands in the sentence.
/// </remarks>
public static partial class AnswerNameFeatures
{
    /// <summary>The feature names, in vector order (written beside the weights so they can be read).</summary>
    public static readonly string[] Names =
    [
        "distance", "nearness", "within_3", "within_5", "within_10", "matched_before", "matched_after", "after_by", "in_parentheses",
        "comma_after", "matched_just_after", "matched_just_before", "words", "shares_question_word", "first_name", "opens_sentence",
        "after_title", "one_of", "several_words", "question_word_share", "by_phrase",
    ];

    // Words that introduce a person's name ("quarterback Cam Newton", "Gen Janjua"); a shape, like a capital letter.
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "gen", "general", "president", "king", "queen", "prince", "minister", "senator", "chairman",
        "chief", "coach", "quarterback", "sir", "lord", "pope", "emperor", "judge", "governor", "mayor", "director", "professor",
        "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "prof", "st", "jr", "sr", "mullah", "sheikh",
    };

    // English closed-class words and calendar names: capitalised at a sentence's start ("However, …", "Under Kubiak, …",
    // "Following their loss …") or in a date ("May 3, 2013"), they are never the name a "Who" question asks for.
    private static readonly HashSet<string> NeverNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "his", "she", "her", "they", "their", "we", "our", "i",
        "there", "here", "in", "on", "at", "by", "for", "from", "of", "to", "with", "without", "under", "over", "after", "before",
        "during", "since", "until", "despite", "following", "according", "among", "between", "through", "within", "about", "as",
        "and", "but", "or", "so", "yet", "if", "when", "while", "where", "although", "though", "because", "however", "meanwhile",
        "also", "then", "later", "earlier", "today", "yesterday", "both", "many", "some", "most", "all", "several", "other", "each",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "de", "von", "van", "al", "bin" };

    /// <summary>One candidate name of a sentence, with its place in the sentence and its features.</summary>
    public sealed record Candidate(string Text, int Start, int End, float[] Features);

    /// <summary>The names of <paramref name="sentence"/> that <paramref name="question"/> does not already hold, described.</summary>
    public static IReadOnlyList<Candidate> Candidates(string question, string sentence)
    {
        var words = WordPattern().Matches(sentence).Select(m => (m.Value, m.Index, Stem: Stem(m.Value))).ToList();
        var asked = EnglishTerms.Analyze(question).ToHashSet(StringComparer.Ordinal);
        var matched = Enumerable.Range(0, words.Count).Where(i => words[i].Stem is { } s && asked.Contains(s)).ToList();
        // A capitalised opening "The" or "In" is no name ("In Denver, KOA …" names Denver), nor is a month in a date, and
        // the question's own words lead into the name rather than belong to it ("Iranian Interior Minister Abdolreza
        // Rahmani Fazli" answers "Who is Iran's interior minister?" with "Abdolreza Rahmani Fazli").
        var runs = Runs(words, sentence)
            .Select(r => (First: Enumerable.Range(r.First, r.Last - r.First + 1).FirstOrDefault(i => !Leading(words[i], asked), r.Last + 1), r.Last))
            .Where(r => r.First <= r.Last && !question.Contains(sentence[words[r.First].Index..End(words[r.Last])], StringComparison.OrdinalIgnoreCase))
            .ToList();
        return runs.Select((r, k) =>
        {
            int start = words[r.First].Index, end = End(words[r.Last]);
            return new Candidate(sentence[start..end], start, end, Row(r, k, runs.Count, words, matched, sentence, asked));
        }).ToList();
    }

    private static float[] Row((int First, int Last) r, int order, int count, List<(string Value, int Index, string? Stem)> words, List<int> matched, string sentence, HashSet<string> asked)
    {
        int distance = matched.Count == 0 ? 30 : Math.Min(30, matched.Min(m => m < r.First ? r.First - m : m > r.Last ? m - r.Last : 0));
        int Within(int n) => matched.Count(m => m >= r.First - n && m <= r.Last + n);
        float share(int n) => matched.Count == 0 ? 0 : n / (float)matched.Count;
        int start = words[r.First].Index, end = End(words[r.Last]);
        string before = r.First > 0 ? words[r.First - 1].Value : string.Empty;
        int length = r.Last - r.First + 1;
        return
        [
            distance / 10f,
            1f / (1 + distance),
            Within(3),
            Within(5),
            Within(10),
            share(matched.Count(m => m < r.First)),
            share(matched.Count(m => m > r.Last)),
            before.Equals("by", StringComparison.OrdinalIgnoreCase) ? 1 : 0,
            start > 0 && sentence[start - 1] == '(' ? 1 : 0,
            end < sentence.Length && sentence[end] == ',' ? 1 : 0,
            matched.Contains(r.Last + 1) || matched.Contains(r.Last + 2) ? 1 : 0,
            matched.Contains(r.First - 1) || matched.Contains(r.First - 2) ? 1 : 0,
            Math.Min(length, 5),
            Enumerable.Range(r.First, length).Any(i => words[i].Stem is { } s && asked.Contains(s)) ? 1 : 0,
            order == 0 ? 1 : 0,
            r.First == 0 ? 1 : 0,
            Titles.Contains(before.TrimEnd('.')) ? 1 : 0,
            1f / count,
            length >= 2 ? 1 : 0,
            Enumerable.Range(r.First, length).Count(i => words[i].Stem is { } s && asked.Contains(s)) / (float)length,
            ByPhrase(words, r.First) ? 1 : 0,
        ];
    }

    // "headlined by the British rock group Coldplay": a "by" up to five words before, with no capital between.
    private static bool ByPhrase(List<(string Value, int Index, string? Stem)> words, int first)
    {
        for (int i = first - 1; i >= Math.Max(0, first - 5); i--)
        {
            if (words[i].Value.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (char.IsUpper(words[i].Value[0]))
            {
                return false;
            }
        }

        return false;
    }

    // Runs of capitalised words, joined across "of", "de", "von" when a capital follows ("Bank of England"), and broken by
    // other punctuation ("Major General Afzal Aman, Director General …" is two names).
    private static IEnumerable<(int First, int Last)> Runs(List<(string Value, int Index, string? Stem)> words, string sentence)
    {
        // An initial's or a title's dot ("Kurt H. Debus", "St. Louis", "Lt. Gen. Nadeem Anjum") does not break a name.
        bool Joined(int a, int b) => sentence[End(words[a])..words[b].Index] is var gap
            && (string.IsNullOrWhiteSpace(gap) || ((words[a].Value.Length <= 2 || Titles.Contains(words[a].Value)) && gap[0] == '.' && string.IsNullOrWhiteSpace(gap[1..])));
        bool Capital(int i) => char.IsUpper(words[i].Value[0]);
        for (int i = 0; i < words.Count; i++)
        {
            if (!Capital(i))
            {
                continue;
            }

            int j = i;
            while (j + 1 < words.Count && Joined(j, j + 1)
                && (Capital(j + 1) || (Joiners.Contains(words[j + 1].Value) && j + 2 < words.Count && Joined(j + 1, j + 2) && Capital(j + 2))))
            {
                j += Capital(j + 1) ? 1 : 2;
            }

            yield return (i, j);
            i = j;
        }
    }

    // A word that leads into a name without being part of it: a closed-class word, or one the question asked with
    // ("Iranian" for "Iran's", "Minister" for "minister").
    private static bool Leading((string Value, int Index, string? Stem) word, HashSet<string> asked) =>
        NeverNames.Contains(word.Value) || (word.Stem is { } stem && asked.Any(a => a == stem || (a.Length >= 4 && stem.StartsWith(a, StringComparison.Ordinal))));

    private static string? Stem(string word) => EnglishTerms.Analyze(word) is [var first, ..] ? first : null;

    private static int End((string Value, int Index, string? Stem) word) => word.Index + word.Value.Length;

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]")]
    private static partial Regex WordPattern();
}
