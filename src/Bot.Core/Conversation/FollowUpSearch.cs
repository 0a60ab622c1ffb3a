using Bot.Core.Answering;
using Bot.Core.Retrieval;
using Bot.Core.Text;
using Microsoft.Extensions.Options;

namespace Bot.Core.Conversation;

/// <summary>Answers a follow-up from the articles the conversation's last answer cited, widening to the archive when they fall short.</summary>
/// <remarks>
/// A rewritten follow-up ("who owns its stadium?" with the club's name borrowed) is a short bag of words; over
/// a large archive another article matches those words better and the answer drifts off the story the
/// user is reading. Searching the cited articles first keeps it on that story. They fall short when the
/// answer abstains or strays from what the follow-up itself names ("and the Taliban?", "when is their parade?"): then
/// the question is asked again with the caller's own filter, as if it had no history. An answer from the cited articles
/// that the ranker is unsure of gives way to a sure one from the archive, since the last answer may have cited the wrong story.
/// </remarks>
public sealed class FollowUpSearch(AnswerService answers, IOptions<AnsweringOptions> options)
{
    private const int StemLetters = 5;

    private readonly double sure = options.Value.SureAnswerability;

    /// <summary>
    /// Answers <paramref name="resolved"/>, first from the articles cited before when <paramref name="utterance"/> is a
    /// follow-up; <paramref name="widenAsync"/> asks a question over everything <paramref name="filter"/> allows.
    /// </summary>
    public async Task<Answer> AskAsync(string utterance, string resolved, IReadOnlyList<ConversationTurn> turns, SearchFilter? filter,
        Func<string, Task<Answer>> widenAsync, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(widenAsync);
        var scope = Scope(utterance, turns, filter);
        if (scope is null)
        {
            return await widenAsync(resolved).ConfigureAwait(false);
        }

        // Within the cited articles the story is already fixed, so a follow-up with words of its own is tried as typed
        // first: words borrowed from the last question ("Afghan" in "and who led the Pakistani side?", "finalists"
        // before "who was named most valuable player for it?") pull the answer back to what was already said.
        // A pronoun replaced by the name the last answer gave ("what did he say?" → "what did Afzal Aman say?") is
        // tried before the follow-up as typed, since within the cited articles it says whom it is about.
        var order = utterance == resolved || !AsksOnItsOwn(utterance) ? [resolved]
            : AnswerPronouns.IsRewriteOf(utterance, resolved) ? [resolved, utterance] : new[] { utterance, resolved };
        // "what share is the chief executive keeping?" after the bakery's sale names no one, so the resolver leaves it as typed;
        // within the sold bakery's story it says too little to be sure of ("retain a minority stake of about 15 per cent"), and
        // over the archive another firm's chief executive answers. Asked also with the last question's words, it stays on the
        // story, held to the same checks as any answer from the cited articles.
        string? cited = turns.LastOrDefault(t => t.CitedArticleIds.Count > 0)?.ResolvedText;
        if (utterance == resolved && cited is not null)
        {
            order = [utterance, FollowUpResolver.Borrow(utterance, cited)];
        }

        // "Who owns its stadium?" asked as "Who owns Riverside United's stadium?" says whose, where appended words do not.
        if (OwnerPronoun.Resolve(utterance, cited) is { } owned)
        {
            order = [owned, .. order];
        }

        // An unsure answer from the cited articles (the last answer may have cited the wrong story) gives way to a sure one
        // from the whole archive; a sure one stands.
        // A sure answer to the rewritten follow-up that leads with none of its own words ("who coached him?" answered with
        // the lead that names the winner) gives way to the answer as typed that leads with one ("… coached by his mother").
        Answer? unsure = null, leading = null, otherWords = null;
        bool ownWordsElsewhere = false;
        string? person = AnswerPronouns.NameFor(utterance, resolved);
        foreach (var asked in order)
        {
            var scoped = await answers.AskAsync(asked, turns, scope, cancellationToken: cancellationToken).ConfigureAwait(false);
            ownWordsElsewhere |= NewTopic(scoped, utterance);
            // "what happened to him against France?" after the captain's answer, read as typed, was answered surely about the
            // fly-half the story names first; asked with the name "him" stands for, unsurely about the captain. An answer as
            // typed that never names whom the pronoun stands for gives way to the one asked with the name.
            if (asked == utterance && unsure is not null && person is not null
                && scoped.Citations.Count > 0 && !LeadsWithSurname(scoped, person))
            {
                continue;
            }

            bool onSubject = StaysOnSubject(scoped, utterance) || AgedAsNamed(scoped, asked);
            // "how many ppl bought it?" after the defence bond's story is answered there by "about 31,000 Lithuanian buyers",
            // which writes none of its own words: kept in case the archive does no better, unless the follow-up names a subject
            // of its own that the cited passages never write ("and in austria?"), which the archive should answer.
            if (!scoped.Abstained && !onSubject && FollowUpResolver.NewSubject(utterance).Count == 0)
            {
                otherWords ??= Note(scoped, "previous answer's articles, in other words");
            }

            if (!scoped.Abstained && onSubject)
            {
                var noted = Note(scoped, "previous answer's articles" + (asked == utterance ? ", as typed" : string.Empty));
                bool? leads = LeadsWithOwnWords(scoped, utterance);
                if (scoped.Confidence >= sure && GivesWhatIsAsked(scoped, asked, person) && !LaterStoriesMayTell(scoped, utterance))
                {
                    return leads == false && leading is not null ? leading : noted;
                }

                leading ??= leads == true ? noted : null;
                unsure ??= noted;
            }
        }

        // "What did campaigners say?" after a story that never mentions campaigners starts a new topic: over the archive
        // the previous question's words would pull the answer back to the story that has nothing to say about it.
        var wide = await widenAsync(ownWordsElsewhere ? utterance : resolved).ConfigureAwait(false);
        if ((unsure ?? otherWords) is { } scopedAnswer && (wide.Abstained || wide.Confidence < sure))
        {
            return scopedAnswer;
        }

        // "what was the turnout" after the by-election's winner: over the archive the borrowed words lead back to the same
        // story's lead, which never says it, while the cited story answered in the follow-up's own word ("Turnout was 41%").
        // Every own word, since one may be as common as "people" ("And how many people had to leave?").
        if (leading is not null && LeadsWithAllOwnWords(leading, utterance) && BackInScope(wide, scope) && LeadsWithOwnWords(wide, utterance) == false)
        {
            return leading;
        }

        return Note(wide, "whole archive, after the previous answer's articles fell short");
    }

