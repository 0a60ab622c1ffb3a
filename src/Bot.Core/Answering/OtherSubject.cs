using System.Text.RegularExpressions;
using Bot.Core.Chunking;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>A sentence about another of its story's names than the one a question asks about: "Meridian Energy … said its gas
/// prices would rise by 14.2%, adding an estimated £112 a year" for "How much will Northern Power's rise add to a typical bill?".</summary>
/// <remarks>
/// News sets two firms, two runners, two ministers side by side in one story, and a question about one is closest to the
/// sentence that gives the other's figure: every word but the name matches, so the ranker is sure. A sentence that opens on
/// another name, and never writes a word of the question's, is about that other one when its story names both apart (a
/// name written in the middle of a sentence is a name, not a capitalised opener like "Sales"). A story that writes them as
/// one name ("Denver Broncos" for "Denver") or by another of its names ("Tories") is about one, and a sentence that does not
/// open on a name ("The firm", "It", "Shares in …") is left to the ranker: it may well mean the question's. Only questions
/// that ask how many, how much, how long, when or for a sum ("what profit did Aerlinn make"): the answer to "Who ordered the
/// attack …?" is the other name.
/// And only names the story makes people or things alike (Kind), or two countries: "Mwangi said the airline would cut 420
/// jobs" speaks for the airline asked about.
/// </remarks>
public static partial class OtherSubject
{
    /// <summary>A name of <paramref name="question"/> and the other name <paramref name="sentence"/> opens on, as written, when the sentence is about that other one in <paramref name="story"/>; null otherwise.</summary>
    /// <param name="question">The question, or a look-up's claim when <paramref name="claim"/> is set.</param>
    /// <param name="sentence">The sentence that may be about another.</param>
    /// <param name="story">The sentence's story: its headline and body.</param>
    /// <param name="claim">Read <paramref name="question"/> as a claim ("Lothian Bank's profits fell by 9%"), whose first word may be a name and which asks for no kind of answer.</param>
    public static (string Asked, string Said)? Find(string question, string sentence, string story, bool claim = false) =>
        Find(question, sentence, () => story, claim);

    /// <summary>As <see cref="Find(string, string, string, bool)"/>, over the story of <paramref name="passage"/>, its headline and body.</summary>
    public static (string Asked, string Said)? Find(string question, string sentence, ArticleChunk passage, bool claim = false) =>
        Find(question, sentence, () => passage.Title + "\n" + (passage.Body ?? passage.Text), claim);

    // The story is read only for a question and a sentence that may be about another: over every quoted sentence of every
    // question, copying out the article first would be most of the work.
    private static (string Asked, string Said)? Find(string question, string sentence, Func<string> storyOf, bool claim)
    {
        if ((!claim && AnswerType.KindOf(question) is not (AnswerKind.Number or AnswerKind.Duration or AnswerKind.Time) && !AnswerType.AsksForMoney(question) && !FigureAsked().IsMatch(question))
            || Subject(sentence) is not { } said)
        {
            return null;
        }

        string story = storyOf();

        var questionWords = QuestionTerms.Words(question).Select(w => Fold(w.Word)).ToHashSet(StringComparer.Ordinal);
        // As names: "a bank in 1997" does not write the "Bank" of "Lothian Bank".
        var sentenceWords = QuestionTerms.Words(sentence).Where(w => char.IsUpper(w.Word[0])).Select(w => Fold(w.Word)).ToHashSet(StringComparer.Ordinal);
        if (said.Split(' ').Any(w => questionWords.Contains(Fold(w))) || !WrittenMidSentence(story, said))
        {
            return null;
        }

        foreach (var asked in NameRuns(question, skipFirst: !claim))
        {
            var words = asked.Split(' ');
            if (words.Any(w => sentenceWords.Contains(Fold(w))) || NameSwaps.IsAcronym(asked) || NameSwaps.SameName(asked, said)
                || !WrittenMidSentence(story, asked) || OneName(story, words, said.Split(' '))
                || Kind(story, asked) is not { } kind || Kind(story, said) != kind)
            {
                continue;
            }

            return (asked, said);
        }

        return null;
    }

    // The name the sentence opens on, after a linking word ("But", "By contrast", "Rival"): "Meridian Energy, which …".
    private static string? Subject(string sentence)
    {
        var match = OpeningName().Match(sentence);
        if (!match.Success)
        {
            return null;
        }

        string name = QuestionTerms.WithoutPossessive(match.Groups["name"].Value);
        // A dateline ("LONDON, June 6 (Wire) -") or an opener capitalised only for its place ("The", "It", "Shares") is no subject.
        return NameSwaps.IsAcronym(name) || EnglishTerms.Analyze(name.Split(' ')[0]).Count == 0 ? null : name;
    }

