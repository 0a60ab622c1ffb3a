using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Core.Chunking;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Conversation;

/// <summary>"Where does it say …?": finds the sentence that makes a claim, or says plainly that no article makes it.</summary>
/// <remarks>
/// A claim is specific, so the bar is higher than for a question: the sentence must hold most of the claim's
/// words (synonyms earn part), and a word the corpus never uses ("arrested") may be missing only when nearly
/// everything else matches. Every name must be there too, though it may be written earlier in the article ("he
/// said" after the speaker is named) or in the headline; the claim's first word counts as a name when capitalised.
/// Otherwise the reply says no article says that and shows the closest sentence, so the reader can judge.
/// The answer writer may give a second opinion from the same passages (a language model does); its pick is
/// used only when the quote is verbatim in a passage we supplied, and otherwise this offline result stands.
/// </remarks>
public sealed partial class ClaimLookup(AnswerService answers, IPassageStore store, IAnswerWriter writer)
{
    // The share of a claim's weight a confirming sentence must hold: strong enough alone, or enough when no word of the claim
    // is one the corpus never uses. Chosen on the fifteen probe archives' 169 look-ups and squad-b's 376 claims (docs/quality.md,
    // thirty-seventh pass): from 0.62 (0.7), 0.55 (0.65) finds five more true claims told in the reader's words ("kept the
    // ending secret" for "kept its ending under wraps") and confirms no false one more; 0.52 (0.62) confirmed two.
    private const double MinCoverage = 0.55;
    private const double StrongCoverage = 0.65;

    // The IDF share of a claim's words other than names that a confirming sentence must hold (SaidShare). Chosen on squad-b's
    // 376 look-up claims over the stories and the seed conversation set: at 0.35, six more of squad-b's 188 claims about
    // someone else are refused and three fewer true ones are found; at 0.4 and above true claims went faster (docs/quality.md).
    private const double MinSaidShare = 0.35;
    private const double WrittenBeforeCredit = 0.5;

    // Counts from here up are the point of a claim that gives them (HoldsAmounts).
    private const int MinHeldCount = 10;

    // How many sentences after the closest one may confirm a claim. Over squad-b's 376 claims and the probe archive, the next
    // four found no more than the next two.
    private const int NextCandidates = 2;

    // How many sentences below those may confirm a claim that gives an amount, when one of them gives it too.
    private const int AmountCandidates = 7;

