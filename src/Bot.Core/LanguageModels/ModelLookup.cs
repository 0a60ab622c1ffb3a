using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Core.Chunking;
using Bot.Core.Prompts;
using Bot.Core.Retrieval;
using Bot.Core.Text;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Bot.Core.LanguageModels;

/// <summary>Asks the model which numbered passage states a claim, and accepts its answer only when the quote is verbatim.</summary>
/// <remarks>
/// A look-up promises the reader the exact words of an article, so the model's reply is checked, never
/// trusted: the label must be one we supplied and the quoted sentence must occur character for character
/// in that passage. The citation is then rebuilt from our records (headline, outlet, offsets in the body).
/// Anything else is reported as invalid or unavailable, and the caller keeps its offline result.
/// </remarks>
public sealed partial class ModelLookup(ModelChat model, PromptLibrary prompts)
{
    /// <summary>The line a model replies with when no source states the claim.</summary>
    public const string NoSource = "NO SOURCE";

    /// <summary>The notice on a look-up answered offline because the model failed.</summary>
    public const string UnavailableNotice = "The model is unavailable, so this is the offline look-up.";

    private static readonly OpenAIPromptExecutionSettings Settings = new() { Temperature = 0, MaxTokens = 400 };

    /// <summary>Looks for <paramref name="claim"/> in <paramref name="sources"/>, labelled [1]..[k] in order.</summary>
    public async Task<LookupVerdict> FindAsync(string claim, IReadOnlyList<SearchHit> sources, CancellationToken cancellationToken = default)
    {
        var chat = new ChatHistory(prompts.Render("lookup.system", new Dictionary<string, string>()));
        chat.AddUserMessage(prompts.Render("lookup.user", new Dictionary<string, string>
        {
            ["claim"] = claim,
            ["sources"] = ModelPrompt.Sources(sources),
        }));
        var reply = await model.TryCompleteAsync("look-up", chat, Settings, cancellationToken).ConfigureAwait(false);
        return reply is null ? new LookupVerdict(LookupOutcome.Unavailable, Notice: UnavailableNotice) : Check(reply, sources);
    }

    /// <summary>Checks a reply of the form <c>[n] "sentence"</c> or <c>NO SOURCE</c> against <paramref name="sources"/>.</summary>
    public static LookupVerdict Check(string reply, IReadOnlyList<SearchHit> sources)
    {
        if (reply.TrimStart().StartsWith(NoSource, StringComparison.OrdinalIgnoreCase))
        {
            return new LookupVerdict(LookupOutcome.NoSource);
        }

        var match = LabelledQuote().Match(reply);
        if (!match.Success || !int.TryParse(match.Groups["label"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int label)
            || label < 1 || label > sources.Count)
        {
            return new LookupVerdict(LookupOutcome.Invalid);
        }

        var chunk = sources[label - 1].Chunk;
        var span = Sentence(chunk, match.Groups["quote"].Value.Trim());
        return span is { } s
            ? new LookupVerdict(LookupOutcome.Found, Citation.Of(1, chunk, s))
            : new LookupVerdict(LookupOutcome.Invalid);
    }

    // The quote must occur verbatim; the citation is the whole sentence (or sentences) around it, and the
    // quote must be most of that, so a two-word fragment cannot pass for "the sentence that says it".
    private static TextSpan? Sentence(ArticleChunk chunk, string quote)
    {
        int at = quote.Length == 0 ? -1 : chunk.TextMemory.Span.IndexOf(quote, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        int end = at + quote.Length;
        var around = chunk.Sentences.Where(s => s.End > at && s.Start < end).ToList();
        var span = around.Count == 0 ? new TextSpan(at, quote.Length) : new TextSpan(around[0].Start, around[^1].End - around[0].Start);
        return quote.Length * 2 >= span.Length ? span : null;
    }

    // Greedy up to the last quote mark on the line, so a sentence that itself quotes someone stays whole.
    [GeneratedRegex(@"\[(?<label>\d+)\]\s*[""“](?<quote>.*)[""”]")]
    private static partial Regex LabelledQuote();
}
