using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Web.Activities;
using Bot.Web.Chat;
using Markdig;
using Microsoft.Extensions.Options;

namespace Bot.Web.Tests.Hardening;

/// <summary>
/// Issue 11 item 10: article text reaches Web Chat and Teams as literal text. Rendered by a CommonMark renderer with
/// raw HTML and autolinks on (as Web Chat's markdown-it is), the only links are our own citation links.
/// </summary>
public sealed partial class MarkdownEscapeTests
{
    private const string BaseUrl = "http://localhost:5000";

    private static readonly MarkdownPipeline Renderer = new MarkdownPipelineBuilder().UseAutoLinks().Build();

    public static TheoryData<string> Hostile() =>
    [
        "Claim [click here](https://evil.example/login) [1].",
        "Claim ![pixel](https://evil.example/p.png) [1].",
        "Claim <img src=\"https://evil.example/p.png\"> and <a href=\"https://evil.example\">x</a> [1].",
        "Claim https://evil.example/login and www.evil.example [1].",
        "Claim <https://evil.example> and <someone@evil.example> [1].",
        "Claim [1](https://evil.example) and [2][1].",
        "Claim [1].\n[1]: https://evil.example/phish \"Source\"",
        "Claim [1].\n\n[9]: https://evil.example\n[see][9]",
        "# Heading\n- list item\n1. numbered\n> quote\n*bold* _em_ `code` ~~gone~~ | a | b | [1]",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Reply_WithMarkdownInArticleText_RendersOnlyOurOwnLinksAndNoImages(string articleText)
    {
        var html = Render(Reply(articleText, "webchat"));

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(Hrefs(html), href => Assert.StartsWith($"{BaseUrl}/sources/", href, StringComparison.Ordinal));
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<li", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<em", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    public void Reply_KeepsTheCitationMarkerAndTheWordsReadable(string channel)
    {
        var reply = Reply("Rates rose 2.5% at evil.example, said the bank [1].", channel);
        var text = Text(Render(reply));

        Assert.Contains("[1]", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Rates rose 2.5% at evil.example, said the bank", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WebChatReply_LinksTheMarkerToOurSourcePage()
    {
        var html = Render(Reply("Claim [1].", "webchat"));

        Assert.Equal([$"{BaseUrl}/sources/001.txt?start=0&amp;end=5#cited"], Hrefs(html));
    }

    private static BotActivity Reply(string articleText, string channel)
    {
        var citation = new Citation(1, "001.txt", "Headline", "Dawn", null, "Claim", 0, 5, "001.txt#0");
        var incoming = new BotActivity { Type = ActivityTypes.Message, Id = "in-1", ChannelId = channel, Conversation = new ConversationAccount("c") };
        return new ReplyComposer(Options.Create(new ChatOptions())).Compose(incoming, new Answer(articleText, false, [citation], []), "a1", BaseUrl, []);
    }

    private static string Render(BotActivity reply) => Markdown.ToHtml(reply.Text!, Renderer);

    private static List<string> Hrefs(string html) => [.. Href().Matches(html).Select(m => m.Groups[1].Value)];

    private static string Text(string html) => System.Net.WebUtility.HtmlDecode(Tag().Replace(html, string.Empty));

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
