using System.Text.Json.Nodes;
using Bot.Core.Answering;
using Bot.Web.Activities;
using Bot.Web.Chat;
using Microsoft.Extensions.Options;

namespace Bot.Web.Tests.Chat;

/// <summary>How one answer is rendered for Teams and for Web Chat (../shared/docs/botframework.md §4.1, §5.1).</summary>
public sealed class ReplyComposerTests
{
    private readonly ReplyComposer _composer = new(Options.Create(new ChatOptions()));

    [Fact]
    public void Teams_GetsMarkersAndOneMessageEntity_WithoutReferenceDefinitions()
    {
        var reply = _composer.Compose(Incoming("msteams"), Answer(2), "a1", "https://bot.example", ["Show source 1"]);

        Assert.Equal("markdown", reply.TextFormat);
        Assert.DoesNotContain("[1]:", reply.Text, StringComparison.Ordinal);
        var entity = Assert.Single(reply.Entities!);
        Assert.Equal("https://schema.org/Message", (string?)entity["type"]);
        Assert.Equal(string.Empty, (string?)entity["@id"]);
        Assert.Equal("AIGeneratedContent", (string?)entity["additionalType"]![0]);
        Assert.Equal("default", (string?)reply.ChannelData!["feedbackLoop"]!["type"]);
        Assert.Equal(2, entity["citation"]!.AsArray().Count);
    }

    [Fact]
    public void WebChat_GetsReferenceDefinitionsPointingAtTheSourcePage()
    {
        var reply = _composer.Compose(Incoming("webchat"), Answer(1), "a1", "http://localhost:5000/", []);

        Assert.Contains("[1]: http://localhost:5000/sources/001.txt?start=10&end=40#cited \"Headline 1\"", reply.Text, StringComparison.Ordinal);
        Assert.Equal("fb:like:a1", (string?)reply.Entities![0]["potentialAction"]![0]!["@id"]);
        Assert.Null(reply.SuggestedActions);
    }

    [Fact]
    public void SourceUrl_IdWithFolders_KeepsTheSlashesAndEscapesEachName()
    {
        var citation = new Citation(1, "world news/042 #2.txt", "Headline", null, null, "quote", 3, 9, "world news/042 #2.txt#0");

        var url = ReplyComposer.SourceUrl("http://localhost:5000/", citation);

        Assert.Equal("http://localhost:5000/sources/world%20news/042%20%232.txt?start=3&end=9#cited", url);
    }

    [Fact]
    public void Citations_AreCappedAtTwentyAndClippedToTeamsLimits()
    {
        var reply = _composer.Compose(Incoming("msteams"), Answer(25, longText: true), "a1", "https://bot.example", ["a", "b", "c", "d"]);

        var citations = reply.Entities![0]["citation"]!.AsArray();
        Assert.Equal(ReplyComposer.MaxCitations, citations.Count);
        Assert.All(citations, c =>
        {
            var appearance = c!["appearance"]!;
            Assert.Equal("DigitalDocument", (string?)appearance["@type"]);
            Assert.True(((string)appearance["name"]!).Length <= ReplyComposer.MaxNameChars);
            Assert.True(((string)appearance["abstract"]!).Length <= ReplyComposer.MaxAbstractChars);
        });
        Assert.Equal(3, reply.SuggestedActions!.Actions.Count);
        Assert.All(reply.SuggestedActions.Actions, a => Assert.Equal("imBack", a.Type));
    }

    [Fact]
    public void Reply_SwapsSenderAndRecipient_AndAddressesTheIncomingActivity()
    {
        var reply = _composer.Plain(Incoming("msteams"), "hello");

        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("bot", reply.From.Role);
        Assert.Equal("29:user", reply.Recipient!.Id);
        Assert.Equal("in-1", reply.ReplyToId);
        Assert.Equal("conv-1", reply.Conversation!.Id);
        Assert.Null(reply.Entities);
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("one two three four five", 12, "one two…")]
    [InlineData("abcdefghijklmnop", 8, "abcdefg…")]
    public void Clip_CutsAtAWordWithAnEllipsis(string text, int max, string expected) =>
        Assert.Equal(expected, ReplyComposer.Clip(text, max));

    [Fact]
    public void Mentions_AreStrippedFromChannelMessages()
    {
        var incoming = Incoming("msteams");
        incoming.Text = "<at>News Bot</at> who led the Afghan delegation?";
        incoming.Entities = [new JsonObject { ["type"] = "mention", ["text"] = "<at>News Bot</at>" }];

        Assert.Equal("who led the Afghan delegation?", Mentions.Strip(incoming));
    }

    private static BotActivity Incoming(string channel) => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = channel,
        From = new ChannelAccount("29:user", "Reader"),
        Recipient = new ChannelAccount("28:bot", "News Bot"),
        Conversation = new ConversationAccount("conv-1"),
        Text = "question",
    };

    private static Answer Answer(int citations, bool longText = false)
    {
        var list = Enumerable.Range(1, citations).Select(n => new Citation(
            n, n == 1 ? "001.txt" : $"{n:000}.txt", (longText ? new string('H', 120) + " " : string.Empty) + $"Headline {n}", "Dawn", null,
            (longText ? string.Join(' ', Enumerable.Repeat("quoted words", 40)) : "A quoted sentence."), 10, 40, $"{n}#0")).ToList();
        return new Answer(string.Join(' ', list.Select(c => $"Claim [{c.Number}].")), false, list, []);
    }
}
