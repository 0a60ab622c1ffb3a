using Microsoft.ML.Data;

namespace Bot.Core.Answering.Ranking;

/// <summary>One row as the ranker's two models see it: a candidate sentence's features, or a question's answerability features.</summary>
public sealed class RankerRow
{
    /// <summary>One value per feature name.</summary>
    public float[] Features { get; set; } = [];

    /// <summary>True when the sentence holds one of the question's answers, or the question is answerable.</summary>
    public bool Label { get; set; }

    /// <summary>How much the row counts in fitting.</summary>
    public float Weight { get; set; } = 1;

    /// <summary>The row's schema with the feature vector's width, which the list of feature names sets.</summary>
    public static SchemaDefinition Schema(int width)
    {
        var schema = SchemaDefinition.Create(typeof(RankerRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }
}

/// <summary>The ranker's output for one row.</summary>
public sealed class RankerScore
{
    /// <summary>The calibrated chance that the sentence answers the question (or that the question can be answered).</summary>
    public float Probability { get; set; }
}
