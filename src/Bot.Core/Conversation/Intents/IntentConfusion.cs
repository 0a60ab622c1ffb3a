namespace Bot.Core.Conversation.Intents;

/// <summary>A held-out example the router got wrong, with what it chose instead.</summary>
public sealed record IntentConfusion(string Text, Intent Expected, Intent Actual, double Confidence, bool IsFallback);
