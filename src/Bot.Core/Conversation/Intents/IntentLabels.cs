namespace Bot.Core.Conversation.Intents;

/// <summary>The labels used in intent data files, which read better in a TSV than the enum names.</summary>
internal static class IntentLabels
{
    private static readonly Dictionary<string, Intent> ByLabel = new(StringComparer.OrdinalIgnoreCase)
    {
        ["question"] = Intent.Question,
        ["lookup"] = Intent.Lookup,
        ["show_source"] = Intent.ShowSource,
        ["summary"] = Intent.Summary,
        ["smalltalk"] = Intent.SmallTalk,
    };

    public static string All => string.Join(", ", ByLabel.Keys);

    public static bool TryParse(string label, out Intent intent) => ByLabel.TryGetValue(label, out intent);
}
