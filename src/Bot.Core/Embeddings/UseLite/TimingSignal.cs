namespace Bot.Core.Embeddings.UseLite;

/// <summary>The transformer's sinusoidal position encoding, precomputed once for every position the model accepts.</summary>
internal static class TimingSignal
{
    /// <summary>sin(p·τ) then cos(p·τ) for the 128 inverse timescales τ, precomputed for positions 0..127.</summary>
    public static float[] Build(float[] inverseTimescales)
    {
        var half = inverseTimescales.Length;
        var table = new float[SentencePieceTokenizer.MaxTokens * 2 * half];
        for (var position = 0; position < SentencePieceTokenizer.MaxTokens; position++)
        {
            for (var i = 0; i < half; i++)
            {
                var angle = position * inverseTimescales[i];
                table[(position * 2 * half) + i] = MathF.Sin(angle);
                table[(position * 2 * half) + half + i] = MathF.Cos(angle);
            }
        }

        return table;
    }
}