    /// <summary>Finds the claim in <paramref name="utterance"/> among the articles.</summary>
    public async Task<Answer> FindAsync(string utterance, SearchFilter? filter, CancellationToken cancellationToken)
    {
        var claim = Claim(utterance);
        // The claim as searched: "the ISI chief met …" over stories that only write "Inter-Services Intelligence" is spelled out.
        var (searched, scored) = await answers.ScoreAsync(claim, 15, filter, cancellationToken).ConfigureAwait(false);
        if (scored.Count == 0)
        {
            return new Answer("No article says that: nothing in the articles comes close.", Abstained: true, [], []);
        }

        var best = scored[0];
        var passages = scored.Select(s => s.Hit).DistinctBy(h => h.Chunk.Id).Take(5).ToList();
        var diagnostics = $"coverage {best.Coverage:0.00} cosine {best.Cosine:0.00} missed [{string.Join(',', best.Missed)}]";
        var statistics = await store.TermStatisticsAsync(searched, cancellationToken).ConfigureAwait(false);
        // A sentence that says the claim's opposite in its place ("open" for "close") is no support, however close the words.
        // So is one that gives another number of the same kind ("5,000 extra nurses" for "10,000 nurses").
        // So is one that denies it ("did not drop a set" for "dropped a set").
        // So is one whose story, up to it and in its headline, never gives the claim's number ("fewer than three days a month").
        // So is one about the story's other firm or person ("By contrast Clydeside Savings … said its profits had fallen by 9%").
        // So is one whose story, up to it and in its headline, says the opposite and never the claim's word: "Plans for 450 homes
        // in Shrewsbury approved" for "the Shrewsbury scheme was rejected", closest to "one of four members who voted against".
        // Only the sets a question is held to: a story's "after" or "north" is seldom what a claim turns on.
        string bestSoFar = SoFar(best);
        var oppositeWord = Denies(searched, best.Text) ?? Contrasts.Swapped(searched, bestSoFar, question: true) ?? AboutAnother(searched, best);
        var otherNumber = OtherNumber(searched, best.Text);
        bool Confirms(ScoredSentence sentence, bool namesInSentence = false)
        {
            string soFar = SoFar(sentence);
            return Denies(searched, sentence.Text) is null && Contrasts.Swapped(searched, soFar, question: true) is null && OtherNumber(searched, sentence.Text) is null
                && AboutAnother(searched, sentence) is null
                && Unwritten(searched, soFar) is null && Supports(sentence, searched, statistics, namesInSentence);
        }

        // When the closest sentence states another number, a further one that states the claim's own may make it ("… rose
        // 3p" below a lead about a rise of 41%); only a sentence holding every number of the claim is looked at.
        // Otherwise one of the next two may make it in its own words ("London saw the biggest fall" below a lead on house prices
        // falling): it must then name everyone the claim names itself, since credit from the story around it let sentences
        // about someone else through ("Paul Dunn said the pledge did not go far enough" for "Sarah Okafor promised …").
        // A claim that gives an amount may be made further down, by a sentence that gives it too, in any words: "3.4 million
        // passengers" for "flew over three million people", below the airline's lead about its new aircraft. Not one that only
        // supposes it: "a 25 basis-point cut would have signalled …" says the bank did not cut by 25.
        var confirming = oppositeWord is null && otherNumber is null && Unwritten(searched, bestSoFar) is null && Supports(best, searched, statistics) ? best
            : otherNumber is not null ? scored.Skip(1).Take(9).FirstOrDefault(s => ClaimNumbers.Holds(searched, s.Text) && Confirms(s))
            : scored.Skip(1).Take(NextCandidates).FirstOrDefault(s => Confirms(s, namesInSentence: true))
                ?? (GivesAmount(searched) ? scored.Skip(1 + NextCandidates).Take(AmountCandidates).FirstOrDefault(s => HoldsAmounts(searched, s.Text) && !Supposed().IsMatch(s.Text) && Confirms(s)) : null);
        var offline = (confirming is not null ? Found(confirming.ToCitation(1), WithPassageOf(confirming, passages)) : NotFound(best.ToCitation(1), passages, oppositeWord ?? otherNumber))
            with { Confidence = Math.Round(best.Score, 3), Diagnostics = diagnostics };
        // With a model, the same passages become its numbered sources; its pick is used only when the quote checks out.
        var verdict = await writer.LocateClaimAsync(claim, passages, cancellationToken).ConfigureAwait(false);
        return verdict switch
        {
            null => offline,
            // The model's quote is held to the same rule: a sentence that says the opposite is no source.
            { Outcome: LookupOutcome.Found, Citation: { } citation } when Denies(searched, citation.Quote) is { } opposite =>
                NotFound(citation, passages, opposite) with { Confidence = offline.Confidence, Diagnostics = "model quote says the opposite; offline " + diagnostics },
            { Outcome: LookupOutcome.Found, Citation: { } citation } when ClaimNumbers.Contradicted(searched, citation.Quote) is { } other =>
                NotFound(citation, passages, other) with { Confidence = offline.Confidence, Diagnostics = "model quote states another number; offline " + diagnostics },
            { Outcome: LookupOutcome.Found, Citation: { } citation } => Found(citation, passages) with { Confidence = offline.Confidence, Diagnostics = "model quote; offline " + diagnostics },
            { Outcome: LookupOutcome.NoSource } => NotFound(best.ToCitation(1), passages) with { Confidence = offline.Confidence, Diagnostics = "model: no source; offline " + diagnostics },
            { Outcome: LookupOutcome.Unavailable } => offline with { Notice = verdict.Notice },
            _ => offline,
        };
    }

    // The number checks read a claim's amounts only where the text does not state them in other words: "three decades" is
    // no number the story never gives when it says "30 years", nor is "over 50%" another share than "more than half". A
    // correction is read for what it says now, not the figure it withdraws (Corrections).
    private static (string Claimed, string Said)? OtherNumber(string claim, string sentence)
    {
        string now = Corrections.Current(sentence);
        return ClaimNumbers.Contradicted(Quantities.WithoutStated(claim, now), now);
    }

    private static string? Unwritten(string claim, string story) => ClaimNumbers.Unwritten(Quantities.WithoutStated(claim, story), story);

    // The claim's word the sentence says the opposite of ("open" for "close") or denies ("not drop" for "dropped"), or its
    // parties the other way round ("Redmarsh United … beat Kingsford City"), and what the sentence says instead; null when
    // it does none of these.
    private static (string Claimed, string Said)? Denies(string claim, string sentence) =>
        Contrasts.Swapped(claim, sentence) ?? ClaimNegation.Contradicted(claim, sentence) ?? ClaimRoles.Reversed(claim, sentence) ?? ClaimRoles.OtherDoer(claim, sentence) ?? ClaimRoles.Beaten(claim, sentence) ?? ClaimPosts.Lesser(claim, sentence)
        ?? ClaimClauses.GivenToAnother(claim, sentence, Names(claim));

    // "Lothian Bank's profits fell by 9%" is not made by "By contrast Clydeside Savings … said its profits had fallen by 9%",
    // in a story of both banks: the sentence is about the other one (OtherSubject).
    private static (string Claimed, string Said)? AboutAnother(string claim, ScoredSentence sentence) =>
        OtherSubject.Find(claim, sentence.Text, sentence.Hit.Chunk, claim: true);

