namespace Bot.Core.Answering.Ranking;

/// <summary>What the answerability model sees of a question: how sure the sentence ranker is, and the best sentence's own features.</summary>
/// <remarks>
/// The sentence ranker is trained only on questions that have an answer among their candidates, so it ranks
/// well but says little about whether any answer is there. Whether one is, is a property of the whole pool:
/// a clear winner, or several middling sentences that each miss a name of the question.
/// It reads only the candidates of the first <see cref="View"/> passages: every candidate added by a larger
/// rerank pool is another chance of a high score, so a pool of 25 raised every question's answerability on a
/// small archive (25 passages are most of the five seed articles) and the threshold chosen in training no longer held.
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

    /// <summary>How many of the retrieved passages' candidates are read, whatever the rerank pool (the pool the model was first tuned on).</summary>
    public const int View = 15;

    /// <summary>The features of a question whose candidates have <paramref name="rows"/> and sentence probabilities <paramref name="probabilities"/>.</summary>
    public static float[] From(IReadOnlyList<float[]> rows, IReadOnlyList<float> probabilities)
    {
        var f = new float[Count];
        var order = Enumerable.Range(0, rows.Count).Where(i => PassageFeatures.PassageOf(rows[i]) < View)
            .OrderByDescending(i => probabilities[i]).ToList();
        if (order.Count == 0)
        {
            return f;
        }

        float top = probabilities[order[0]];
        float second = order.Count > 1 ? probabilities[order[1]] : 0;
        f[0] = top;
        f[1] = second;
        f[2] = top - second;
        f[3] = order.Take(3).Average(i => probabilities[i]);
        f[4] = order.Count(i => probabilities[i] > 0.5f);
        f[5] = MathF.Log(1 + order.Count);
        rows[order[0]].CopyTo(f, 6);
        return f;
    }
}
