using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>"What did Marsh say after the final?", "How did the union react?": a question whose answer is what someone said, and the sentences that report it.</summary>
/// <remarks>
/// "Say" and "tell" are question scaffolding (they carry no evidence of their own), so the ranker sees "Marsh" and
/// "final" and picks the lead that names both, not "“It's a dream come true,” said Marsh". News reports speech in
/// sentences with a verb of saying beside the speaker; when a question asks what someone said, the best such
/// sentence leads the answer. The ranker cannot learn this from SQuAD, which has few questions of this shape.
/// </remarks>
public static partial class SpeechQuestion
{
    /// <summary>The word that names the speaker ("Marsh", "minister", "boss"), or null when the question does not ask what someone said.</summary>
    public static string? Speaker(string question)
    {
        var match = Shape().Match(question);
        if (!match.Success)
        {
            match = Reaction().Match(question);
        }

        if (!match.Success)
        {
            return null;
        }

        string last = match.Groups["speaker"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        last = QuestionTerms.WithoutPossessive(last);
        return Pronoun().IsMatch(last) ? null : last;
    }

    /// <summary>True when <paramref name="sentence"/> reports speech with <paramref name="speaker"/> as the one speaking.</summary>
    /// <remarks>
    /// The speaker stands shortly before the verb ("Lumo's boss Jari Nieminen said", "the union's general secretary, Paul
    /// Dunn, said") with no pronoun taking its place ("… to Pakistan since last winter, it said"), or just after it ("said
    /// Marsh", "according to the regulator").
    /// </remarks>
    public static bool Reports(string sentence, string speaker)
    {
        var words = QuestionTerms.Words(sentence).Select(w => QuestionTerms.WithoutPossessive(w.Word)).ToList();
        var verbs = Enumerable.Range(0, words.Count).Where(i => SpeechVerb().IsMatch(words[i])).ToList();
        var speakers = Enumerable.Range(0, words.Count).Where(i => words[i].Equals(speaker, StringComparison.OrdinalIgnoreCase)).ToList();
        return verbs.Any(v => speakers.Any(s => (v > s && v - s <= 8 && !words[(s + 1)..v].Any(Pronoun().IsMatch)) || (s > v && s - v <= 3)));
    }

    // "What did Marsh say?", "What has the minister said about …", "What did Lumo's boss tell reporters?"; not "What did
    // the court say Steymann was entitled to?", which asks about the clause after the verb.
    [GeneratedRegex(@"^\W*what\s+(?:did|does|do|has|have|had)\s+(?<speaker>(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s+(?:say|said|tell|told|add|added|claim|claimed|warn|warned)(?:\s+(?:about|of|on|after|at|in|when|during|regarding|to|reporters|journalists)\b|\W*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();

    // "How did the union react to the job cuts?", "How has Kabul responded?", "What was the union's reaction?".
    [GeneratedRegex(@"^\W*(?:how\s+(?:did|does|do|has|have|had)\s+(?<speaker>(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s+(?:react|reacted|respond|responded|reply|replied)\b|what\s+(?:was|is|were|are)\s+(?<speaker>(?:[\w’'.-]+\s+){0,4}?[\w.-]+)['’]s?\s+(?:reaction|response|reply)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Reaction();

    [GeneratedRegex(@"^(he|she|they|it|you|we|i|them|him|her)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(said|says|told|tells|added|adds|warned|warns|insisted|insists|stated|states|explained|explains|called|according)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechVerb();
}
