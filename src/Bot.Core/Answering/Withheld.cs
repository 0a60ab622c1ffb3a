using System.Text.RegularExpressions;
using Bot.Core.Answering.Ranking;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>A sentence in which the story says what the question asks is not known: "… but gave no release date".</summary>
/// <remarks>
/// "When is the Midnight at Kestrel Road sequel coming out?" over a story that says "Brightloom confirmed that a sequel was
/// in development but gave no release date": quoting the lead about the film's takings answers nothing, and refusing with
/// headlines hides what the story does say. When such a sentence of the best sentence's story holds more of the question's
/// words (other than names) than the best sentence, 40% of them at least and the rarest among them, the answer says the
/// articles do not say, and quotes it.
/// </remarks>
public static partial class Withheld
{
    private const double MinSaidShare = 0.4;

    /// <summary>True when <paramref name="sentence"/> says something was not disclosed, given or said.</summary>
    /// <remarks>Not "… was not identified as a universal force until the work of Isaac Newton", which says when it was; but
    /// "How each of them voted will not be known until the minutes … are published" says it is not known yet.</remarks>
    public static bool Says(string sentence) => NotDisclosed().IsMatch(sentence) && (!NotUntil().IsMatch(sentence) || NotKnownYet().IsMatch(sentence));

    /// <summary>The sentence of the best sentence's story that says what <paramref name="question"/> asks is not known, if any.</summary>
    /// <remarks>Not when the sentence before it gives what is asked on others' word (<see cref="Reported"/>): that is answered.</remarks>
    internal static CandidateSentence? Find(QuestionProfile question, List<CandidateSentence> candidates) =>
        Refusal(question, candidates) is { } refusal && ReportedBefore(question, refusal, candidates) is null ? refusal : null;

    /// <summary>The sentence that gives what <paramref name="question"/> asks on others' word, just before the story's refusal to
    /// say it: "The round values Fennick at about $310 million, according to two people familiar with the deal who were not
    /// authorized to discuss it publicly. The company declined to comment on its valuation."</summary>
    /// <remarks>News reports a figure its subject will not confirm by saying whose word it is; the answer is that sentence, and
    /// the reader sees whose word it is in the quote. A figure given as the story's own (a profit, a price paid before) is
    /// no answer to what the refusal keeps back: "Harwick made £3m last year. The price was not disclosed."</remarks>
    internal static CandidateSentence? Reported(QuestionProfile question, List<CandidateSentence> candidates) =>
        Refusal(question, candidates) is { } refusal ? ReportedBefore(question, refusal, candidates) : null;

    // Sentences of one passage are a space apart, and of two paragraphs a blank line.
    private const int AdjacentGap = 3;

    private static CandidateSentence? ReportedBefore(QuestionProfile question, CandidateSentence refusal, List<CandidateSentence> candidates) =>
        candidates.Where(c => c.Hit.Chunk.ArticleId == refusal.Hit.Chunk.ArticleId && c.End <= refusal.Start && refusal.Start - c.End <= AdjacentGap)
            .FirstOrDefault(c => OnOthersWord().IsMatch(c.Text) && GivesAsked(question, c.Text));

    // A question may ask for a sum whatever its first word ("What valuation did …?"), or a figure of a kind ("… profit?").
    private static bool GivesAsked(QuestionProfile question, string sentence) =>
        AnswerType.AsksForMoney(question.Text) ? AnswerType.HasMoney(sentence)
        : FigureKind.Asked(question.Text) is { } figure ? FigureKind.HoldsFigure(sentence, figure)
        : HoldsAsked(question, sentence);

