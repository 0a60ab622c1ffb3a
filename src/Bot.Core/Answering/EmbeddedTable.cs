using System.Reflection;

namespace Bot.Core.Answering;

/// <summary>Reads a table embedded in Bot.Core (newswords.tsv, contrasts.tsv, capitals.tsv …): its header line, blank lines and <c>#</c> comments skipped.</summary>
internal static class EmbeddedTable
{
    /// <summary>Each row with its line number in the file, for errors that name the line.</summary>
    public static List<(int LineNumber, string Line)> Rows(string resourceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing from Bot.Core.");
        using var reader = new StreamReader(stream);
        var rows = new List<(int, string)>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber > 1 && line.Trim().Length > 0 && !line.StartsWith('#'))
            {
                rows.Add((lineNumber, line));
            }
        }

        return rows;
    }
}
