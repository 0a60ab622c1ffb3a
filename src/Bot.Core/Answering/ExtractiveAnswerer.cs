using System.Text.RegularExpressions;
using Bot.Core.Answering.Names;
using Bot.Core.Answering.Ranking;
using Bot.Core.Retrieval;
using Bot.Core.Text;
using Microsoft.Extensions.Options;

namespace Bot.Core.Answering;

/// <summary>The offline answerer: reranks the retrieved passages by their best sentence and quotes the sentences that answer.</summary>
/// <remarks>
/// It needs no language model and cannot invent: every sentence of an answer is a verbatim sentence of a
/// passage, so every citation holds its quote by construction. Article text is only ever scored and quoted,
/// never obeyed. Each sentence is first matched against the question (IDF-weighted term coverage with
/// partial credit for synonyms, and cosine); the trained <see cref="AnswerRanker"/> then turns those and
/// what the sentence adds (the kind of answer asked for, new names and numbers, neighbours, passage rank)
/// into the chance that it answers. A passage model then reranks the passages from their sentences' chances
/// and their retrieval scores. When no sentence reaches
/// the ranker's held-out threshold the answerer says the articles do not cover the question.
/// Look-ups and summaries use the match score alone (<see cref="ScoreSentencesAsync"/>): there, a sentence
/// that restates the claim is exactly what is wanted.
/// </remarks>
public sealed partial class ExtractiveAnswerer(IPassageStore store, SynonymMatcher synonyms, AnswerRanker ranker, IOptions<AnsweringOptions> options)
{
    private readonly AnsweringOptions _options = options.Value;

    /// <summary>Answers <paramref name="question"/> from <paramref name="pool"/>, keeping the best <paramref name="top"/> passages.</summary>
    public Task<Answer> AnswerAsync(string question, ReadOnlyMemory<float> questionVector, IReadOnlyList<SearchHit> pool, int top, CancellationToken cancellationToken = default) =>
        AnswerAsync(question, questionVector, pool, top, narrow: null, cancellationToken);

    /// <summary>Answers <paramref name="question"/> from <paramref name="pool"/>, keeping the best <paramref name="top"/> passages.</summary>
    /// <param name="narrow">Takes out of any passage read beside the pool what evaluation took out of it; null in the product.</param>
    public async Task<Answer> AnswerAsync(string question, ReadOnlyMemory<float> questionVector, IReadOnlyList<SearchHit> pool, int top,
        Func<IReadOnlyList<SearchHit>, IReadOnlyList<SearchHit>>? narrow, CancellationToken cancellationToken = default)
    {
        var first = await AnswerPoolAsync(question, questionVector, pool, top, cancellationToken).ConfigureAwait(false);
        if (first.Candidates.Count == 0)
        {
            return first.Answer;
        }

        // "Who runs FibreNest?" over an archive, answered by "But FibreNest has faced criticism from some residents …": the
        // answer's first sentence does not hold the kind asked (a name, a number, a time), since "Chief executive Andrew
        // Kilbride said …", which never writes the firm's name, was not retrieved. The rest of the leading stories is read, as
        // for a refusal, and the new answer is taken only when its first sentence holds the kind.
        if (!first.Answer.Abstained)
        {
            return first.Mismatched && await ReadOnAsync(question, questionVector, pool, top, narrow, first, cancellationToken).ConfigureAwait(false)
                is { Answer.Abstained: false, Mismatched: false } fitting ? fitting.Answer : first.Answer;
        }

        // "How old is Priya Haldane?" over a passage that names her, when "Haldane, 51, said …" opens the next one, which
        // retrieval never returned: the kind asked is missing from what was found, so the rest of the leading stories is
        // read too, and the answer stands only if it gives it.
        return first.Unmet is { } unmet && StoryRead.Widens(unmet)
            && await ReadOnAsync(question, questionVector, pool, top, narrow, first, cancellationToken).ConfigureAwait(false) is { Answer.Abstained: false } second
            ? second.Answer : first.Answer;
    }

    // The answer over the pool with the rest of the leading stories of <paramref name="first"/> added, or null when retrieval
    // already found all of them.
    private async Task<PoolAnswer?> ReadOnAsync(string question, ReadOnlyMemory<float> questionVector, IReadOnlyList<SearchHit> pool, int top,
        Func<IReadOnlyList<SearchHit>, IReadOnlyList<SearchHit>>? narrow, PoolAnswer first, CancellationToken cancellationToken)
    {
        var around = await StoryRead.RestAsync(store, StoryRead.Leading(first.Candidates), pool, cancellationToken).ConfigureAwait(false);
        if (around.Count == 0)
        {
            return null;
        }

        IReadOnlyList<SearchHit> widened = [.. pool, .. around];
        return await AnswerPoolAsync(question, questionVector, narrow is null ? widened : narrow(widened), top, cancellationToken, readingOn: true).ConfigureAwait(false);
    }

    // The answer with the candidates it was chosen from (scored), and why it was refused when a check refused it; Mismatched
    // when its first sentence does not hold the kind the question asks for.
    private sealed record PoolAnswer(Answer Answer, List<CandidateSentence> Candidates, UnmetCondition? Unmet = null, bool Mismatched = false);

