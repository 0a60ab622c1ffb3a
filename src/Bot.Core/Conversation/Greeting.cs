using Bot.Core.Answering;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Conversation;

/// <summary>The reply to "hi" or "help": what the bot knows (articles, outlets, dates) and what to ask.</summary>
public sealed class Greeting(NewsIndex index)
{
    /// <summary>Example questions offered to a newcomer, as suggestions under the greeting.</summary>
    public static readonly IReadOnlyList<string> Examples =
    [
        "Who led the Afghan delegation?",
        "Where does it say the strike was unintentional?",
        "Summarize the Torkham border talks",
    ];

    /// <summary>The greeting text, built from the current index.</summary>
    public Answer Reply()
    {
        var articles = index.Articles.Values.ToList();
        var outlets = articles.Select(a => a.Outlet).OfType<string>().Distinct().Order().ToList();
        var dates = articles.Select(a => a.Published).OfType<DateOnly>().Order().ToList();
        var known = $"I answer questions about {articles.Count} news article{(articles.Count == 1 ? "" : "s")}"
            + (outlets.Count > 0 ? $" (outlets named: {string.Join(", ", outlets)})" : string.Empty)
            + (dates.Count == 0 ? string.Empty : dates[0] == dates[^1] ? $", dated {Format(dates[0])}" : $", dated {Format(dates[0])} to {Format(dates[^1])}")
            + ", and I cite the sentence behind every claim.";
        // The examples are offered once, as the reply's suggestions (chips), not repeated in the text.
        var text = $"Hello! {known} You can ask a question, ask where a claim comes from, ask for a summary, or say \"show source 2\" after an answer.";
        return new Answer(text, Abstained: false, [], []);
    }

    private static string Format(DateOnly date) => DisplayDate.Of(date);
}
