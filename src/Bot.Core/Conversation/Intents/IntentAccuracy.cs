namespace Bot.Core.Conversation.Intents;

/// <summary>How many held-out examples of one intent were routed correctly.</summary>
public sealed record IntentAccuracy(Intent Intent, int Total, int Correct)
{
    /// <summary>The share routed correctly, 0 when there were none.</summary>
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
}
