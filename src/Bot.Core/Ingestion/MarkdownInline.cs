using System.Text.RegularExpressions;

namespace Bot.Core.Ingestion;

/// <summary>Reduces Markdown inline syntax (emphasis, links, images, code spans, escapes) to its plain text.</summary>
internal static partial class MarkdownInline
{
    // Escaped characters are parked in the private-use area so the emphasis and link patterns cannot see them.
    private const char EscapeBase = '\uE000';

    public static string ToText(string line)
    {
        var text = Escape().Replace(line, m => ((char)(EscapeBase + m.Groups[1].Value[0])).ToString());
        text = Image().Replace(text, string.Empty);
        text = Link().Replace(text, "$1");
        text = AutoLink().Replace(text, "$1");
        text = Code().Replace(text, "$1");
        text = Strong().Replace(text, "$2");
        text = Emphasis().Replace(text, "$2");
        text = Strike().Replace(text, "$1");
        return Restore(text);
    }

    private static string Restore(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= EscapeBase and < (char)(EscapeBase + 128) ? (char)(c - EscapeBase) : c;
            }
        });

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!>~|])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")]
    private static partial Regex Link();

    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"`+([^`]+?)`+")]
    private static partial Regex Code();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Strong();

    // Single * or _ only when it wraps a phrase, so snake_case words and "5 * 3" stay as they are.
    [GeneratedRegex(@"(?<![\w*])(\*|_)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"~~(?=\S)(.+?)(?<=\S)~~")]
    private static partial Regex Strike();
}
