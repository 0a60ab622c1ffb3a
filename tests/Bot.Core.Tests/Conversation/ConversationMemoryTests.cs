using Bot.Core.Answering;
using Bot.Core.Conversation;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Conversation;

public sealed class ConversationMemoryTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void Add_BeyondMaxTurns_ForgetsTheOldest()
    {
        var memory = Memory(maxTurns: 2);

        foreach (var text in new[] { "one", "two", "three" })
        {
            memory.Add("c1", Turn(text));
        }

        Assert.Equal(["two", "three"], memory.Turns("c1").Select(t => t.UserText));
    }

    [Fact]
    public void Turns_AfterIdleTimeout_AreForgotten()
    {
        var memory = Memory();
        memory.Add("c1", Turn("one"));

        _clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Empty(memory.Turns("c1"));
    }

    [Fact]
    public void Turns_OfAnotherConversation_AreNeverShared()
    {
        var memory = Memory();
        memory.Add("c1", Turn("secret"));

        Assert.Empty(memory.Turns("c2"));
    }

    [Fact]
    public void Add_BeyondMaxConversations_DropsTheLongestIdle()
    {
        var memory = Memory(maxConversations: 2);
        memory.Add("old", Turn("a"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        memory.Add("mid", Turn("b"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        memory.Add("new", Turn("c"));

        Assert.Empty(memory.Turns("old"));
        Assert.Single(memory.Turns("new"));
    }

    private ConversationMemory Memory(int maxTurns = 10, int maxConversations = 100) =>
        new(Options.Create(new ConversationOptions { MaxTurns = maxTurns, MaxConversations = maxConversations, IdleMinutes = 30 }), _clock);

    private static ConversationTurn Turn(string text) => new(text, text, new Answer(text, false, [], []));

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
