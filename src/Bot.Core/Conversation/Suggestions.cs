using Bot.Core.Answering;
using Bot.Core.Conversation.Intents;

namespace Bot.Core.Conversation;

/// <summary>Up to three next messages offered under a reply (chips in Teams and Web Chat), each one the bot can answer, worded as a person would write it.</summary>
public static class Suggestions
{
    private const int MaxTopicWords = 6;

    // Words after which a question's topic phrase ends: "the strike [was unintentional]", "the talks [that] …".
    private static readonly HashSet<string> TopicEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "will", "would", "did", "do", "does", "has", "have", "had", "say", "said",
        "says", "that", "which", "who", "when", "where", "why", "how", "if", "according", "in", "on", "at", "for", "with",
        "after", "by", "from", "to", "over", "into", "during", "since", "than", "because",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase) { "did", "does", "do", "can", "could", "will", "would", "should" };

    /// <summary>True when the reply offers example requests: after small talk, or when nothing was found.</summary>
    public static bool OffersExamples(Intent intent, Answer answer) =>
        intent != Intent.ShowSource && (intent == Intent.SmallTalk || answer.Abstained || answer.Citations.Count == 0);

    /// <summary>The suggestions for <paramref name="answer"/>, given to <paramref name="intent"/>; <paramref name="sourceCount"/> is how many sources the answer being discussed has.</summary>
    /// <remarks><paramref name="examples"/> are offered after small talk or when nothing was found (the seed archive's by default).</remarks>
    public static IReadOnlyList<string> For(Intent intent, string resolvedText, Answer answer, int sourceCount, IReadOnlyList<string>? examples = null)
    {
        if (intent == Intent.ShowSource)
        {
            int shown = answer.Citations.Count == 1 ? answer.Citations[0].Number : 0;
            return Enumerable.Range(1, sourceCount).Where(n => n != shown).Take(3).Select(n => $"Show source {n}").ToList();
        }

        if (OffersExamples(intent, answer))
        {
            return examples ?? Greeting.Examples;
        }

        var suggestions = new List<string> { "Show source 1" };
        if (intent != Intent.Summary && Topic(resolvedText) is { } topic)
        {
            suggestions.Add($"Summarize the news on {topic}");
        }

        if (answer.Citations.Count > 1)
        {
            suggestions.Add("Show source 2");
        }

        return suggestions;
    }

    /// <summary>What a question is about, as a phrase: "the NATO strike" from "How many soldiers died in the NATO strike?"; else its names; else null.</summary>
    public static string? Topic(string question)
    {
        var words = question.Trim().TrimEnd('?', '.', '!').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int start = Array.FindIndex(words, w => w.Equals("the", StringComparison.OrdinalIgnoreCase));
        if (start >= 0)
        {
            var phrase = words.Skip(start).Take(MaxTopicWords + 1).TakeWhile((w, i) => i == 0 || !TopicEnds.Contains(w)).ToList();
            // "Why did the talks fail?": after "did", "does" or "can" the question's last word is its verb.
            if (start + phrase.Count == words.Length && phrase.Count > 2 && words.Take(start).Any(Auxiliaries.Contains))
            {
                phrase.RemoveAt(phrase.Count - 1);
            }

            if (phrase.Count >= 2)
            {
                return "the " + string.Join(' ', phrase.Skip(1)).TrimEnd(',', ';', ':');
            }
        }

        var names = QuestionTerms.Names(question);
        return names.Count > 0 ? string.Join(" and ", names.Take(2)) : null;
    }
}
