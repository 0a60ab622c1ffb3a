using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bot.Web.Tests.Hardening;

/// <summary>
/// Issue 11 item 12: invisible format characters in a question (zero-width spaces, word joiners, soft hyphens,
/// direction marks, a BOM) are removed as they are from articles, so they cannot change the answer.
/// </summary>
[Collection(HardeningCollection.Name)]
public sealed class QuestionNormalisationTests(HardeningHost host)
{
    [Theory]
    [InlineData("Who led the Afghan\u200B dele\u200Bgation?")]
    [InlineData("Who\u2060 led the Af\u00ADghan delegation?")]
    [InlineData("\uFEFFWho led the \u200EAfghan\u200F delegation\u200D?")]
    [InlineData("Who led the Afghan \u202Adelegation\u202C?")]
    public async Task Ask_WithInvisibleCharacters_AnswersAsThePlainQuestion(string disguised)
    {
        var plain = await AnswerAsync("Who led the Afghan delegation?");

        var answer = await AnswerAsync(disguised);

        Assert.Equal(plain.GetProperty("answer").GetString(), answer.GetProperty("answer").GetString());
        Assert.Equal(Sources(plain), Sources(answer));
    }

    [Fact]
    public async Task Ask_OnlyInvisibleCharacters_IsAnsweredNotFailed()
    {
        using var response = await host.Http.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "\u200B\u2060\u200B" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<JsonElement> AnswerAsync(string question)
    {
        using var response = await host.Http.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string Sources(JsonElement answer) =>
        string.Join("|", answer.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("articleId").GetString()));
}
