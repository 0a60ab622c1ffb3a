using System.Text.RegularExpressions;
using Bot.Core.Answering;

namespace Bot.Core.Conversation;

/// <summary>Reads a follow-up ("what about Iran?", "who led it?") against the previous question, without a model.</summary>
/// <remarks>
/// "What about Iran?" and "and Iran?" swap the subject: it keeps the previous question's topic words and replaces its names.
/// Any other follow-up ("who led it?", "and who led the Pakistani side?", "who was the envoy there?")
/// refers back, so it borrows the previous names, and the previous topic words too when it has no content words of
/// its own. A full question with enough words and no reference back stands alone, and so does a short one that names
/// its own subject.
/// </remarks>
public static partial class FollowUpResolver
{
    /// <summary>The question to search with, given the previous resolved question (or null).</summary>
    public static string Resolve(string utterance, string? previous)
    {
        if (string.IsNullOrWhiteSpace(previous) || !IsFollowUp(utterance))
        {
            return utterance;
        }

        return Borrow(utterance, previous);
    }

    /// <summary><paramref name="utterance"/> with the names of <paramref name="previous"/> appended, and its topic words too
    /// unless the utterance points back with words of its own; a swap ("what about Iran?") keeps the topic and drops the names.</summary>
    public static string Borrow(string utterance, string previous)
    {
        var names = QuestionTerms.Names(previous);
        var topic = TopicWords(previous, names);
        if (SwapPattern().IsMatch(utterance) && QuestionTerms.Names(utterance).Count > 0)
        {
            return $"{SwapPattern().Replace(utterance, string.Empty).Trim()} {string.Join(' ', topic)}";
        }

        // "Who was named most valuable player for it?" after "How many stadiums were finalists for Super Bowl 50?" is
        // about Super Bowl 50, not stadiums: a pronoun with words of its own borrows only the names it points back to.
        // "How many did they have last time?" after "Which party won the most seats …?" counts what the previous question
        // was about: a count that names no noun borrows its topic too.
        if (names.Count > 0 && PointsBack(utterance) && !BareCount().IsMatch(utterance))
        {
            return $"{utterance} {string.Join(' ', names)}";
        }

        return $"{utterance} {string.Join(' ', names.Concat(topic))}";
    }

    /// <summary>True when <paramref name="utterance"/> leans on an earlier turn (a pronoun, "what about …", or a short question naming no subject).</summary>
    public static bool IsFollowUp(string utterance)
    {
        // "Is it true that 24 soldiers died?" has an "it" and a "that" that point at nothing.
        utterance = Referring(utterance);
        var words = QuestionTerms.Words(utterance).Select(w => w.Word).ToList();
        // A short question naming its own subject ("What did Iran say?") starts a new topic rather than continuing one; one of up
        // to five words naming no one ("how did the union react?") is about the story being read (and widens when that falls short).
        return LeadInPattern().IsMatch(utterance) || PronounPattern().IsMatch(utterance) || (words.Count <= 5 && QuestionTerms.Names(utterance).Count == 0);
    }

    /// <summary>
    /// The words a follow-up brings in that the previous story may not mention: its names, and for a swap
    /// ("what about the port authority?") every content word of the new subject, capitalised or not.
    /// </summary>
    public static IReadOnlyList<string> NewSubject(string utterance)
    {
        var names = QuestionTerms.Names(utterance);
        if (!SwapPattern().IsMatch(utterance))
        {
            return names;
        }

        var subject = QuestionTerms.Words(SwapPattern().Replace(utterance, string.Empty)).Select(w => w.Word);
        return subject.Where(w => names.Contains(w) || (w.Length > 3 && !Filler.Contains(w.ToLowerInvariant()))).ToList();
    }

    /// <summary>
    /// True when <paramref name="utterance"/> asks something new about a subject it names, with no pronoun pointing back
    /// and no swap ("and who led the Pakistani side?"; not "who owns its stadium?" or "what about Iran?"): within the
    /// articles already cited it can be asked as typed.
    /// </summary>
    public static bool AsksAboutItsOwnSubject(string utterance) =>
        !PronounPattern().IsMatch(Referring(utterance)) && !SwapPattern().IsMatch(utterance) && QuestionTerms.Names(utterance).Count > 0;