    private static List<string> Names(string claim) => NameWords(QuestionTerms.Words(claim)).Select(w => w.Word).ToList();

    // The claim is cut out of a sentence, so its first word is usually its subject: "Miller suffered a broken arm". It is a
    // name when capitalised, unless it is a word that opens sentences.
    private static IEnumerable<(string Word, int Index)> NameWords(IEnumerable<(string Word, int Index)> words) =>
        words.Where(w => IsNameWord(w.Word) && (w.Index > 0 || !SentenceOpener().IsMatch(w.Word)));

    // "TV", "ID", "PM" and "MPs" are nouns that news writes in capitals, not names: "a TV drama" is told by "police drama
    // Blackwater", which never writes "TV". So are a sum and a unit ("R1.7 million", "20,000 MW"), which the number checks read.
    // They count as the claim's other words do.
    private static bool IsNameWord(string word) => char.IsUpper(word[0]) && !CapitalisedNoun().IsMatch(word);

    // The passages shown beside a look-up, led by the confirming sentence's when it is not among them.
    private static List<SearchHit> WithPassageOf(ScoredSentence sentence, List<SearchHit> passages) =>
        passages.Any(p => p.Chunk.Id == sentence.Hit.Chunk.Id) ? passages : [sentence.Hit, .. passages.Take(passages.Count - 1)];

    private static Answer Found(Citation citation, IReadOnlyList<SearchHit> passages) =>
        new($"It is in {Place(citation)}: “{citation.Quote}” [1]", Abstained: false, [citation], passages);

    private static Answer NotFound(Citation closest, IReadOnlyList<SearchHit> passages, (string Claimed, string Said)? swapped = null) =>
        new($"No article says that. The closest passage is in {Place(closest)}: “{closest.Quote}” [1]"
            + (swapped is { } s ? $" It says “{s.Said}”, not “{s.Claimed}”." : string.Empty), Abstained: true, [closest], passages);

    private static string Place(Citation citation) =>
        $"“{citation.Title}” ({citation.Attribution}), characters {citation.Start}–{citation.End}";

    /// <summary>The claim itself, without "where does it say that …".</summary>
    public static string Claim(string utterance) =>
        LeadIn().Replace(TrailingAsk().Replace(utterance.Trim(), string.Empty), string.Empty).TrimEnd('?', '.', ' ');

    // namesInSentence: every name of the claim must be written in the sentence itself, not only before it.
    private static bool Supports(ScoredSentence sentence, string claim, ITermStatistics statistics, bool namesInSentence = false)
    {
        // The claim is cut out of a sentence, so its first word is usually its subject: "Miller suffered a broken arm".
        var words = QuestionTerms.Words(claim).ToList();
        var names = NameWords(words).ToList();

        // The headline and the article up to the sentence (or its passage), as written, folded and analysed, read once.
        string soFar = SoFar(sentence);
        string folded = Folding.Fold(soFar);
        var written = EnglishTerms.Analyze(soFar).ToHashSet(StringComparer.Ordinal);
        // A correction holds the withdrawn figure as well as the right one: the claim is held to what it says now.
        if (!HoldsAmounts(claim, Corrections.Current(sentence.Text)))
        {
            return false;
        }

        var stated = StatedAmountWords(claim, sentence.Text);
        if (!(names.Count == 0 || InArticleSoFarOrHeadline(written, folded, Runs(names))) || !SubjectPresent(sentence, words, folded, stated)
            || ClaimAgent.Unwritten(claim, sentence.Text, folded) is not null)
        {
            return false;
        }

        if (Runs(names).Any(run => AnotherFirstName(run, soFar, folded)))
        {
            return false;
        }

        var read = SentenceRead.Of(sentence);
        if (namesInSentence && names.Count > 0 && !InArticleSoFarOrHeadline(read.Terms, Folding.Fold(sentence.Text), Runs(names)))
        {
            return false;
        }

        var terms = QuestionTerms.From(claim, statistics);
        bool unknownMissing = sentence.Missed.Any(w => !stated.Contains(w) && EnglishTerms.Analyze(w).Any(t => statistics.DocumentFrequency(t) == 0));
        double coverage = sentence.Coverage + WrittenBefore(sentence, read, terms, written, folded) + StatedAmounts(sentence, terms, stated);
        return SaidShare(sentence, read, terms, stated) >= MinSaidShare && (coverage >= StrongCoverage || (coverage >= MinCoverage && !unknownMissing))
            && !ActMissed(read, claim) && !DistinctionMissed(sentence, claim) && !OnlyWeighed(sentence.Text, claim);
    }

