namespace Bot.Core.Answering.Ranking;

/// <summary>What the answerability model sees of a question: how sure the sentence ranker is, and the best sentence's own features.</summary>
/// <remarks>
/// The sentence ranker is trained only on questions that have an answer among their candidates, so it ranks
/// well but says little about whether any answer is there. Whether one is, is a property of the whole pool:
/// a clear winner, or several middling sentences that each miss a name of the question.
/// </remarks>
public static class AnswerabilityFeatures
{
    /// <summary>The feature names, in vector order.</summary>
    public static readonly string[] Names =
    [
        "top_probability", "second_probability", "top_gap", "top3_mean", "candidates_over_half", "candidates",
        .. SentenceFeatures.Names.Select(n => "top_" + n),
    ];

    public static readonly int Count = Names.Length;

    /// <summary>The features of a question whose candidates have <paramref name="rows"/> and sentence probabilities <paramref name="probabilities"/>.</summary>
    public static float[] From(IReadOnlyList<float[]> rows, IReadOnlyList<float> probabilities)
    {
        var f = new float[Count];
        if (rows.Count == 0)
        {
            return f;
        }

        var order = Enumerable.Range(0, rows.Count).OrderByDescending(i => probabilities[i]).ToList();
        float top = probabilities[order[0]];
        float second = order.Count > 1 ? probabilities[order[1]] : 0;
        f[0] = top;
        f[1] = second;
        f[2] = top - second;
        f[3] = order.Take(3).Average(i => probabilities[i]);
        f[4] = probabilities.Count(p => p > 0.5f);
        f[5] = MathF.Log(1 + rows.Count);
        rows[order[0]].CopyTo(f, 6);
        return f;
    }
}
