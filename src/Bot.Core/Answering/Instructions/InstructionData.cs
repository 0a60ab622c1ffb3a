namespace Bot.Core.Answering.Instructions;

/// <summary>Reads the labelled training sentences embedded in Bot.Core: <c>label\ttext</c>, label "instruction" or "news".</summary>
internal static class InstructionData
{
    private const string ResourceName = "Bot.Core.Answering.Instructions.instructions.tsv";

    public static IReadOnlyList<(bool IsInstruction, string Text)> Read() =>
        EmbeddedTable.Rows(ResourceName).Select(r => Parse(r.Line, r.LineNumber)).ToList();

    private static (bool, string) Parse(string line, int lineNumber)
    {
        var fields = line.Split('\t');
        return fields is [var label, var text] && text.Trim().Length > 0 && label is "instruction" or "news"
            ? (label == "instruction", text.Trim())
            : throw new InvalidDataException($"{ResourceName}, line {lineNumber}: expected 'instruction|news<TAB>text'.");
    }
}
