namespace Bot.Core.Retrieval;

/// <summary>Keeps the <c>k</c> highest-scoring items seen, with a min-heap, in O(n log k).</summary>
internal sealed class TopK<T>(int k)
{
    private readonly PriorityQueue<T, float> _heap = new(Math.Max(k, 1) + 1);

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
        else if (_heap.TryPeek(out _, out float lowest) && score > lowest)
        {
            _heap.DequeueEnqueue(item, score);
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