    // readingOn: the pool holds the rest of the leading stories, whose sentences the ranker reads as retrieval did not choose
    // them; a sentence that gives the age or the hour asked leads at any chance.
    private async Task<PoolAnswer> AnswerPoolAsync(string question, ReadOnlyMemory<float> questionVector, IReadOnlyList<SearchHit> pool, int top, CancellationToken cancellationToken,
        bool readingOn = false)
    {
        var candidates = CandidateSentence.From(pool);
        if (candidates.Count == 0)
        {
            var shown = pool.Take(top).ToList();
            return new(AnswerText.NotCovered(shown, await LatestTitlesAsync(shown, cancellationToken).ConfigureAwait(false)), []);
        }

        var profile = await ProfileAsync(question, pool, cancellationToken).ConfigureAwait(false);
        var features = await FeaturesAsync(profile, questionVector, candidates, cancellationToken).ConfigureAwait(false);
        var probabilities = ranker.ScoreSentences(features);
        // Answerability reads the ranker's own chances: the demotion below picks the sentence, not whether any answers
        // (read through it, abstaining with the answering story left out fell 0.440 → 0.426).
        var ranked = (float[])probabilities.Clone();
        DemoteMissingNames(features, probabilities);
        for (int i = 0; i < candidates.Count; i++)
        {
            candidates[i].Score = probabilities[i];
        }

        RestatingLead.Lead(profile, candidates);
        LeadWithSpeech(question, candidates);
        var names = profile.Terms.Terms.Where(t => t.IsName).Select(t => t.Word).ToList();
        bool named = names.Count > 0;
        var roles = RoleQuestion.Roles(question);
        LeadWithRoleHolder(roles ?? AskedByKindUnsaid(question, candidates), names, candidates, features);
        LeadWithCount(question, candidates);
        LeadWithShare(question, candidates);
        LeadWithDate(profile, candidates);
        LeadWithDuration(profile, candidates, _options.RelativeCutoff);
        double kindChance = readingOn ? 0 : _options.MinSentenceProbability;
        LeadWithAge(profile, candidates);
        LeadWithRaceTime(question, candidates);
        LeadWithClockTime(question, candidates, kindChance);
        LeadWithSpeed(question, candidates);
        LeadWithTerm(question, candidates);
        LeadWithPlacing(question, candidates);
        LeadWithWinner(profile, candidates);
        LeadWithSuccessor(profile, names, candidates, features);
        bool spelledOut = LeadWithSpellingOut(question, candidates, _options.MinSentenceProbability);
        var noAmount = LeadWithAmount(question, profile.Terms.Terms.Count, candidates, features);
        LeadWithReported(profile, candidates);
        LeadWithRevision(profile, candidates, features);
        LeadWithOutcome(profile, candidates, features);
        LeadWithLatest(profile, candidates, features);
        LeadWithJob(profile, names, candidates);
        var unmet = Unreported(question, candidates) ?? noAmount ?? Unnamed(question, profile.Words, candidates) ?? await DropUnmetAsync(question, candidates, cancellationToken).ConfigureAwait(false);
        double answerable = ranker.Answerability(features, ranked);
        // "who won the men's race at dunhaven" over an archive of marathons: the ranker's best sentence came from a story that
        // never names Dunhaven, and read through it the question looked unanswerable, though over the Dunhaven story's own
        // few neighbours it is answered. When the lead has moved to a story that writes every name of the question, whether
        // the question is answered is read over those stories too, and stands when it is sure (SureAnswerability): read at
        // any chance, over squad-b split into stories it answered 24 more questions of 4,961 but refused 45 fewer with the
        // answering stories left out; when sure, 16 and 15 (docs/quality.md, forty-second pass).
        var lead = candidates.MaxBy(c => c.Score)!;
        bool movedToStoryNamingAll = LeadMovedToStoryNamingAll(features, ranked, candidates.IndexOf(lead));
        if (movedToStoryNamingAll)
        {
            var naming = NamingAll(features);
            double overNaming = ranker.Answerability(naming.Select(i => features[i]).ToList(), naming.Select(i => ranked[i]).ToList());
            answerable = overNaming >= _options.SureAnswerability ? Math.Max(answerable, overNaming) : answerable;
        }
        double threshold = _options.AnswerThreshold ?? ranker.Threshold;
        // "Who is Harwick's chief executive?": the ranker's best was another firm's chief executive, in a story that never
        // names Harwick, and so is its answerability; Harwick's own story names its holder. Answered, at the bar, so the
        // answer says it may not be exactly what was asked (no squad-b answer or abstention moved; docs/quality.md).
        // So is a lead that writes the post beside the name asked and a person's ("HLF chairwoman Dr Catriona Weir said …" for
        // "who chairs HLF's board"), which shares little else with the question.
        if (roles is not null && named && ((movedToStoryNamingAll && RoleQuestion.NamesHolder(lead.Text, roles)) || RoleQuestion.NamesHolderOf(lead.Text, roles, names)))
        {
            answerable = Math.Max(answerable, threshold);
        }

        // A sentence that writes out the letters asked about answers the question, however the ranker read it. So does an age
        // beside the full name asked: "How old is Torbjørn Åsheim?" over "… said chief executive Torbjørn Åsheim, 58, at a
        // press conference in Bergen", which shares nothing else with the question (answerability 0.072).
        if (spelledOut || (AnswerType.AsksForAge(question) && QuotedKind.AgedBesideFullName(lead.Text, question)))
        {
            answerable = Math.Max(answerable, _options.SureAnswerability);
        }

        var passages = Rerank(pool, candidates, ranker.ScorePassages(features, probabilities), top);
        var kept = passages.Select(p => p.Chunk.Id).ToHashSet(StringComparer.Ordinal);
        var best = candidates.MaxBy(c => c.Score)!;
        var unknown = Unknown(profile, best);
        if (unmet is not null)
        {
            unknown.Add(unmet.Word);
        }
        bool nothingToQuote = best.Score < _options.MinSentenceProbability;
        var quotable = unknown.Count > 0 || nothingToQuote ? [] : Choose(candidates.Where(c => kept.Contains(c.Hit.Chunk.Id)).ToList());
        var chosen = answerable < threshold ? [] : quotable;
        // The reason is read below the bar too: "How old is Sarah Pryce?" refused as "the closest stories give no age" tells
        // the reader more than a bare refusal, and which check refuses first should not decide what the refusal says.
        if (QuotedKind.Missing(question, (chosen.Count == 0 ? quotable.Take(1) : chosen).Select(c => c.Text).ToList()) is { } missing)
        {
            unmet ??= missing;
            chosen = [];
        }
        NameTheRole(question, chosen, candidates);
        NameThePronoun(question, chosen, candidates);
        // A story that says the thing asked is not known is quoted whenever it is the story asked about, even when no
        // sentence would be quoted: "asked not to be named" is why no bank is named, and "gave no release date" why no
        // sentence is likely to hold the date.
        var withheld = unknown.Count > 0 ? null : Withheld.Find(profile, candidates);
        var answer = withheld is not null ? AnswerText.Withheld(withheld, passages)
            : chosen.Count == 0 ? AnswerText.NotCovered(passages, await LatestTitlesAsync(passages, cancellationToken).ConfigureAwait(false), unmet?.Note)
            : AnswerText.Quote(chosen, passages) with { Notice = answerable < _options.SureAnswerability ? AnswerText.UnsureNotice : null };
        return new(answer with
        {
            Confidence = Math.Round(answerable, 3),
            Diagnostics = $"answerable {answerable:0.000} (threshold {threshold:0.000}) best {best.Score:0.000} coverage {best.Coverage:0.00} cosine {best.Cosine:0.00} missed [{string.Join(",", best.Terms!.Missed)}] unknown [{string.Join(",", unknown)}]",
        }, candidates, withheld is null ? unmet : null, Mismatched(profile, answer));
    }

    private static bool Mismatched(QuestionProfile profile, Answer answer) =>
        profile.Kind is AnswerKind.Person or AnswerKind.Number or AnswerKind.Time && answer.Citations.Count > 0
        && !AnswerType.Holds(profile.Kind, answer.Citations[0].Quote, profile.Words);

    // A story that never writes a name of the question ("Tehran") does not answer it, however well the rest of a sentence
    // matches, when another retrieved story writes them all. The ranker reads this (article_missed_names) but learned it from
    // whole Wikipedia articles, where it seldom decides; in a large news archive many stories share all but the name.
    private static readonly int ArticleMissedNames = Array.IndexOf(SentenceFeatures.Names, "article_missed_names");

    // True when the ranker's best sentence is in a story that never writes a name of the question, and the lead (after the
    // demotion and the rules that pick a sentence) is in a story that writes them all.
    private static bool LeadMovedToStoryNamingAll(float[][] features, float[] ranked, int lead) =>
        features[Array.IndexOf(ranked, ranked.Max())][ArticleMissedNames] > 0 && features[lead][ArticleMissedNames] == 0;

    // The candidates whose stories write every name of the question.
    private static List<int> NamingAll(float[][] features) =>
        Enumerable.Range(0, features.Length).Where(i => features[i][ArticleMissedNames] == 0).ToList();

    private void DemoteMissingNames(float[][] features, float[] probabilities)
    {
        if (!features.Any(f => f[ArticleMissedNames] == 0) || !features.Any(f => f[ArticleMissedNames] > 0))
        {
            return;
        }

        for (int i = 0; i < features.Length; i++)
        {
            if (features[i][ArticleMissedNames] > 0)
            {
                probabilities[i] *= (float)_options.MissingNameFactor;
            }
        }
    }

    // "Who is the boss of Harwick Foods?": a sentence that names the holder of the role asked for ("…," said chief executive
    // Alison Marr) leads; from the best sentence's story, or else from another retrieved story that writes all the question's
    // names (a firm's results and its job cuts are two stories, and its boss is named in one). A question that names nothing
    // ("Who chairs the joint working group?") is held to the best sentence's story: any story's chair would do otherwise.
    // When the best sentence's story never writes a name of the question ("Who is Harwick's chief executive?" over an
    // energy firm's "Chief executive Tom Ashby blamed …"), a story that does and names the holder comes first.
    // A sentence that writes the post after the name asked about ("Redbridge manager Steve Corrigan") leads over one of its
    // story that names the holder of the same post elsewhere ("their manager, Ray Dunleavy", of the other club).
    // "Who coaches Komárom KC?" over the football story that names the club once, in passing, and its own coach ("Their coach,
    // Florin Marinescu, 51"): a sentence of another story that writes the post after the name asked about ("Komárom coach
    // Zsolt Barta, 47") names the holder asked for, and leads before any holder of the post in the best sentence's story.
    // Not when that story names what is asked more than once: a story about Orbiq names its boss by the post alone ("The
    // company's chief executive, Camille Ferrand, 43"), and is better read than another's "said Camille Ferrand, Orbiq's
    // chief executive".
    private static void LeadWithRoleHolder(IReadOnlyList<string>? roles, List<string> names, List<CandidateSentence> candidates, float[][] features)
    {
        if (roles is null || CandidateSentence.LeadWithBestOfItsStory(candidates, c => RoleQuestion.NamesHolderOf(c.Text, roles, names))
            || (NamedInPassing(candidates, names) && LeadFromStoryNamingAll(candidates, features, c => RoleQuestion.NamesHolderOf(c.Text, roles, names))))
        {
            return;
        }

        bool named = names.Count > 0;

        bool HoldsRole(CandidateSentence c) => RoleQuestion.NamesHolder(c.Text, roles);
        // "who runs glen arrach distillery?" when the best story, on a storm, names the distillery in passing (in one sentence)
        // and quotes the council leader: a holder of the post in a story whose headline writes every name asked ("Managing
        // director Fiona MacRae, 52," under "Glen Arrach distillery unveils £14.5m expansion plan") is about what was asked, and
        // leads. Not over a story that names it more often: "Its chief executive, Eoin Feeney" is the university's, and the
        // president of its students' union, in the story headlined with it, is not who runs it.
        bool Headlined(CandidateSentence c) => WritesEveryName(c.Hit.Chunk.Title, names);
        var best = candidates.MaxBy(c => c.Score)!;
        if (named && !Headlined(best) && NamedInPassing(candidates, names) && LeadWithBestOf(candidates, candidates.Where(c => Headlined(c) && HoldsRole(c))))
        {
            return;
        }

        bool bestStoryNamesAll = features[candidates.IndexOf(best)][ArticleMissedNames] == 0;
        if (named && !bestStoryNamesAll && LeadFromStoryNamingAll(candidates, features, HoldsRole))
        {
            return;
        }

        if (!CandidateSentence.LeadWithBestOfItsStory(candidates, HoldsRole) && named)
        {
            LeadFromStoryNamingAll(candidates, features, HoldsRole);
        }
    }

