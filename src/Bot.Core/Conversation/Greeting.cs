using Bot.Core.Answering;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Conversation;

/// <summary>The reply to "hi" or "help": what the bot knows (articles, outlets, dates) and what to ask.</summary>
public sealed class Greeting(IPassageStore store)
{
    /// <summary>The seed archive's example requests, offered under the greeting when the archive holds what they ask about.</summary>
    public static readonly IReadOnlyList<string> Examples =
    [
        "Who led the Afghan delegation?",
        "Where does it say the strike was unintentional?",
        "Summarize the Torkham border talks",
    ];

    // The words the seed examples turn on; an archive without them (a newsroom's own) gets examples any archive answers.
    private const string ExamplesNeed = "Afghan unintentional Torkham";

    /// <summary>Example requests for the archive being served: the seed archive's own, or ones any archive answers.</summary>
    /// <remarks>Offered on a newsroom's own archive, "Who led the Afghan delegation?" would only be refused when clicked.</remarks>
    public async Task<IReadOnlyList<string>> ExamplesAsync(CancellationToken cancellationToken = default)
    {
        var statistics = await store.TermStatisticsAsync(ExamplesNeed, cancellationToken).ConfigureAwait(false);
        if (EnglishTerms.Analyze(ExamplesNeed).All(term => statistics.DocumentFrequency(term) > 0))
        {
            return Examples;
        }

        var corpus = await store.OverviewAsync(cancellationToken).ConfigureAwait(false);
        return ["What articles do you have?", "What's the latest news?", corpus.Folders.Count > 1 ? $"Tell me about the {corpus.Folders[0].Key} news" : "Summarize the news"];
    }

    /// <summary>The greeting text, built from the current index.</summary>
    public async Task<Answer> ReplyAsync(CancellationToken cancellationToken = default)
    {
        var corpus = await store.OverviewAsync(cancellationToken).ConfigureAwait(false);
        var known = $"I answer questions about {Describe(corpus)}, and I cite the sentence behind every claim.";
        // The examples are offered once, as the reply's suggestions (chips), not repeated in the text.
        var text = $"Hello! {known} You can ask a question, ask where a claim comes from, ask for a summary, ask what articles I have, or say \"show source 2\" after an answer.";
        return Answer.Message(text);
    }

    /// <summary>What the index holds, as a phrase: "5 news articles (outlets named: Dawn), dated 26 Jul 2016".</summary>
    public static string Describe(CorpusOverview corpus) =>
        ArticleCount.Of(corpus.Articles, "news article")
        + (corpus.Outlets.Count > 0 ? $" (outlets named: {string.Join(", ", corpus.Outlets)})" : string.Empty)
        + (corpus.FirstPublished is not { } first || corpus.LastPublished is not { } last ? string.Empty
            : first == last ? $", dated {Format(first)}" : $", dated {Format(first)} to {Format(last)}");

    private static string Format(DateOnly date) => DisplayDate.Of(date);
}
