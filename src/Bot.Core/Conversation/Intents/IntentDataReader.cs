namespace Bot.Core.Conversation.Intents;

/// <summary>Reads labelled utterances from a tab-separated file whose header is <c>label\ttext</c>.</summary>
public static class IntentDataReader
{
    private const string Header = "label\ttext";

    /// <summary>Reads every example; a bad line fails with the file and line number so the data can be fixed.</summary>
    public static IReadOnlyList<IntentExample> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var examples = new List<IntentExample>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                if (!string.Equals(line.Trim(), Header, StringComparison.OrdinalIgnoreCase))
                {
                    throw Bad(path, lineNumber, $"expected the header 'label<TAB>text' but found '{line}'");
                }

                continue;
            }

            // Blank lines and # comments let the data file be grouped and explained.
            if (line.Trim().Length > 0 && !line.StartsWith('#'))
            {
                examples.Add(Parse(line, path, lineNumber));
            }
        }

        return examples.Count > 0 ? examples : throw Bad(path, lineNumber, "the file has no examples");
    }

    private static IntentExample Parse(string line, string path, int lineNumber)
    {
        var fields = line.Split('\t');
        if (fields.Length != 2 || fields[1].Trim().Length == 0)
        {
            throw Bad(path, lineNumber, "expected 'label<TAB>text' with a non-empty text");
        }

        var label = fields[0].Trim();
        return IntentLabels.TryParse(label, out var intent)
            ? new IntentExample(intent, fields[1].Trim())
            : throw Bad(path, lineNumber, $"unknown label '{label}'; expected one of {IntentLabels.All}");
    }

    private static InvalidDataException Bad(string path, int lineNumber, string problem) =>
        new($"{path}, line {lineNumber}: {problem}.");
}