    // True when the best sentence's story writes the question's names in one of its sentences at most.
    private static bool NamedInPassing(List<CandidateSentence> candidates, List<string> names)
    {
        var story = candidates.MaxBy(c => c.Score)!.Hit.Chunk.ArticleId;
        return candidates.Count(c => c.Hit.Chunk.ArticleId == story && WritesAName(c.Text, names)) <= 1;
    }

    // True when the text writes one of the question's names.
    private static bool WritesAName(string text, List<string> names) =>
        names.Any(n => QuestionTerms.WritesName(text, n));

    // True when the text writes every one of the question's names.
    private static bool WritesEveryName(string text, List<string> names) =>
        names.All(n => QuestionTerms.WritesName(text, n));

    // "Which judge sentenced the treasurer?": the post asked by its kind, when the best sentence never speaks of it. One that
    // does names its holder in its own way ("Charles W. Eliot, president 1869–1909, eliminated …"), and leading with another
    // sentence of its story lost two held-out squad-b first sentences.
    private static IReadOnlyList<string>? AskedByKindUnsaid(string question, List<CandidateSentence> candidates) =>
        RoleQuestion.AskedByKind(question) is { } posts && !RoleQuestion.Mentions(candidates.MaxBy(c => c.Score)!.Text, posts[0]) ? posts : null;

    // The best sentence wanted from the stories that write every name of the question leads; false when there is none.
    private static bool LeadFromStoryNamingAll(List<CandidateSentence> candidates, float[][] features, Func<CandidateSentence, bool> wanted) =>
        LeadWithBestOf(candidates, candidates.Where((c, i) => features[i][ArticleMissedNames] == 0 && wanted(c)));

    // The best of these sentences leads, just above the best of all; false when there is none.
    private static bool LeadWithBestOf(List<CandidateSentence> candidates, IEnumerable<CandidateSentence> wanted)
    {
        var best = candidates.MaxBy(c => c.Score)!;
        var lead = wanted.MaxBy(c => c.Score);
        if (lead is not null)
        {
            lead.Score = Math.BitIncrement(best.Score);
        }

        return lead is not null;
    }

    // "How many schools …?" when the best sentence holds no number: the best sentence of its story that counts schools leads
    // (CountQuestion). A sum counts nothing, nor does a share of nothing ("Profits … have fallen 9%"); a share of something
    // may be the answer ("9.6% of students", "as much as 50% of the population"). A span of time counts nothing either
    // ("clubs, which will run for half an hour") unless time is what is counted ("How many years …").
    private const double CountLeadShare = 0.2;

    private static void LeadWithCount(string question, List<CandidateSentence> candidates)
    {
        if (CountQuestion.Counted(question) is not { } counted)
        {
            return;
        }

        string best = candidates.MaxBy(c => c.Score)!.Text;
        string numbers = AnswerType.WithoutSumsOrShares(best);
        if (!CountQuestion.CountsTime(counted))
        {
            numbers = AnswerType.WithoutDurations(numbers);
        }

        if (!AnswerType.HasNumber(numbers) && !CountQuestion.SharesOut(best))
        {
            CandidateSentence.LeadWithBestOfItsStory(candidates, c => CountQuestion.Gives(c.Text, counted));
        }
        else if (!CountQuestion.Gives(best, counted))
        {
            // "How many people will be displaced by the Serin River dam reservoir?" over "The dam, at the Korvath Gorge about
            // 60 kilometers upstream …, is expected to cost 4.6 billion istrels": its numbers measure something else. A
            // sentence of its story that writes a number before the counted word leads, when the ranker gives it a fifth of the
            // best one's chance (CountLeadShare); at any chance, 18 of squad-b's first sentences moved off counts written in
            // other words (docs/quality.md, sixty-fourth pass).
            CandidateSentence.LeadWithBestOfItsStory(candidates, c => CountQuestion.Gives(c.Text, counted), CountLeadShare);
        }
    }

    // "What proportion of Marsh & Tolley's takings now come through the website?" when the best sentence gives no share (a
    // broker's view of the results): the best sentence of its story that gives one leads ("Online sales now make up 29% of the
    // total"), as for a count. A share is written as a percentage or in words ("a third", "one in five").
    private static void LeadWithShare(string question, List<CandidateSentence> candidates)
    {
        if (AnswerType.AsksForShare(question) && !AnswerType.HasShare(candidates.MaxBy(c => c.Score)!.Text))
        {
            CandidateSentence.LeadWithBestOfItsStory(candidates, c => AnswerType.HasShare(c.Text));
        }
        else if (AnswerType.RateAskedOf(question) is { } rate && !AnswerType.GivesRate(candidates.MaxBy(c => c.Score)!.Text, rate))
        {
            CandidateSentence.LeadWithBestOfItsStory(candidates, c => AnswerType.GivesRate(c.Text, rate));
        }
    }

    // "When is it on?" when the best sentence dates only vaguely ("this summer", VagueDate), or says no time at all, nor any
    // number ("When's that match?" over "The match turned in the third-set tie-break."): the best sentence of its story that
    // gives a date leads ("… in Friday's semi-final"), however unlikely the ranker found it. Unlike a span of time, no bar on
    // its chance: over held-out squad-b the second case moved two first sentences, both to the date asked, and no other
    // answer (docs/quality.md, thirty-first pass).
    private static void LeadWithDate(QuestionProfile profile, List<CandidateSentence> candidates)
    {
        if (profile.Kind != AnswerKind.Time)
        {
            return;
        }

        string best = candidates.MaxBy(c => c.Score)!.Text;
        if (VagueDate.Only(best) || (!AnswerType.HasTime(best) && !AnswerType.HasNumber(best)))
        {
            CandidateSentence.LeadWithBestOfItsStory(candidates, c => VagueDate.Gives(c.Text));
        }

        // "when does the kehinde alabi case resume in court" over the lead that dates the hearing just held ("An Ikeja
        // Magistrates' Court on Wednesday ordered …"): a date still to come is asked, so the best sentence of its story that
        // dates something ahead ("adjourned the case until 20 February") leads.
        if (VagueDate.AheadAsked(profile.Text) && !VagueDate.GivesAhead(candidates.MaxBy(c => c.Score)!.Text))
        {
            CandidateSentence.LeadWithBestOfItsStory(candidates, c => VagueDate.GivesAhead(c.Text));
        }
    }

    // "How long will Varga be sidelined?" when the best sentence ("Varga has withdrawn … after injuring her right wrist") gives
    // no span of time, nor any time ("since 1951", "until 1796" answer how long too): the best sentence of its story that
    // gives a span ("out for at least six weeks") leads, if the ranker gives it the share of the best one's chance that would
    // have it quoted anyway (minChance). Without that bar and the time check, over squad-b's long articles it reached for any
    // sentence with "three years" in it.
    private static void LeadWithDuration(QuestionProfile profile, List<CandidateSentence> candidates, double minChance)
    {
        if (profile.Kind != AnswerKind.Duration)
        {
            return;
        }

        var best = candidates.MaxBy(c => c.Score)!;
        bool Gives(CandidateSentence c) => AnswerType.Holds(AnswerKind.Duration, c.Text, profile.Words);
        if (!Gives(best) && !AnswerType.HasTime(best.Text))
        {
            CandidateSentence.LeadWithBestOfItsStory(candidates, Gives, minChance);
        }
    }