    // The sentence as written, its terms and lower-case words, and its headline's terms, read once for the checks of one
    // sentence.
    private sealed record SentenceRead(string Text, HashSet<string> Terms, List<string> Words, HashSet<string> Headline)
    {
        public static SentenceRead Of(ScoredSentence sentence) => new(
            sentence.Text,
            EnglishTerms.Analyze(sentence.Text).ToHashSet(StringComparer.Ordinal),
            QuestionTerms.Words(sentence.Text).Select(w => w.Word.ToLowerInvariant()).ToList(),
            EnglishTerms.Analyze(sentence.Hit.Chunk.Title).ToHashSet(StringComparer.Ordinal));

        // A word of the thesaurus or the news paraphrases for this one ("fatigue" for "tiredness"), not one of the encoder's
        // looser neighbours ("state" for "nationalised").
        public bool HasWordFor(string word) => Words.Any(w => SynonymMatcher.Interchangeable(word.ToLowerInvariant(), w));
    }

    // A sentence that tells of a step only weighed, offered or hoped for does not make a claim that it was taken: "the LTFRB
    // is considering a six-month extension" is no source for "the LTFRB pushed back the deadline by six months", nor "a
    // Portuguese club has offered US$8 million for" Aguirre for his signing, nor "the museum had hoped to buy the painting"
    // for its purchase, nor "His amendment proposed a 10 per cent council tax rise" for the rise, nor "the board would appoint
    // a permanent head coach" for the appointment. A claim that itself speaks of talks, plans or offers is held to the usual rules.
    private static bool OnlyWeighed(string sentence, string claim) => Tentative().IsMatch(sentence) && !TentativeClaim().IsMatch(claim);

