namespace Bot.Core.Conversation.Intents;

/// <summary>One labelled utterance from an intent data file.</summary>
public sealed record IntentExample(Intent Intent, string Text);