    // A figure the story gives on others' word just before its subject's refusal to say it leads, over the refusal and over
    // sentences that restate the question ("What valuation did Fennick Labs get in its Series B?"; Withheld.Reported).
    private static void LeadWithReported(QuestionProfile profile, List<CandidateSentence> candidates)
    {
        if (Withheld.Reported(profile, candidates) is { } reported)
        {
            reported.Score = Math.BitIncrement(candidates.Max(c => c.Score));
        }
    }

    // "What is the latest estimated price tag for the Coldwater Ridge wind project?" over the first story's estimate: a later
    // story that writes that estimate as the figure it changed from ("has risen to $478 million from $410 million") leads,
    // however low the ranker put it, if its story writes every name of the question (RevisedFigure). Another story only:
    // within one story, "to X from Y" more often compares two years than revises. Sums only: a count revised from the lead's
    // ("job cuts from the 2 300 it announced") answered "By how much had the platinum basket price fallen?" with the jobs, and
    // the lead's age with its cost. A question about the sum as it was ("originally", "in 2023") keeps it.
    private static void LeadWithRevision(QuestionProfile profile, List<CandidateSentence> candidates, float[][] features)
    {
        if (!AnswerType.AsksForMoney(profile.Text) || RevisedFigure.AsksBefore(profile.Text))
        {
            return;
        }

        // The revision is later than the figure it changes from, whether or not the stories are dated.
        var best = candidates.MaxBy(c => c.Score)!;
        LeadFromStoryNamingAll(candidates, features,
            c => c.Hit.Chunk.ArticleId != best.Hit.Chunk.ArticleId && RevisedFigure.Revises(c.Text, best.Text) == Quantities.Dimension.Money);
    }

    // "What share of the vote did the Mountain Protection Initiative get in the end?" over the campaign story's "on which Swiss
    // voters will decide on 8 March": a figure asked of how something turned out is given by the best sentence that no longer
    // looks ahead and holds a figure, in a story that writes every name of the question ("was backed by 46.2% of voters"),
    // if the ranker gives it the chance that gets a sentence quoted at all. Otherwise the answer refuses, as before: the
    // outcome is not yet reported (QuotedKind).
    private void LeadWithOutcome(QuestionProfile profile, List<CandidateSentence> candidates, float[][] features)
    {
        var best = candidates.MaxBy(c => c.Score)!;
        if (profile.Kind is not AnswerKind.Number || !QuotedKind.OutcomeStillAhead(profile.Text, best.Text))
        {
            return;
        }

        LeadFromStoryNamingAll(candidates, features, c => c.Score >= _options.MinSentenceProbability
            && !QuotedKind.OutcomeStillAhead(profile.Text, c.Text) && AnswerType.Holds(profile.Kind, c.Text, profile.Words));
    }

    // "Where's Osea Ralulu coaching now?" over March's squad story ("Fiji sevens head coach Osea Ralulu has named …"), though
    // April's story says he has taken over Tonga's team: asked how things stand now, the best wanted sentence of a later
    // story that writes every name of the question leads, if the ranker gives it the chance that gets a sentence quoted at
    // all. Only between dated stories (an undated story's date is unknown, not old), and only for a question that names
    // someone or something: without a name, any later story would do.
    private void LeadWithLatest(QuestionProfile profile, List<CandidateSentence> candidates, float[][] features)
    {
        var best = candidates.MaxBy(c => c.Score)!;
        if (best.Hit.Chunk.Published is not { } then || !profile.Terms.Terms.Any(t => t.IsName) || !PresentQuestion.Asks(profile.Text))
        {
            return;
        }

        LeadFromStoryNamingAll(candidates, features, c => c.Hit.Chunk.Published > then
            && c.Score >= _options.MinSentenceProbability && AnswerType.Holds(profile.Kind, c.Text, profile.Words));
    }

    // "where does Inés Cahuana Ríos work these days" over her quote "That is how science is supposed to work": a question about
    // someone's job is answered by the sentence of the best story that names them and tells of a post taken ("Cahuana, 39, left
    // the OGA in April to become director of the cryosphere programme at the University of Atacama"), whatever its chance; when
    // that story tells of none, the best such sentence of another does.
    private static void LeadWithJob(QuestionProfile profile, List<string> names, List<CandidateSentence> candidates)
    {
        if (names.Count > 0 && JobQuestion.Asked(profile.Text)
            && !CandidateSentence.LeadWithBestOfItsStory(candidates, c => JobQuestion.Gives(c.Text) && WritesAName(c.Text, names)))
        {
            // The best story may only mention the move ("three weeks after a cabinet reshuffle in which … Dravillas was moved"),
            // and an earlier one tell it: "Mr Dravillas, 63, becomes deputy minister of infrastructure". It must write every
            // name of the question: "What role does John Elway currently have in the Broncos franchise?" is not answered by
            // another story's "The Carolina Panthers became one of only ten teams …", which names the Broncos.
            LeadWithBestOf(candidates, candidates.Where(c => JobQuestion.Gives(c.Text) && WritesEveryName(c.Text, names)));
        }
    }

    // A sentence that gives an age as news does, beside a name of the question ("Chief executive Martin Oakhurst, 52, said …"),
    // in a story that writes all its names up to there, leads "how old is Martin Oakhurst?" however low the ranker put it: over a
    // takeover story that never says (a story gives an age once, and an archive names a person in many stories), and over a
    // sentence of the same story that gives someone else's. Otherwise, "How old is the goalkeeper who saved two penalties?"
    // when the best sentence (the final's lead) gives no age: the best sentence of its story that writes one ("Tully, 19, only
    // became …") leads, if the ranker gives it a fair chance.
    private static void LeadWithAge(QuestionProfile profile, List<CandidateSentence> candidates)
    {
        if (!AnswerType.AsksForAge(profile.Text))
        {
            return;
        }

        // "How old was Ilse Brandvold when she was moved to the Interior Ministry?" over the reshuffle story: its best sentence
        // gives the age of the minister who replaced her ("Dr Kofi Anselm, 47"), and "Brandvold, 54, succeeds Magnus Trell"
        // gives hers. An age written beside a name asked is the one asked for, wherever the ranker put it.
        var names = profile.Terms.Terms.Where(t => t.IsName).ToList();
        var best = candidates.MaxBy(c => c.Score)!;
        if ((AgedBesideAName(candidates, names) ?? AgedBesideTheFullName(profile.Text, candidates)) is { } named)
        {
            named.Score = Math.BitIncrement(best.Score);
            return;
        }

        // The best sentence's own story first; LeadWithBestOfItsStory is true when the best sentence gives an age itself.
        if (CandidateSentence.LeadWithBestOfItsStory(candidates, c => AnswerType.HasAge(c.Text), RestatingLead.MinChance))
        {
            return;
        }

        if (AgedAfter(best, candidates, names.Where(n => !Capitals.IsCountry(QuestionTerms.WithoutPossessive(n.Word))).ToList()) is { } aged)
        {
            aged.Score = Math.BitIncrement(best.Score);
        }
    }

    // The likeliest sentence that gives an age as news does beside a name of the question ("Chief executive Martin Oakhurst, 52,
    // said …"), in a story that writes all the question's names up to there: it may be another story than the best sentence's,
    // since an archive names a person in many stories and gives the age once. Its chance does not matter: "Aumua, 54, told
    // reporters …" gives the Samoan opposition leader's age by the first of her names, in a quote the ranker put at 0.02 for
    // "how old is she" (docs/quality.md, forty-ninth pass).
    private static CandidateSentence? AgedBesideAName(List<CandidateSentence> candidates, List<QuestionTerm> names) =>
        names.Count == 0 ? null : candidates
            .Where(c => names.Any(n => QuotedKind.AgedBeside(c.Text, QuestionTerms.WithoutPossessive(n.Word)))
                && WritesSoFar(c, names))
            .MaxBy(c => c.Score);

