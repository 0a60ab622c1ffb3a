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

    /// <summary>
    /// What the index holds, as a phrase: "13 news articles (outlets named: Dawn), dated 1 Mar 2021 to 13 Mar 2021", or,
    /// when only some articles name an outlet or carry a date, how many: "5 news articles (1 from Dawn), 1 dated 26 Jul
    /// 2016". Said of them all, one dated article's outlet and date would tell a reader the whole archive is that paper's.
    /// </summary>
    public static string Describe(CorpusOverview corpus)
    {
        string text = ArticleCount.Of(corpus.Articles, "news article");
        if (corpus.Outlets.Count > 0)
        {
            string outlets = string.Join(", ", corpus.Outlets);
            text += Some(corpus.WithOutlet, corpus.Articles) is { } some ? $" ({some} from {outlets})" : $" (outlets named: {outlets})";
        }

        if (corpus.FirstPublished is { } first && corpus.LastPublished is { } last)
        {
            string dates = first == last ? Format(first) : $"{Format(first)} to {Format(last)}";
            text += Some(corpus.Dated, corpus.Articles) is { } some ? $", {some} dated {dates}" : $", dated {dates}";
        }

        return text;
    }

    // The count when it is known and short of all the articles.
    private static int? Some(int? count, int articles) => count is { } n && n < articles ? n : null;

    private static string Format(DateOnly date) => DisplayDate.Of(date);
}