    /// <summary>True when <paramref name="utterance"/> points back with a pronoun and is no swap ("who owns its stadium?").</summary>
    public static bool PointsBack(string utterance) =>
        PronounPattern().IsMatch(Referring(utterance)) && !SwapPattern().IsMatch(utterance) && OwnWords(utterance).Count > 0;

    /// <summary>The follow-up's own content words ("parade" in "when is their parade?"), without pronouns or question words.</summary>
    public static IReadOnlyList<string> OwnWords(string utterance) =>
        QuestionTerms.Words(utterance).Select(w => w.Word).Where(w => w.Length > 3 && !Filler.Contains(w.ToLowerInvariant()) && !PronounPattern().IsMatch(w)).ToList();

    /// <summary>The follow-up's own words as a story may write them: <see cref="OwnWords"/> without a question word's
    /// contraction ("what's", "who's", chat's "whats"), which counts as a word of its own when the follow-up is read but is in
    /// no sentence.</summary>
    public static IReadOnlyList<string> SubjectWords(string utterance) =>
        OwnWords(utterance).Where(w => !QuestionWordContracted().IsMatch(w)).ToList();

    /// <summary>True when <paramref name="utterance"/> swaps the subject ("what about Iran?", "and the Taliban?").</summary>
    public static bool Swaps(string utterance) => SwapPattern().IsMatch(utterance);

    // The words that may point back: without "is it true that …" and without the "there" of "will there be" or "there
    // were", which points at nothing ("Will there be compulsory redundancies at Vellmark?" is a question of its own).
    private static string Referring(string utterance) => Expletive().Replace(QuestionTerms.WithoutClaimFrame(utterance), " ");

    private static IEnumerable<string> TopicWords(string text, List<string> names) =>
        QuestionTerms.Words(text).Select(w => w.Word).Where(w => w.Length > 3 && !names.Contains(w) && !Filler.Contains(w.ToLowerInvariant()));

    // Question words, light verbs and hedges are no subject: "How much?" after a question about a phone asks its price, and
    // "much" is in no story; "Why is she going?" after "Which actress is leaving Fenwick Street?" is about her leaving;
    // "where exactly is it going?" after a question about a factory asks where the factory is going; "who had the job before
    // her?" after the rail minister's story asks who held her post, and "before" is in no sentence of it.
    private static readonly HashSet<string> Filler =
        ["what", "where", "when", "which", "does", "that", "this", "about", "with", "from", "were", "have", "they", "their", "there", "said", "says",
         "before", "after",
         "much", "many", "long", "often", "whom", "whose", "would", "could", "should",
         "going", "doing", "done", "happen", "happens", "happened", "happening", "mean", "means", "meant",
         .. QuestionTerms.Hedges];

    // Chat opens a follow-up with a word of assent: "ok and who kicked the winning points?", "right, and the Indian captain?".
    private const string Opener = @"^\s*(?:(?:ok|okay|right|alright|cool|great|thanks)[,.!]?\s+)?";

    // "what about …" and "same for …" both lead in and swap the subject.
    private const string WhatAbout = Opener + @"(and\s+|so\s+|also\s+)?(what|how)\s+about\b|^\s*same\s+for\b";

    [GeneratedRegex(WhatAbout + "|" + Opener + @"and\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadInPattern();

    // "and Iran?" swaps the subject like "what about Iran?"; "and who led the Pakistani side?" asks something new and refers back.
    [GeneratedRegex(WhatAbout + "|" + Opener + @"(and|also)\s+(?!(who|whom|whose|what|when|where|which|why|how|did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SwapPattern();

    [GeneratedRegex(@"\b(?:(?:is|are|was|were|will|would|could|can|might|may|has|have|had)\s+there\s+(?:be|been|any|a|an|no|many|much|more|\d)|there\s+(?:is|are|was|were|will|would|has|have|had)|there's|there’s)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Expletive();

    [GeneratedRegex(@"^(?:what|where|who|when|how|why|which|that)(?:['’]?s|['’]re|['’]ll|['’]d)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWordContracted();

    [GeneratedRegex(@"\bhow\s+(?:many|much)\s+(?:did|do|does|was|were|is|are|has|have|had|will|would|can|could)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BareCount();

    [GeneratedRegex(@"\b(it|its|they|them|their|he|him|his|she|her|that|those|these|there|the same)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounPattern();
}