    // "How old is Gareth Pellow?" over "Chief executive Gareth Pellow, 52, said the board had …", which shares only the name
    // with the question and so came far below "I've been coming to this ground since I was six years old" (his, as a boy):
    // an age beside the full name asked is that person's, whatever the ranker made of the rest.
    private static CandidateSentence? AgedBesideTheFullName(string question, List<CandidateSentence> candidates) =>
        candidates.Where(c => QuotedKind.AgedBesideFullName(c.Text, question)).MaxBy(c => c.Score);

    // "How old is the Japanese prime minister?" over a story that names him ("Prime Minister Kenji Morioka has staked …") and
    // gives his age a few sentences on, as news does, by the age alone ("The 63-year-old, who has been in office since 2001,
    // said …"): that sentence speaks of the one the story has been about when it follows the best sentence within six
    // sentences, with no other age written between them, and the question's names (people, not countries) are written
    // on the way there.
    private const int AgedAfterSentences = 6;

    private static CandidateSentence? AgedAfter(CandidateSentence best, List<CandidateSentence> candidates, List<QuestionTerm> names)
    {
        var next = candidates.Where(c => c.Hit.Chunk.ArticleId == best.Hit.Chunk.ArticleId && c.Start > best.Start)
            .DistinctBy(c => c.Start).OrderBy(c => c.Start).Take(AgedAfterSentences).ToList();
        int index = next.FindIndex(c => AnswerType.NamesByAge(c.Text));
        if (index < 0 || next.Take(index).Any(c => AnswerType.HasAge(c.Text)))
        {
            return null;
        }

        var written = next.Take(index).Prepend(best).SelectMany(c => EnglishTerms.Analyze(c.Text)).ToHashSet(StringComparer.Ordinal);
        return names.All(n => n.In(written)) ? next[index] : null;
    }

    // "What was the winning time …?" when the best sentence (the race's lead) gives none: the best sentence of its story that
    // does leads, if the ranker gives it a fair chance.
    private static void LeadWithRaceTime(string question, List<CandidateSentence> candidates)
    {
        if (RaceTime.Asked(question))
        {
            CandidateSentence.LeadWithBestOfItsStory(candidates, c => RaceTime.Given(c.Text), RestatingLead.MinChance);
        }
    }

    // "How long a prison term was handed to the founder?" when the best sentence (on his conviction "after a 10-week trial")
    // gives no term of a sentence: the best sentence of its story that does ("was jailed for nine years") leads, if the ranker
    // gives it a fair chance.
    private const double TermChance = 0.05;

    private static void LeadWithTerm(string question, List<CandidateSentence> candidates)
    {
        if (QuotedKind.TermAskedOf(question))
        {
            CandidateSentence.LeadWithBestOfItsStory(candidates, c => QuotedKind.GivesTerm(c.Text), TermChance);
        }
    }

    // "At approximately what time did the intruders break in?" when the best sentence (the lead, "early on Saturday") gives
    // no hour: the best sentence of its story that does ("entered through a skylight at about 3:40 a.m.") leads, if the
    // ranker gives it a fair chance.
    private static void LeadWithClockTime(string question, List<CandidateSentence> candidates, double minChance)
    {
        // An hour first, at any chance worth quoting: "what time was it reported?" over a lead on a fire "that burned through
        // the night" is answered by "The fire was reported at 9:52 p.m. Sunday", which the ranker put far below the lead; a part
        // of the day only when the story gives no hour.
        if (QuotedKind.ClockTimeAsked(question)
            && !CandidateSentence.LeadWithBestOfItsStory(candidates, c => QuotedKind.GivesHour(c.Text) && c.Score >= minChance))
        {
            CandidateSentence.LeadWithBestOfItsStory(candidates, c => QuotedKind.GivesClockTime(c.Text), RestatingLead.MinChance);
        }
    }

    // "how fast was Meeks going" over the court story's "Meeks was not over the drink-drive limit …": the sentence of its story
    // that gives a speed ("A 23-year-old driver who was doing 78mph in a 30mph zone …") leads, however little of the question
    // the ranker found in it: the story names him only after its lead.
    private static void LeadWithSpeed(string question, List<CandidateSentence> candidates)
    {
        if (QuotedKind.SpeedAsked(question))
        {
            CandidateSentence.LeadWithBestOfItsStory(candidates, c => QuotedKind.GivesSpeed(c.Text));
        }
    }

    // "who finished third in the Haddonford by-election" when the best sentence (the lead, on the winner) places no one third:
    // the best sentence of its story that does ("… came third with 7,935 votes") leads, if the ranker gives it a fair chance;
    // at any chance when it places someone in so many words ("came third"): over an archive of by-elections the ranker puts
    // the lead and its neighbours far above that sentence. Not "running only his second marathon".
    private static void LeadWithPlacing(string question, List<CandidateSentence> candidates)
    {
        if (QuotedKind.PlaceAskedOf(question) is { } place)
        {
            if (!CandidateSentence.LeadWithBestOfItsStory(candidates, c => QuotedKind.SaysPlace(c.Text, place), RestatingLead.MinChance))
            {
                CandidateSentence.LeadWithBestOfItsStory(candidates, c => QuotedKind.PlacedAs(c.Text, place));
            }
        }
    }

    // "who won the Kōpara Ranges Ultra?" when the best sentence places someone lower ("… has finished the 160km Kōpara Ranges
    // Ultra in 21 hours and 14 minutes, placing ninth"): it says who did not win. The best sentence of its story that names
    // a winner the question does not ("The race was won by Australian Lachlan Pryor …") leads, however low the ranker put it,
    // since it calls the race "the race".
    private static void LeadWithWinner(QuestionProfile profile, List<CandidateSentence> candidates)
    {
        if (QuotedKind.WinnerAsked(profile.Text) && QuotedKind.PlacesBelowFirst(candidates.MaxBy(c => c.Score)!.Text))
        {
            CandidateSentence.LeadWithBestOfItsStory(candidates, c => QuotedKind.NamesWinner(c.Text) && AnswerType.NovelNames(c.Text, profile.Words) > 0);
        }
    }

    // "Who will lead the council now Morag Dunlop has quit?" when the best sentence, on her resignation, names no successor:
    // the best sentence of its story that does, with a name the question does not hold ("Her deputy, Alasdair Reid, will lead
    // the council …"), leads, however far below the lead the ranker put it: the lead restates such a question. And the other
    // way: "who had the job before her?" is answered by "… promised by Ms Keyes's predecessor, Nigel Barraclough".
    private static void LeadWithSuccessor(QuestionProfile profile, List<string> asked, List<CandidateSentence> candidates, float[][] features)
    {
        Func<string, bool>? names = SuccessorQuestion.Asked(profile.Text) ? SuccessorQuestion.Names
            : SuccessorQuestion.AskedBefore(profile.Text) ? SuccessorQuestion.NamesBefore : null;
        if (names is null)
        {
            return;
        }

        if (!names(candidates.MaxBy(c => c.Score)!.Text))
        {
            LeadWithSuccessorNamed(profile, candidates, features, names);
        }

        LeadWithReplacementOfTheNamed(profile, asked, candidates);
    }

