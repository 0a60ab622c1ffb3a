namespace Bot.Core.Conversation.Intents;

/// <summary>The router's accuracy on a held-out file: overall, per intent, and every miss.</summary>
public sealed record IntentReport(
    double Accuracy,
    int Total,
    IReadOnlyList<IntentAccuracy> PerIntent,
    IReadOnlyList<IntentConfusion> Confusions);
