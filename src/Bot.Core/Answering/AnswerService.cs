using Bot.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Bot.Core.Answering;

/// <summary>Question in, cited answer out: retrieval, then the answer writer (offline by default, a model when configured).</summary>
public sealed class AnswerService(
    HybridRetriever retriever,
    IPassageStore store,
    ExtractiveAnswerer answerer,
    IAnswerWriter writer,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    IOptions<RetrievalOptions> retrieval,
    IOptions<AnsweringOptions> answering)
{
    /// <summary>Retrieves up to <paramref name="size"/> passages for <paramref name="query"/> and scores their sentences.</summary>
    /// <returns>The query as searched (acronyms no article uses spelled out) and its scored sentences.</returns>
    public async Task<ScoredQuery> ScoreAsync(string query, int size, SearchFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var (searched, vector, pool) = await SearchRespelledAsync(query, filter, size, cancellationToken).ConfigureAwait(false);
        return new ScoredQuery(searched, await answerer.ScoreSentencesAsync(searched, vector, pool, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Answers <paramref name="question"/> from the indexed articles.</summary>
    public Task<Answer> AskAsync(string question, SearchFilter? filter = null, int? top = null, CancellationToken cancellationToken = default) =>
        AskAsync(question, [], filter, top, cancellationToken);

    /// <summary>Answers <paramref name="question"/>, giving a model the earlier <paramref name="history"/> of the conversation.</summary>
    public async Task<Answer> AskAsync(string question, IReadOnlyList<ConversationTurn> history, SearchFilter? filter = null, int? top = null, CancellationToken cancellationToken = default)
    {
        question = QuestionFrame.Plain(question);
        var request = await RetrieveAsync(question, history, filter, top, cancellationToken).ConfigureAwait(false);
        return RespellingNote.AddTo(await writer.AnswerAsync(request, cancellationToken).ConfigureAwait(false), question, request.Question);
    }

    /// <summary>Answers <paramref name="question"/> from the passages found for it less what <paramref name="narrow"/> takes out (for evaluation).</summary>
    internal async Task<Answer> AskNarrowedAsync(string question, Func<IReadOnlyList<SearchHit>, IReadOnlyList<SearchHit>> narrow, int? top = null, CancellationToken cancellationToken = default)
    {
        var request = await RetrieveAsync(question, [], null, top, cancellationToken).ConfigureAwait(false);
        return await writer.AnswerAsync(request with { Pool = narrow(request.Pool), Narrow = narrow }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Streams a model's drafts and then the verified answer; offline, yields the answer alone.</summary>
    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, IReadOnlyList<ConversationTurn> history, SearchFilter? filter = null, int? top = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        question = QuestionFrame.Plain(question);
        var request = await RetrieveAsync(question, history, filter, top, cancellationToken).ConfigureAwait(false);
        await foreach (var update in writer.StreamAsync(request, cancellationToken).ConfigureAwait(false))
        {
            yield return update.Answer is { } answer ? update with { Answer = RespellingNote.AddTo(answer, question, request.Question) } : update;
        }
    }

    /// <summary>
    /// Answers one question offline (never with a model, which would be a paid call) so that the encoder, the
    /// indexes and the answer models are loaded and compiled before the first real question is timed.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        await InstructionShapes.StartWarmUp().WaitAsync(cancellationToken).ConfigureAwait(false);
        var request = await RetrieveAsync("What happened at the meeting?", [], null, null, cancellationToken).ConfigureAwait(false);
        await answerer.AnswerAsync(request.Question, request.QuestionVector, request.Pool, request.Top, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AnswerRequest> RetrieveAsync(string question, IReadOnlyList<ConversationTurn> history, SearchFilter? filter, int? top, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        int keep = top ?? retrieval.Value.Top;
        var (searched, vector, pool) = await SearchRespelledAsync(question, filter, answering.Value.PoolFor(keep), cancellationToken).ConfigureAwait(false);
        return new AnswerRequest(searched, vector, pool, keep, history);
    }

    /// <summary>
    /// Searches for <paramref name="query"/>, embedded as <paramref name="vector"/>, and searches again when the passages
    /// spell one of its names another way (<see cref="RespellAsync"/>), and within the stories that write every name of it when
    /// none of the first passages' stories does (<see cref="NamingStories"/>). The ranker's training asks its questions this
    /// way too.
    /// </summary>
    /// <returns>The query as finally searched, its vector and the passages found.</returns>
    internal async Task<(string Query, ReadOnlyMemory<float> Vector, IReadOnlyList<SearchHit> Pool)> SearchRespelledAsync(
        string query, ReadOnlyMemory<float> vector, SearchFilter? filter, int size, CancellationToken cancellationToken)
    {
        var pool = await retriever.SearchAsync(query, vector, filter, size, cancellationToken).ConfigureAwait(false);
        if (await RespellAsync(query, pool, cancellationToken).ConfigureAwait(false) is not { } respelled)
        {
            return (query, vector, await WithNamingStoriesAsync(query, vector, filter, size, pool, cancellationToken).ConfigureAwait(false));
        }

        // Capitals alone change neither the words searched nor, enough to matter, their vector.
        if (string.Equals(respelled, query, StringComparison.OrdinalIgnoreCase))
        {
            return (respelled, vector, await WithNamingStoriesAsync(respelled, vector, filter, size, pool, cancellationToken).ConfigureAwait(false));
        }

        var respelledVector = await EmbedAsync(respelled, cancellationToken).ConfigureAwait(false);
        var found = await retriever.SearchAsync(respelled, respelledVector, filter, size, cancellationToken).ConfigureAwait(false);
        found = await WithNamingStoriesAsync(respelled, respelledVector, filter, size, found, cancellationToken).ConfigureAwait(false);
        // The letters of a name (NameLetters) are searched, not asked: a sentence holds the name asked when it writes either, and
        // the answerer, which counts each missing word of a name, would mark down every sentence that writes only one of them.
        if (NameLetters.Without(respelled, query) is { } asked)
        {
            return (asked, string.Equals(asked, query, StringComparison.OrdinalIgnoreCase) ? vector : await EmbedAsync(asked, cancellationToken).ConfigureAwait(false), found);
        }

        return (respelled, respelledVector, found);
    }

    /// <summary>
    /// <paramref name="query"/> as the passages spell its names, or null when it already does: a question typed in lower
    /// case takes the capitals of the names the passages write ("pixelriver" → "PixelRiver"), an acronym no article
    /// uses is spelled out ("ISI" → "Inter-Services Intelligence"), a body named in full takes the letters the passages give it
    /// ("kgalagadi copper" → "kgalagadi copper (KCL)"; searched, not asked), a seat of government is read as its country, a month
    /// or weekday abbreviation is written in full ("Sept" → "September"), so is a chat short form ("dept" → "department"),
    /// and a long name or a word no article uses takes the spelling of the one name or word in <paramref name="pool"/> a slip
    /// away ("Milennium" → "Millennium", "cheif" → "chief"). Without this, such a name would make the question one the
    /// articles do not cover.
    /// </summary>
    private async Task<string?> RespellAsync(string query, IReadOnlyList<SearchHit> pool, CancellationToken cancellationToken)
    {
        var texts = pool.Select(h => h.Chunk.Text).ToList();
        string recased = Truecase.Recase(query, texts) ?? query;
        string respelled = await CorrectAsync(query, recased, texts, cancellationToken).ConfigureAwait(false) ?? recased;
        // Last, so that the name is matched as finally spelled, and the letters, which the passages write, are never taken for
        // an acronym to spell out or a word to correct.
        respelled = NameLetters.Add(respelled, texts) ?? respelled;
        return respelled == query ? null : respelled;
    }

    // The words of the recased query that no article writes, spelled as the passages or the corpus do; null when there are none.
    private async Task<string?> CorrectAsync(string query, string recased, List<string> texts, CancellationToken cancellationToken)
    {
        var suspects = Acronyms.Candidates(recased).Concat(Acronyms.SpellingWords(recased)).Concat(Misspellings.Candidates(recased))
            .Concat(Capitals.Candidates(recased)).Concat(DateAbbreviations.Candidates(recased)).Concat(ChatAbbreviations.Candidates(query))
            .Concat(Typos.Candidates(recased)).Distinct(StringComparer.Ordinal).ToList();
        if (suspects.Count == 0)
        {
            return null;
        }

        // Only these words' document frequencies are read (on Azure AI Search each is a count request).
        var corpus = await store.TermStatisticsAsync(string.Join(' ', suspects), cancellationToken).ConfigureAwait(false);
        // Written in full before it is recased, "forestry dept" takes the capitals of the name it is part of: "Forestry Department".
        if (ChatAbbreviations.Expand(query, corpus, texts) is { } full)
        {
            recased = Truecase.Recase(full, texts) ?? full;
        }

        string respelled = Acronyms.Expand(recased, corpus, texts) ?? recased;
        respelled = Capitals.Substitute(respelled, corpus, texts) ?? respelled;
        respelled = DateAbbreviations.Expand(respelled, corpus, texts) ?? respelled;
        respelled = Misspellings.Correct(respelled, corpus, texts) ?? respelled;
        return Typos.Correct(respelled, corpus, texts) ?? respelled;
    }

    // The pool, joined by the best passages of the stories that write every name of the question when none of its first
    // passages' stories does (NamingStories).
    private async Task<IReadOnlyList<SearchHit>> WithNamingStoriesAsync(string query, ReadOnlyMemory<float> vector, SearchFilter? filter, int size,
        IReadOnlyList<SearchHit> pool, CancellationToken cancellationToken)
    {
        var names = QuestionTerms.Names(query);
        if (names.Count == 0 || pool.Count == 0)
        {
            return pool;
        }

        // Most pools already lead with the story named, so the names are searched only when they do not.
        var head = pool.Take(NamingStories.Head).Select(h => h.Chunk.ArticleId).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if ((await store.ArticlesAsync(head, cancellationToken).ConfigureAwait(false)).Values.Any(a => NamingStories.WritesAll(a, names)))
        {
            return pool;
        }

        // The head's stories were read above and write not every name, so they are not fetched again.
        var found = (await store.LexicalSearchAsync(string.Join(' ', names), NamingStories.NameSearch, filter, cancellationToken).ConfigureAwait(false))
            .Select(f => f.Chunk.ArticleId).Distinct(StringComparer.OrdinalIgnoreCase).Except(head, StringComparer.OrdinalIgnoreCase).ToList();
        var articles = await store.ArticlesAsync(found, cancellationToken).ConfigureAwait(false);
        var naming = found.Where(id => articles.TryGetValue(id, out var article) && NamingStories.WritesAll(article, names)).Take(NamingStories.Stories).ToList();
        if (naming.Count == 0)
        {
            return pool;
        }

        var scoped = await retriever.SearchAsync(query, vector, (filter ?? new SearchFilter()) with { ArticleIds = naming }, NamingStories.Passages, cancellationToken).ConfigureAwait(false);
        return NamingStories.Merge(pool, scoped, size, retrieval.Value.RrfK);
    }

    private async Task<(string Query, ReadOnlyMemory<float> Vector, IReadOnlyList<SearchHit> Pool)> SearchRespelledAsync(string query, SearchFilter? filter, int size, CancellationToken cancellationToken) =>
        await SearchRespelledAsync(query, await EmbedAsync(query, cancellationToken).ConfigureAwait(false), filter, size, cancellationToken).ConfigureAwait(false);

    private async Task<ReadOnlyMemory<float>> EmbedAsync(string text, CancellationToken cancellationToken) =>
        (await embedder.GenerateAsync([text], cancellationToken: cancellationToken).ConfigureAwait(false))[0].Vector;
}
