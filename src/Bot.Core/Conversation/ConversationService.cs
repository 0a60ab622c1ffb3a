using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Core.Conversation.Intents;
using Bot.Core.Retrieval;

namespace Bot.Core.Conversation;

/// <summary>One entry point for every front end: routes a message by intent and remembers the conversation.</summary>
public sealed partial class ConversationService(
    IntentRouter router,
    IConversationMemory memory,
    AnswerService answers,
    ClaimLookup lookup,
    MentionList mentions,
    ArticleCatalogue catalogue,
    Summarizer summarizer,
    SourceViewer sources,
    Greeting greeting,
    IAnswerWriter writer,
    FollowUpSearch followUps,
    ArticleFieldReply articleFields,
    ContinueReply continuation,
    AnswerPronouns answerPronouns,
    AgedPronoun agedPronoun)
{
    /// <summary>Replies to <paramref name="utterance"/> in conversation <paramref name="conversationId"/>.</summary>
    public Task<ConversationReply> ReplyAsync(string conversationId, string utterance, SearchFilter? filter = null, CancellationToken cancellationToken = default) =>
        ReplyAsync(conversationId, utterance, filter, onDraft: null, cancellationToken);

    /// <summary>
    /// The same reply; when a model writes the answer, <paramref name="onDraft"/> receives the draft text so far as it
    /// grows. The draft is unverified: the returned answer is the checked one, which may have lost sentences.
    /// </summary>
    public async Task<ConversationReply> ReplyAsync(string conversationId, string utterance, SearchFilter? filter, Func<string, Task>? onDraft, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(utterance);
        // Questions are cleaned as articles are, so invisible characters (zero-width spaces, soft hyphens, direction
        // marks) pasted with a question cannot change what it matches.
        utterance = Ingestion.TextNormalizer.CleanInline(utterance);
        // "Could you tell me who chairs the committee?" is routed and answered as "Who chairs the committee?" (QuestionFrame);
        // "Show me where Calder confirmed …" asks where a claim is made, not where something is, and is read as written.
        utterance = Intents.LookupRule.IsMatch(utterance) ? utterance : QuestionFrame.Plain(utterance);
        if (utterance.Length == 0)
        {
            return new ConversationReply(Intent.SmallTalk, utterance, await greeting.ReplyAsync(cancellationToken).ConfigureAwait(false), await greeting.ExamplesAsync(cancellationToken).ConfigureAwait(false));
        }

        var turns = await memory.TurnsAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (turns.Count > 0 && ContinueReply.Asks(utterance))
        {
            return await ContinueAsync(conversationId, utterance, turns, cancellationToken).ConfigureAwait(false);
        }

        if (await ListAsync(utterance, filter, cancellationToken).ConfigureAwait(false) is var (list, subject) && list is not null)
        {
            await memory.AddAsync(conversationId, new ConversationTurn(utterance, utterance, list), cancellationToken).ConfigureAwait(false);
            // A list of the archive has no topic to offer a summary of ("the articles"); a list of the stories on one has.
            return new ConversationReply(Intent.Lookup, utterance, list, await SuggestAsync(Intent.Lookup, subject ?? string.Empty, list, list.Citations.Count, cancellationToken).ConfigureAwait(false));
        }

        var route = ReadInContext(router.Route(utterance), utterance, turns);
        var noOutlet = await NoOutletOnRecordAsync(route, utterance, turns, cancellationToken).ConfigureAwait(false);
        route = noOutlet is null ? route : route with { Intent = Intent.Question, Fields = ArticleFields.None, IsFallback = true };
        var (resolved, clarification) = route.Intent == Intent.Question ? await ReadQuestionAsync(utterance, turns, cancellationToken).ConfigureAwait(false) : (utterance, null);
        if (clarification is not null)
        {
            // Not remembered: the next message still follows the answer the pronoun was about.
            return new ConversationReply(Intent.Question, utterance, clarification.Reply, [clarification.Example]);
        }

        // "Summarize the sport news" over an archive in topic folders: that folder's newest stories, each at its lead.
        var folderDigest = route.Intent == Intent.Summary && Summarizer.Topic(utterance) is { Length: > 0 } summaryTopic && !summaryTopic.Contains(' ', StringComparison.Ordinal)
            ? await catalogue.ListAsync(summaryTopic, cancellationToken).ConfigureAwait(false) : null;
        var answer = route.Intent switch
        {
            Intent.SmallTalk => SmallTalkReply.For(utterance) ?? await greeting.ReplyAsync(cancellationToken).ConfigureAwait(false),
            Intent.ShowSource when route.Topic is { } topic => await articleFields.TellAboutAsync(route.Fields, topic, filter, cancellationToken).ConfigureAwait(false),
            Intent.ShowSource when route.Fields != ArticleFields.None => await articleFields.TellAsync(route.Fields, route.SourceNumber, turns, cancellationToken).ConfigureAwait(false),
            Intent.ShowSource => await sources.ShowAsync(route.SourceNumber ?? 1, turns, cancellationToken).ConfigureAwait(false),
            Intent.Lookup => await lookup.FindAsync(utterance, filter, cancellationToken).ConfigureAwait(false),
            Intent.Summary when folderDigest is not null => folderDigest,
            // "Summarize the news" names no topic: the newest stories, each at its lead, are the digest.
            Intent.Summary when Summarizer.NamesNoTopic(utterance) => (await catalogue.ListAsync(folder: null, cancellationToken).ConfigureAwait(false))!,
            Intent.Summary => await summarizer.SummarizeAsync(utterance, filter, cancellationToken).ConfigureAwait(false),
            // The search of the previously cited articles is not streamed: its draft would vanish if the search widens.
            _ => await followUps.AskAsync(utterance, resolved, turns, filter, question => AskAsync(question, turns, filter, onDraft, cancellationToken), cancellationToken).ConfigureAwait(false),
        };

        // The story does not say who published it either: the reply says the article names no outlet.
        if (noOutlet is not null && answer.Abstained)
        {
            (route, answer) = (route with { Intent = Intent.ShowSource, Fields = ArticleFields.Outlet }, noOutlet);
        }

        if (route.Intent != Intent.ShowSource)
        {
            await memory.AddAsync(conversationId, new ConversationTurn(utterance, resolved, answer), cancellationToken).ConfigureAwait(false);
        }

        // After "show source 1" the other sources are offered, so they are counted on the answer being discussed.
        int sourceCount = route.Intent == Intent.ShowSource ? ConversationTurn.LatestCited(turns)?.Citations.Count ?? 0 : answer.Citations.Count;
        return new ConversationReply(route.Intent, resolved, answer, await SuggestAsync(route.Intent, resolved, answer, sourceCount, cancellationToken).ConfigureAwait(false));
    }

    // Requests for a list of articles ("what articles do you have?", "which stories are about Iran?") are read by their
    // shape before the classifier, which was trained on questions and claims and reads them as either. A subject that
    // names a folder of the archive ("which stories are about tech?" over tech/, sport/ …) lists that folder.
    private async Task<(Answer? List, string? Subject)> ListAsync(string utterance, SearchFilter? filter, CancellationToken cancellationToken)
    {
        if (ArticleCatalogue.Read(utterance) is { } request)
        {
            return await FolderOrMentionsAsync(request.Folder, utterance, filter, cancellationToken).ConfigureAwait(false);
        }

        return MentionList.Subject(utterance) is { } subject ? await FolderOrMentionsAsync(subject, utterance, filter, cancellationToken).ConfigureAwait(false) : (null, null);
    }

    // The archive (no subject), the folder the subject names, or else the stories that mention it.
    private async Task<(Answer? List, string? Subject)> FolderOrMentionsAsync(string? subject, string utterance, SearchFilter? filter, CancellationToken cancellationToken)
    {
        var folder = await catalogue.ListAsync(subject, cancellationToken).ConfigureAwait(false);
        return folder is not null ? (folder, null) : (await mentions.ListAsync(subject!, filter, cancellationToken).ConfigureAwait(false), utterance);
    }

    // "Tell me more" stays on the topic it continues, so a follow-up after it resolves against that topic.
    private async Task<ConversationReply> ContinueAsync(string conversationId, string utterance, IReadOnlyList<ConversationTurn> turns, CancellationToken cancellationToken)
    {
        var answer = await continuation.ContinueAsync(turns, cancellationToken).ConfigureAwait(false);
        var topic = turns[^1].ResolvedText;
        await memory.AddAsync(conversationId, new ConversationTurn(utterance, topic, answer), cancellationToken).ConfigureAwait(false);
        return new ConversationReply(Intent.Question, topic, answer, await SuggestAsync(Intent.Question, topic, answer, answer.Citations.Count, cancellationToken).ConfigureAwait(false));
    }

    // The writer's reading of a follow-up (a model's rewrite) when it has one, else the offline resolver's; offline, a
    // question back instead when "what did he say?" cannot be read (AnswerPronouns.Clarify).
    private async Task<(string Resolved, Clarification? Clarification)> ReadQuestionAsync(string utterance, IReadOnlyList<ConversationTurn> turns, CancellationToken cancellationToken)
    {
        if (await writer.RewriteFollowUpAsync(utterance, turns, cancellationToken).ConfigureAwait(false) is { } rewritten)
        {
            return (rewritten, null);
        }

        return answerPronouns.Clarify(utterance, turns) is { } clarification
            ? (utterance, clarification)
            : (answerPronouns.Resolve(utterance, turns) ?? await agedPronoun.ResolveAsync(utterance, turns, cancellationToken).ConfigureAwait(false)
                ?? answerPronouns.ResolveSpeaker(utterance, turns) ?? AnswerPronouns.ResolveThing(utterance, turns)
                ?? FollowUpResolver.Resolve(utterance, turns.Count > 0 ? turns[^1].ResolvedText : null), null);
    }

    private Task<Answer> AskAsync(string question, IReadOnlyList<ConversationTurn> turns, SearchFilter? filter, Func<string, Task>? onDraft, CancellationToken cancellationToken) =>
        onDraft is not null
            ? StreamAsync(question, turns, filter, onDraft, cancellationToken)
            : answers.AskAsync(question, turns, filter, cancellationToken: cancellationToken);

    private async Task<Answer> StreamAsync(string question, IReadOnlyList<ConversationTurn> turns, SearchFilter? filter, Func<string, Task> onDraft, CancellationToken cancellationToken)
    {
        var draft = new System.Text.StringBuilder();
        Answer? answer = null;
        await foreach (var update in answers.StreamAsync(question, turns, filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (update.Token is { Length: > 0 } token)
            {
                await onDraft(draft.Append(token).ToString()).ConfigureAwait(false);
            }

            answer = update.Answer ?? answer;
        }

        return answer ?? throw new InvalidOperationException("The answer stream ended without an answer.");
    }

    // The examples fit the archive being served, and are looked up only when the reply offers them.
    private async Task<IReadOnlyList<string>> SuggestAsync(Intent intent, string resolved, Answer answer, int sourceCount, CancellationToken cancellationToken) =>
        Suggestions.For(intent, resolved, answer, sourceCount, Suggestions.OffersExamples(intent, answer) ? await greeting.ExamplesAsync(cancellationToken).ConfigureAwait(false) : null);

    // "who published it" after an answer about a prize-winning novel: when the cited article has no outlet on record, "it"
    // is the thing the answer spoke of, and the story may say who published that ("… was published in May by Gullwing
    // Press"). The reply that the article names no outlet, or null when the message asks no such thing or the article
    // names one. "Which outlet?" asks only about the article.
    private async Task<Answer?> NoOutletOnRecordAsync(IntentPrediction route, string utterance, IReadOnlyList<ConversationTurn> turns, CancellationToken cancellationToken)
    {
        if (route is not { Intent: Intent.ShowSource, Fields: ArticleFields.Outlet, Topic: null, SourceNumber: null } || !WhoDid().IsMatch(utterance))
        {
            return null;
        }

        var told = await articleFields.TellAsync(route.Fields, route.SourceNumber, turns, cancellationToken).ConfigureAwait(false);
        return told.Abstained ? told : null;
    }

    [GeneratedRegex(@"^\s*(and\s+)?who\s+(published|released|printed|issued|put\s+out)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoDid();

    // Mid-conversation, a short question such as "who made that claim?" is a follow-up, whatever the
    // classifier (trained on stand-alone utterances) makes of it.
    private static IntentPrediction ReadInContext(IntentPrediction route, string utterance, IReadOnlyList<ConversationTurn> turns) =>
        route.Intent == Intent.SmallTalk && turns.Count > 0 && QuestionShape().IsMatch(utterance) && !AddressesTheBot().IsMatch(utterance)
            ? route with { Intent = Intent.Question, IsFallback = true }
            : route;

    [GeneratedRegex(@"^\s*(and\s+)?(who|whom|whose|what|when|where|which|why|how)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionShape();

    // "What can you do?" asks about the bot, not the story, however many turns came before.
    [GeneratedRegex(@"\b(you|your|yourself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AddressesTheBot();
}

/// <summary>What the bot replied, how it read the message, the answer with its citations, and what to offer next.</summary>
public sealed record ConversationReply(Intent Intent, string ResolvedText, Answer Answer, IReadOnlyList<string> Suggestions);
