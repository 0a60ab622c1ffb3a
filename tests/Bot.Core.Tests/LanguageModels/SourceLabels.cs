using System.Text.RegularExpressions;

namespace Bot.Core.Tests.LanguageModels;

/// <summary>Reads the prompt a fake model received the way a model would: which [n] source holds a phrase.</summary>
public static partial class SourceLabels
{
    public const string Killed = "killed 24 Pakistani soldiers";

    public static int Of(string prompt, string phrase)
    {
        int at = prompt.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the prompt holds no source with '{phrase}'");
        return int.Parse(Label().Matches(prompt[..at]).Last().Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A correct, cited answer to the soldiers question, quoting the article exactly.</summary>
    public static string ValidReply(string prompt) =>
        $"A NATO air strike \"{Killed} in November\" [{Of(prompt, Killed)}].";

    [GeneratedRegex(@"(?m)^\[(\d+)\] ")]
    private static partial Regex Label();
}
