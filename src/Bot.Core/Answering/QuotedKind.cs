using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>What a question asks for that none of the quoted sentences gives: an amount of money, an age, the holder of a post (or its permanent holder), the name of someone or something, the time of day, the length of a sentence or ban, who came second, how something turned out, what a study or a court found, or why someone decided or left.</summary>
/// <remarks>
/// "How much did the Orcadia-1 rocket cost to build?" was answered, with confidence, by the sentences that name the rocket:
/// none gives a sum, so none answers, and the reader is told the closest stories give no amount rather than shown them.
/// "How old is Martin Reece?" likewise, by the sentences that name him. Ages are written many ways ("seven months old",
/// "graves dating to 1338–39"), so an age question is refused only when the quote holds no age and no number that may be
/// one (a span, a date, a number no noun follows; not a sum, a share or a count of things). Dates and counts are not
/// checked so: answers to "when" and "how many" are too often written in words ("during the Second World War", "only a
/// few"; docs/quality.md, twenty-third pass). "What was the name of the friend Mark Olsen was on the video call with?" is
/// answered by no sentence that only says "a friend": a name asked of a person, a firm or a place is written with a capital
/// the question does not hold. "What time of day did the earthquake strike?" asks for an hour or a part of the day.
/// </remarks>
public static partial class QuotedKind
{
    /// <summary>What the quoted sentences lack for <paramref name="question"/>, or null when they lack nothing it asks for.</summary>
    public static UnmetCondition? Missing(string question, IReadOnlyList<string> quote)
    {
        if (quote.Count == 0)
        {
            return null;
        }

        // "How old is Paul Gadsby?" over "Susan Merriweather, 41, … over Labour's Paul Gadsby": an age written beside another
        // person's name is theirs, so it is read as no age of the one asked about.
        if (AnswerType.AsksForAge(question))
        {
            var named = QuestionTerms.Names(question).Select(QuestionTerms.WithoutPossessive).ToHashSet(StringComparer.Ordinal);
            // A year dates a thing's age ("graves dating to 1338–39"), not a person's: "How old was Sir Alan Brockhurst when he
            // died?" is not answered by "who had represented the constituency since 2005".
            bool person = PersonAsked().IsMatch(question) || quote.Any(s => TitledIn(s, named));
            if (!quote.Select(s => WithoutOthersAges(s, named)).Any(s => AnswerType.HasAge(s) || MayBeAgeOf(AnswerType.WithoutSumsOrShares(s), person)))
            {
                return new UnmetCondition("age", "The closest stories give no age for this.");
            }
        }

        // "What time of day did the earthquake strike?" over sentences that give the day and the province, not the hour.
        // A race is timed, not dated by the clock: "What time did the men's winner clock?" asks for "two hours nine minutes".
        if (ClockTimeAsked(question) && !quote.Any(GivesClockTime))
        {
            return new UnmetCondition("time", "The closest stories do not give the time of day.");
        }

        // "How long a prison sentence did the chief executive receive?" over the sentence that gives the firm's fine: a term
        // of a sentence, a ban or a contract is a span of time ("four years and three months", "a three-year contract", "life"),
        // not a measure of something else ("less than a week's profit").
        if (TermAskedOf(question) && !quote.Any(GivesTerm))
        {
            return new UnmetCondition("term", "The closest stories do not give how long.");
        }

        // "how many litres of diesel leaked?" over "A small amount of diesel leaked from a damaged tank": a measure is given in
        // figures and its unit, unlike other counts ("only a few"), so a quote without one does not say.
        if (CountQuestion.MeasureAsked(question) is { } measure && !quote.Any(measure.IsMatch))
        {
            return new UnmetCondition("measure", "The closest stories do not give the measure asked for.");
        }

        // "How many people died in the 1974 Carmody River flood?" over "The previous record at the gauge, 13.6 metres, was set
        // during the great flood of January 1974": a year, a measure of something else, a date or a sum counts nothing.
        if (CountQuestion.ThingsCounted(question) is { } counted && !quote.Any(s => CountQuestion.MayCount(s, counted)))
        {
            return new UnmetCondition("count", "The closest stories do not give the number asked for.");
        }

        // "What was HBL's net profit for the full year 2025?" over "HBL's net profit for the first nine months of 2025 fell 58%
        // to €512m": a figure for part of a year is not the year's.
        if (WholeYear.Asked(question) && WholeYear.PartOnly(quote))
        {
            return new UnmetCondition("period", "The closest stories give figures for part of the year only.");
        }

        // "Who will be Corrin's permanent chief executive?" over "finance director Lorraine Pike … would take over as acting chief
        // executive while a search for a permanent successor was carried out": the post is not filled for good.
        if (PermanentPost.Asked(question) && PermanentPost.StandInOnly(quote))
        {
            return new UnmetCondition("permanent", "The closest stories name only someone standing in, not a permanent appointment.");
        }

        // "who came second in the men's marathon" over the sentence that names the winner: no quoted sentence places anyone second.
        if (PlaceAsked().Match(question) is { Success: true } placing && placing.Groups["place"].Value.ToLowerInvariant() is var placed
            && !quote.Any(s => Places(s, placed)))
        {
            return new UnmetCondition("place", $"The closest stories do not say who came {placed}.");
        }

        // "What interest rate is the bank charging on the loan?" over "85 per cent of the project will be financed through a loan
        // … repayable over 20 years": a share of something else is no rate of interest.
        if (AnswerType.RateAskedOf(question) is { } rate && !quote.Any(s => AnswerType.GivesRate(s, rate)))
        {
            return new UnmetCondition("rate", $"The closest stories do not give the {rate} rate.");
        }

        // "Who has been named to replace Neil Garside?" over the sentence that quotes Garside himself: no quoted sentence tells
        // of anyone taking over or being appointed.
        if (SuccessorQuestion.Asked(question) && !quote.Any(SuccessorQuestion.MayName))
        {
            return new UnmetCondition("successor", "The closest stories do not say who takes over.");
        }

        // "why did helga strasser decide to retire" over "Renner will take over from Helga Strasser, 63, who is retiring after 11
        // years": a decision or a departure told without its reason.
        if (ReasonQuestion.Asked(question) && !quote.Any(ReasonQuestion.Gives))
        {
            return new UnmetCondition("reason", "The closest stories do not say why.");
        }

        // "Who ended up winning the Lochore Cup final?" over "Wairarapa Bush will meet the winner of Sunday's other semifinal
        // in the Lochore Cup final next weekend": a question about how something turned out, whose answer still looks ahead.
        // So is "who won the season opener between rangers and miners on 23 august?" over "In the Botswana Premier League, the
        // new season will start on 23 August", which names no winner.
        if ((OutcomeAsked().IsMatch(question) || (WonAsked().IsMatch(question) && !NamesWinner(quote[0]))) && Pending().IsMatch(quote[0]))
        {
            return new UnmetCondition("outcome", "The closest stories do not yet report how it turned out.");
        }

        // "What did the regional council's investigation into the flood debris conclude?" over "… said it had opened an
        // investigation into the source of the debris and expected to report back in about three months": what a study, a
        // review or a court found, asked of a sentence that says the finding is still to come.
        if (FindingAsked().IsMatch(question) && (Pending().IsMatch(quote[0]) || FindingAhead().IsMatch(quote[0])))
        {
            return new UnmetCondition("finding", "The closest stories do not yet report what it found.");
        }

        // "Was Trevor Alleyne-Marshall convicted?" over "If convicted, Alleyne-Marshall could face up to 15 years": a yes-or-no
        // question on how a contest, a trial, a vote or an appeal went is answered only by a sentence that reports a result.
        // So is "Did Danube Harbour Partners end up suing over the Volos tender?", only by one that tells of the act asked
        // about, not by "… beat a rival offer of €43.9m from Danube Harbour Partners".
        if ((VerdictAsked().IsMatch(question) && !Verdict().IsMatch(quote[0]))
            || (OutcomeVerb.Asked(question) is { } act && !OutcomeVerb.Tells(quote[0], act)))
        {
            return new UnmetCondition("outcome", "The closest stories do not report how it turned out.");
        }

        if (AnswerType.AsksForMoney(question) && !quote.Any(AnswerType.HasMoney))
        {
            return new UnmetCondition("amount", "The closest stories give no amount of money for this.");
        }

        // "How much is Lilian Otieno paid as Tana Cement's chief executive?" over "… the company had already spent KSh 310
        // million upgrading its effluent plant": a sum of something else is not what she is paid.
        if (PayQuestion.Asked(question) && !quote.Any(PayQuestion.Gives))
        {
            return new UnmetCondition("pay", "The closest stories do not say what was paid or earned.");
        }

        // "Who is Thomas Berger's coach?" over a sentence about his win: no quoted sentence speaks of a coach at all, nor
        // names anyone by a deed ("was governed by Shah Ala ad-Din Muhammad" for "the leader of the dynasty").
        if (RoleQuestion.Roles(question) is { Count: > 0 } roles && roles.FirstOrDefault(r => Says(Terms(question), r)) is { } role)
        {
            var said = quote.Select(Terms).ToList();
            // The post alone will do: "Defending, barrister Amy Cole said …" for "Who was his defence barrister?". Past the first
            // sentence, only one that names what the question names counts: "Kingsmere boss Paolo Venturi", from a football
            // story, does not say who the boss of Lumen is.
            var names = QuestionTerms.Names(question, includeFirstWord: false).Select(n => Terms(QuestionTerms.WithoutPossessive(n))).ToList();
            bool Own(int i) => i == 0 || names.Count == 0 || names.Any(n => n.Count > 0 && n.All(said[i].Contains));
            if (!quote.Where((s, i) => Own(i) && (roles.Any(r => Says(said[i], r) || Says(said[i], r.Split(' ')[^1])) || DoneBy().IsMatch(s))).Any())
            {
                return new UnmetCondition(role, $"The closest stories do not say who the {role} is.");
            }
        }

        if (new[] { NameAsked(), WhichAsked(), WhoMadeAsked() }.Select(r => r.Match(question)).FirstOrDefault(m => m.Success) is { } asked)
        {
            var words = QuestionTerms.Words(question).Select(w => w.Word).ToHashSet(StringComparer.OrdinalIgnoreCase);
            // The answer is the first sentence quoted, or one that speaks of the thing asked: the quote's other sentences are
            // its setting, and in a large archive they name many things ("Dashcam footage showed him …" after "on a video
            // call with a friend"; a sentence from another story about a bank).
            string kind = asked.Groups["what"].Value.ToLowerInvariant();
            bool place = PlaceKind().IsMatch(kind);
            // A person is not named by the hospital or the landmark in the sentence: "What is the name of the 41-year-old
            // runner who collapsed …?" over "A 41-year-old man who collapsed near the 38km mark at Marina Barrage was in
            // the intensive care unit at Singapore General Hospital".
            IReadOnlyList<string> read = PersonKind().IsMatch(kind) ? quote.Select(s => Institution().Replace(s, " ")).ToList() : quote;
            var capitalised = read.SelectMany(s => AnswerType.NovelNameWords(s, words)).ToHashSet(StringComparer.Ordinal);
            if (!read.Where((s, i) => i == 0 || Says(Terms(s), kind)).Any(s => NamesSomethingNew(s, words, place, capitalised)))
            {
                return new UnmetCondition("name", $"The closest stories do not name the {kind}.");
            }
        }

        return null;
    }