    [GeneratedRegex(@"\b(?:is|are|was|were|had\s+been|has\s+been|have\s+been)\s+(?:now\s+)?(?:considering|weighing|exploring|studying|in\s+(?:advanced\s+|preliminary\s+|early\s+|exclusive\s+)?talks)\b|\bheld\s+(?:preliminary\s+|early\s+|informal\s+)?talks\b|\b(?:had\s+)?hoped\s+to\b|\bwould\s+(?:study|consider|review|look\s+at)\b|\b(?:has|have|had)\s+offered\b|\b(?:had\s+been|was|were)\s+tipped\s+(?:for|to)\b|\bpreferred\s+a\b|\bproposed\s+an?\b|\bwould\s+(?:appoint|name|choose|select|pick)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tentative();

    [GeneratedRegex(@"\b(?:consider\w*|weigh\w*|explor\w*|stud(?:y|ying|ied)|talks?|hop\w*|offer\w*|tipped|propos\w*|plan\w*|prefer\w*|negotiat\w*|bid|bids|may|might|could|would|will|wants?|wanted|seeks?|sought)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TentativeClaim();

    // An official or legal act is what a claim turns on, and a story that tells of one says so: "the Wheatsheaf landlord was
    // arrested after the fight" is not made by the sentence about the fight, nor "Kopara council has banned freedom camping"
    // by a draft plan to limit it, nor "councillors voted unanimously" by a vote to refuse, nor "KTPC appealed the tariff ruling"
    // by what the ruling will cost it. So a word for such an act in the claim must be in the sentence, unless the headline
    // holds it: the word itself, or one of the thesaurus or the news paraphrases, not the encoder's looser neighbours, which
    // take "state" for "nationalised".
    private static bool ActMissed(SentenceRead read, string claim)
    {
        bool Said(string act) => EnglishTerms.Analyze(act).All(read.Terms.Contains) || read.HasWordFor(act) || ClaimActs.ToldInPhrase(act, read.Text);
        return QuestionTerms.Words(claim).Select(w => w.Word).Where(ClaimActs.IsAct).Concat(ClaimActs.InPhrases(claim))
            .Any(w => !Said(w) && !EnglishTerms.Analyze(w).Any(read.Headline.Contains) && !(Undone().IsMatch(w) && Undone().IsMatch(read.Text)));
    }

    // A claim that something was a record or the most of its kind turns on that: "West Kazakhstan brought in a record harvest" is
    // not made by "The West Kazakhstan region harvested 312,000 tonnes of grain, against 780,000 tonnes last year", which holds
    // the rest of its words. The sentence must rank it too, in any words: "the highest since records began", "more starters than
    // ever", "the biggest" for "the largest", "the market leader" for "the biggest grocer". Not its headline, which may rank
    // something else ("… as Ural river hits record low").
    private static bool DistinctionMissed(ScoredSentence sentence, string claim) =>
        Distinction().IsMatch(claim) && !Ranked().IsMatch(sentence.Text);

    private const string Superlatives = "all-time|largest|biggest|highest|lowest|smallest|greatest|best|worst|fastest|slowest|longest|shortest|deepest|strongest|weakest|hottest|coldest|warmest|wettest|driest|busiest|richest|poorest|heaviest|sharpest|steepest|cheapest|dearest";

    [GeneratedRegex($@"\b(?:record|{Superlatives})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Distinction();

    [GeneratedRegex($@"\b(?:records?|{Superlatives}|ever|never|unprecedented|most|least|top|leader|leading|(?:more|less|fewer|higher|lower|bigger|larger)\s+than\s+(?:at\s+)?any)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ranked();

    // Undoing a thing is told in many words: "a charge … scrapped in the 19th century" is the toll that "was abolished in 1894".
    [GeneratedRegex(@"\b(?:scrapped|abolished|axed|ditched|dropped|cancell?ed|shelved|abandoned|withdrawn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Undone();

    // An amount is the point of a claim that gives one, so the sentence that makes the claim gives it too, in any words and
    // near its value: "the survey covered just over four thousand homes" is not made by "42% of homes" (nor "aged over 65")
    // in a story that gives its 4,200 households elsewhere, nor "takings dropped by less than a fifth" by another film's
    // "£0.9m". Years are left to the story, which may date an event once (ClaimNumbers), and so are counts under ten, which
    // a sentence gives by naming what it counts ("the two countries" are Pakistan and Afghanistan; "one of the", "a day
    // out"), though "a full percentage point" is an amount. A number that ends a name ("Super Bowl 50") or stands in
    // quotation marks ("the "50"") is no amount, and four bare digits are a year ("around 1177").
    private static bool HoldsAmounts(string claim, string sentence)
    {
        var said = Quantities.In(sentence);
        return Quantities.In(claim).Where(q => IsPoint(claim, q))
            .All(q => sentence.Contains(claim.Substring(q.Start, q.Length), StringComparison.OrdinalIgnoreCase) || said.Any(s => s.States(q)));
    }

    private static bool GivesAmount(string claim) => Quantities.In(claim).Any(q => IsPoint(claim, q));

    private static bool IsPoint(string claim, Quantities.Quantity q) =>
        q.Dimension != Quantities.Dimension.Year && (q.Value != 1 || q.Dimension == Quantities.Dimension.Points) && !(SingleUnit().IsMatch(claim.AsSpan(q.Start, q.Length)) && CountThenIn().IsMatch(claim.AsSpan(0, q.Start)))
        && (q.Dimension != Quantities.Dimension.Count || (q.Value >= MinHeldCount && !BareYear().IsMatch(claim.AsSpan(q.Start, q.Length))
            && !AfterAName().IsMatch(claim.AsSpan(0, q.Start)) && !Quoted(claim, q)));

    // A number in quotation marks is a title, not an amount: 'Luke Kuechly designed the "50"'.
    private static bool Quoted(string claim, Quantities.Quantity q) => q.Start > 0 && claim[q.Start - 1] is '"' or '“' or '‘' or '\'';

    // "in a year" after a count: the period it is counted over, not an amount the claim gives ("rose to nearly 1,900 flights
    // in a year" is made by "cancelled 1,870 flights during the year"). After a sum it is a rate and holds: "£18m a year" is
    // not "£18m over the next two years".
    [GeneratedRegex(@"^(a|an|one)\s+\p{L}+$", RegexOptions.IgnoreCase)]
    private static partial Regex SingleUnit();

    [GeneratedRegex(@"\d[\d,.]*\s+(\p{L}+\s+){0,3}in\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CountThenIn();

    [GeneratedRegex(@"(?<![\d,.])\d{4}(?![\d,.])")]
    private static partial Regex BareYear();

    [GeneratedRegex(@"\p{Lu}[\p{L}.'’-]*\s+$")]
    private static partial Regex AfterAName();

    // The share of the claim the sentence leaves to the article before it, or to its headline.
    // - A name counts whole: "The 22-year-old from Bristol did not drop a set all week" says it of Tom Marsh, named two
    //   sentences earlier. Rare names weigh heavily, the more so in a large archive, so without this a true claim about a
    //   named person fell short of the bar on the words it does hold.
    // - Any other word counts half: "Which article reports that pilots are worried about tiredness?" is made by "… fatigue is
    //   a serious concern," said by the pilots' union a sentence earlier. A claim sums up what a story says in the reader's
    //   words, so its subject often stands only there; half, since the sentence itself must still say most of it. Over
    //   squad-b's 376 look-up claims, found went from 0.824 to 0.835 with no more claims about someone else confirmed
    //   (docs/quality.md, seventeenth pass).
    // - A word of the headline counts whole: the headline says what the story is about, as the claim's topic does ("clothing
    //   fibres were the biggest source of plastic in rivers" under "Microplastics found at every river site in Yorkshire study";
    //   twenty-third pass).
    private static double WrittenBefore(ScoredSentence sentence, SentenceRead read, QuestionTerms terms, HashSet<string> written, string foldedSoFar)
    {
        var headline = read.Headline;
        double credited = terms.Terms
            .Where(t => sentence.Missed.Contains(t.Word, StringComparer.OrdinalIgnoreCase) && written.Contains(t.Term))
            .Sum(t => !IsNameWord(t.Word) ? (headline.Contains(t.Term) ? 1 : WrittenBeforeCredit) * t.Weight : WrittenAsAName(foldedSoFar, t.Word) ? t.Weight : 0);
        return terms.Total <= 0 ? 0 : credited / terms.Total;
    }

    // The words of the claim's amounts that the sentence states in other words ("a quarter" where it says "one in four").
    // So are its words for an age group the sentence gives an age in ("a pensioner" for "A 71-year-old man").
    private static HashSet<string> StatedAmountWords(string claim, string sentence) =>
        Quantities.StatedPhrases(claim, sentence).SelectMany(p => QuestionTerms.Words(p)).Select(w => w.Word)
            .Concat(AgeWords.Stated(claim, sentence)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    // The share of the claim held by amounts the sentence states in other words: matched, as a synonym would be.
    private static double StatedAmounts(ScoredSentence sentence, QuestionTerms terms, HashSet<string> stated) =>
        terms.Total <= 0 ? 0 : terms.Terms.Where(t => stated.Contains(t.Word) && sentence.Missed.Contains(t.Word, StringComparer.OrdinalIgnoreCase)).Sum(t => t.Weight) / terms.Total;

    // The claim's subject is someone's even when it is no name ("the owner won …", "judges made …"): its first word that
    // means something must be matched by the sentence (a synonym will do: "lifting" for "end"), or be written in the
    // article up to the sentence's passage, if only inside a word ("base" in "airbase").
    // An amount the sentence states in other words is there too: "hundreds of rural exchanges" in "340 telephone exchanges".
    private static bool SubjectPresent(ScoredSentence sentence, List<(string Word, int Index)> words, string foldedSoFar, HashSet<string> stated)
    {
        int first = words.FindIndex(w => !SentenceOpener().IsMatch(w.Word) && !Hedge().IsMatch(w.Word) && EnglishTerms.Analyze(w.Word).Count > 0);
        // "the current Ardcraig ferry only takes 28 cars", "the winning port consortium has to …": a word that only says which
        // one is meant is no subject; the word after it is.
        while (first >= 0 && first + 1 < words.Count && Which().IsMatch(words[first].Word) && words[first + 1].Index == words[first].Index + 1)
        {
            first++;
        }

        var subject = first < 0 ? null : words[first].Word;
        // "Novalink's chief executive apologised …" is said of the chief executive, not of Novalink: after a name's possessive,
        // the post that follows is the subject ("said Novalink's UK managing director" does not support it).
        if (subject is not null && char.IsUpper(subject[0]) && QuestionTerms.WithoutPossessive(subject) != subject
            && first + 1 < words.Count && words[first + 1].Index == words[first].Index + 1 && !char.IsUpper(words[first + 1].Word[0]))
        {
            subject = words[first + 1].Word;
        }

        if (subject is null || char.IsUpper(subject[0]) || !sentence.Missed.Contains(subject, StringComparer.OrdinalIgnoreCase) || stated.Contains(subject))
        {
            return true;
        }

        // "a singer's mum" is the story's "Singer-songwriter Maya Oduya": the subject without its possessive ending. A longer
        // word may end otherwise, as a name may (WrittenAsAName): "an athlete" is the story's "banned from athletics".
        return ClaimAgent.WrittenSoFar(subject, foldedSoFar);
    }

    // Checked here, not through the sentence's missed words: a first word is no name to the term matcher, which
    // may credit it to another name nearby. A name may be written before the sentence, up to the end of its passage
    // ("he said" after a speaker named paragraphs earlier), or in the headline ("the team" in a story headlined with
    // the team's name); a name that first appears after the passage is someone else's.
    // A name of several words may be written by its last alone ("McManus" for "Brandon McManus", "Panthers" for
    // "Carolina Panthers"), as a story does after its first mention, or always in a short item. A word of a name may be
    // written as the news words for it: "Lib Dems" for "Liberal Democrats", "Tory" for "Conservative".
    private static bool InArticleSoFarOrHeadline(HashSet<string> written, string foldedSoFar, IEnumerable<List<string>> names)
    {
        bool WrittenAsIs(string word) => EnglishTerms.Analyze(word).All(written.Contains) && WrittenAsAName(foldedSoFar, word);
        bool Written(string word) => WrittenAsIs(word)
            || Capitals.OtherNames(QuestionTerms.WithoutPossessive(word)).Any(other => other.Split(' ').All(WrittenAsIs))
            || NewsParaphrases.OtherTerms(word).Any(written.Contains);
        return names.All(run => run.All(Written) || (run.Count > 1 && Written(run[^1])));
    }

    // Up to the end of the sentence: "production would move to its sites in Doncaster" after "Harwick Foods has announced plans
    // to close its factory in Leicester" names another factory, not the one closed. A quotation may name its speaker after it
    // ("“We will fight this.” … said Denise Okafor"), so from one the rest of its passage counts too.
    private static string SoFar(ScoredSentence sentence) =>
        sentence.Hit.Chunk.HeadlineAndTextTo(QuotationOpener().IsMatch(sentence.Text) ? sentence.Hit.Chunk.End : sentence.End);

    // Stems join "Manning" and "Manned" ("man"): a name must also start a word of the text as written, all but its last
    // letter (so "Americans" finds "American"), or all of it when it is short.
    private static bool WrittenAsAName(string foldedText, string name)
    {
        string word = Folding.Fold(QuestionTerms.WithoutPossessive(name));
        string start = word.Length <= 4 ? word : word[..^1];
        return Regex.IsMatch(foldedText, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(start)}", RegexOptions.CultureInvariant);
    }

    // "Desmond Achterberg was convicted of fraud" is not made by "Simon Achterberg, 47, … was convicted by a jury in March of
    // fraud": a story may name a person by the surname alone after the first mention, but one that writes another first name
    // before the surname, and the claim's own nowhere, is about someone else. A title or a possessive before the surname is no
    // first name ("Mr Achterberg", "Denver's McManus").
    private static bool AnotherFirstName(List<string> run, string soFar, string foldedSoFar)
    {
        if (run.Count < 2 || WrittenAsAName(foldedSoFar, run[0]))
        {
            return false;
        }

        string last = QuestionTerms.WithoutPossessive(run[^1]);
        return Regex.Matches(soFar, $@"(?<![\p{{L}}'’-])(\p{{Lu}}[\p{{L}}-]*)\s+{Regex.Escape(last)}(?![\p{{L}}])")
            .Any(m => !run.Contains(m.Groups[1].Value, StringComparer.Ordinal) && !Title().IsMatch(m.Groups[1].Value) && !SentenceOpener().IsMatch(m.Groups[1].Value));
    }

    [GeneratedRegex("^(?:" + QuotedKind.Courtesy + @"|Mx|Prof|Professor|Rev|Reverend|Father|Sister|Brother|Bishop|President|Premier|Minister|Chancellor|Governor|Mayor|Senator|Councillor|Cllr|Judge|Justice|Coach|Captain|Capt|General|Gen|Colonel|Col|Major|Sergeant|Sgt|Officer|Detective|Inspector|Constable|Chief|King|Queen|Prince|Princess|Sheikh|Datuk|Dato|Datin|Tan|Sri|Tun|Chairman|Chairwoman|Director|Manager|Skipper|Striker|Midfielder|Defender|Goalkeeper|Keeper|Winger|Forward|Veteran|Former|Young|Teammate)$")]
    private static partial Regex Title();

    // Capitalised words next to one another are one name: "Brandon McManus", "Sun Life Stadium".
    private static List<List<string>> Runs(List<(string Word, int Index)> words)
    {
        var runs = new List<List<string>>();
        for (int i = 0; i < words.Count; i++)
        {
            if (i == 0 || words[i].Index != words[i - 1].Index + 1)
            {
                runs.Add([]);
            }

            runs[^1].Add(words[i].Word);
        }

        return runs;
    }

    // Names alone make no claim: "Mullah Omar was arrested" is not supported by a sentence that names Mullah Omar but says
    // nothing of an arrest, however rare (and so heavily weighted) the names are. Nor is "Tom Marsh did not drop a set all
    // week" by "Tom Marsh won the Melbourne title on Sunday", which holds the names and one word of the rest. So a
    // sentence must hold most of what the claim says of them: the IDF share of its other words.
    private static double SaidShare(ScoredSentence sentence, SentenceRead read, QuestionTerms terms, HashSet<string> stated)
    {
        // The claim is cut out of a sentence, so its first word may be a name too: any capitalised word counts as one.
        var said = terms.Terms.Where(t => !IsNameWord(t.Word)).ToList();
        double total = said.Sum(t => t.Weight);
        // A word matched only by a synonym counts half: the matcher's synonyms are loose ("all" for "title"). A word of the
        // thesaurus or the news paraphrases counts whole ("fatigue" for "tiredness").
        double Held(QuestionTerm t) => read.Terms.Contains(t.Term) || stated.Contains(t.Word) ? 1 : sentence.Missed.Contains(t.Word, StringComparer.OrdinalIgnoreCase) ? 0 : read.HasWordFor(t.Word) ? 1 : 0.5;
        // The names and loose synonyms alone say nothing: "Hurricane Delphine killed nine people in Jamaica" is not made by
        // "Delphine is the strongest hurricane to strike Jamaica since …", whatever the encoder finds near "killed". A claim of
        // a single word besides its names and figures is left to the share: "Denver Broncos won Super Bowl 50" is made by
        // "The Broncos defeated the Panthers".
        return total <= 0 ? 1 : said.Count(t => !t.Word.Any(char.IsDigit)) > 1 && !said.Any(t => Held(t) == 1) ? 0 : said.Sum(t => t.Weight * Held(t)) / total;
    }

    // Words that say which one of a kind is meant, before the kind: "the current ferry", "the new adviser", "the winning bid".
    [GeneratedRegex(@"^(?i:current|new|former|old|winning|losing|top|first|last|local|main|incoming|outgoing|acting|interim|senior|junior|previous|latest|original|existing|proposed|planned|sole|only)$")]
    private static partial Regex Which();

    [GeneratedRegex(@"^(?:TV|ID|IDs|PCs?|PMs?|CEOs?|GPs?|MPs?|MEPs?|DJs?|CCTV|DNA|HIV|IVF|GCSEs?|SUVs?|ATMs?|VAT|GDP|AI|HQ|IQ|CVs?|[MGkT]Wh?|TEUs?|\p{Lu}{1,3}\$?\d[\d.,]*(?:bn|m|k)?)$")]
    private static partial Regex CapitalisedNoun();

    // What would have been, or will be if: no report that it happened.
    [GeneratedRegex(@"\b(would|could|should|might)\s+have\b|\bif\b", RegexOptions.IgnoreCase)]
    private static partial Regex Supposed();

    // Words that hedge an amount, never a subject: "almost a million people are living with dementia".
    [GeneratedRegex(@"^(almost|nearly|about|around|roughly|approximately|over|more|fewer|less|just|well|upwards|close|than)$", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"^\s*[""“‘']")]
    private static partial Regex QuotationOpener();

    // Capitalised only because they start the claim.
    [GeneratedRegex(@"^(the|a|an|this|that|these|those|some|any|his|her|its|their|our|my|it|he|she|they|we|there|in|on|at|after|before|when|while|one|two|three|many|most|all|both|no|not|only)$", RegexOptions.IgnoreCase)]
    internal static partial Regex SentenceOpener();

    // "where did I read that …" is asked as often as "where does it say that …"; it is tried first, so that the reader's verb
    // is not taken for the claim's ("where did I read that the minister said …" is not cut at "said"); so is "show me where
    // Calder confirmed …", the claim being all that follows "where".
    [GeneratedRegex(@"^(please\s+)?((where|(in\s+)?(which|what)\s+(news\s+)?(article|story|report|piece))\s+(did|do|have|had)\s+(i|we)\s+(read|see|seen|saw|hear|heard|come\s+across)\s+(that\s+)?|((can|could|would)\s+you\s+(please\s+)?)?(show|point)\s+me\s+(to\s+)?where\s+((it|the\s+(article|story|report|piece|reporter))\s+(says|said|mentions|reports|talks\s+about)\s+(that\s+)?)?|(where|(which|what)(\s+one)?(\s+of\s+the)?\s+(news\s+)?(article|story|report|piece|source|outlet|paper|newspaper|wire|publication|text)s?|who|(does|do|did)\s+any\s+(news\s+)?(article|story|report|piece|source)s?|is\s+there\s+an?\s+(article|story|report|piece)\s+that)\b.*?\b(say|says|said|saying|claim|claims|claimed|report|reports|reported|mention|mentions|mentioned|state|states|stated|quote|quotes|quoted|cover|covers|covered|write|writes|wrote|note|notes|noted)\b\s*(that\s+)?|(find(\s+me)?|show\s+me|give\s+me)\s+the\s+(sentence|passage|source|story|article|report|piece|item)\s+(about|(that|which)\s+(says|reports|states|mentions)|saying|reporting|stating|mentioning|where|for)\s+(that\s+)?|(what('s|\s+is)\s+(the|your)\s+source\s+(for|of)\s+(the\s+claim\s+)?|(the\s+|your\s+)?source\s+(for|of)\s+the\s+claim\s+)(that\s+|saying\s+)?|(is|are|was)\s+there\s+(an?|any)\s+(news\s+)?(article|story|report|piece|source)s?\s+(saying|reporting|claiming|stating|mentioning|which\s+says|that\s+says|for\s+(the\s+claim|saying)|that)\s+(that\s+)?|(is|are)\s+there\s+(an?|any)\s+(news\s+)?source\s+for\s+|where('s|\s+is)\s+the\s+(bit|part|line|passage|sentence|paragraph)\s+(about|(that|which)\s+says|saying|where\s+it\s+says)\s+(that\s+)?|is\s+it\s+true\s+that\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    // A look-up may ask for its story after the claim: "is it true that France beat Scotland? Which story is that in?"
    [GeneratedRegex(@"\s*([-–—,;:?.]\s*)+(and\s+)?(which|what)\s+(news\s+)?(article|story|report|piece|source)(\s+(is\s+(that|it)\s+in|says\s+(so|that|it)))?\s*[?.]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAsk();
}
