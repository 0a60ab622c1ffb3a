namespace Bot.Core.Embeddings.UseLite;

/// <summary>Scratch buffers for one forward pass, reused so the hot path allocates nothing.</summary>
internal sealed class UseLiteWorkspace
{
    public UseLiteWorkspace(int rowCapacity)
    {
        RowCapacity = rowCapacity;
        Embedded = new float[rowCapacity * UseLiteEncoder.EmbeddingWidth];
        Hidden = new float[rowCapacity * UseLiteEncoder.Dimensions];
        Normalized = new float[rowCapacity * UseLiteEncoder.Dimensions];
        QueryKeyValue = new float[rowCapacity * 3 * UseLiteEncoder.Dimensions];
        Context = new float[rowCapacity * UseLiteEncoder.Dimensions];
        FeedForward = new float[rowCapacity * UseLiteEncoder.FeedForwardWidth];
        Scores = new float[SentencePieceTokenizer.MaxTokens];
        Pooled = new float[rowCapacity * UseLiteEncoder.Dimensions];
        Projected = new float[rowCapacity * UseLiteEncoder.Dimensions];
    }

    /// <summary>How many token rows (summed over the packed sentences) fit.</summary>
    public int RowCapacity { get; }

    /// <summary>Token embeddings plus timing signal: the 256-wide input of layer 0.</summary>
    public float[] Embedded { get; }

    /// <summary>The 512-wide token states carried from layer to layer.</summary>
    public float[] Hidden { get; }

    /// <summary>Layer-normalised copy of the states, the input of attention and of the FFN.</summary>
    public float[] Normalized { get; }

    /// <summary>Per row: queries, keys and values, each split into consecutive heads.</summary>
    public float[] QueryKeyValue { get; }

    /// <summary>Attention output before the output projection.</summary>
    public float[] Context { get; }

    /// <summary>FFN hidden activations.</summary>
    public float[] FeedForward { get; }

    /// <summary>One query's attention weights.</summary>
    public float[] Scores { get; }

    /// <summary>Mean-pooled sentence states, one row per sentence.</summary>
    public float[] Pooled { get; }

    /// <summary>The pooled states through the tanh layer's affine map, before tanh and normalisation.</summary>
    public float[] Projected { get; }
}