    private static void LeadWithSuccessorNamed(QuestionProfile profile, List<CandidateSentence> candidates, float[][] features, Func<string, bool> names)
    {
        bool Gives(CandidateSentence c) => names(c.Text) && AnswerType.NovelNames(c.Text, profile.Words) > 0;
        // "who is taking over from Hofstetter as finance chief at Alpenrhein?" when the best story, on her new job, names
        // no one after her: the best such sentence of another story that writes every name of the question ("She will be
        // succeeded by Adrian Kälin, 47", in the bank's story) leads. It must write a word of the question other than its verbs
        // of taking over (a name, or the post: "takes over the agriculture and fisheries portfolio"), or open with "she" after
        // a sentence that does: in a story of two firms, "Redmond said … Priya Raman would take over as interim chief executive"
        // follows someone else into another post than the managing director asked about.
        var asked = profile.Terms.Terms.Select(t => t.Term).Except(SuccessionVerbs, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        bool WritesAsked(CandidateSentence c) => EnglishTerms.Analyze(c.Text).Any(asked.Contains);
        bool Follows(CandidateSentence c) =>
            WritesAsked(c) || (OpensWithPersonPronoun().IsMatch(c.Text) && JustBefore(candidates, c).FirstOrDefault() is { } before && WritesAsked(before));
        if (!CandidateSentence.LeadWithBestOfItsStory(candidates, Gives))
        {
            LeadFromStoryNamingAll(candidates, features, c => Gives(c) && Follows(c));
        }
    }

    // "Who replaced Lagunas as Castellana coach?" when the best sentence names another club's stand-in ("Tejo's assistant coach,
    // Hugo Falcão, will lead the team on an interim basis"), writing no name of the question: a sentence of its story that
    // tells of replacing someone the question names, and names someone new ("Meireles had been 'the first and only choice'
    // to replace Ernesto Lagunas"), leads. Replacing the one named, not only naming them: "'My successor will have to
    // manage …,' Mr Hieu said" names no one after Hieu.
    private static void LeadWithReplacementOfTheNamed(QuestionProfile profile, List<string> asked, List<CandidateSentence> candidates)
    {
        if (asked.Count > 0 && SuccessorQuestion.Asked(profile.Text) && !WritesAName(candidates.MaxBy(c => c.Score)!.Text, asked))
        {
            CandidateSentence.LeadWithBestOfItsStory(candidates, c => SuccessorQuestion.ReplacesOneOf(c.Text, asked.Select(QuestionTerms.WithoutPossessive))
                && AnswerType.NovelNames(c.Text, profile.Words) > 0);
        }
    }

    // The words a question about a successor uses for taking over, as analysed: no sign of whom a sentence is about.
    private static readonly string[] SuccessionVerbs =
        [.. EnglishTerms.Analyze("take takes taking took taken over replace replaces replaced replacing succeed succeeds succeeded succeeding quit quits left leave leaves leaving resign resigned gone")];

    private static bool WritesSoFar(CandidateSentence sentence, List<QuestionTerm> names)
    {
        var written = EnglishTerms.Analyze(sentence.Hit.Chunk.HeadlineAndTextTo(sentence.End)).ToHashSet(StringComparer.Ordinal);
        return names.All(n => written.Contains(n.Term));
    }

    // "What does LEM stand for?": the best sentence of any retrieved story that writes the letters beside the words they stand
    // for leads (AcronymQuestion), and the question is answered: the ranker, missing "acronym" and "stand for" in every
    // sentence, had it refused or quoted another sentence that uses the letters. At least at the chance that gets a sentence
    // quoted at all (minChance), since the best sentence of such a question may be below it.
    private static bool LeadWithSpellingOut(string question, List<CandidateSentence> candidates, double minChance)
    {
        if (AcronymQuestion.Asked(question) is not { } acronym
            || candidates.Where(c => AcronymQuestion.SpelledOutBeside(acronym, c.Text) is not null).MaxBy(c => c.Score) is not { } lead)
        {
            return false;
        }

        lead.Score = Math.Max(minChance, Math.BitIncrement(candidates.Max(c => c.Score)));
        return true;
    }

    // "What did Marsh say …?": the best sentence of the best sentence's story that reports the speaker's words leads the
    // answer (SpeechQuestion). Its own story, because another story's union leader is not the one asked about.
    private static void LeadWithSpeech(string question, List<CandidateSentence> candidates)
    {
        if (SpeechQuestion.Speaker(question) is { } speaker)
        {
            CandidateSentence.LeadWithBestOfItsStory(candidates, c => SpeechQuestion.Reports(c.Text, speaker));
        }
    }

    // "What is the name of the 88-year-old woman rescued …?" when no sentence the answer would quote names anyone the question
    // does not (NameAsked): the stories leave her unnamed.
    private UnmetCondition? Unnamed(string question, IReadOnlySet<string> asked, List<CandidateSentence> candidates)
    {
        if (!NameAsked.Asks(question))
        {
            return null;
        }

        double bar = candidates.Max(c => c.Score) * _options.RelativeCutoff;
        return candidates.Any(c => c.Score >= bar && NameAsked.Gives(c.Text, asked)) ? null
            : new UnmetCondition("name", "The closest passages do not name them.");
    }

    // "What did Aman say?" when no retrieved sentence reports Aman speaking, by name or as "he" just after a sentence that
    // names him: the articles do not say, and quoting what someone else said ("…," he added) would put words in his mouth.
    private static UnmetCondition? Unreported(string question, List<CandidateSentence> candidates)
    {
        if (SpeechQuestion.NamedSpeaker(question) is not { } name)
        {
            return UnwrittenRole(question, candidates);
        }

        string speaker = name.Split(' ')[^1];
        bool reported = candidates.Any(c => SpeechQuestion.MayReport(c.Text, speaker)
            || (SpeechQuestion.ReportsByPronoun(c.Text) && Before(candidates, c) is { } before && QuestionTerms.Words(before.Text).Any(w => w.Word == speaker)));
        return reported ? null : new UnmetCondition(speaker, $"They do not report anything {name} said.");
    }

    // "What did the prime minister say about the minimum wage rise?" over stories that never mention a prime minister: a post
    // is held to less than a name (a story may report its holder by name), but a story that never writes it reports nothing of it.
    private static UnmetCondition? UnwrittenRole(string question, List<CandidateSentence> candidates)
    {
        if (SpeechQuestion.RoleSpeaker(question) is not { } role)
        {
            return null;
        }

        // Each word of the post, in any inflection ("PLoS Pathogens" for "the plos pathogen paper"), in one retrieved story.
        var terms = EnglishTerms.Analyze(role);
        bool written = candidates.Select(c => c.Hit.Chunk).DistinctBy(c => c.ArticleId)
            .Any(c => EnglishTerms.Analyze(c.Title + "\n" + (c.Body ?? c.Text)).ToHashSet(StringComparer.Ordinal).IsSupersetOf(terms));
        // "the prime minister" as asked; "what did zorblatt say", typed without capitals, names no post.
        string who = question.Contains("the " + role, StringComparison.OrdinalIgnoreCase) ? "the " + role : role;
        return written ? null : new UnmetCondition(role.Split(' ')[^1], $"They do not report anything {who} said.");
    }

    // The candidate that ends closest before `sentence` in the same article, if any.
    private static CandidateSentence? Before(List<CandidateSentence> candidates, CandidateSentence sentence) =>
        candidates.Where(c => c.Hit.Chunk.ArticleId == sentence.Hit.Chunk.ArticleId && c.End <= sentence.Start).MaxBy(c => c.End);

    // "How much did it cost to build Levi's Stadium?" asks for money: when the best sentence holds no amount, the best
    // sentence of its story that holds one leads. The ranker asks only whether a sentence holds a number, and SQuAD has
    // few such questions to learn from. A sentence that shares no word with the question is not that sentence ("… bought
    // PixelRiver for $90m" for "How much does Tile Tower cost to download?"). When its story has none, and no other
    // story's sentence with an amount covers half as much of the question (a long article may be filed as several
    // stories), the articles give no amount for this, and the answer says so rather than quote a sentence that cannot.
    // A question about a kind of figure ("How much profit did Calderon Bank make?", "How many people work for Brightwater?",
    // FigureKind) needs that kind beside the figure, and another story counts only when it writes every name of the
    // question: another firm's profits are not the bank's.
    private const double OtherStoryMoneyCoverage = 0.5;

    private static UnmetCondition? LeadWithAmount(string question, int terms, List<CandidateSentence> candidates, float[][] features)
    {
        string? kind = FigureKind.Asked(question);
        if (kind is null && !AnswerType.AsksForMoney(question))
        {
            return null;
        }

        // "How much profit …?" is not answered by the sum of an offer: a figure of the kind asked is written beside its kind.
        bool OfKind(CandidateSentence c) => kind is null ? AnswerType.HasMoney(c.Text) : FigureKind.HoldsFigure(c.Text, kind) && FigureKind.Said(c.Text, kind);
        var best = candidates.MaxBy(c => c.Score)!;
        bool found = CandidateSentence.LeadWithBestOfItsStory(candidates, c => OfKind(c) && (terms == 0 || c.Terms!.Missed.Count < terms))
            || candidates.Where((c, i) => kind is null || features[i][ArticleMissedNames] == 0).Any(c => OfKind(c) && c.Coverage >= best.Coverage * OtherStoryMoneyCoverage);
        return found ? null : new UnmetCondition("amount", kind is null ? "The closest stories give no amount of money for this." : $"The closest stories give no {kind} figure for this.");
    }

    // A name only a retrieved headline uses still counts as mentioned (HeadlineTerms).
    private async Task<QuestionProfile> ProfileAsync(string question, IEnumerable<SearchHit> pool, CancellationToken cancellationToken) =>
        QuestionProfile.From(question, HeadlineTerms.Over(await store.TermStatisticsAsync(QuestionTerms.WithOtherNames(question), cancellationToken).ConfigureAwait(false), pool),
            word => Truecase.WritesAsName(word, pool.Select(h => h.Chunk.Text).Distinct(StringComparer.Ordinal)));

    // Enough of the newest headlines that the ones the hits already name can be skipped (AnswerText.NotCovered shows three).
    // Twice as many articles as titles wanted, so that syndicated copies under one headline still leave enough distinct ones.
    private async Task<IReadOnlyList<string>> LatestTitlesAsync(List<SearchHit> hits, CancellationToken cancellationToken)
    {
        int wanted = AnswerText.ClosestTopics + hits.Count;
        var latest = await store.LatestArticlesAsync(wanted * 2, folder: null, cancellationToken).ConfigureAwait(false);
        return latest.Select(a => a.Title).Distinct(StringComparer.Ordinal).Take(wanted).ToList();
    }

    // A name in the question that no article mentions at all ("Is Gwadar port closed?" over articles that
    // never name Gwadar) means the articles cannot answer it, however well the rest matches. Names only, as a
    // rule: other words may be paraphrased, names never are (the synonym matcher gives them no soft credit).
    // A yes-or-no question is a claim to confirm, and it turns on every word: "Is rabies a growing concern in
    // Pakistan?" cannot be confirmed by articles that never use "rabies" or a close synonym of it.
    private static List<string> Unknown(QuestionProfile question, CandidateSentence best) =>
        question.Terms.Terms.Where(t => !t.InCorpus && (t.IsName || (question.AsksYesOrNo && best.Terms!.Missed.Contains(t.Word))))
            .Select(t => t.Word).ToList();

    // The conditions a question sets (QuestionConditions). A best sentence that says the opposite of a question word
    // ("the largest city" for "the smallest city") answers another question, and the articles' best match for this one
    // contradicts it: the answer refuses, unless a sentence of its story says the question's word itself (LeadWithOneSaying).
    // So does one that puts another name in the place of the question's (NameSwaps).
    // A sentence in an article that never writes the question's year, or one that says nothing negative for a negated
    // question, leaves the quote; when nothing the quote would have held (RelativeCutoff) is left, the answer refuses.
    // Last, a sentence dated to other years gives way to an undated one.
    // Measured on squad-b and on SQuAD 2.0-shaped questions made from it (docs/quality.md, twelfth pass).
    private async Task<UnmetCondition?> DropUnmetAsync(string question, List<CandidateSentence> candidates, CancellationToken cancellationToken)
    {
        var conditions = QuestionConditions.Of(question);
        var best = candidates.MaxBy(c => c.Score)!;
        double bar = best.Score * _options.RelativeCutoff;
        if (conditions.Opposed(best.Text) is { } opposed
            && !LeadWithOneSaying(candidates, bar, opposed.Asked, conditions))
        {
            return new UnmetCondition(opposed.Asked, $"The closest passage says “{opposed.Said}”, not “{opposed.Asked}”.");
        }

        // A swapped name refuses even when another sentence of the story writes the name: SQuAD 2.0's swaps take the other
        // name from the same story, and leading with such a sentence answered 8 more of 564 of them (docs/quality.md).
        best = candidates.MaxBy(c => c.Score)!;
        if (conditions.SwappedName(best.Text) is { } swapped)
        {
            return new UnmetCondition(swapped.Asked, $"The closest passage names “{swapped.Said}”, not “{swapped.Asked}”.");
        }

        var quoted = candidates.Where(c => c.Score >= bar).ToList();
        var articles = !conditions.Dated ? [] : await UnmetArticlesAsync(conditions, quoted, cancellationToken).ConfigureAwait(false);
        UnmetCondition? failed = null;
        var namedAhead = new List<string>();
        foreach (var candidate in quoted)
        {
            if ((articles.GetValueOrDefault(candidate.Hit.Chunk.ArticleId) ?? conditions.UnmetInSentence(candidate.Text) ?? AboutAnother(question, candidate) ?? NotYetPlayed(question, candidate)) is { } unmet)
            {
                failed ??= unmet;
                candidate.Score = 0;
                if (unmet.NamedAhead)
                {
                    namedAhead.Add(unmet.Word);
                }
            }
        }

        // "How far did Ines Dalgaard get at Wimbledon?": the story names Wimbledon only where she "will now travel to" it, so
        // its sentences that never name Wimbledon do not answer either.
        quoted.Where(c => namedAhead.Any(n => !Names(c.Text, n))).ToList().ForEach(c => c.Score = 0);

        if (candidates.Max(c => c.Score) < bar)
        {
            return failed;
        }

        // A sentence dated to other years than the question's gives way to one that is not, but is never the reason to
        // refuse: the question's year may be written in the sentence before.
        var dated = quoted.Where(c => c.Score > 0 && conditions.DatedOtherwise(c.Text)).ToList();
        if (dated.Count < quoted.Count(c => c.Score > 0))
        {
            dated.ForEach(c => c.Score = 0);
        }

        return null;
    }

    private static bool Names(string sentence, string name) =>
        QuestionTerms.Words(sentence).Any(w => w.Word.Equals(name, StringComparison.Ordinal));

    // "Did Ashford Rovers beat Northfield Athletic?" is not answered by a story that only announces the match (Unplayed).
    private static UnmetCondition? NotYetPlayed(string question, CandidateSentence candidate) =>
        Unplayed.Find(question, candidate.Hit.Chunk) is { } ahead
            ? new UnmetCondition(ahead.Asked, $"The closest passage says only “{ahead.Said}”: no result is reported yet.")
            : null;

    // "How much will Northern Power's rise add to a bill?" is not answered by the sentence on its story's other firm (OtherSubject).
    private static UnmetCondition? AboutAnother(string question, CandidateSentence candidate) =>
        OtherSubject.Find(question, candidate.Text, candidate.Hit.Chunk) is { } other
            ? new UnmetCondition(other.Asked, $"The closest passage is about {other.Said}, not {other.Asked}.")
            : null;

    // "Where is the lowest point of Warsaw?": the best sentence says "highest", and a sentence of its story that the quote
    // would hold anyway (at the bar) says "lowest" itself. That one leads, rather than refusing. Its own story, because
    // another's "smallest state" does not answer "What is the smallest city in Poland?". False when there is none.
    private static bool LeadWithOneSaying(List<CandidateSentence> candidates, double bar, string asked, QuestionConditions conditions)
    {
        var words = EnglishTerms.Analyze(asked);
        return CandidateSentence.LeadWithBestOfItsStory(candidates,
            c => c.Score >= bar && words.All(EnglishTerms.Analyze(c.Text).Contains) && conditions.Opposed(c.Text) is null);
    }

    // The articles of the candidates that fail the question's year, each read once, whatever its number of candidates.
    private async Task<Dictionary<string, UnmetCondition?>> UnmetArticlesAsync(QuestionConditions conditions, List<CandidateSentence> candidates, CancellationToken cancellationToken)
    {
        var ids = candidates.Select(c => c.Hit.Chunk.ArticleId).ToHashSet(StringComparer.Ordinal);
        var passages = await store.PassagesOfAsync(ids, cancellationToken).ConfigureAwait(false);
        return passages.GroupBy(p => p.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => conditions.UnmetInArticle(string.Join('\n', g.Select(p => p.Text)), g.First().Published), StringComparer.Ordinal);
    }

    /// <summary>The candidate sentences of <paramref name="pool"/> and their ranker features (for training the ranker).</summary>
    internal async Task<(List<CandidateSentence> Candidates, float[][] Features)> FeaturizeAsync(string question, ReadOnlyMemory<float> questionVector, IReadOnlyList<SearchHit> pool, CancellationToken cancellationToken)
    {
        var candidates = CandidateSentence.From(pool);
        return (candidates, candidates.Count == 0 ? [] : await FeaturesAsync(await ProfileAsync(question, pool, cancellationToken).ConfigureAwait(false), questionVector, candidates, cancellationToken).ConfigureAwait(false));
    }

    private async Task<float[][]> FeaturesAsync(QuestionProfile profile, ReadOnlyMemory<float> questionVector, List<CandidateSentence> candidates, CancellationToken cancellationToken)
    {
        await MatchAsync(profile.Terms, questionVector, candidates, cancellationToken).ConfigureAwait(false);
        return SentenceFeatures.Compute(profile, candidates);
    }

    /// <summary>Scores every sentence of <paramref name="pool"/> against <paramref name="question"/>, best first.</summary>
    public async Task<IReadOnlyList<ScoredSentence>> ScoreSentencesAsync(string question, ReadOnlyMemory<float> questionVector, IReadOnlyList<SearchHit> pool, CancellationToken cancellationToken = default)
    {
        var candidates = CandidateSentence.From(pool);
        if (candidates.Count > 0)
        {
            await ScoreAsync(question, questionVector, candidates, cancellationToken).ConfigureAwait(false);
        }

        return candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Rank)
            .Select(c => new ScoredSentence(c.Hit, c.Text, c.Start, c.End, c.Score, c.Coverage, c.Cosine, c.Terms?.Missed ?? [], c.Vector))
            .ToList();
    }

