namespace Bot.Core.Conversation.Intents;

/// <summary>The input row ML.NET trains and predicts on; the label is empty at prediction time.</summary>
internal sealed class IntentRow
{
    public string Label { get; set; } = "";

    public string Text { get; set; } = "";
}