    // The role's words, as the index reads them: "coach" in "Her coach, Jo Barrett"; "defence minister" in "Pakistan's defense
    // minister" (British and American spellings are one term). A sentence is analysed once, whatever the roles tried on it.
    private static bool Says(HashSet<string> said, string role)
    {
        var terms = EnglishTerms.Analyze(role);
        return terms.Count > 0 && terms.All(said.Contains);
    }

    private static HashSet<string> Terms(string text) => EnglishTerms.Analyze(text).ToHashSet(StringComparer.Ordinal);

    // "a Norwegian weather company and a Welsh firm" names neither firm: where a firm or a person is from is no name of it.
    // A sentence's first word is capitalised as every first word is, but a refusal must be sure: it counts unless it is a
    // word that opens sentences ("The", "He") or one the question holds ("Mobile phone maker Orvell …" for "Which mobile
    // networks …?"). WordNet is no guide here: it lists "Hamas" and "Arsenal" ("Hamas has continued to be a major player").
    // A single letter is no name either: it is what is left of "3G" or "Zorba.B".
    // A capital is a city, so it names the place asked for by "which city" ("near Ulaanbaatar"), though not a firm or a person.
    private static bool NamesSomethingNew(string sentence, HashSet<string> asked, bool place, HashSet<string> capitalisedInQuote)
    {
        bool Novel(string word) => word.Length > 1 && !asked.Contains(word) && (!Capitals.IsCountry(word) || (place && Capitals.IsSeat(word)));
        if (AnswerType.NovelNameWords(sentence, asked).Any(Novel))
        {
            return true;
        }

        var words = QuestionTerms.Words(sentence).Select(w => w.Word).Take(2).ToList();
        string first = words.FirstOrDefault() ?? string.Empty;
        return first.Length > 0 && char.IsUpper(first[0]) && Novel(first) && !Opener().IsMatch(first) && !CommonNounOpening(first, words, capitalisedInQuote);
    }

