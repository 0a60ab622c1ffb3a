using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bot.Web.Tests.BotFramework;

/// <summary>The answer Teams needs (§4.1, §4.2, §4.4): [n] markers, one Message entity, feedback, ≤ 3 chips, no Web Chat link definitions.</summary>
public static partial class TeamsAnswer
{
    public static void AssertValid(JsonObject reply)
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

    [GeneratedRegex(@"(?m)^\[\d+\]:\s")]
    private static partial Regex ReferenceDefinition();
}
