using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Web.Tests.BotFramework;
using Bot.Web.Tests.DirectLine;

namespace Bot.Web.Tests.Hardening;

/// <summary>
/// Issue 11 item 11: client JSON whose fields have the wrong JSON type is refused with 400 in each channel's error
/// shape, never a 500 or a turn that fails in the background.
/// </summary>
[Collection(HardeningCollection.Name)]
public sealed class WrongTypesTests(HardeningHost host)
{
    public static TheoryData<string> Broken() =>
    [
        "{\"type\":\"message\",\"text\":\"hi\",\"channelData\":{\"streamId\":5}}",
        "{\"type\":\"message\",\"text\":\"hi\",\"channelData\":{\"clientActivityID\":{}}}",
        "{\"type\":\"message\",\"text\":\"hi\",\"entities\":[{\"type\":5}]}",
        "{\"type\":\"message\",\"text\":\"hi\",\"entities\":[null]}",
        "{\"type\":\"invoke\",\"name\":\"message/submitAction\",\"value\":5}",
        "{\"type\":\"invoke\",\"name\":\"message/submitAction\",\"value\":{\"actionName\":\"feedback\",\"actionValue\":\"like\"}}",
        "{\"type\":\"event\",\"name\":\"webchat:activity-status/feedback\",\"entities\":[{\"@id\":7}]}",
    ];

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task DirectLine_ActivityWithAFieldOfTheWrongType_Returns400(string body)
    {
        var client = await host.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", body);

        Assert.Contains("must be", await DirectLineClient.ErrorAsync(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    /// <summary>The same bodies on the Teams endpoint, with a real token.</summary>
    [Collection(TeamsHostCollection.Name)]
    public sealed class Teams(TeamsHost teams)
    {
        [Theory]
        [MemberData(nameof(Broken), MemberType = typeof(WrongTypesTests))]
        public async Task Messages_ActivityWithAFieldOfTheWrongType_Returns400AndSendsNothing(string body)
        {
            var conversation = TeamsHost.NewConversationId();
            var activity = teams.Activity("message", conversation);
            foreach (var (name, value) in JsonNode.Parse(body)!.AsObject())
            {
                activity[name] = value?.DeepClone();
            }

            using var response = await teams.PostAsync(activity);
            await teams.IdleAsync();

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("must be", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Empty(teams.Server.For(conversation));
        }
    }
}
