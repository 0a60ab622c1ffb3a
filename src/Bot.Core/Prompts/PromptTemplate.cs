using System.Text.RegularExpressions;

namespace Bot.Core.Prompts;

/// <summary>A prompt with <c>{{name}}</c> placeholders; rendering refuses a missing value or a leftover placeholder.</summary>
public sealed partial class PromptTemplate(string name, string text)
{
    /// <summary>The prompt's name (its file name without <c>.md</c>).</summary>
    public string Name { get; } = name;

    /// <summary>The placeholder names the template uses.</summary>
    public IReadOnlyList<string> Placeholders { get; } =
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Replaces every placeholder in one pass, so a value that itself contains <c>{{x}}</c> is left as data.</summary>
    public string Render(IReadOnlyDictionary<string, string> values)
    {
        var missing = Placeholders.Where(p => !values.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Prompt '{Name}' needs a value for {string.Join(", ", missing.Select(m => "{{" + m + "}}"))}.");
        }

        var unused = values.Keys.Where(k => !Placeholders.Contains(k, StringComparer.Ordinal)).ToList();
        if (unused.Count > 0)
        {
            throw new InvalidOperationException($"Prompt '{Name}' has no placeholder for {string.Join(", ", unused)}.");
        }

        return Placeholder().Replace(text, m => values[m.Groups[1].Value]);
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();
}
