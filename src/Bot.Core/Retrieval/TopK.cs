namespace Bot.Core.Retrieval;

/// <summary>Keeps the <c>k</c> highest-scoring items seen, with a min-heap, in O(n log k).</summary>
internal sealed class TopK<T>(int k)
{
    private readonly PriorityQueue<T, float> _heap = new(Math.Max(k, 1) + 1);

    /// <summary>The score an item must beat to be kept; scans compare against it before calling <see cref="Add"/>.</summary>
    public float Floor { get; private set; } = float.NegativeInfinity;

    public int Count => _heap.Count;

    public void Add(T item, float score)
    {
        if (k <= 0)
        {
            return;
        }

        if (_heap.Count < k)
        {
            _heap.Enqueue(item, score);
        }
        else if (score > Floor)
        {
            _heap.DequeueEnqueue(item, score);
        }

        if (_heap.Count == k && _heap.TryPeek(out _, out float lowest))
        {
            Floor = lowest;
        }
    }

    /// <summary>Adds every item another heap kept (merging per-thread results).</summary>
    public void AddRange(TopK<T> other)
    {
        foreach (var (item, score) in other._heap.UnorderedItems)
        {
            Add(item, score);
        }
    }

    /// <summary>Returns the kept items, best first.</summary>
    public List<(T Item, float Score)> Descending()
    {
        var items = new List<(T, float)>(_heap.UnorderedItems.Select(e => (e.Element, e.Priority)));
        items.Sort((a, b) => b.Item2.CompareTo(a.Item2));
        return items;
    }
}
