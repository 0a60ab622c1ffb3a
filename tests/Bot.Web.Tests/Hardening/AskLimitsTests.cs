using System.Net;
using System.Text;
using System.Text.Json;

namespace Bot.Web.Tests.Hardening;

/// <summary>Issue 11 item 3: <c>/api/ask</c> refuses an oversized body before parsing it, whatever the body holds.</summary>
[Collection(HardeningCollection.Name)]
public sealed class AskLimitsTests(HardeningHost host)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Ask_BodyFarOverTheLimitWithAShortQuestion_Returns413(bool sayLength)
    {
        // A short, valid question padded with a field nobody reads: only a size check before parsing refuses it.
        var body = $"{{\"question\": \"Who led the Afghan delegation?\", \"padding\": \"{new string('x', 3_000_000)}\"}}";
        using HttpContent content = sayLength ? new StringContent(body, Encoding.UTF8, "application/json") : new ChunkedContent(body);

        using var response = await host.Http.PostAsync(new Uri("/api/ask", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_QuestionWithinTheLimit_IsAnswered()
    {
        using var content = new StringContent("{\"question\": \"Who led the Afghan delegation?\"}", Encoding.UTF8, "application/json");

        using var response = await host.Http.PostAsync(new Uri("/api/ask", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A body sent without Content-Length, so the server cannot refuse it from the header alone.</summary>
    private sealed class ChunkedContent(string text) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
