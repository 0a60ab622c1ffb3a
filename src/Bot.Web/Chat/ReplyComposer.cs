using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Core.Answering;
using Bot.Web.Activities;
using Microsoft.Extensions.Options;

namespace Bot.Web.Chat;

/// <summary>
/// Turns one answer into the message activity each channel renders: <c>[n]</c> markers and a schema.org Message entity
/// for Teams; the same plus markdown reference definitions, which Web Chat 4.18.1 needs to list the references (§4.1, §5.1).
/// </summary>
public sealed class ReplyComposer(IOptions<ChatOptions> options)
{
    /// <summary>Teams refuses a message with more than 20 citations, a name over 80 or an abstract over 160 characters.</summary>
    public const int MaxCitations = 20, MaxNameChars = 80, MaxAbstractChars = 160, MaxSuggestions = 3;

    /// <summary>The reply to <paramref name="incoming"/> carrying <paramref name="answer"/>.</summary>
    /// <param name="answerId">Our id for this answer: feedback buttons name it, because Web Chat's feedback event has no replyToId.</param>
    /// <param name="baseUrl">Absolute base of this host, for the source links.</param>
    public BotActivity Compose(BotActivity incoming, Answer answer, string? answerId, string baseUrl, IReadOnlyList<string> suggestions)
    {
        bool teams = IsTeams(incoming.ChannelId);
        var citations = answer.Citations.Take(MaxCitations).ToList();
        var reply = Reply(incoming, ActivityTypes.Message);
        reply.TextFormat = "markdown";
        reply.Text = Text(answer, citations, baseUrl, withDefinitions: !teams);
        if (answerId is not null)
        {
            reply.Entities = [MessageEntity(citations, answerId, baseUrl)];
            reply.ChannelData = FeedbackChannelData(teams);
        }

        if (suggestions.Count > 0)
        {
            reply.SuggestedActions = new SuggestedActions([.. suggestions.Take(MaxSuggestions).Select(s => new CardAction("imBack", s, s))]);
        }

        return reply;
    }

    /// <summary>A plain text reply (errors, limits) in our own words: no citations, no feedback.</summary>
    public BotActivity Plain(BotActivity incoming, string text)
    {
        var reply = Reply(incoming, ActivityTypes.Message);
        reply.Text = text;
        return reply;
    }

    /// <summary>A bare activity of <paramref name="type"/> addressed back to the sender of <paramref name="incoming"/>.</summary>
    public BotActivity Reply(BotActivity incoming, string type) => new()
    {
        Type = type,
        ChannelId = incoming.ChannelId,
        From = incoming.Recipient is { } bot ? bot with { Name = bot.Name ?? options.Value.BotName, Role = "bot" } : new ChannelAccount("bot", options.Value.BotName) { Role = "bot" },
        Recipient = incoming.From,
        Conversation = incoming.Conversation is { } c ? new ConversationAccount(c.Id) : null,
        ReplyToId = incoming.Id,
        Locale = incoming.Locale,
    };

    /// <summary>The link our source page answers: the article with the cited span marked.</summary>
    /// <remarks>Each folder of an id such as <c>tech/042.txt</c> is escaped on its own and the slashes kept, since servers leave <c>%2F</c> undecoded.</remarks>
    public static string SourceUrl(string baseUrl, Citation citation) => string.Create(CultureInfo.InvariantCulture,
        $"{baseUrl.TrimEnd('/')}/sources/{EscapePath(citation.ArticleId)}?start={citation.Start}&end={citation.End}#cited");

    private static string EscapePath(string articleId) => string.Join('/', articleId.Split('/').Select(Uri.EscapeDataString));

    /// <summary>Teams is the one channel that gets no markdown reference definitions (we could not verify how it shows them).</summary>
    public static bool IsTeams(string? channelId) => string.Equals(channelId, "msteams", StringComparison.Ordinal);

    private static string Text(Answer answer, List<Citation> citations, string baseUrl, bool withDefinitions)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrEmpty(answer.Notice))
        {
            text.Append('_').Append(MarkdownText.Escape(answer.Notice)).Append("_\n\n");
        }

        // Article text is literal; only the markers of the citations we define stay links.
        var numbers = citations.Select(c => c.Number).ToHashSet();
        text.Append(MarkdownText.EscapeExceptCitations(answer.Text, numbers.Contains));
        if (withDefinitions && citations.Count > 0)
        {
            text.Append("\n\n");
            foreach (var c in citations)
            {
                text.Append(CultureInfo.InvariantCulture, $"[{c.Number}]: {SourceUrl(baseUrl, c)} \"{Clip(c.Title, MaxNameChars).Replace('"', '\'')}\"\n");
            }
        }

        return text.ToString().TrimEnd();
    }

    private static JsonObject MessageEntity(List<Citation> citations, string answerId, string baseUrl)
    {
        var entity = new JsonObject
        {
            ["type"] = "https://schema.org/Message",
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = string.Empty, // Web Chat finds the root entity only with an empty @id; Microsoft's own AIEntity always sends it.
            ["additionalType"] = new JsonArray("AIGeneratedContent"),
            ["potentialAction"] = new JsonArray(Action("LikeAction", "like", answerId), Action("DislikeAction", "dislike", answerId)),
        };
        if (citations.Count > 0)
        {
            entity["citation"] = new JsonArray([.. citations.Select(c => Claim(c, baseUrl))]);
        }

        return entity;
    }

    private static JsonObject Claim(Citation citation, string baseUrl) => new()
    {
        ["@type"] = "Claim",
        ["position"] = citation.Number,
        ["appearance"] = new JsonObject
        {
            ["@type"] = "DigitalDocument",
            ["name"] = Clip(citation.Title, MaxNameChars),
            ["url"] = SourceUrl(baseUrl, citation),
            ["abstract"] = Clip(citation.Quote, MaxAbstractChars),
        },
    };

    // Web Chat 4.18.1 posts the clicked action back without a replyToId, so its @id carries the answer id.
    private static JsonObject Action(string type, string reaction, string answerId) => new()
    {
        ["@type"] = type,
        ["@id"] = $"fb:{reaction}:{answerId}",
        ["actionStatus"] = "PotentialActionStatus",
    };

    private JsonObject FeedbackChannelData(bool teams) => !teams
        ? new JsonObject { ["feedbackLoopEnabled"] = true }
        : options.Value.TeamsFeedbackLoop == "legacy"
            ? new JsonObject { ["feedbackLoopEnabled"] = true }
            : new JsonObject { ["feedbackLoop"] = new JsonObject { ["type"] = "default" } };

    /// <summary>Shortens to <paramref name="max"/> characters at a word boundary, with an ellipsis.</summary>
    public static string Clip(string text, int max)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        if (text.Length <= max)
        {
            return text;
        }

        int cut = text.LastIndexOf(' ', max - 1);
        return string.Concat(text.AsSpan(0, cut > max / 2 ? cut : max - 1), "…");
    }
}