    private static CandidateSentence? Refusal(QuestionProfile question, List<CandidateSentence> candidates)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var best = candidates.MaxBy(c => c.Score)!;
        var story = candidates.Where(c => c.Hit.Chunk.ArticleId == best.Hit.Chunk.ArticleId).ToList();
        // Words the story never writes ("When will it be released in UK cinemas?" over "no UK release date has yet been
        // set") cannot tell its sentences apart, so the share and the rarest word are read over the words it does write.
        var written = story.SelectMany(c => EnglishTerms.Analyze(c.Text)).ToHashSet(StringComparer.Ordinal);
        // An outcome asked of an event still ahead is not written beside it: "won" is no word to look for in "She will face …".
        bool outcome = OutcomeAsked().IsMatch(question.Text);
        // "What caused the fire at Brazos Point?" over "Coastal Bend said the cause of the fire was under investigation", when
        // no sentence of the story gives a cause.
        bool cause = CauseAsked().IsMatch(question.Text) && !story.Any(c => CauseGiven().IsMatch(c.Text));
        var said = question.Terms.Terms.Where(t => !t.IsName && written.Contains(t.Term) && !(outcome && OutcomeWord().IsMatch(t.Word))).ToList();
        double total = said.Sum(t => t.Weight);
        // "What happened with the ID cards bill?" asks for no one thing, so no sentence can withhold it ("Ministers have not
        // said how much a stand-alone identity card would cost" is one detail of the story).
        if (total <= 0 || Vague().IsMatch(question.Text)
            || (question.Kind == AnswerKind.Any && !outcome && !cause && !AnswerType.AsksForMoney(question.Text) && FigureKind.Asked(question.Text) is null))
        {
            return null;
        }

