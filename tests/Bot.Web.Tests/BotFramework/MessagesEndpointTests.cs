using System.Net;
using System.Text.Json.Nodes;

namespace Bot.Web.Tests.BotFramework;

/// <summary><c>POST /api/messages</c> end to end: the bot host in memory, Azure (metadata, token, Connector) on loopback.</summary>
[Collection(TeamsHostCollection.Name)]
public sealed class MessagesEndpointTests(TeamsHost host)
{
    internal const string Question = "How many soldiers died in the NATO strike?";

    [Fact]
    public async Task Message_InGroupChat_RepliesThroughTheConnectorWithTypingThenTheAnswer()
    {
        var conversation = TeamsHost.NewConversationId();
        var incoming = host.Message(conversation, Question);

        using var response = await host.PostAsync(incoming);
        var sent = await host.RepliesAsync(conversation);

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
        TeamsAnswer.AssertValid(reply);
    }

    [Fact]
    public async Task FeedbackInvoke_AfterAnAnswer_Returns200EmptyAndStoresQuestionAnswerAndCitations()
    {
        var conversation = TeamsHost.NewConversationId();
        using var message = await host.PostAsync(host.Message(conversation, Question));
        var answer = (await host.RepliesAsync(conversation))[^1];
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
            await host.RepliesAsync(conversation);
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
        var sent = await host.RepliesAsync(conversation);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(["typing", "typing", "message"], sent.Select(r => r.Type)); // The first typing got 503 and was sent again.
        TeamsAnswer.AssertValid(sent[^1].Body);
    }

    [Fact]
    public async Task ConversationUpdate_WithANewMember_SendsTheWelcomeWithTheExampleQuestions()
    {
        var conversation = TeamsHost.NewConversationId();
        var update = host.Activity("conversationUpdate", conversation);
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:user-1" });

        using var response = await host.PostAsync(update);
        var welcome = (await host.RepliesAsync(conversation)).Single().Body;

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
}