    // The match score: how much of the question a sentence restates, marked down when it lacks the kind of
    // answer asked for or the word the question hinges on.
    private async Task ScoreAsync(string question, ReadOnlyMemory<float> questionVector, List<CandidateSentence> candidates, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(question, candidates.Select(c => c.Hit), cancellationToken).ConfigureAwait(false);
        await MatchAsync(profile.Terms, questionVector, candidates, cancellationToken).ConfigureAwait(false);
        foreach (var candidate in candidates)
        {
            candidate.Score = (_options.TermWeight * candidate.Coverage) + ((1 - _options.TermWeight) * candidate.Cosine);
            if (!AnswerType.Holds(profile.Kind, candidate.Text, profile.Words))
            {
                candidate.Score *= _options.WrongTypeFactor;
            }

            if (profile.Focus is not null && candidate.Terms!.Missed.Contains(profile.Focus, StringComparer.OrdinalIgnoreCase))
            {
                candidate.Score *= _options.MissedFocusFactor;
            }
        }
    }

    private async Task MatchAsync(QuestionTerms terms, ReadOnlyMemory<float> questionVector, List<CandidateSentence> candidates, CancellationToken cancellationToken)
    {
        var coverage = await synonyms.CoverageAsync(terms, candidates.ConvertAll(c => c.Text), cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            candidate.Terms = coverage[i];
            candidate.Coverage = coverage[i].Share;
            candidate.Cosine = Math.Max(0, VectorMath.Cosine(questionVector.Span, candidate.Vector.Span));
        }
    }

