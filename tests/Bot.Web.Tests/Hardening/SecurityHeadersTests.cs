using System.Net;
using System.Text.Json;

namespace Bot.Web.Tests.Hardening;

/// <summary>
/// Issue 11 item 14: every response carries a Content-Security-Policy, nosniff and a Referrer-Policy; only the chat page
/// may be framed, and only by Teams; a parameter that cannot be bound is a JSON error, not an empty 400.
/// </summary>
[Collection(HardeningCollection.Name)]
public sealed class SecurityHeadersTests(HardeningHost host)
{
    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/index.html")]
    [InlineData("GET", "/app.js")]
    [InlineData("GET", "/config")]
    [InlineData("GET", "/healthz")]
    [InlineData("GET", "/sources/no-such-article.txt")]
    [InlineData("GET", "/no/such/page")]
    [InlineData("POST", "/api/ask")]
    [InlineData("POST", "/api/messages")]
    [InlineData("POST", "/v3/directline/conversations")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string method, string path)
    {
        using var response = await host.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var policy = Header(response, "Content-Security-Policy");
        var frameAncestors = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("frame-ancestors", StringComparison.Ordinal));
        if (path is "/" or "/index.html")
        {
            Assert.Contains("https://teams.microsoft.com", frameAncestors, StringComparison.Ordinal);
            Assert.DoesNotContain(" * ", frameAncestors + " ", StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("frame-ancestors 'none'", frameAncestors);
        }
    }

    [Theory]
    [InlineData("/sources/001.txt?start=abc", HttpStatusCode.BadRequest)]
    [InlineData("/sources/001.txt?end=99999999999999", HttpStatusCode.BadRequest)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    public async Task BindingErrorsAndUnknownPaths_ReturnTheJsonErrorShape(string path, HttpStatusCode expected)
    {
        using var response = await host.Http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()), body);
    }

    [Fact]
    public async Task DirectLine_WrongMethod_AnswersInTheDirectLineErrorShape()
    {
        using var response = await host.Http.DeleteAsync(new Uri("/v3/directline/tokens/generate", UriKind.Relative));

        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing on {response.RequestMessage?.RequestUri} ({(int)response.StatusCode}).");
}
