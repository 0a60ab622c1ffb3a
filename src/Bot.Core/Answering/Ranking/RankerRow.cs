using Microsoft.ML.Data;

namespace Bot.Core.Answering.Ranking;

/// <summary>One candidate sentence as the ranker's training and scoring pipeline sees it.</summary>
public sealed class RankerRow
{
    [VectorType(SentenceFeatures.Count)]
    public float[] Features { get; set; } = [];

    /// <summary>True when the sentence holds one of the question's answers.</summary>
    public bool Label { get; set; }
}

/// <summary>The ranker's output for one row.</summary>
public sealed class RankerScore
{
    /// <summary>The calibrated chance that the sentence answers the question.</summary>
    public float Probability { get; set; }
}
