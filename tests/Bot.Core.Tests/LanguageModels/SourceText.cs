namespace Bot.Core.Tests.LanguageModels;

/// <summary>Reads a numbered source's passage out of a prompt, so a fake model can write a sentence the source supports.</summary>
public static class SourceText
{
    /// <summary>The first sentence of source [<paramref name="label"/>]'s passage (the line after its opening fence), without its full stop.</summary>
    public static string FirstSentence(string prompt, int label)
    {
        var lines = prompt.Split('\n');
        int header = Array.FindIndex(lines, l => l.StartsWith($"[{label}] ", StringComparison.Ordinal));
        Assert.True(header >= 0 && header + 2 < lines.Length, $"the prompt has no source [{label}]");
        Assert.StartsWith($"<<source {label} key=", lines[header + 1], StringComparison.Ordinal);
        var passage = lines[header + 2].Trim();
        int stop = passage.IndexOf(". ", StringComparison.Ordinal);
        return (stop > 0 ? passage[..stop] : passage).TrimEnd('.');
    }
}