        double floor = Math.Max(MinSaidShare, RestatingLead.SaidShare(said, total, best.Text));
        var rarest = said.MaxBy(t => t.Weight)!;
        bool unmet = !HoldsAsked(question, best.Text);
        return story
            // A sentence that holds what is asked answers it, whatever else it leaves unsaid; an event still ahead has no
            // outcome, whatever names it holds.
            .Where(c => (Says(c.Text) && !CommentOnOther(c.Text, said, question.Kind) && (WithholdsWhatIsAsked(c.Text, said) || !HoldsAsked(question, c.Text)))
                || (outcome && Ahead().IsMatch(c.Text)) || (cause && CauseUnknown().IsMatch(c.Text)))
            .Select(c => (Sentence: c, Held: EnglishTerms.Analyze(c.Text).ToHashSet(StringComparer.Ordinal)))
            .Select(x => (x.Sentence, x.Held, Amount: WithholdsAmountOf(question.Text, x.Sentence.Text, x.Held)))
            // When the best sentence does not give what is asked either, one that keeps back the amount of the very thing asked
            // need not restate the question as the best one does: "Al Waha did not say whether any patients had died" for "how
            // many heatstroke patients died …?" below the lead that counts cases.
            .Where(x => (x.Held.Contains(rarest.Term) || x.Amount)
                && RestatingLead.SaidShare(said, total, x.Held) >= (x.Amount && unmet ? MinSaidShare : floor)
                && (SpeaksOfIt(question, said, x.Held) || WithholdsItsKind(question.Kind, x.Sentence.Text)))
            .Select(x => x.Sentence)
            .MaxBy(c => c.Score);
    }

    // "It would not say how much it had paid the band since 2001, in a deal reportedly worth £250,000" withholds what "How much
    // has Castleton Records paid The Wrens?" asks, whatever other sum it gives: the question's word follows "how much".
    private static bool WithholdsWhatIsAsked(string sentence, List<QuestionTerm> said)
    {
        var withheld = NotDisclosed().Match(sentence);
        var what = withheld.Success ? WhatFollows().Match(sentence[(withheld.Index + withheld.Length)..]) : Match.Empty;
        var asked = what.Success ? EnglishTerms.Analyze(what.Value).ToHashSet(StringComparer.Ordinal) : [];
        return said.Any(t => asked.Contains(t.Term));
    }

    // "The Pensions Regulator … would not comment on individual cases" keeps back a comment on something the question does not
    // ask about ("how big is the hole in Brackwell's pension scheme?"), not the figure: what a refusal to comment is on must
    // hold a word of the question or a word for an amount ("declined to comment on the fee").
    // So does one whose question is put first: "Asked how much fresh water the plant would consume, Salar Blanco declined to
    // comment" keeps back the water it will use, not who runs the firm; an amount it keeps back only from a question of one.
    private static bool CommentOnOther(string sentence, List<QuestionTerm> said, AnswerKind kind)
    {
        var on = CommentOn().Match(sentence);
        var found = on.Success ? on : AskedFirst().Match(sentence);
        if (!found.Success)
        {
            return false;
        }

        string what = found.Groups["what"].Value;
        var about = EnglishTerms.Analyze(what).ToHashSet(StringComparer.Ordinal);
        return !said.Any(t => about.Contains(t.Term)) && !((on.Success || kind == AnswerKind.Number) && KindWords[AnswerKind.Number].IsMatch(what));
    }

    // The thing whose amount is asked may be all the withholding sentence needs to name: "The airport said it would pay
    // compensation …, but would not say how much money had been set aside" answers "How much compensation will Little Ashby
    // homeowners get …?" though the runway, the question's rarest word, is written only elsewhere in the story; so does "They
    // declined to say how many jobs would go" for "How many jobs will go as a result of the … merger?".
    private static bool WithholdsAmountOf(string question, string sentence, HashSet<string> held) =>
        AmountAsked().Match(question) is { Success: true } asked
        && EnglishTerms.Analyze(asked.Groups["head"].Success ? asked.Groups["head"].Value : asked.Groups["thing"].Value) is [var thing]
        && held.Contains(thing) && WithholdsItsKind(AnswerKind.Number, sentence);

    // One word in common is too little to say the sentence is about what was asked ("Where was The Quiet Harbour filmed?"
    // over "Ashby has already started work on her next film, but would not reveal its subject"): it must hold two of the
    // question's words, or one of its names, or withhold a thing of the kind asked ("… but gave no release date" for "When
    // is the sequel coming out?").
    private static bool SpeaksOfIt(QuestionProfile question, List<QuestionTerm> said, HashSet<string> held) =>
        said.Count(t => held.Contains(t.Term)) >= 2 || question.Terms.Terms.Any(t => t.IsName && held.Contains(t.Term));

    private static bool WithholdsItsKind(AnswerKind kind, string sentence)
    {
        var withheld = NotDisclosed().Match(sentence);
        if (!withheld.Success || !KindWords.TryGetValue(kind, out var words))
        {
            return false;
        }

        string said = sentence.Substring(withheld.Index, Math.Min(sentence.Length - withheld.Index, withheld.Length + WithheldReach));
        return words.IsMatch(said);
    }

    // How far past the withholding words the thing withheld is read ("would not say how much it had paid the band").
    private const int WithheldReach = 40;

    private static readonly Dictionary<AnswerKind, Regex> KindWords = new()
    {
        [AnswerKind.Time] = new(@"\b(?:when|date|dates|timetable|time|day|deadline|schedule)\b", RegexOptions.IgnoreCase),
        [AnswerKind.Number] = new(@"\b(?:how\s+(?:much|many)|whether\s+any|figure|figures|number|sum|amount|cost|price|fee|value|terms|total)\b", RegexOptions.IgnoreCase),
        [AnswerKind.Duration] = new(@"\b(?:how\s+long|length|duration|timetable)\b", RegexOptions.IgnoreCase),
        [AnswerKind.Person] = new(@"\b(?:who|whom|name|names|named|identified)\b", RegexOptions.IgnoreCase),
        [AnswerKind.Place] = new(@"\b(?:where|location|venue|site)\b", RegexOptions.IgnoreCase),
        [AnswerKind.Name] = new(@"\b(?:which|name|names|named|identified|details)\b", RegexOptions.IgnoreCase),
    };

    // A count is held only by a number of the thing counted: "It would close 40 branches but would not say how many jobs
    // would go" gives no count of jobs. A name is new only when the question does not write it, possessive or not ("The
    // Albion's owners …" asked "… at the Albion Theatre?"), and a country names no firm or person ("One UK bank, which asked not
    // to be named, …").
    private static bool HoldsAsked(QuestionProfile question, string sentence) => question.Kind switch
    {
        AnswerKind.Any => false,
        AnswerKind.Number when CountQuestion.Counted(question.Text) is { } counted => CountQuestion.Gives(sentence, counted),
        AnswerKind.Person or AnswerKind.Name or AnswerKind.Place => AnswerType.NovelNameWords(sentence, question.Words)
            .Any(w => !question.Words.Contains(QuestionTerms.WithoutPossessive(w)) && (question.Kind == AnswerKind.Place || !Capitals.IsCountry(w))),
        _ => AnswerType.Holds(question.Kind, sentence, question.Words),
    };

    [GeneratedRegex(@"\b(?:gave|give|gives|giving|offered|set)\s+no\b|\b(?:did|does|do|would|could|will|has|have|had)\s+not\s+(?:yet\s+)?(?:say|said|disclose|disclosed|reveal|revealed|confirm|confirmed|comment|give|given|specify|specified|name|named|identify|identified|announce|announced)\b|\b(?:didn't|doesn't|won't|wouldn't|hasn't|haven't)\s+(?:yet\s+)?(?:say|said|disclose|disclosed|reveal|revealed|confirm|confirmed|comment|give|given|specify|name|named|identify|identified|announce|announced)\b|\b(?:is|are|was|were|has|have|had)\s+(?:not|never|yet\s+to\s+be)\s+(?:yet\s+)?(?:been\s+)?(?:disclosed|revealed|announced|confirmed|named|identified|made\s+public|released|set)\b|\bundisclosed\b|\bwithout\s+(?:disclosing|revealing|saying|giving|naming|specifying|identifying)\b|\b(?:will|would)\s+not\s+be\s+(?:known|announced|published|revealed|disclosed)\b|\bnone\s+of\s+(?:[\w'-]+\s+){1,3}(?:has|have)\s+(?:yet\s+)?been\s+(?:named|identified|chosen|selected|announced)\b|\b(?:asked|declined|refused)\s+not\s+to\s+be\s+(?:named|identified)\b|\b(?:declined|refused)\s+to\s+be\s+(?:named|identified)\b|\bdeclined\s+to\s+(?:comment|say|give|disclose|reveal|name|confirm)\b|\bno\s+(?:[\w'-]+\s+){0,2}?(?:details|date|figure|timetable|reason|price|name)\s+(?:was|were|has|have|had)\s+(?:yet\s+)?(?:been\s+)?(?:given|set|announced|released|disclosed|agreed|fixed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotDisclosed();

    // "Who won the Birmingham final …?", "What was the score in …?": an outcome asked in the past tense; so is what a meeting
    // decided or a trial showed ("What did the central bank decide at its 15 May meeting?"), or what a committee recommended
    // ("What did the FDA advisory committee end up recommending?").
    [GeneratedRegex(@"^\W*(?:and\s+)?what\s+did\s+(?:[\w'’&-]+\s+){1,8}?(?:end\s+up\s+)?(?:decide|decided|deciding|show|conclude|rule|recommend|recommending)\b|^\W*(?:and\s+)?(?:who|which\s+[\w'’-]+)\s+(?:won|lost|triumphed|came\s+(?:first|out\s+on\s+top))\b|^\W*(?:and\s+)?what\s+(?:was|were)\s+the\s+(?:final\s+)?(?:result|outcome|score|verdict)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeAsked();

    [GeneratedRegex(@"^(?:won|lost|triumphed|came|result|results|outcome|outcomes|score|scores|verdict|verdicts|decide|decided|deciding|show|conclude|rule|recommend|recommending|end|up)$", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeWord();

    // The event still ahead: "She will face top seed Elena Markova in Sunday's final", "The vote is due to take place …",
    // "The bank's next monetary policy meeting is scheduled for Wednesday, 15 May", "An FDA advisory committee is scheduled to
    // discuss corvantrel on 12 February", "The review will examine the timing of warning letters".
    [GeneratedRegex(@"\b(?:meeting|hearing|vote|ballot|trial|ruling|decision|verdict|review|inquiry)\s+(?:is|are)\s+(?:now\s+)?(?:scheduled|due|expected|set)\s+(?:for|on|in)\b|\b(?:is|are)\s+(?:now\s+)?(?:scheduled|due|expected|set)\s+to\s+(?:discuss|consider|decide|rule|report|examine|deliver)\b|\b(?:review|inquiry|investigation)\s+will\s+(?:examine|look\s+at|consider|report)\b|\b(?:will|shall)\s+(?:now\s+)?(?:face|meet|play|take\s+on|contest|race|fight|go\s+head\s+to\s+head)\b|\b(?:is|are)\s+(?:due|set|scheduled)\s+to\s+(?:face|meet|play|take\s+place|be\s+held|vote|race|contest)\b|\b(?:goes|go)\s+to\s+the\s+polls\b|\b(?:will|is\s+due\s+to|is\s+set\s+to)\s+(?:resume|restart|be\s+completed|be\s+replayed)\b|\b(?:result|results|outcome|verdict|decision)\s+(?:is\s+|are\s+)?(?:expected|due)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ahead();

    [GeneratedRegex(@"^\W*(?:and\s+)?(?:so\s+)?(?:what|who)\s+(?:\w+\s+)?(?:caused|sparked|started|triggered)\b|\bwhat\s+(?:was|is|were)\s+(?:the\s+)?(?:\w+\s+)?cause\b|\bwhat\s+was\s+behind\b", RegexOptions.IgnoreCase)]
    private static partial Regex CauseAsked();

    [GeneratedRegex(@"\b(?:caused\s+by|blamed\s+(?:\w+\s+)?on|because\s+of|(?:was|were)\s+due\s+to|sparked\s+by|started\s+by|triggered\s+by|traced\s+to|(?:cause|causes)\s+(?:was|were|is)\s+(?!(?:still\s+)?(?:under|being|unknown|unclear|not)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex CauseGiven();

    // "The cause of the fire is under investigation", "The exact cause … remains unclear": the story says it is not known yet.
    [GeneratedRegex(@"\b(?:cause|causes|reason|origin)\b[^.;]{0,40}?\b(?:is|was|are|were|remains|remained)\s+(?:still\s+)?(?:under\s+investigation|being\s+investigated|unknown|unclear|not\s+(?:yet\s+)?(?:been\s+)?(?:known|established|determined|confirmed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CauseUnknown();

    [GeneratedRegex(@"\b(?:not|declined\s+to|refused\s+to|n't)\s+comment\s+(?:on|about)\s+(?<what>[^.;,]{1,60})", RegexOptions.IgnoreCase)]
    private static partial Regex CommentOn();

    // "Asked how much …, the company declined to comment": the question put to it, then its refusal to answer.
    [GeneratedRegex(@"^\W*Asked\s+(?:about\s+)?(?<what>[^.;,]{1,80}),[^.;]*\b(?:declined|refused|would\s+not|did\s+not|wouldn't|didn't)\s+(?:to\s+)?(?:comment|say)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskedFirst();

    // "How much compensation …", "how many jobs …": the thing measured or counted, a describing word passed over; the head is
    // the second of two words when it is a plural ("how many heatstroke patients died").
    [GeneratedRegex(@"\bhow\s+(?:much|many)\s+(?:(?:new|more|extra|additional|other)\s+)?(?!(?:are|were|is|was|do|does|did|have|has|had|will|would|can|could|should|may|might|must|money|cash)\b)(?<thing>[\p{L}-]+)(?:\s+(?!(?:does|has|was|is|less|yes|this|thus|plus)\b)(?<head>[\p{L}-]+s)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex AmountAsked();

    // "What happened with …?", "what's going on with …": the story as a whole is asked for, not one thing it may withhold.
    [GeneratedRegex(@"^\W*(?:so\s+|and\s+)?what(?:['’]s|\s+is|\s+has|\s+have)?\s+(?:happened|happening|going\s+on|the\s+latest|new)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Vague();

    // What a withholding verb leaves unsaid: "… not say how much it had paid the band", "… would not reveal who …".
    [GeneratedRegex(@"^\s+(?:(?:it|he|she|they|them|us|reporters|the\s+\w+)\s+)?(?:how\s+(?:much|many|long)|who|whom|when|where|which|what|whether|why)\b[^.;,]{0,60}", RegexOptions.IgnoreCase)]
    private static partial Regex WhatFollows();

    // Whose word a figure is when it is not its subject's: unnamed people or sources, or reports.
    [GeneratedRegex(@"\baccording\s+to\s+(?:(?:two|three|several|some|one|a)\s+)?(?:people|persons?|sources?|insiders?|reports?|executives|officials)\s+(?:familiar|close|with\s+knowledge|who|briefed)|\baccording\s+to\s+(?:media\s+|press\s+|local\s+)?reports\b|\breportedly\b|\b(?:is|are|was|were)\s+(?:understood|believed|thought)\s+to\b|\bit\s+is\s+understood\b|\b(?:sources?|insiders?)\s+(?:said|say|says|told|close)\b|\bpeople\s+(?:familiar|close)\s+(?:with|to)\b|\bunconfirmed\s+reports?\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnOthersWord();

    [GeneratedRegex(@"\bnot\b[^.;]*\buntil\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotUntil();

    [GeneratedRegex(@"\b(?:will|would)\s+not\s+be\s+(?:known|announced|published|revealed|disclosed)\s+until\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotKnownYet();
}
