namespace Bot.Core.Embeddings.UseLite;

/// <summary>
/// Several tokenised sentences stacked row after row without padding. Dense layers see one tall matrix
/// (each weight row is then fetched once for all sentences); attention and pooling stay per sentence.
/// </summary>
internal sealed class PackedBatch
{
    private readonly List<(int Start, int Length)> _segments = [];
    private readonly List<int[]> _tokens = [];

    /// <summary>Total token rows.</summary>
    public int Rows { get; private set; }

    /// <summary>Where each sentence's rows start and how many there are.</summary>
    public IReadOnlyList<(int Start, int Length)> Segments => _segments;

    /// <summary>Token ids of each sentence, in order.</summary>
    public IReadOnlyList<int[]> Tokens => _tokens;

    public int Count => _segments.Count;

    public void Add(int[] tokenIds)
    {
        _segments.Add((Rows, tokenIds.Length));
        _tokens.Add(tokenIds);
        Rows += tokenIds.Length;
    }

    /// <summary>
    /// Splits sentences, in order, into batches of at most <paramref name="maxRows"/> rows. An input of more
    /// than <paramref name="maxRows"/> tokens gets a batch of its own.
    /// </summary>
    public static List<PackedBatch> Pack(IReadOnlyList<int[]> sentences, int maxRows)
    {
        var batches = new List<PackedBatch>();
        var current = new PackedBatch();
        foreach (var tokens in sentences)
        {
            if (current.Count > 0 && current.Rows + tokens.Length > maxRows)
            {
                batches.Add(current);
                current = new PackedBatch();
            }

            current.Add(tokens);
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }
}
