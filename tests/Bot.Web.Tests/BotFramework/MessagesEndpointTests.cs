using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bot.Web.Tests.BotFramework;

/// <summary><c>POST /api/messages</c> end to end: the bot host in memory, Azure (metadata, token, Connector) on loopback.</summary>
[Collection(TeamsHostCollection.Name)]
public sealed partial class MessagesEndpointTests(TeamsHost host)
{
    private const string Question = "How many soldiers died in the NATO strike?";

    [Fact]
    public async Task Message_InGroupChat_RepliesThroughTheConnectorWithTypingThenTheAnswer()
    {
        var conversation = TeamsHost.NewConversationId();
        var incoming = host.Message(conversation, Question);

        using var response = await host.PostAsync(incoming);
        var sent = await RepliesAsync(conversation);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(["typing", "message"], sent.Select(r => r.Type));
        var expectedPath = $"/v3/conversations/{Uri.EscapeDataString(conversation)}/activities/{incoming["id"]}";
        Assert.All(sent, r => Assert.Equal(expectedPath, r.RawTarget));
        Assert.All(sent, r => Assert.Equal($"Bearer {FakeBotFrameworkServer.AccessToken}", r.Authorization));
        Assert.All(sent, r => Assert.Null(r.StreamInfo));
        var reply = sent[^1].Body;
        Assert.Equal($"28:{TeamsHost.AppId}", reply["from"]!["id"]!.GetValue<string>());
        Assert.Equal("29:user-1", reply["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal(incoming["id"]!.GetValue<string>(), reply["replyToId"]!.GetValue<string>());
        AssertTeamsAnswer(reply);
    }

    [Fact]
    public async Task Message_InPersonalChat_StreamsAnInformativeStartThenTheFinalMessage()
    {
        var conversation = TeamsHost.NewConversationId();

        using var response = await host.PostAsync(host.Message(conversation, Question, conversationType: "personal"));
        var sent = await RepliesAsync(conversation);

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
        AssertTeamsAnswer(sent[1].Body);
    }

    [Fact]
    public async Task Message_WhenTeamsRefusesTheStream_FallsBackToOneTypingAndOneMessage()
    {
        var conversation = TeamsHost.NewConversationId(FakeBotFrameworkServer.RefuseStreamingPrefix);

        using var response = await host.PostAsync(host.Message(conversation, Question, conversationType: "personal"));
        var sent = await RepliesAsync(conversation);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.NotNull(sent[0].StreamInfo); // The refused start.
        Assert.Equal(["typing", "message"], sent.Skip(1).Select(r => r.Type));
        Assert.All(sent.Skip(1), r => Assert.Null(r.StreamInfo));
        AssertTeamsAnswer(sent[^1].Body);
    }

    [Fact]
    public async Task FeedbackInvoke_AfterAnAnswer_Returns200EmptyAndStoresQuestionAnswerAndCitations()
    {
        var conversation = TeamsHost.NewConversationId();
        using var message = await host.PostAsync(host.Message(conversation, Question));
        var answer = (await RepliesAsync(conversation))[^1];
        await host.IdleAsync(); // The bot maps the Connector's id to its answer after the send returns.
        var invoke = host.Activity("invoke", conversation);
        invoke["name"] = "message/submitAction";
        invoke["replyToId"] = answer.Id;
        invoke["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = "like", ["feedback"] = "{\"feedbackText\":\"useful answer\"}" },
        };

        using var response = await host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        var line = File.ReadAllLines(host.FeedbackFile).Select(l => JsonNode.Parse(l)!).Single(l => l["conversation"]!.GetValue<string>().EndsWith(conversation, StringComparison.Ordinal));
        Assert.Equal("like", line["reaction"]!.GetValue<string>());
        Assert.Equal("useful answer", line["comment"]!.GetValue<string>());
        Assert.Equal(Question, line["question"]!.GetValue<string>());
        Assert.Contains("24", line["answer"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEmpty(line["citations"]!.AsArray());
    }

    [Fact]
    public async Task Replies_Several_FetchTheBotTokenOnce()
    {
        var conversations = Enumerable.Range(0, 3).Select(_ => TeamsHost.NewConversationId()).ToList();

        var responses = await Task.WhenAll(conversations.Select(c => host.PostAsync(host.Message(c, Question))));
        foreach (var conversation in conversations)
        {
            await RepliesAsync(conversation);
        }

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal(1, host.Server.TokenRequests);
        var form = Assert.Single(host.Server.TokenForms);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(TeamsHost.AppId, form["client_id"]);
        Assert.Equal(TeamsHost.ClientSecret, form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        foreach (var r in responses)
        {
            r.Dispose();
        }
    }

    [Fact]
    public async Task Message_WhenTheConnectorFailsOnce_IsRetriedAndDelivered()
    {
        var conversation = TeamsHost.NewConversationId(FakeBotFrameworkServer.FlakyPrefix);

        using var response = await host.PostAsync(host.Message(conversation, Question));
        var sent = await RepliesAsync(conversation);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(["typing", "typing", "message"], sent.Select(r => r.Type)); // The first typing got 503 and was sent again.
        AssertTeamsAnswer(sent[^1].Body);
    }

    [Fact]
    public async Task ConversationUpdate_WithANewMember_SendsTheWelcomeWithTheExampleQuestions()
    {
        var conversation = TeamsHost.NewConversationId();
        var update = host.Activity("conversationUpdate", conversation);
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:user-1" });

        using var response = await host.PostAsync(update);
        var welcome = (await RepliesAsync(conversation)).Single().Body;

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.StartsWith("Hello!", welcome["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(3, welcome["suggestedActions"]!["actions"]!.AsArray().Count);
    }

    [Fact]
    public async Task UnknownActivityType_WithUnknownFields_IsAcceptedAndIgnored()
    {
        var conversation = TeamsHost.NewConversationId();
        var activity = host.Activity("somethingFromTheFuture", conversation);
        activity["futureField"] = new JsonObject { ["nested"] = new JsonArray(1, 2, 3) };

        using var response = await host.PostAsync(activity);
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(host.Server.For(conversation));
    }

    [Theory]
    [InlineData("oversized", HttpStatusCode.RequestEntityTooLarge)]
    [InlineData("malformed json", HttpStatusCode.BadRequest)]
    [InlineData("no type", HttpStatusCode.BadRequest)]
    [InlineData("no conversation", HttpStatusCode.BadRequest)]
    [InlineData("no serviceUrl", HttpStatusCode.BadRequest)]
    public async Task Messages_WithBadBody_ReturnsJsonErrorAndSendsNothing(string broken, HttpStatusCode expected)
    {
        var conversation = TeamsHost.NewConversationId();
        var activity = host.Message(conversation, Question);
        var body = broken switch
        {
            "oversized" => host.Message(conversation, new string('x', TeamsHost.MaxActivityBytes)).ToJsonString(),
            "malformed json" => "{\"type\": \"message\", ",
            "no type" => Without(activity, "type"),
            "no conversation" => Without(activity, "conversation"),
            _ => Without(activity, "serviceUrl"),
        };

        using var response = await host.PostAsync(body, host.Mint());
        await host.IdleAsync();

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()));
        Assert.Empty(host.Server.For(conversation));
    }

    [Fact]
    public async Task Messages_FloodFromOneConversation_Gets429WhileAnotherConversationIsAccepted()
    {
        var flooding = TeamsHost.NewConversationId();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < TeamsHost.ConversationBurst + 3; i++)
        {
            using var response = await host.PostAsync(host.Activity("event", flooding));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Too many", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        using var other = await host.PostAsync(host.Activity("event", TeamsHost.NewConversationId()));

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Accepted, TeamsHost.ConversationBurst), statuses.Take(TeamsHost.ConversationBurst));
        Assert.All(statuses.Skip(TeamsHost.ConversationBurst), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }

    // The answer Teams needs (§4.1, §4.2, §4.4): [n] markers, one Message entity, feedback, ≤ 3 chips, no Web Chat link definitions.
    private static void AssertTeamsAnswer(JsonObject reply)
    {
        var text = reply["text"]!.GetValue<string>();
        Assert.Matches(@"\[\d+\]", text);
        Assert.DoesNotMatch(ReferenceDefinition(), text);
        var messages = reply["entities"]!.AsArray().OfType<JsonObject>().Where(e => e["type"]?.GetValue<string>() == "https://schema.org/Message").ToList();
        var entity = Assert.Single(messages);
        Assert.Equal(string.Empty, entity["@id"]!.GetValue<string>());
        Assert.Contains("AIGeneratedContent", entity["additionalType"]!.AsArray().Select(t => t!.GetValue<string>()));
        var citations = entity["citation"]!.AsArray();
        Assert.InRange(citations.Count, 1, 20);
        foreach (var claim in citations.Select(c => c!.AsObject()))
        {
            Assert.Equal("Claim", claim["@type"]!.GetValue<string>());
            Assert.Contains($"[{claim["position"]!.GetValue<int>()}]", text, StringComparison.Ordinal);
            var appearance = claim["appearance"]!;
            Assert.InRange(appearance["name"]!.GetValue<string>().Length, 1, 80);
            Assert.True(appearance["abstract"]!.GetValue<string>().Length <= 160);
            Assert.Contains("/sources/", appearance["url"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Equal("default", reply["channelData"]!["feedbackLoop"]!["type"]!.GetValue<string>());
        Assert.InRange(reply["suggestedActions"]!["actions"]!.AsArray().Count, 1, 3);
    }

    // Waits until the conversation's final message has arrived, then returns everything sent to it, in order.
    private async Task<IReadOnlyList<ConnectorRequest>> RepliesAsync(string conversation)
    {
        await Eventually.TrueAsync(() => host.Server.For(conversation).Any(r => r.Type == "message"), $"the answer in {conversation}");
        return host.Server.For(conversation);
    }

    private static string Without(JsonObject activity, string field)
    {
        activity.Remove(field);
        return activity.ToJsonString();
    }

    [GeneratedRegex(@"(?m)^\[\d+\]:\s")]
    private static partial Regex ReferenceDefinition();
}