    // Runs of capitalised words after the question's first word (a claim's first word too), with their possessive taken off:
    // "Northern Power's" is "Northern Power".
    private static IEnumerable<string> NameRuns(string question, bool skipFirst)
    {
        var words = QuestionTerms.Words(question).Skip(skipFirst ? 1 : 0).Select(w => w.Word).ToList();
        for (int i = 0; i < words.Count; i++)
        {
            if (!char.IsUpper(words[i][0]) || words[i] == "I")
            {
                continue;
            }

            int start = i;
            while (i + 1 < words.Count && char.IsUpper(words[i + 1][0]) && QuestionTerms.WithoutPossessive(words[i]) == words[i])
            {
                i++;
            }

            yield return QuestionTerms.WithoutPossessive(string.Join(' ', words[start..(i + 1)]));
        }
    }

    // A person or a thing, as the story writes the name: "Tesfaye, who", "Faraday, 31," and "Bett won …, her first" are
    // people; "Skyvale, which" and "Northern Power, the Newcastle-based supplier which" are things. Null when the story
    // says neither, or both: a runner is not another of a race's names, nor is a managing director her airline.
    private static bool? Kind(string story, string name)
    {
        // A country is a place, whatever the story writes after it: "Thailand exported 8.76 million tonnes of rice in 2023"
        // beside Vietnam's record does not answer "How many tonnes of rice did Vietnam ship abroad in 2023?".
        if (Capitals.IsCountry(name))
        {
            return false;
        }

        string at = $@"\b{Regex.Escape(name.Split(' ')[0])}(?:\s+\p{{Lu}}[\p{{L}}'’-]*)*(?:['’]s)?";
        bool person = Regex.IsMatch(story, $@"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+(?:\p{{Lu}}\S*\s+)*{at}|{at},\s+(?:\d{{1,3}}|who)\b|{at}\s+(?:[\p{{Ll}}\d][^\s.]*\s+){{0,6}}(?:his|her|he|she)\b", RegexOptions.CultureInvariant);
        bool thing = Regex.IsMatch(story, $@"{at},\s+(?:the\s+[^,.]{{0,60}}?)?which\b|{at}\s+(?:[\p{{Ll}}\d][^\s.]*\s+){{0,6}}its\b", RegexOptions.CultureInvariant);
        return person == thing ? null : person;
    }

    // Written after a lower-case word or a comma: a name, not a word capitalised because it opens a sentence. A country the
    // tables know is a name wherever it is written.
    private static bool WrittenMidSentence(string story, string name) =>
        Capitals.IsCountry(name) || Regex.IsMatch(story, $@"[\p{{Ll}},;:(]\s+{Regex.Escape(name.Split(' ')[0])}\b", RegexOptions.CultureInvariant);

    // Both written in one run of capitalised words ("Denver Broncos"), or one another's other name ("Tories", "Conservatives").
    private static bool OneName(string story, string[] asked, string[] said)
    {
        string a = Regex.Escape(asked[^1]);
        string s = Regex.Escape(said[0]);
        return Regex.IsMatch(story, $@"\b{a}(?:['’]s)?\s+(?:\p{{Lu}}\p{{L}}*\s+)*{s}\b|\b{Regex.Escape(said[^1])}(?:['’]s)?\s+(?:\p{{Lu}}\p{{L}}*\s+)*{Regex.Escape(asked[0])}\b", RegexOptions.CultureInvariant)
            || Capitals.OtherNames(string.Join(' ', asked)).Any(o => o.Equals(string.Join(' ', said), StringComparison.OrdinalIgnoreCase));
    }

    private static string Fold(string word) => Folding.Fold(QuestionTerms.WithoutPossessive(word));

    // "what profit did Aerlinn make", "what dividend is Clydeside paying": a figure asked by its name.
    [GeneratedRegex(@"^\W*what\s+(?:\w+\s+)?(?:profits?|loss(?:es)?|revenues?|sales|turnover|dividend|price|fee|salary|bid|offer|stake|share)\s+(?:did|does|do|is|was|will|has|had)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FigureAsked();

    [GeneratedRegex(@"^\W*(?:(?:But|And|However|Meanwhile|Elsewhere|Separately|By contrast|In contrast|Rival|Its rival)[\s,]+)?(?<name>\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|&)){0,3}?)(?=[\s,](?!\p{Lu}))")]
    private static partial Regex OpeningName();
}
