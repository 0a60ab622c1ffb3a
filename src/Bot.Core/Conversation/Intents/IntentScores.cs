namespace Bot.Core.Conversation.Intents;

/// <summary>The output row ML.NET fills: the winning label and one probability per class.</summary>
internal sealed class IntentScores
{
    public string PredictedLabel { get; set; } = "";

    public float[] Score { get; set; } = [];
}
