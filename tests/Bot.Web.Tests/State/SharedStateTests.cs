using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Web.Tests.DirectLine;

namespace Bot.Web.Tests.State;

/// <summary>
/// Two hosts sharing one Redis behave as one bot: a conversation may move between them at every request, as it
/// does behind a load balancer without sticky sessions.
/// </summary>
public sealed partial class SharedStateTests(TwoHosts hosts) : IClassFixture<TwoHosts>
{
    private const string Question = "Which Afghan delegation held talks in Rawalpindi?";

    [RedisFact]
    public async Task DirectLine_StartedOnA_ContinuesOnB_AndPollingEitherHostShowsTheWholeHistory()
    {
        using var httpA = hosts.A.CreateClient();
        using var httpB = hosts.B.CreateClient();
        var onA = await DirectLineClient.StartAsync(httpA);
        var onB = new DirectLineClient(httpB, onA.ConversationId, onA.Token);

        await onB.WaitForAsync(TestActivities.IsBotMessage, "welcome written on A, read on B");
        var question = await onB.PostAsync(TestActivities.UserMessage(Question, "c-1"));
        await onA.WaitForAsync(a => TestActivities.IsAnswerTo(a, question), "answer to a question posted on B, read on A");

        var (fromA, watermarkA) = await onA.GetAsync();
        var (fromB, watermarkB) = await onB.GetAsync();
        Assert.Equal(Ids(fromA), Ids(fromB));
        Assert.Equal(watermarkA, watermarkB);
        Assert.Contains(question, Ids(fromA));
        Assert.True(Ids(fromA).Count >= 3, string.Join(", ", Ids(fromA)));
    }

    [RedisFact]
    public async Task FollowUp_OnB_ResolvesAgainstTheQuestionAskedOnA()
    {
        var (onA, onB) = await ConversationOnBothAsync();
        var first = await AskAsync(onA, Question, "c-1");

        var followUp = await AskAsync(onB, "who led it?", "c-2");

        Assert.NotNull(SourceLink(first, 1));
        Assert.Contains(ArticleOf(SourceLink(first, 1)!), Enumerable.Range(1, 5).Select(n => SourceLink(followUp, n)).OfType<string>().Select(ArticleOf));
    }

    [RedisFact]
    public async Task ShowSource_OnB_ShowsTheSourceOfTheAnswerGivenOnA()
    {
        var (onA, onB) = await ConversationOnBothAsync();
        var answer = await AskAsync(onA, Question, "c-1");

        var source = await AskAsync(onB, "show source 1", "c-2");

        Assert.StartsWith("Source [1]", source.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(SourceLink(answer, 1), SourceLink(source, 1));
    }

    [RedisFact]
    public async Task RateLimit_OfAConversation_HoldsAcrossBothHosts()
    {
        var (onA, onB) = await ConversationOnBothAsync();
        // The default burst is 10 activities; five posts to each host use it up only if both draw from one bucket.
        for (var i = 0; i < 10; i++)
        {
            await (i % 2 == 0 ? onA : onB).PostAsync(TestActivities.UserMessage("hello", $"c-{i}"));
        }

        using var refusedOnA = await onA.SendAsync(HttpMethod.Post, $"conversations/{onA.ConversationId}/activities", TestActivities.UserMessage("hello", "c-a"));
        using var refusedOnB = await onB.SendAsync(HttpMethod.Post, $"conversations/{onB.ConversationId}/activities", TestActivities.UserMessage("hello", "c-b"));

        Assert.Contains("Too many activities", await DirectLineClient.ErrorAsync(refusedOnA, HttpStatusCode.TooManyRequests), StringComparison.Ordinal);
        Assert.Contains("Too many activities", await DirectLineClient.ErrorAsync(refusedOnB, HttpStatusCode.TooManyRequests), StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task AskApi_ConversationIdIssuedOnA_ContinuesOnB_AndAnUnknownIdIsRefusedOnBoth()
    {
        using var httpA = hosts.A.CreateClient();
        using var httpB = hosts.B.CreateClient();
        var first = await AskApiAsync(httpA, new { question = Question });
        var id = first.GetProperty("conversationId").GetString();

        var followUp = await AskApiAsync(httpB, new { question = "who led it?", conversationId = id });

        Assert.Equal(id, followUp.GetProperty("conversationId").GetString());
        Assert.NotEmpty(followUp.GetProperty("citations").EnumerateArray());
        using var unknown = await httpB.PostAsJsonAsync("/api/ask", new { question = "who led it?", conversationId = "never-issued" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<JsonElement> AskApiAsync(HttpClient http, object body)
    {
        using var response = await http.PostAsJsonAsync("/api/ask", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private async Task<(DirectLineClient OnA, DirectLineClient OnB)> ConversationOnBothAsync()
    {
        var onA = await DirectLineClient.StartAsync(hosts.A.CreateClient());
        var onB = new DirectLineClient(hosts.B.CreateClient(), onA.ConversationId, onA.Token);
        await onB.WaitForAsync(TestActivities.IsBotMessage, "welcome");
        return (onA, onB);
    }

    private static async Task<JsonElement> AskAsync(DirectLineClient client, string text, string clientId)
    {
        var id = await client.PostAsync(TestActivities.UserMessage(text, clientId));
        return await client.WaitForAsync(a => TestActivities.IsAnswerTo(a, id), $"answer to \"{text}\"");
    }

    private static List<string> Ids(IReadOnlyList<JsonElement> activities) => [.. activities.Select(a => a.GetProperty("id").GetString()!)];

    // The reply's markdown reference "[n]: {base}/sources/{article}?start=…&end=…", without the host's own address.
    private static string? SourceLink(JsonElement reply, int number) =>
        Regex.Match(reply.GetProperty("text").GetString()!, $@"^\[{number}\]: \S*?(/sources/\S+)", RegexOptions.Multiline) is { Success: true } match ? match.Groups[1].Value : null;

    private static string ArticleOf(string link) => link[..link.IndexOf('?', StringComparison.Ordinal)];
}
