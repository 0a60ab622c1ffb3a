namespace Bot.Core.Answering.Instructions;

/// <summary>The input row ML.NET trains and predicts on; the label is ignored at prediction time.</summary>
internal sealed class InstructionRow
{
    public bool Label { get; set; }

    public string Text { get; set; } = "";
}
