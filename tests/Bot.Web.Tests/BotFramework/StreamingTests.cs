using System.Net;

namespace Bot.Web.Tests.BotFramework;

/// <summary>Teams streaming (§4.3): an informative start in personal chats, and one plain message when Teams refuses.</summary>
[Collection(TeamsHostCollection.Name)]
public sealed class StreamingTests(TeamsHost host)
{
    private const string Question = MessagesEndpointTests.Question;

    [Fact]
    public async Task Message_InPersonalChat_StreamsAnInformativeStartThenTheFinalMessage()
    {
        var conversation = TeamsHost.NewConversationId();

        using var response = await host.PostAsync(host.Message(conversation, Question, conversationType: "personal"));
        var sent = await host.RepliesAsync(conversation);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(["typing", "message"], sent.Select(r => r.Type));
        var start = sent[0];
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(conversation)}/activities", start.RawTarget);
        Assert.Equal("informative", start.StreamInfo!["streamType"]!.GetValue<string>());
        Assert.Equal(1, start.StreamInfo["streamSequence"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(start.Body["text"]?.GetValue<string>()));
        var final = sent[1].StreamInfo!;
        Assert.StartsWith("stream-", final["streamId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("final", final["streamType"]!.GetValue<string>());
        Assert.Null(final["streamSequence"]);
        TeamsAnswer.AssertValid(sent[1].Body);
    }

    [Fact]
    public async Task Message_WhenTeamsRefusesTheStream_FallsBackToOneTypingAndOneMessage()
    {
        var conversation = TeamsHost.NewConversationId(FakeBotFrameworkServer.RefuseStreamingPrefix);

        using var response = await host.PostAsync(host.Message(conversation, Question, conversationType: "personal"));
        var sent = await host.RepliesAsync(conversation);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.NotNull(sent[0].StreamInfo); // The refused start.
        Assert.Equal(["typing", "message"], sent.Skip(1).Select(r => r.Type));
        Assert.All(sent.Skip(1), r => Assert.Null(r.StreamInfo));
        TeamsAnswer.AssertValid(sent[^1].Body);
    }
}
