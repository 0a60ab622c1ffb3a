using Bot.Core.Conversation.Intents;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Conversation;

/// <summary>One router trained from the shipped prompts/intents.tsv, shared by the tests of a class.</summary>
public sealed class IntentRouterFixture
{
    public IntentRouter Router { get; } = new(Options.Create(new IntentOptions()));
}