    // A blend of the passage model's chance that the passage holds the answer and its best sentence's chance,
    // keyed by retrieval rank; a passage whose sentences all appeared in an earlier one has no candidates and goes last.
    private List<SearchHit> Rerank(IReadOnlyList<SearchHit> pool, List<CandidateSentence> candidates, Dictionary<int, float> passageScores, int top)
    {
        var best = candidates.GroupBy(c => c.Rank).ToDictionary(g => g.Key, g => g.Max(c => c.Score));
        double w = _options.PassageModelWeight;
        return pool.Select((hit, rank) => (hit, score: (w * passageScores.GetValueOrDefault(rank)) + ((1 - w) * best.GetValueOrDefault(rank)) + (_options.RetrievalPrior * hit.Score)))
            .OrderByDescending(p => p.score)
            .Take(top)
            .Select(p => p.hit)
            .ToList();
    }

    // "Who is the health secretary?" quoted "The health secretary has promised to recruit 5,000 extra nurses …", and the
    // next sentence, "Sarah Okafor told the Royal College of Nursing …", is where the story names her: news introduces a
    // person by role and names them in the sentence after. When a "Who" answer's first sentence names no one (no run of
    // two or more capitalised words), the sentence right after it in its story follows it, if that opens with a name.
    private void NameTheRole(string question, List<CandidateSentence> chosen, List<CandidateSentence> candidates)
    {
        if (chosen.Count == 0 || !AnswerNames.AsksWho(question) || AnswerNameFeatures.Candidates(question, chosen[0].Text).Any(c => c.Text.Contains(' ', StringComparison.Ordinal)))
        {
            return;
        }

        var lead = chosen[0];
        var next = candidates.Where(c => c.Hit.Chunk.ArticleId == lead.Hit.Chunk.ArticleId && c.Start >= lead.End && c.Start <= lead.End + SentenceGap).MinBy(c => c.Start);
        if (next is null || chosen.Contains(next) || !OpensWithName().IsMatch(next.Text))
        {
            return;
        }

        chosen.Insert(1, next);
        if (chosen.Count > _options.MaxSentences)
        {
            chosen.RemoveAt(chosen.Count - 1);
        }
    }

    // "Who has promised that Mercer branches won't close?" quoted "He promised that no Mercer branches would close …", whose
    // story named him two sentences earlier ("Calderon's chief executive, Martin Havers, said …"). When a "Who" answer's first
    // sentence names no one and opens with "he" or "she", the nearest sentence before it in its story (of the two before
    // it) that names someone leads, so the answer's name is quoted, and the sentence follows it as the story has them.
    // squad-b held-out: one more first sentence in each of questions-1000, the second half and the stories, no answer lost.
    private void NameThePronoun(string question, List<CandidateSentence> chosen, List<CandidateSentence> candidates)
    {
        if (chosen.Count == 0 || !AnswerNames.AsksWho(question) || !OpensWithPersonPronoun().IsMatch(chosen[0].Text) || NamesSomeoneElse(question, chosen[0], fullName: false))
        {
            return;
        }

        var lead = chosen[0];
        var named = JustBefore(candidates, lead).Take(2).FirstOrDefault(c => NamesSomeoneElse(question, c, fullName: true));
        if (named is null)
        {
            return;
        }

        chosen.Remove(named);
        chosen.Insert(0, named);
        if (chosen.Count > _options.MaxSentences)
        {
            chosen.RemoveAt(chosen.Count - 1);
        }
    }

    // The sentences right before `sentence` in its story, nearest first, while each is right before the next: none from a
    // distant part of the story.
    private static IEnumerable<CandidateSentence> JustBefore(List<CandidateSentence> candidates, CandidateSentence sentence)
    {
        for (var current = sentence; Before(candidates, current) is { } before && current.Start - before.End <= SentenceGap; current = before)
        {
            yield return before;
        }
    }

    // A name of the question's (or its start: "Peyton" for "Manning") is who was asked about, not who answers.
    private static bool NamesSomeoneElse(string question, CandidateSentence sentence, bool fullName)
    {
        var asked = EnglishTerms.Analyze(question).ToHashSet(StringComparer.Ordinal);
        return AnswerNameFeatures.Candidates(question, sentence.Text)
            .Any(c => (!fullName || c.Text.Contains(' ', StringComparison.Ordinal)) && !EnglishTerms.Analyze(c.Text).Any(asked.Contains));
    }

    [GeneratedRegex(@"^\W*(He|She)\b")]
    private static partial Regex OpensWithPersonPronoun();

    // At most a space or a paragraph break between a sentence and the next (the cleaner writes line breaks as "\n").
    private const int SentenceGap = 3;

    // Two capitalised words that open a sentence and are not a closed-class word and a name ("The Royal …").
    [GeneratedRegex(@"^(?!(The|A|An|In|On|At|But|And|However|It|He|She|They|This|That|Its|His|Her|Their)\b)\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+")]
    private static partial Regex OpensWithName();

    private List<CandidateSentence> Choose(List<CandidateSentence> candidates)
    {
        var ranked = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Rank).ToList();
        if (ranked.Count == 0)
        {
            return [];
        }

        // The answer sentence leads; others follow only when the ranker gives them a fair share of its chance,
        // never as padding. Syndicated copy repeats sentences word for word across articles; quote each once.
        double bar = ranked[0].Score * _options.RelativeCutoff;
        return ranked.Where((c, i) => i == 0 || c.Score >= bar)
            .DistinctBy(c => Normalise(c.Text), StringComparer.Ordinal)
            .Take(_options.MaxSentences).ToList();
    }

    private static string Normalise(string sentence) =>
        string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
