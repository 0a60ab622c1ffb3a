namespace Bot.Core.Answering.Instructions;

/// <summary>The output row ML.NET fills: the calibrated probability that a sentence is an instruction.</summary>
internal sealed class InstructionScore
{
    public float Probability { get; set; }
}