    // A follow-up that names its subject, or has a word of its own and swaps no subject, says within the story being read
    // what it asks: "what did the union say?" with the last question's words appended ("… say? Vellmark jobs") loses its
    // shape and is pulled back to the lead. A swap ("what about Iran?") is only read with the last question's words.
    private static bool AsksOnItsOwn(string utterance) =>
        FollowUpResolver.AsksAboutItsOwnSubject(utterance) || (!FollowUpResolver.Swaps(utterance) && FollowUpResolver.OwnWords(utterance).Count > 0);

    /// <summary>The filter limited to the articles the last grounded answer cited, or null when the message is neither a
    /// follow-up nor a question that names nothing.</summary>
    /// <remarks>"how many polling stations were affected?" after the minister's apology for them names no story, and reads
    /// as a question of its own; over a large archive other stories about polling stations answer it. Asked of the story
    /// just cited first, it stays there only when that story answers surely and in its words; else it widens as before.</remarks>
    public static SearchFilter? Scope(string utterance, IReadOnlyList<ConversationTurn> turns, SearchFilter? filter)
    {
        var cited = turns.LastOrDefault(t => t.CitedArticleIds.Count > 0)?.CitedArticleIds;
        if (cited is null || !(FollowUpResolver.IsFollowUp(utterance) || QuestionTerms.Names(utterance).Count == 0))
        {
            return null;
        }

        var ids = filter?.ArticleIds is { Count: > 0 } allowed ? cited.Intersect(allowed, StringComparer.OrdinalIgnoreCase).ToList() : cited;
        return ids.Count == 0 ? null : (filter ?? new SearchFilter()) with { ArticleIds = ids };
    }

    // The answer must stay on what the follow-up itself asks: a cited passage must hold every name or new subject it
    // brings in ("and the Taliban?"; a plural as its singular, "the Americans" in "the American military") and one of its
    // own words ("parade" in "when is their parade?"). Words match by their first stem letters, so "respond" finds "response".
    private static bool StaysOnSubject(Answer answer, string utterance)
    {
        var cited = string.Join('\n', answer.Passages.Where(p => answer.Citations.Any(c => c.ChunkId == p.Chunk.Id)).Select(p => p.Chunk.Text));
        var subject = FollowUpResolver.NewSubject(utterance).Select(n => n.Split('\'', '’')[0]);
        if (!subject.All(name => Writes(cited, name)))
        {
            return false;
        }

        var own = Stems(FollowUpResolver.SubjectWords(utterance));
        var terms = Stems([cited]).ToHashSet(StringComparer.Ordinal);
        return own.Count == 0 || own.Any(terms.Contains);
    }

