using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Core.Answering.Names;
using Microsoft.Extensions.Options;

namespace Bot.Core.Conversation;

/// <summary>Reads "he", "she" or "they" after a "Who …?" answer as the name that answered it.</summary>
/// <remarks>
/// After "Who led the Afghan delegation?", "What did he say?" is about the general the answer named, not about
/// anything the question named, so borrowing the question's names (<see cref="FollowUpResolver"/>) asks about the wrong
/// subject. When <see cref="AnswerNames"/> is sure enough which name in the answer's first sentence answered, the pronoun
/// is replaced by it ("How many solo tackles did he make?" after "Who was named Super Bowl MVP?" becomes "… did Von Miller
/// make?"). Otherwise the follow-up is read as before.
/// </remarks>
public sealed partial class AnswerPronouns(IOptions<AnsweringOptions> options)
{
    // Read once at start: a bad file named in the settings stops the host with the file and the fix.
    private readonly AnswerNameModel? model = options.Value.AnswerNamesPath is { Length: > 0 } path ? AnswerNames.LoadFile(path) : AnswerNames.Model;

    /// <summary><paramref name="utterance"/> with its person pronoun replaced by the last answer's name, or null when that does not apply.</summary>
    public string? Resolve(string utterance, IReadOnlyList<ConversationTurn> turns)
    {
        // "how old is he?" points back too, though "old" is too short to count as a word of its own; its person must then be
        // named in full ("Martin Oakhurst"), since a lead that names only a town ("… the northern edge of Shrewsbury …") gives
        // the age of no one. So must one with words of its own ("and how old was she when that was announced?").
        bool pointsBack = FollowUpResolver.PointsBack(utterance);
        bool age = AnswerType.AsksForAge(utterance);
        if (turns.Count == 0 || turns[^1] is not { Reply: { Abstained: false, Citations.Count: > 0 } reply } last
            || !AnswerNames.AsksWho(last.ResolvedText) || !(age || pointsBack))
        {
            return null;
        }

        // "Which team did Gary Kubiak play for when he was in it?": a name before the pronoun is whom it means.
        var match = PronounIn(utterance);
        if (!match.Success || QuestionTerms.Names(utterance[..match.Index]).Count > 0)
        {
            return null;
        }

        string quote = reply.Citations[0].Quote;
        if (age && AgedInAnswer(last.ResolvedText, quote) is { } agedName)
        {
            return PutFor(utterance, match, agedName);
        }

        // "Ethiopia's Meseret Alemu" is Meseret Alemu: "what was her time?" asks about her, not her country.
        string? name = AnswerNames.Pick(Acronyms.WriteOut(last.ResolvedText), quote, model)?.Text is { } picked ? Owner().Replace(picked, string.Empty) : null;
        if (age && name?.Contains(' ', StringComparison.Ordinal) != true)
        {
            // "and how old is she?" after "… said Meera Khanna, 52, the additional municipal commissioner": the answer gave one
            // full name an age beside it, the person the answer introduced, even when the model was unsure it named her.
            name = QuotedKind.FullNamesAged(quote) is [var aged] ? aged : null;
        }

        // "what did he do for a living?" after the motorcyclist killed on the bypass: "he" is a person, never "Westmarsh County
        // Council", whatever name the model thought answered; the follow-up is then read with the last question's words.
        return name is null || NameAsked.EndsInBodyWord(name) ? null : PutFor(utterance, match, name);
    }

    // "how old is she?" after "Who was Kisumu's county health executive …?" answered by "The National Assembly's Departmental
    // Committee on Health said … that Nyakwana, 47, had …": an age is asked of a person, and the one name of the answer that
    // the sentence gives an age beside is the person, whatever name the model thought answered (here the committee). It is put
    // as written before the age ("Veronica Chambers-Lyn, 54,"), without the post before it ("Deputy Commissioner").
    private static string? AgedInAnswer(string question, string quote) =>
        AgedName(question, quote, quote) is { } aged
            ? QuotedKind.FullNamesAged(quote).FirstOrDefault(full => aged.EndsWith(full, StringComparison.Ordinal)) ?? aged
            : null;

    /// <summary>The one name of <paramref name="quote"/> (the answer to <paramref name="question"/>) that <paramref name="text"/>
    /// gives an age beside, or beside a word of it after the first (<see cref="QuotedKind.GivesAgeOf"/>), without an owner before
    /// it; null when none or several are aged there.</summary>
    internal static string? AgedName(string question, string quote, string text) =>
        AnswerNameFeatures.Candidates(question, quote).Select(c => Owner().Replace(c.Text, string.Empty)).Distinct(StringComparer.Ordinal)
            .Where(n => QuotedKind.GivesAgeOf(text, n)).ToList() is [var aged] ? aged : null;

