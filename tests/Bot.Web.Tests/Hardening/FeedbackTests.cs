using System.Net;
using System.Text.Json;
using Bot.Core.Answering;
using Bot.Web.Chat;
using Bot.Web.Tests.BotFramework;
using Bot.Web.Tests.DirectLine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Web.Tests.Hardening;

/// <summary>
/// Issue 11 item 2: only 👍/👎 with a bounded comment is stored, only for an answer of the rating conversation itself,
/// and the feedback file is rotated so that it never grows without bound.
/// </summary>
[Collection(HardeningCollection.Name)]
public sealed class FeedbackTests(HardeningHost host)
{
    [Fact]
    public async Task WebChatFeedback_WithAnOddReactionOrFromAnotherConversation_IsNotStored()
    {
        var owner = await host.StartAsync();
        var stranger = await host.StartAsync();
        var questionId = await owner.PostAsync(TestActivities.UserMessage("Who led the Afghan delegation?", "fb-q"));
        var answer = await owner.WaitForAsync(a => TestActivities.IsAnswerTo(a, questionId), "answer");
        var answerId = answer.GetProperty("entities")[0].GetProperty("potentialAction")[0].GetProperty("@id").GetString()!.Split(':')[2];

        await owner.PostAsync(Rating($"fb:{new string('x', 5_000)}:{answerId}"));
        await owner.PostAsync(Rating($"fb:love:{answerId}"));
        await stranger.PostAsync(Rating($"fb:dislike:{answerId}"));
        await Eventually.TrueAsync(() => host.Service<TurnScheduler>().Pending == 0, "the ratings to be handled");

        Assert.False(File.Exists(host.Factory.FeedbackFile) && File.ReadAllText(host.Factory.FeedbackFile).Contains(answerId, StringComparison.Ordinal),
            "A rating that is not like/dislike, or from another conversation, was stored.");
        await owner.PostAsync(Rating($"fb:like:{answerId}"));
        await Eventually.TrueAsync(() => File.Exists(host.Factory.FeedbackFile) && File.ReadAllText(host.Factory.FeedbackFile).Contains(answerId, StringComparison.Ordinal), "the owner's rating");
    }

    [Fact]
    public void Store_PastItsSize_RotatesTheFile_AndClipsLongComments()
    {
        var folder = Directory.CreateTempSubdirectory("newsbot-feedback-");
        try
        {
            var store = new FeedbackStore(Options.Create(new ChatOptions { FeedbackFile = Path.Combine(folder.FullName, "feedback.jsonl"), FeedbackMaxBytes = 4_096 }),
                TimeProvider.System, NullLogger<FeedbackStore>.Instance);
            var id = store.Remember("webchat:c", "question?", new Answer("answer.", Abstained: false, [], []));

            var stored = Enumerable.Range(0, 20).Select(_ => store.Record(id, FeedbackStore.Dislike, new string('c', 5_000), "webchat:c", "webchat")).ToList();

            Assert.All(stored, Assert.True);
            Assert.True(new FileInfo(store.FilePath).Length <= 4_096);
            Assert.True(File.Exists(store.RotatedPath));
            var comment = JsonDocument.Parse(File.ReadLines(store.FilePath).First()).RootElement.GetProperty("comment").GetString()!;
            Assert.Equal(FeedbackStore.MaxCommentChars, comment.Length);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static object Rating(string actionId) => new
    {
        type = "event",
        name = NewsBot.WebChatFeedbackEvent,
        channelId = "webchat",
        entities = new[] { new Dictionary<string, string> { ["@id"] = actionId, ["@type"] = "LikeAction" } },
    };

    /// <summary>The Teams invoke: an unknown reaction is refused in the invoke response.</summary>
    [Collection(TeamsHostCollection.Name)]
    public sealed class Teams(TeamsHost teams)
    {
        [Fact]
        public async Task SubmitAction_WithAReactionOtherThanLikeOrDislike_Returns400()
        {
            var invoke = teams.Activity("invoke", TeamsHost.NewConversationId());
            invoke["name"] = NewsBot.SubmitActionInvoke;
            invoke["replyToId"] = "some-answer";
            invoke["value"] = new System.Text.Json.Nodes.JsonObject
            {
                ["actionName"] = "feedback",
                ["actionValue"] = new System.Text.Json.Nodes.JsonObject { ["reaction"] = "<script>", ["feedback"] = "{\"feedbackText\":\"x\"}" },
            };

            using var response = await teams.PostAsync(invoke);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }
}
