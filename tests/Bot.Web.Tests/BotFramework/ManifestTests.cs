using System.Buffers.Binary;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Web.Tests.BotFramework;

/// <summary>The sample Teams app package in src/Bot.Web/teams: the limits Teams enforces, and commands the bot can answer.</summary>
public sealed class ManifestTests : IDisposable
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "teams");
    private readonly BotWebFactory _factory = new();

    [Fact]
    public void Manifest_BotSection_IsAddressedToTheAppIdInEveryScopeWithoutFiles()
    {
        var manifest = Manifest();
        var bot = manifest["bots"]!.AsArray().Single()!;

        Assert.Equal("1.22", manifest["manifestVersion"]!.GetValue<string>());
        Assert.Equal("{{MicrosoftAppId}}", bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.False(bot["supportsFiles"]!.GetValue<bool>());
        Assert.NotEmpty(manifest["validDomains"]!.AsArray());
        Assert.All(Commands(), c => Assert.InRange(c["title"]!.GetValue<string>().Length, 1, 32));
        Assert.All(Commands(), c => Assert.InRange(c["description"]!.GetValue<string>().Length, 1, 128));
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icons_HaveTheSizeTeamsRequires(string file, int size)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));

        Assert.Equal(file, Manifest()["icons"]![file.Split('.')[0]]!.GetValue<string>());
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4))); // IHDR width
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4))); // IHDR height
    }

    [Fact]
    public async Task Commands_AsQuestions_AreAnsweredWithCitations()
    {
        using var client = _factory.CreateClient();
        foreach (var title in Commands().Select(c => c["title"]!.GetValue<string>()))
        {
            using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = title });
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

            Assert.False(json.RootElement.GetProperty("abstained").GetBoolean(), title);
            Assert.NotEmpty(json.RootElement.GetProperty("citations").EnumerateArray());
        }
    }

    public void Dispose() => _factory.Dispose();

    private static JsonObject Manifest() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!.AsObject();

    private static IEnumerable<JsonNode> Commands() =>
        Manifest()["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!);
}