    /// <summary>
    /// <paramref name="utterance"/> with "it" or "its" replaced by the thing the last answer named, after a "Which film …?" or
    /// "What company …?" question: the first name of the answer's first sentence that the question does not hold. Null when
    /// that does not apply.
    /// </summary>
    /// <remarks>
    /// "how much has it taken at the box office since?" after "Which film won the Golden Heron?" asks about the film the answer
    /// named ("The Long Field, directed by Niamh Calloway, took the Golden Heron …"), which another story follows up; read with
    /// the question's words it searched for the festival. A news sentence leads with its subject, so the first new name is the
    /// thing asked for, unless a name of the question comes first. Questions about the article itself ("when was it published?")
    /// are left to the article's record.
    /// </remarks>
    public static string? ResolveThing(string utterance, IReadOnlyList<ConversationTurn> turns)
    {
        if (turns.Count == 0 || turns[^1] is not { Reply: { Abstained: false, Citations.Count: > 0 } reply } last
            || !AsksWhichThing().IsMatch(last.ResolvedText) || AnswerType.KindOf(last.ResolvedText) != AnswerKind.Name || ThingPronoun().Count(utterance) != 1 || ArticleRecord().IsMatch(utterance)
            || QuestionTerms.Names(utterance).Count > 0
            || AnswerNameFeatures.Candidates(last.ResolvedText, reply.Citations[0].Quote).Where(c => !Describing().IsMatch(c.Text)).ToList() is not [var name, ..])
        {
            return null;
        }

        // A sentence that opens with the question's own subject ("Ashgrove Dairies, which employs 64 people at its site near
        // Bishops Lydeard, …" for "Which firm bought Ashgrove Dairies?") is about that, not about the thing asked for.
        string quote = reply.Citations[0].Quote;
        if (QuestionTerms.Names(last.ResolvedText).Select(n => quote.IndexOf(QuestionTerms.WithoutPossessive(n), StringComparison.Ordinal)).Any(i => i >= 0 && i < name.Start))
        {
            return null;
        }

        var match = ThingPronoun().Match(utterance);
        return Put(utterance, match, name.Text, possessive: match.Value.Equals("its", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A question back, when "What did he say?" follows a "Who …?" answer and <see cref="Resolve"/> cannot tell which name
    /// "he" is: with the example to offer, the question asked with the answer sentence's first full name.
    /// </summary>
    /// <remarks>
    /// Read as typed, "What did he say?" after "Who led the Afghan delegation?" quoted "…," he added from another story,
    /// where "he" is another man: words put in the wrong mouth are the worst mistake a newsroom's bot can make, so for
    /// what someone said, unlike other follow-ups, it asks rather than guesses when the sentence holds two names or more of
    /// two words or more, as a person's usually are ("Major General Afzal Aman", "Director General Military Operations");
    /// the first is offered, the one a news sentence leads with. With one such name, see <see cref="ResolveSpeaker"/>.
    /// </remarks>
    public Clarification? Clarify(string utterance, IReadOnlyList<ConversationTurn> turns)
    {
        if (FullNamesInAnswer(utterance, turns) is not { Count: >= 2 } names)
        {
            return null;
        }

        string example = WithName(utterance, names[0]);
        example = char.ToUpperInvariant(example[0]) + example[1..];
        var text = $"Whom do you mean by “{PersonPronoun().Match(utterance).Value}”? I can't tell which person in the last answer you mean, and I won't guess whose words to quote. Ask with the name, for example: “{example}”";
        return new Clarification(Answer.Message(text), example);
    }

    /// <summary>
    /// "What did he say?" after a "Who …?" answer whose sentence holds one full name ("Pakistan's spy chief, Lt. Gen. Nadeem
    /// Anjum, is …"), when <see cref="Resolve"/> is unsure: asked with that name, so the answer is his words or says the
    /// articles report none, never the words of whoever the story quotes next. Null otherwise.
    /// </summary>
    public string? ResolveSpeaker(string utterance, IReadOnlyList<ConversationTurn> turns) =>
        FullNamesInAnswer(utterance, turns) is [var name] ? WithName(utterance, name) : null;

    // The names of two words or more in the last answer's first sentence, when the utterance asks what "he" said after a
    // "Who" question that named no one itself and whose answer names no one surely enough; null when that does not apply.
    private List<string>? FullNamesInAnswer(string utterance, IReadOnlyList<ConversationTurn> turns)
    {
        if (!SpeechQuestion.AsksWhatAPronounSaid(utterance) || turns.Count == 0 || turns[^1] is not { Reply: { Abstained: false, Citations.Count: > 0 } reply } last
            || !AnswerNames.AsksWho(last.ResolvedText) || FullName().IsMatch(last.ResolvedText) || Resolve(utterance, turns) is not null)
        {
            return null;
        }

        return AnswerNameFeatures.Candidates(last.ResolvedText, reply.Citations[0].Quote).Select(c => c.Text).Where(t => t.Contains(' ', StringComparison.Ordinal)).ToList();
    }

    // A name that describes the next one: "Ras Al Khaimah-based" in "Ras Al Khaimah-based low-cost carrier Noor Airways" says
    // where the airline is, and "when will it get the planes?" asks about the airline.
    [GeneratedRegex(@"-(?:based|born|owned|led|listed|backed|made|registered|headquartered|run)$", RegexOptions.IgnoreCase)]
    private static partial Regex Describing();

    // An owner before a name: "Ethiopia's " in "Ethiopia's Meseret Alemu".
    [GeneratedRegex(@"^\p{Lu}\p{L}+['’]s\s+(?=\p{Lu})")]
    internal static partial Regex Owner();

    // The person pronoun Resolve puts a name for: "he", "his", … or a possessive "her".
    internal static Match PronounIn(string utterance) => PersonPronoun().Match(utterance) is { Success: true } person ? person : PossessiveHer().Match(utterance);

    // "what did he say?" with the name for the pronoun (as Resolve writes it, so IsRewriteOf reads it as a rewrite).
    private static string WithName(string utterance, string name) => Put(utterance, PersonPronoun().Match(utterance), name, possessive: false);

    // The utterance with the name for the person pronoun, as an owner ("Von Miller's") for "his", "their" or a possessive "her".
    internal static string PutFor(string utterance, Match pronoun, string name) =>
        Put(utterance, pronoun, name, possessive: pronoun.Value.ToLowerInvariant() is "his" or "their" or "her");

    // The utterance with the name where the pronoun stood, as an owner ("Von Miller's") for a possessive.
    private static string Put(string utterance, Match pronoun, string name, bool possessive) =>
        string.Concat(utterance.AsSpan(0, pronoun.Index), name + (possessive ? "'s" : string.Empty), utterance.AsSpan(pronoun.Index + pronoun.Length));

    /// <summary>The name <see cref="Resolve"/> put for the person pronoun of <paramref name="utterance"/> in <paramref name="resolved"/> ("Alasdair Munro"), or null when it put none.</summary>
    public static string? NameFor(string utterance, string resolved)
    {
        var match = PronounIn(utterance);
        if (!match.Success || !IsRewriteOf(utterance, resolved, match))
        {
            return null;
        }

        string name = resolved.Substring(match.Index, resolved.Length - utterance.Length + match.Length);
        return name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2] : name;
    }

    /// <summary>True when <paramref name="resolved"/> is <paramref name="utterance"/> with its person pronoun replaced (by <see cref="Resolve"/>).</summary>
    public static bool IsRewriteOf(string utterance, string resolved) =>
        IsRewriteOf(utterance, resolved, PronounIn(utterance)) || IsRewriteOf(utterance, resolved, ThingPronoun().Match(utterance));

    private static bool IsRewriteOf(string utterance, string resolved, Match match)
    {
        return match.Success && resolved.Length > utterance.Length - match.Length
            && resolved.StartsWith(utterance[..match.Index], StringComparison.Ordinal)
            && resolved.EndsWith(utterance[(match.Index + match.Length)..], StringComparison.Ordinal)
            && !resolved.StartsWith(utterance, StringComparison.Ordinal);
    }

    // Two capitalised words in a row after the first word: a person's name, as a question writes it.
    [GeneratedRegex(@"(?<=\S\s.*)\b\p{Lu}[\p{L}’'.-]+\s+\p{Lu}[\p{L}’'.-]+")]
    private static partial Regex FullName();

    // "Which film won …?", "What company bought …?": a question whose answer is a thing named (not a person or a place,
    // AnswerType.KindOf); not "What did …", "What is …".
    [GeneratedRegex(@"^\W*(?:which|what)\s+(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|about|happened|happens|if|else|kind|sort|type)\b)\p{L}+(?:\s+\p{L}+)?\s+(?:is|was|are|were|did|does|do|has|have|had|will|won|took|made|bought|sold|offered|\p{L}+ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhichThing();

    [GeneratedRegex(@"\b(?:it|its)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThingPronoun();

    // The article's own record: when it was published, who wrote it, which outlet or source it is.
    [GeneratedRegex(@"\b(?:publish\p{L}*|wrote|written|writer|author|outlet|source|article|story|report)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleRecord();

    // "her" before a noun ("what was her time?") is possessive: not before a preposition, an article or a pronoun ("did they
    // pay her for it", "give her the award"), where it may be either and a wrong reading garbles the question.
    [GeneratedRegex(@"\bher(?=\s+(?!(?:to|for|with|about|from|at|in|on|by|and|or|as|that|the|a|an|it|this|up|out|off|back|again|now|then)\b)\p{Ll})", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveHer();

    // "her" is left out here: it is as often possessive as not, and a wrong reading garbles the question (PossessiveHer).
    [GeneratedRegex(@"\b(he|him|his|she|they|them|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonPronoun();
}

/// <summary>A question back instead of an answer, with the message to offer as a suggestion.</summary>
public sealed record Clarification(Answer Reply, string Example);
