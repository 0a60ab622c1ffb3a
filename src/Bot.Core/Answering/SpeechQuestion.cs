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

    /// <summary>True when <paramref name="question"/> asks what a person named only by a pronoun said ("What did he say?", "What did she tell reporters?").</summary>
    public static bool AsksWhatAPronounSaid(string question) =>
        Shape().Match(question) is { Success: true } match && PersonPronoun().IsMatch(match.Groups["speaker"].Value.Trim());

    /// <summary>The speaker's name as the question writes it ("Afzal Aman" in "What did Major General Afzal Aman say?"), or null when the speaker is not named.</summary>
    /// <remarks>Only for questions about what was said: "What was Old Briton's response?" may be answered by what he did.</remarks>
    public static string? NamedSpeaker(string question)
    {
        var match = Shape().Match(question);
        if (!match.Success)
        {
            return null;
        }

        var words = match.Groups["speaker"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = words.Reverse().TakeWhile(w => char.IsUpper(w[0])).Reverse().Take(^2..).ToArray();
        return name.Length == 0 || Pronoun().IsMatch(QuestionTerms.WithoutPossessive(name[^1])) ? null
            : QuestionTerms.WithoutPossessive(string.Join(' ', name));
    }

    /// <summary>The post or body the question names as the speaker ("prime minister" in "What did the prime minister say about …?"),
    /// or null when the speaker is named, a pronoun, or the question does not ask what someone said.</summary>
    public static string? RoleSpeaker(string question)
    {
        var match = Shape().Match(question);
        if (!match.Success)
        {
            return null;
        }

        var words = match.Groups["speaker"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => Determiner().IsMatch(w)).ToArray();
        return words.Length == 0 || words.Any(w => char.IsUpper(w[0]) || char.IsDigit(w[0])) || Pronoun().IsMatch(words[^1]) ? null : string.Join(' ', words);
    }

    /// <summary>True when <paramref name="sentence"/> may report <paramref name="speaker"/>'s words: a verb of saying anywhere after the
    /// name (unless another subject follows it: ", said the foreign office") or just before it, or a quotation after it.</summary>
    /// <remarks>Looser than <see cref="Reports"/>, which picks the sentence to lead with: this one decides whether the articles
    /// report the speaker at all ("Haas was arrested for sending an email to the councillors stating, “Wise up or die.”").</remarks>
    public static bool MayReport(string sentence, string speaker)
    {
        int named = sentence.IndexOf(speaker, StringComparison.OrdinalIgnoreCase);
        return named >= 0 && (Speaks(sentence, speaker, loosely: true) || sentence.IndexOfAny(['“', '"'], named) >= 0);
    }

    /// <summary>True when <paramref name="sentence"/> reports speech by a pronoun ("…," he added), whose speaker the sentence before names.</summary>
    public static bool ReportsByPronoun(string sentence)
    {
        var words = QuestionTerms.Words(sentence).Select(w => w.Word).ToList();
        return Enumerable.Range(0, words.Count).Any(i => SpeechVerb().IsMatch(words[i])
            && ((i > 0 && Pronoun().IsMatch(words[i - 1])) || (i + 1 < words.Count && Pronoun().IsMatch(words[i + 1]))));
    }

    /// <summary>True when <paramref name="sentence"/> reports speech with <paramref name="speaker"/> as the one speaking.</summary>
    /// <remarks>
    /// The speaker stands shortly before the verb ("Lumo's boss Jari Nieminen said", "the union's general secretary, Paul
    /// Dunn, said") with no pronoun taking its place ("… to Pakistan since last winter, it said"), or just after it ("said
    /// Marsh", "according to the regulator").
    /// </remarks>
    public static bool Reports(string sentence, string speaker) => Speaks(sentence, speaker, loosely: false);

    // A verb of saying whose subject is the speaker: just after the verb, or before it unless the verb has a subject of its
    // own after it. Strictly, within eight words and with no pronoun between; loosely, anywhere before, with more verbs.
    private static bool Speaks(string sentence, string speaker, bool loosely)
    {
        var words = QuestionTerms.Words(sentence).Select(w => QuestionTerms.WithoutPossessive(w.Word)).ToList();
        var verbs = Enumerable.Range(0, words.Count).Where(i => SpeechVerb().IsMatch(words[i]) || (loosely && OtherSpeechVerb().IsMatch(words[i]))).ToList();
        var speakers = Enumerable.Range(0, words.Count).Where(i => words[i].Equals(speaker, StringComparison.OrdinalIgnoreCase)).ToList();
        var inverted = Inverted(sentence);
        return verbs.Any(v => speakers.Any(s => (s > v && s - v <= 3) || (v > s && !inverted.Contains(v)
            && (loosely ? !NounToo().IsMatch(words[v]) : v - s <= 8 && !words[(s + 1)..v].Any(Pronoun().IsMatch)))));
    }

    // The word positions of verbs of saying that follow a comma and come before their subject: in "Asif arrived in Kabul,
    // said the foreign office", the foreign office speaks, not Asif.
    private static HashSet<int> Inverted(string sentence) =>
        InvertedVerb().Matches(sentence).Select(m => QuestionTerms.Words(sentence[..m.Groups["verb"].Index]).Count()).ToHashSet();

    // "What did Marsh say?", "What has the minister said about …", "What did Lumo's boss tell reporters?"; not "What did
    // the court say Steymann was entitled to?", which asks about the clause after the verb.
    [GeneratedRegex(@"^\W*what\s+(?:did|does|do|has|have|had)\s+(?<speaker>(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s+(?:say|said|tell|told|add|added|claim|claimed|warn|warned)(?:\s+(?:about|of|on|after|at|in|when|during|regarding|to|reporters|journalists)\b|\W*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();

    // "How did the union react to the job cuts?", "How has Kabul responded?", "What was the union's reaction?".
    [GeneratedRegex(@"^\W*(?:how\s+(?:did|does|do|has|have|had)\s+(?<speaker>(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s+(?:react|reacted|respond|responded|reply|replied)\b|what\s+(?:was|is|were|are)\s+(?<speaker>(?:[\w’'.-]+\s+){0,4}?[\w.-]+)['’]s?\s+(?:reaction|response|reply)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Reaction();

    [GeneratedRegex(@"^(the|a|an|this|that|his|her|their|its|our|your)$", RegexOptions.IgnoreCase)]
    private static partial Regex Determiner();

    [GeneratedRegex(@"^(he|she|they|it|you|we|i|them|him|her)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(he|she|they)$", RegexOptions.IgnoreCase)]
    private static partial Regex PersonPronoun();

    [GeneratedRegex(@"^(saying|stating|wrote|writes|writing|declared|declares|announced|announces|argued|argues|claimed|noted|asserted|asserts|replied|replies|remarked|urged|urges|insisting|telling|tweeted)$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSpeechVerb();

    // Verbs of saying that are as often something else, far from their subject: "the two states", "a town called …".
    [GeneratedRegex(@"^(states|called|according)$", RegexOptions.IgnoreCase)]
    private static partial Regex NounToo();

    // The subject after the verb is a few words that end the clause (", said the foreign office in Islamabad,"), not the
    // start of what was said (", said the pledge did not go far enough", after an apposition).
    [GeneratedRegex(@",\s*(?<verb>said|says|added|adds|stated|states)\s+(?:(?:the|a|an)\s+)?(?!(?:[\w’'-]+\s+){0,3}(?:is|was|were|are|did|do|does|had|has|have|would|will|could|should|may|might|must|can)\b)(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?:\s*[,.;:]|\s*$|\s+(?:in|on|at|of|from|for|who|which|after|before|when|as)\b)")]
    private static partial Regex InvertedVerb();

    [GeneratedRegex(@"^(said|says|told|tells|added|adds|warned|warns|insisted|insists|stated|states|explained|explains|called|according)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechVerb();
}