    // "Health officials have extended …", "Police said …", "Residents were …": a news sentence often opens with a plain noun.
    // Such a word is no name when WordNet gives it a synonym in a common sense (it lists "Hamas" but gives it none), a word in
    // lower case follows it, and the quote writes it with a capital nowhere else ("Shell" in "… said Shell" is a name).
    private static bool CommonNounOpening(string first, List<string> words, HashSet<string> capitalisedInQuote) =>
        words.Count > 1 && char.IsLower(words[1][0]) && Thesaurus.Knows(first) && !capitalisedInQuote.Contains(first);

    // A sentence places someone second when it says so ("second", "2nd", "runner-up") or sets two against each other ("beat",
    // "finished behind", "ahead of"); third, fourth or fifth only in those words ("third", "3rd", "bronze").
    private static bool Places(string sentence, string place) => place switch
    {
        "second" or "runner-up" or "runners-up" => HeadToHead().IsMatch(sentence),
        _ => Regex.IsMatch(sentence, PlaceWords[place], RegexOptions.IgnoreCase),
    };

    /// <summary>True when <paramref name="question"/> asks the time of day ("At approximately what time did the intruders break in?"), not a race's time.</summary>
    internal static bool ClockTimeAsked(string question) => ClockAsked().IsMatch(question) && !RaceTimeAsked().IsMatch(question);

    /// <summary>True when <paramref name="sentence"/> gives an hour or a part of the day.</summary>
    internal static bool GivesClockTime(string sentence) => ClockTime().IsMatch(sentence);

    /// <summary>True when <paramref name="question"/> asks for a speed ("how fast was Meeks going", "at what speed …").</summary>
    internal static bool SpeedAsked(string question) => SpeedQuestion().IsMatch(question);

    /// <summary>True when <paramref name="sentence"/> gives a speed: "doing 78mph in a 30mph zone", "at 140km/h", "25 knots".</summary>
    internal static bool GivesSpeed(string sentence) => Speed().IsMatch(sentence);

    /// <summary>True when <paramref name="sentence"/> gives an hour ("9:52 p.m.", "16:30", "ten o'clock"), not only a part of the day.</summary>
    internal static bool GivesHour(string sentence) => Hour().IsMatch(sentence);

    /// <summary>True when <paramref name="question"/> asks the length of a sentence, a ban or a contract ("How long a prison term was handed to …?").</summary>
    internal static bool TermAskedOf(string question) => TermAsked().IsMatch(question);

    /// <summary>True when <paramref name="sentence"/> gives a span beside what it is the term of: "jailed for nine years", "a
    /// three-year contract", "banned for 28 days"; not "after a 10-week trial".</summary>
    internal static bool GivesTerm(string sentence) =>
        TermGiven().Matches(sentence).Any(m => TermWord().IsMatch(sentence[Math.Max(0, m.Index - TermReach)..Math.Min(sentence.Length, m.Index + m.Length + TermReach)]));

    // How far from the span, in characters, the word it is the term of may stand: a few words ("was jailed on Thursday for nine years").
    private const int TermReach = 40;

    /// <summary>The placing <paramref name="question"/> asks who came ("second", "third", "runner-up"), or null.</summary>
    internal static string? PlaceAskedOf(string question) =>
        PlaceAsked().Match(question) is { Success: true } placing ? placing.Groups["place"].Value.ToLowerInvariant() : null;