    // "and how old is he?" answered from the cited story that never gives his age is no sure answer, however well its
    // sentence names him: another story in the archive may ("Chief executive Martin Oakhurst, 52, said …"). Likewise a sum.
    // "how old is he?" after the Komárom coach, asked in the cited story that never gives his age, was surely answered with
    // the next sentence's "The 26-year-old Hungarian international", a player: an age with no name of the person the pronoun
    // stands for is no sure answer either, and the archive may give his ("Komárom coach Zsolt Barta, 47").
    private static bool GivesWhatIsAsked(Answer answer, string asked, string? person) =>
        answer.Citations.Count > 0
        && (!AnswerType.AsksForAge(asked) || (AnswerType.HasAge(answer.Citations[0].Quote)
            && (person is null || LeadsWithSurname(answer, person))))
        && (!AnswerType.AsksForMoney(asked) || AnswerType.HasMoney(answer.Citations[0].Quote));

    // Whether the answer's first quote writes the last of the person's names, as news refers to them after the first mention.
    private static bool LeadsWithSurname(Answer answer, string person) =>
        answer.Citations[0].Quote.Contains(person.Split(' ')[^1], StringComparison.Ordinal);

    // "where's he coaching now?" after the coach's March story, surely answered there, is also asked over the archive, where a
    // later story may say he has moved on (ExtractiveAnswerer leads with it); the archive's answer stands when it is sure.
    private static bool LaterStoriesMayTell(Answer answer, string utterance) =>
        answer.Citations.Count > 0 && answer.Citations[0].Published is not null && PresentQuestion.Asks(utterance);

    // "and how old was she when that was announced?" asked as "… was Veronica Chambers-Lyn …" is answered by "Deputy
    // Commissioner Veronica Chambers-Lyn, 54, …", an age beside the name the pronoun stands for, whether or not the passage
    // also writes "announced": the follow-up's other words only place the age in time.
    private static bool AgedAsNamed(Answer answer, string asked) =>
        answer.Citations.Count > 0 && AnswerType.AsksForAge(asked) && QuotedKind.AgedBesideFullName(answer.Citations[0].Quote, asked);

    private static bool LeadsWithAllOwnWords(Answer answer, string utterance)
    {
        var first = Stems([answer.Citations[0].Quote]).ToHashSet(StringComparer.Ordinal);
        return Stems(FollowUpResolver.SubjectWords(utterance)).All(first.Contains);
    }

    // True when the archive's answer leads with a sentence of the articles cited before.
    private static bool BackInScope(Answer wide, SearchFilter scope) =>
        !wide.Abstained && wide.Citations.Count > 0 && scope.ArticleIds is { } ids && ids.Contains(wide.Citations[0].ArticleId, StringComparer.OrdinalIgnoreCase);

    // Whether the answer's first quote holds one of the follow-up's own words; null when the follow-up has none.
    private static bool? LeadsWithOwnWords(Answer answer, string utterance)
    {
        var own = Stems(FollowUpResolver.SubjectWords(utterance));
        if (own.Count == 0 || answer.Citations.Count == 0)
        {
            return own.Count == 0 ? null : false;
        }

        var first = Stems([answer.Citations[0].Quote]).ToHashSet(StringComparer.Ordinal);
        return own.Any(first.Contains);
    }

    // A follow-up with no pronoun and no swap whose own subject no passage of the cited articles uses: its names ("and
    // what did Vellmark say?"), or when it names no one its own words ("what did campaigners say?").
    // "whats the latest figure" after the flood's first damage estimate names nothing new: it asks the latest of what was asked.
    private static bool NewTopic(Answer scoped, string utterance)
    {
        var names = FollowUpResolver.NewSubject(utterance);
        if (FollowUpResolver.PointsBack(utterance) || FollowUpResolver.Swaps(utterance) || (names.Count == 0 && PresentQuestion.Asks(utterance)))
        {
            return false;
        }

        var own = Stems(names.Count > 0 ? names : FollowUpResolver.SubjectWords(utterance));
        var terms = Stems(scoped.Passages.Select(p => p.Chunk.Text)).ToHashSet(StringComparer.Ordinal);
        return own.Count > 0 && !own.Any(terms.Contains);
    }

    /// <summary>True when <paramref name="text"/> writes <paramref name="name"/>, or its singular for a plural ("Americans": "American").</summary>
    internal static bool Writes(string text, string name) =>
        text.Contains(name, StringComparison.OrdinalIgnoreCase) || (name.Length > 3 && name.EndsWith('s') && text.Contains(name[..^1], StringComparison.OrdinalIgnoreCase));

    // Words and texts as their first stem letters, so "respond" finds "response".
    private static List<string> Stems(IEnumerable<string> texts) => texts.SelectMany(EnglishTerms.Analyze).Select(Stem).ToList();

    private static string Stem(string term) => term.Length <= StemLetters ? term : term[..StemLetters];

    private static Answer Note(Answer answer, string searched) =>
        answer with { Diagnostics = $"follow-up: {searched}" + (answer.Diagnostics is null ? string.Empty : "; " + answer.Diagnostics) };
}
