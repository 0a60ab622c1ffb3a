using System.Text.RegularExpressions;
using Bot.Web.Activities;

namespace Bot.Web.Chat;

/// <summary>In Teams channels the text carries <c>&lt;at&gt;News Bot&lt;/at&gt;</c>; the question is what is left (§4.4).</summary>
public static partial class Mentions
{
    /// <summary>The message text without mentions of anyone, trimmed.</summary>
    public static string Strip(BotActivity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var entity in activity.Entities ?? [])
        {
            if (JsonFields.StringAt(entity, "type") == "mention" && JsonFields.StringAt(entity, "text") is { Length: > 0 } mention)
            {
                text = text.Replace(mention, " ", StringComparison.Ordinal);
            }
        }

        return AtTag().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();
}
