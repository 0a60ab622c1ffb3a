using Bot.Core.Articles;

namespace Bot.Core.Ingestion;

/// <summary>
/// Merges exact and near-duplicate articles, such as one wire story filed by two outlets with different
/// headlines. The first article of a group is kept and later ones are merged into it: when new files are
/// added to an existing index, passing existing articles first keeps their ids (and old citations) stable.
/// </summary>
/// <param name="threshold">Shingle Jaccard similarity at or above which two bodies are the same story.</param>
public sealed class DuplicateDetector(double threshold = IngestionOptions.DefaultNearDuplicateThreshold)
{
    /// <summary>Keeps the first of every group of duplicates and reports the rest as merged.</summary>
    public DeduplicationResult Merge(IReadOnlyList<NewsArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1.0);

        var index = new Index();
        var kept = new List<NewsArticle>();
        var merged = new List<MergedArticle>();
        foreach (var article in articles)
        {
            var words = Shingles.Words(article.Body);
            var fingerprint = Shingles.Fingerprint(words);
            var shingles = Shingles.Of(words);
            var bands = MinHash.BandKeys(MinHash.Signature(shingles)).ToArray();
            var match = index.FindExact(fingerprint) ?? index.FindNear(shingles, bands, threshold);
            if (match is { } found)
            {
                merged.Add(new MergedArticle(article.Id, kept[found.Position].Id, found.Similarity));
                continue;
            }

            index.Add(kept.Count, fingerprint, shingles, bands);
            kept.Add(article);
        }

        return new DeduplicationResult(kept, merged);
    }

    private readonly record struct Match(int Position, double Similarity);

    // Holds the kept articles' fingerprints, shingles and LSH buckets.
    private sealed class Index
    {
        private readonly Dictionary<string, int> _fingerprints = new(StringComparer.Ordinal);
        private readonly List<ulong[]> _shingles = [];
        private readonly Dictionary<(int Band, ulong Key), List<int>> _buckets = [];

        public Match? FindExact(string fingerprint) =>
            _fingerprints.TryGetValue(fingerprint, out var position) ? new Match(position, 1.0) : null;

        public Match? FindNear(ulong[] shingles, (int Band, ulong Key)[] bands, double threshold)
        {
            var candidates = bands
                .SelectMany(key => _buckets.TryGetValue(key, out var bucket) ? bucket : [])
                .Distinct();
            var best = candidates
                .Select(c => new Match(c, Shingles.Jaccard(shingles, _shingles[c])))
                .OrderByDescending(m => m.Similarity)
                .ThenBy(m => m.Position)
                .FirstOrDefault();
            return best.Similarity >= threshold && best.Similarity > 0 ? best : null;
        }

        public void Add(int position, string fingerprint, ulong[] shingles, (int Band, ulong Key)[] bands)
        {
            _fingerprints.TryAdd(fingerprint, position);
            _shingles.Add(shingles);
            foreach (var key in bands)
            {
                if (!_buckets.TryGetValue(key, out var bucket))
                {
                    _buckets[key] = bucket = [];
                }

                bucket.Add(position);
            }
        }
    }
}