    /// <summary>True when <paramref name="sentence"/> names the <paramref name="place"/> in so many words ("came third").</summary>
    internal static bool SaysPlace(string sentence, string place) =>
        Regex.IsMatch(sentence, PlaceWords.TryGetValue(place, out var words) ? words : @"\b(?:second|2nd|runner-up|runners-up)\b", RegexOptions.IgnoreCase);

    /// <summary>True when <paramref name="sentence"/> places someone <paramref name="place"/> with a verb of placing ("came
    /// third", "finished a distant second") or calls them the runner-up; not "his second marathon".</summary>
    internal static bool PlacedAs(string sentence, string place) =>
        Regex.IsMatch(sentence, $@"\b(?:came|comes|finished|finishes|placed)\s+(?:in\s+)?(?:a\s+)?(?:distant\s+|close\s+)?(?:{(PlaceWords.TryGetValue(place, out var words) ? words : @"\b(?:second|2nd)\b")})", RegexOptions.IgnoreCase)
        || (place is "second" or "runner-up" or "runners-up" && RunnerUp().IsMatch(sentence));

    // How something turned out: "ended up", "did … end up", "eventually", "in the end", "ultimately", "did it actually …",
    // "what did inflation actually come in at", "What was Northmark's actual revenue for fiscal 2025?" over a forecast (not "what did LTA say actually caused …", a question of what was said, nor
    // "how long is he actually going to be out", which looks ahead itself); not a prediction
    // ("Which academic predicted that Eastmark would end up with a three-party coalition?"), nor what generally happens
    // ("Who ends up getting more of the teacher's resources?"), nor "finally" in a history ("Which mission did Schmitt
    // finally land on the moon?": both cost squad-b answers).
    [GeneratedRegex(@"(?<!\b(?:would|will|could|might|may|to)\s+)\b(?:end(?:ed)?\s+up|eventually|in\s+the\s+end|ultimately)\b|^\W*(?:and\s+)?(?:did|was|were|has|have|had|what\s+(?:did|was|were))\b(?!.*\b(?:say|says|said)\b).*\bactual(?:ly)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeAsked();

    // A sentence that still looks ahead: "will meet … next weekend", "is due to", "declined to comment on whether", "said the
    // plant would be commissioned in October", "analysts forecast monthly inflation of 2.9%". Not any "would": "An example
    // would be WBAI's broadcasting …, which eventually led to the 1978 Supreme Court case" tells how it turned out.
    [GeneratedRegex(@"\b(?:will|shall|(?<=\b(?:said|says|expects|expected|promised|pledged)\b[^.;]*?)would|forecasts?|forecasting|predicts?|predicted|predicting|(?:is|are|was|were)\s+(?:due|set|expected|scheduled)\s+to|plans?\s+to|yet\s+to|not\s+yet|in\s+due\s+course|next\s+(?:week|weekend|month|year)|whether)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pending();

    // "What did Wielgosz's review conclude?", "what did the court decide on the challenge?", "What was the outcome of the
    // appeal?": what a study, a review, a court or a vote found. Not "What will … conclude?", which asks what is to come.
    [GeneratedRegex(@"^\W*(?:and\s+|so\s+)?what\s+(?:did|does|has|have|had)\b.*\b(?:conclude|find|rule|decide|recommend|show|reveal|determine)\b|^\W*(?:and\s+|so\s+)?what\s+(?:was|were|is)\s+the\s+(?:outcome|result|verdict|finding|findings|conclusion|ruling|decision)s?\s+(?:of|in|at|on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FindingAsked();

    // A finding still to come: "expected to report back", "would press for the court to publish its audit", "an independent
    // review would be published in the spring", "has asked the court to review", "would commission a study", "had opened an
    // investigation", "Until their report comes", "fixed August 11 for the next hearing", "appointed to chair a review".
    [GeneratedRegex(@"\breport\s+back\b|\b(?:to|would|will)\s+(?:publish|review|examine|investigate|rule)\b|\bbe\s+published\b|\bcommission(?:ed)?\s+(?:a|an)\s+(?:study|review|report|inquiry|audit)\b|\bopened\s+(?:a|an)\s+(?:investigation|inquiry|probe)\b|\buntil\s+(?:the|their|its|his|her)\s+(?:report|findings|ruling|verdict)\b|\bnext\s+hearing\b|\bappointed\s+to\s+(?:chair|lead|head)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FindingAhead();

    // "Did Cárdenas win the confidence vote?", "Was the guide convicted in the end?", "did cabinet end up approving the new
    // block?", "did riachuelo win their appeal?": yes or no on the result of a contest, a trial, a vote or an appeal (not what
    // someone said of it).
    [GeneratedRegex(@"^\W*(?:and\s+|so\s+)?(?:did|was|were|has|have|had)\b(?!.*\b(?:say|says|said|tell|told|claim|claimed)\b).*\b(?:win|won|convicted|found\s+guilty|acquitted|approve|approved|approving|pass|passed|ratify|ratified|uphold|upheld|overturn|overturned|quash|quashed|dismiss|dismissed|throw\s+out|thrown\s+out|elected|re-elected)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerdictAsked();

    // A result reported: won or lost, convicted or cleared, passed or rejected, upheld or overturned; not one still open ("If
    // convicted", "could face", "was well placed to win", "is pressing for Cabinet approval", "pleaded not guilty").
    [GeneratedRegex(@"(?<!\b(?:if|would|could|will|may|might|to|should|unless|not)\s+(?:\w+\s+)?)\b(?:won|wins|beat|beats|defeated|lost|loses|drew|clinched|lifted|retained|triumphed|convicted|found\s+(?:not\s+)?guilty|acquitted|cleared|jailed|sentenced|approved|passed|ratified|rejected|voted|endorsed|adopted|backed|blocked|vetoed|signed\s+off|upheld|overturned|dismissed|threw\s+out|thrown\s+out|quashed|granted|refused|ruled|elected|re-elected|verdict|victory)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verdict();

    /// <summary>True when <paramref name="question"/> asks how something turned out ("ended up", "in the end") and
    /// <paramref name="sentence"/> still looks ahead ("will decide on 8 March").</summary>
    internal static bool OutcomeStillAhead(string question, string sentence) => OutcomeAsked().IsMatch(question) && Pending().IsMatch(sentence);

    /// <summary>True when <paramref name="question"/> asks who won ("who won the women's race?", "and who took the title?").</summary>
    internal static bool WinnerAsked(string question) => WinnerQuestion().IsMatch(question);

    /// <summary>True when <paramref name="sentence"/> places someone below first ("placing ninth", "finished 12th", "came second").</summary>
    internal static bool PlacesBelowFirst(string sentence) => PlacedBelowFirst().IsMatch(sentence) || RunnerUp().IsMatch(sentence);

    /// <summary>True when <paramref name="sentence"/> says who won ("was won by", "Ruiz won", "the winner, …"), not who
    /// placed lower ("… ahead of the runner-up" may close it).</summary>
    internal static bool NamesWinner(string sentence) => Winner().IsMatch(sentence) && !PlacedBelowFirst().IsMatch(sentence);

    // "who won …?", the start of both questions below.
    private const string WhoWon = @"^\W*(?:and\s+)?who\s+(?:won|wins|has\s+won";

    // "who won …?": not "who took over …?", which a sentence that looks ahead answers ("Andres Lepik … will become climate
    // minister").
    [GeneratedRegex(WhoWon + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex WonAsked();

    [GeneratedRegex(WhoWon + @"|took|claimed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WinnerQuestion();

    [GeneratedRegex(@"\b(?:plac(?:ed|ing)|finish(?:ed|ing)|came|coming|ended)\s+(?:in\s+|a\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlacedBelowFirst();

    [GeneratedRegex(@"\brunners?-up\b", RegexOptions.IgnoreCase)]
    private static partial Regex RunnerUp();

    [GeneratedRegex(@"\b(?:won|wins|winning|winners?|victory|triumph(?:ed|s)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Winner();

    private static readonly Dictionary<string, string> PlaceWords = new(StringComparer.Ordinal)
    {
        ["third"] = @"\b(?:third|3rd|bronze)\b",
        ["fourth"] = @"\b(?:fourth|4th)\b",
        ["fifth"] = @"\b(?:fifth|5th)\b",
        ["last"] = @"\b(?:last|bottom)\b",
    };

    // "Who came second …?", "who finished third", "Who was the runner-up?": a placing of someone. Not "what continent was
    // third?" ("first in the Americas, second in Asia and lastly in Africa").
    [GeneratedRegex(@"^\W*(?:and\s+)?who\b.*?(?:\b(?:came|come|comes|finished|finish|finishes|placed|ended|was|were)\s+(?:in\s+)?(?<place>second|third|fourth|fifth|last)\b(?!\s+(?:time|half|round|day|week|year|term|leg|set|innings|quarter|period|stage))|\b(?<place>runner-up|runners-up)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceAsked();

    [GeneratedRegex(@"\b(?:second|2nd|runner-up|runners-up|behind|ahead\s+of|beat|beats|beating|beaten|defeated|defeating|pipped|edged|overtook|trailed|trailing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeadToHead();

    // "What time of day …?", "What time did the fire start?", "At what hour …?". Not "At what time is the rivalry set aside?"
    // ("every two years"), where "what time" is "when".
    // "How long was he jailed for?", "how long a ban did she get": not "how long is the bridge" or "how long did the talks last".
    // "What sentence did Kulbhushan Jadhav receive?", "what ban was he given": the term of a sentence or ban asked otherwise.
    [GeneratedRegex(@"^\W*how\s+long\b.*\b(?:sentence|sentenced|jail|jailed|prison|imprisoned|ban|banned|suspension|suspended|contract|term)\b|^\W*(?:and\s+)?what\s+(?:prison\s+|jail\s+|length\s+of\s+)?(?:sentence|ban|suspension)\s+(?:did|does|will|has|have|was|were|is)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TermAsked();

    [GeneratedRegex(@"\b(?:\d+(?:\.\d+)?|an?|" + NumberWords.Cardinal + @")(?:[\s-]+and[\s-]+a[\s-]+half)?[\s-]+(?:hours?|days?|weeks?|fortnights?|months?|years?|decades?)\b(?!['’]s?\s)|\blife\b|\bindefinite(?:ly)?\b|\buntil\s", RegexOptions.IgnoreCase)]
    private static partial Regex TermGiven();

    [GeneratedRegex(@"\b(?:sentence[sd]?|sentencing|jail(?:ed)?|prison|imprison(?:ed|ment)|custody|ban(?:s|ned)?|suspen(?:ded|sion)|contract|deal|term|serve[sd]?|serving|disqualified|locked\s+up|detained|detention|elected|re-elected|appointed|tenure|mandate|office)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TermWord();

    [GeneratedRegex(@"\bwhat\s+time\s+of\s+(?:the\s+)?day\b|\bwhat\s+hour\b|^\W*(?:at\s+)?(?:(?:about|around|approximately|roughly|exactly|precisely)\s+)what\s+time\b|^\W*what\s+time\s+(?:did|does|do|will|is|was|are|were)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClockAsked();

    [GeneratedRegex(@"\b(?:clock|clocked|record|recorded|post|posted|run|ran)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RaceTimeAsked();

    // Not when a name asked stands just before it, describing the same person: "Lib Dem candidate Susan Merriweather, 41".
    // A number of the sentence that may be an age; when a person is asked about, not a year, nor a time before now: "asked why
    // the amendment was not disclosed … two weeks ago" gives no senator's age ("4.6 billion years ago" may be a thing's).
    private static bool MayBeAgeOf(string sentence, bool person) =>
        MayBeAge().Matches(sentence).Any(m => !person || (!Dated().IsMatch(m.Value) && !m.Value.EndsWith("ago", StringComparison.OrdinalIgnoreCase)));

    // A group's bounds ("everyone aged 75 and over", "the over-65s") are no named person's age either.
    private static string WithoutOthersAges(string sentence, HashSet<string> named)
    {
        if (named.Count == 0)
        {
            return sentence;
        }

        string text = GroupAge().Replace(sentence, " ");
        return NamedAge().Replace(text, m => named.Contains(m.Groups["name"].Value)
            || QuestionTerms.Words(text[Math.Max(0, m.Index - DescribedWithin)..m.Index]).Any(w => named.Contains(QuestionTerms.WithoutPossessive(w.Word))) ? m.Value : " ");
    }

    // A name of the question that a quoted sentence gives a person's title: "How old is Sunita Rao?" over "Dr Sunita Rao, a
    // hydrologist …" asks a person's age, so "a 2024 study co-authored by … Sunita Rao" gives none.
    // "How old is Karin Hofstetter?" over "Chief financial officer Karin Hofstetter raised the estimate … by the end of 2028": a
    // name the question asks about, written after a title or a post, is a person's, whose age no year gives; so is one set
    // beside a post by a comma ("Tessalit's chief executive, Graham Whitcombe, said …").
    private static bool TitledIn(string sentence, HashSet<string> named) =>
        named.Count > 0 && Titled().Matches(sentence).Concat(Posted().Matches(sentence)).Any(m => m.Groups["name"].Captures.Any(c => named.Contains(c.Value)));

    [GeneratedRegex(@"\b(?:" + Courtesy + @"|Mx|Prof|Professor|Judge|Justice)\.?\s+(?:(?<name>\p{Lu}[\p{L}'’-]+)\s+){0,2}(?<name>\p{Lu}[\p{L}'’-]+)")]
    private static partial Regex Titled();

    [GeneratedRegex(@"\b(?i:" + Posts + @"),?\s+(?:(?<name>\p{Lu}[\p{L}'’-]+)\s+){0,2}(?<name>\p{Lu}[\p{L}'’-]+)")]
    private static partial Regex Posted();

    // How far before a name with its age a name asked may describe the same person, in characters.
    private const int DescribedWithin = 40;

    /// <summary>True when <paramref name="sentence"/> gives an age as news does, after <paramref name="name"/>: "Martin Oakhurst, 52, said …".</summary>
    internal static bool AgedBeside(string sentence, string name) =>
        NamedAge().Matches(sentence).Any(m => m.Groups["name"].Value == name);

    [GeneratedRegex(@"\b(?:aged\s+)?\d{1,3}\s+(?:and|or)\s+(?:over|above|older|under|younger)\b|\baged\s+(?:between\s+)?\d{1,3}\s*(?:and|to|-)\s*\d{1,3}\b|\b(?:over|under)-\d{1,3}s\b|\baged\s+(?:over|under)\s+\d{1,3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex GroupAge();

    /// <summary>The full names <paramref name="sentence"/> gives an age beside, as news does: "Meera Khanna" in "… said Meera Khanna, 52, the additional municipal commissioner".</summary>
    internal static IReadOnlyList<string> FullNamesAged(string sentence) =>
        FullNamedAge().Matches(sentence).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>True when <paramref name="sentence"/> gives an age after a full name that <paramref name="question"/> writes: "Chief executive Gareth Pellow, 52, said …".</summary>
    internal static bool AgedBesideFullName(string sentence, string question) =>
        FullNamedAge().Matches(sentence).Any(m => question.Contains(m.Groups["name"].Value, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="text"/> gives an age beside a word of <paramref name="name"/> after its first: "Mosweu, 38, polled 5,862 votes" for "Gaone Mosweu".</summary>
    internal static bool GivesAgeOf(string text, string name)
    {
        // Any word after the first: a Spanish name's first surname is the one news keeps ("Teresa Camou Valdés" is "Camou, 51,").
        var words = name.Split(' ');
        var surnames = words.Length == 1 ? words : words[1..];
        return NamedAge().Matches(text).Any(m => surnames.Contains(m.Groups["name"].Value, StringComparer.Ordinal));
    }

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'’-]+\s\p{Lu}[\p{L}'’-]+)" + AgeBeside)]
    private static partial Regex FullNamedAge();

    // "Susan Merriweather, 41, …": an age as news gives it, after the name of the person it is of, or at the end of the sentence
    // ("… ," said Okafor, 58.), or with "now" or "aged" before it ("Sandra Kowalczyk, now 48, appeared").
    private const string AgeBeside = @",\s(?:now\s|aged\s)?\d{1,3}(?:,|\.(?=\s|$))";

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'’-]+)" + AgeBeside)]
    private static partial Regex NamedAge();

    // An hour written with its mark ("4.30pm", "9:52 p.m.", "16:30 GMT", "ten o'clock"), which ClockTime and Hour both read.
    private const string MarkedHour = @"\b\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.|hrs|GMT|BST|UTC)|o'clock|o’clock";

    // An hour ("4.30pm", "16:30", "ten o'clock") or a part of the day ("shortly after dawn", "overnight").
    [GeneratedRegex(MarkedHour + @"|\b\d{1,2}[:.]\d\d\b|\b(?:midnight|noon|midday|dawn|dusk|daybreak|sunrise|sunset|nightfall|morning|afternoon|evening|night|overnight|tonight|lunchtime|teatime|rush\s+hour|local\s+time)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^\W*(?:and\s+)?how\s+fast\b|\b(?:what|which)\s+speed\b|\bhow\s+(?:much\s+)?(?:quick|quickly)\s+(?:was|were|is|are|did)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeedQuestion();

    [GeneratedRegex(@"\b\d[\d,.]*\s?(?:mph|kph|km/h|kmh|km\s+per\s+hour|miles\s+(?:an|per)\s+hour|kilometres\s+(?:an|per)\s+hour|kilometers\s+(?:an|per)\s+hour|knots|metres\s+per\s+second|m/s)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Speed();

    // An hour of the clock, as ClockTime reads one, but with a colon when it has no "pm": "3.84 metres" is no hour.
    [GeneratedRegex(MarkedHour + @"|\b\d{1,2}:\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hour();

    [GeneratedRegex(@"\b\p{Ll}+(?:ed|en|wn|ught)\s+by\s+\p{Lu}")]
    private static partial Regex DoneBy();

    // "Which Noel Coward play will she appear in?", "Which bank does the e-mail pretend to come from?", "Which river does the
    // bridge cross?", "Which Japanese carmaker is Kirameki in talks with?": a firm, a team, a work or a place asked by its kind
    // is answered by its name. Not "which group" or "which country": a group may be written in lower case, and a country is a
    // name the check above does not count. Not "which street" or "which road" ("one way streets", "the A1") nor "which
    // state" ("Which articles state …", "the UK"). Not "What did the company say?" or "What type of organization …?" either
    // ("steel makers"): only words that describe the kind ("which mobile networks") come between, and not a possessive:
    // "What country's schools …?" asks a country.
    [GeneratedRegex(@"^\W*(?:which|what)\s+(?:(?!(?:is|was|are|were|do|does|did|has|have|had|will|would|can|could|should|the|a|an|his|her|its|their|this|that|of|type|types|kind|kinds|sort|sorts|form|forms)\b)(?![\w.-]+['’]s?\s)[\w'’.-]+\s+){0,2}?(?<what>firm|company|business|bank|carmaker|automaker|manufacturer|contractor|developer|supplier|retailer|lender|insurer|publisher|broadcaster|club|team|band|school|university|college|charity|organi[sz]ation|restaurant|shop|pub|hotel|airline|ship|film|movie|song|album|book|novel|play|show|programme|series|newspaper|magazine|channel|network|brand|party|river|lake|mountain|island|stadium|airport|hospital|prison|city|town|village|county)(?:s|es)?\b(?!['’])", RegexOptions.IgnoreCase)]
    private static partial Regex WhichAsked();

    // "Who carried out the study saying spam costs UK businesses £1.3bn a year?", "Who wrote the report?": the maker of a work
    // is named, so a quote that speaks of "a separate study" and names no one does not answer. Not "who led the inquiry" or
    // "who is investigating": police and officials are often the answer, in lower case.
    [GeneratedRegex(@"^\W*(?:and\s+)?who\s+(?:carried\s+out|conducted|commissioned|wrote|authored|compiled|published|produced|directed|composed)\s+(?:the|this|that|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?<what>study|survey|poll|report|research|analysis|review|audit|book|novel|song|album|play|film|documentary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoMadeAsked();

    [GeneratedRegex(@"^(?:river|lake|mountain|island|city|town|village|county)$")]
    private static partial Regex PlaceKind();

    // The kinds of person whose name may be asked ("the name of the 41-year-old runner"), read by NameAsked too.
    private const string PersonKinds = "friend|man|woman|person|boy|girl|child|son|daughter|wife|husband|partner|mother|father|brother|sister|spokesman|spokeswoman|spokesperson|official|officer|victim|driver|pilot|passenger|player|candidate|runner|rider|cyclist|worker|nurse|doctor|teacher|pupil|student|patient|resident|owner|buyer|bidder|captain|skipper|coach|manager|leader|judge|lawyer|suspect|employer|guard|soldier|fisherman|farmer|journalist|reporter|editor|photographer|activist|blogger|protester|scientist|researcher|economist|analyst";

    [GeneratedRegex("^(?:" + PersonKinds + ")$")]
    private static partial Regex PersonKind();

    // A name that ends in what it names, a place, a building or a body: "Singapore General Hospital", "Marina Barrage",
    // "Bedok Stadium", "Kelderby Crown Court".
    [GeneratedRegex(@"(?:\b\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:Hospital|Barrage|Court|Council|Authority|Stadium|Park|Road|Street|Avenue|Bridge|Station|University|College|School|Agency|Ministry|Department|Board|Company|Bank|Group|Centre|Center|Airport|Port|River|Lake|Line|Club|Association|Union|Commission|Office|Service|Services|Trust|Institute|Museum|Gallery|Theatre|Hall|Square|Market|Mall|Tower|Prison|Church|Mosque|Temple|Island|Islands|Bay|Harbour|Airways|Airlines|Corporation|Holdings|Ltd|Inc|plc|FC)\b")]
    private static partial Regex Institution();

    // Words that open sentences and are no names.
    [GeneratedRegex(@"^(?:the|a|an|this|that|these|those|some|any|his|her|its|their|our|my|it|he|she|they|we|you|i|there|here|in|on|at|after|before|when|while|one|two|three|many|most|all|both|no|not|only|but|and|so|yet|or|if|as|by|for|from|to|of|with|under|over|also|then|now|each|every|such|what|which|who|how|why|where|mr|mrs|ms|dr|sir|since|until|during|despite|although|though|because|meanwhile|however|earlier|later|according|last|next)$", RegexOptions.IgnoreCase)]
    private static partial Regex Opener();

    // "What was the name of the friend …?", "What is the name of the Welsh firm …?", "… of the other Dunmore primary school
    // …?", "… of the Welsh Assembly Government spokesman …?": someone or something a story names with capitals ("A spokesman
    // for the Welsh Assembly Government said …" names no one). Not "the name of the process" or "of the disease", which may be
    // written in lower case.
    [GeneratedRegex(@"\bname\s+of\s+(?:the|his|her|their|its|this|that)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?<what>" + PersonKinds + @"|firm|company|business|group|band|club|team|school|charity|organi[sz]ation|restaurant|shop|pub|hotel|ship|boat|horse|dog|film|song|album|book|show|street|road|village|town|cafe|café|bar|museum|gallery|theatre|cinema|venue|ward|brewery|bakery|app|brand|festival|prize|award|novel|play|series|programme|podcast|newspaper|magazine|website)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NameAsked();

    // A sum ("£3.2m a year") or a share ("20%") is no one's age, so neither is read here.
    // A number that may be an age in words the age pattern does not read: a span ("seven months old", "4.6 billion years
    // ago", "around 50 years of age", "they range in age from about 3.2 billion years"), a date ("graves dating to 1338–39"),
    // a date before Christ ("roundhouses dating to around 1200BC"), or a number no noun follows. A count ("About 340 nurses")
    // is none, nor is a span that is no one's age ("over the next two years", "a porter for 27 years"), nor a part of a
    // larger number ("a majority of 1,313.", "2 114 votes" with a space between thousands), nor a bare number past any
    // lifetime ("Harold Pike … won 889"), nor a day of the month, nor the number of a compound ("a new 96-bed inpatient
    // block"; "a 41-year-old" is read by the age pattern).
    [GeneratedRegex(@"\b\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+(?:(?:years?|months?|weeks?|days?)(?:[\s-]+(?:old|ago|of\s+age)|(?=.*\bage\b)|(?<=\bage\b.*))|old)\b|\b(?:1\d|20)\d\d\b|\b\d[\d,]*\s?(?:BC|BCE|AD)\b|(?<!\d[,.])(?<!\d\x20)(?<!\b(?:" + AnswerType.MonthsOrAbbreviations + @")\.?\s+)\b(?:1[01]\d|\d{1,2})\b(?![,.]\d)(?!\x20\d{3}\b)(?![\d,.]*(?:\s+|-)\p{Ll})(?!(?:st|nd|rd|th)?\s+(?:" + AnswerType.MonthsOrAbbreviations + @")\b)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]+(?:years?|months?|weeks?|days?)[\s-]+(?:old|ago)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MayBeAge();

    // A date MayBeAge reads as a thing's age ("1338", "1200BC"): a person's age is a number of years, not a year.
    [GeneratedRegex(@"^(?:(?:1\d|20)\d\d|\d[\d,]*\s?(?:BC|BCE|AD))$", RegexOptions.IgnoreCase)]
    private static partial Regex Dated();

    // The titles news writes before a person's name, which a question may write too.
    internal const string Courtesy = "Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady";

    // The posts news writes beside a person's name, before it ("Rovers manager Sanne Kittredge") or after ("Mpho Radebe, the
    // ANC candidate").
    private const string Posts = "manager|coach|captain|striker|goalkeeper|player|minister|president|mayor|governor|senator|councillor|councilman|councilwoman|chairman|chairwoman|chancellor|secretary|superintendent|inspector|detective|sergeant|constable|judge|professor|director|executive|founder|ceo|cfo|coo|cto|chief|officer|boss|spokesman|spokeswoman|actor|actress|singer|presenter|author|novelist|candidate";

    // A question about a person: "he", "she", a title ("How old was Sir Alan Brockhurst when he died?", "how old is sen. ramon
    // villanueva") or a post before a name ("How old is Rovers manager Sanne Kittredge?", "… Superintendent Nathaniel Greer?",
    // typed in lower case, "how old is senator ramon villanueva", as the question's last two words) or after it ("how old is
    // Mpho Radebe, the ANC candidate in ward 14", "… Tomasz Grabowski, Corvane's incoming CFO?", its names as the articles
    // write them), or the post alone ("how old is the sabres GM?").
    [GeneratedRegex(@"\b(?:he|she|his|her|him)\b|\b(?:" + Courtesy + @")\b\.?\s+\p{Lu}|\b(?i:mr|mrs|ms|dr|sen|rep|gen|atty|cllr|cr|prof|insp|sgt|supt|capt|col|gov|hon)\.?\s+\p{L}+\s+\p{L}|\b(?i:" + Posts + @")\s+(?:\p{Lu}\p{Ll}|\p{Ll}+\s+\p{L}+\W*$)|\p{Lu}[\p{L}'’-]+,\s+(?:the|a|an|\p{Lu}[\p{L}-]*['’]s?)\s+(?:[\p{L}'’-]+\s+){0,3}?(?i:" + Posts + @")\b|\b(?i:" + Posts + @"|gm|md|dg)\s*\?*\s*$")]
    private static partial Regex PersonAsked();
}
