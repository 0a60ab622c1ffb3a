using System.Text;
using System.Text.Json;

namespace Bot.Core.Embeddings.UseLite;

/// <summary>SentencePiece unigram tokenizer (Viterbi) with the exact rules of the USE-lite JavaScript tokenizer.</summary>
public sealed class SentencePieceTokenizer
{
    /// <summary>The model ignores positions from 128 on, so longer inputs are cut here.</summary>
    public const int MaxTokens = 128;

    /// <summary>Id emitted for a code point that no vocabulary piece covers.</summary>
    public const int UnknownId = 0;

    // Ids 0-5 are control tokens (unknown, <s>, </s>, extras) that the reference never matches in text.
    private const int FirstMatchableId = 6;
    private const char WordBoundary = '\u2581';

    private readonly CodePointTrie _trie = new();
    private readonly double[] _scores;
    private readonly int[] _lengths;

    /// <summary>Builds a tokenizer from pieces indexed by id; a null score counts as 0.</summary>
    public SentencePieceTokenizer(IReadOnlyList<(string Piece, double? Score)> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _scores = new double[vocabulary.Count];
        _lengths = new int[vocabulary.Count];
        for (var id = 0; id < vocabulary.Count; id++)
        {
            var (piece, score) = vocabulary[id];
            _scores[id] = score ?? 0d;
            _lengths[id] = _trie.Add(piece, id, id >= FirstMatchableId);
        }
    }

    /// <summary>Number of entries in the vocabulary.</summary>
    public int VocabularySize => _scores.Length;

    /// <summary>Loads vocab.json: a JSON array of [piece, score] pairs whose index is the token id.</summary>
    public static SentencePieceTokenizer Load(string vocabJsonPath)
    {
        using var stream = File.OpenRead(vocabJsonPath);
        using var document = JsonDocument.Parse(stream);
        var vocabulary = new List<(string, double?)>(document.RootElement.GetArrayLength());
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            var piece = entry[0].GetString() ?? string.Empty;
            var score = entry[1];
            vocabulary.Add((piece, score.ValueKind == JsonValueKind.Number ? score.GetDouble() : null));
        }

        return new SentencePieceTokenizer(vocabulary);
    }

    /// <summary>Token ids of <paramref name="text"/>, at most <see cref="MaxTokens"/> of them.</summary>
    public int[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var symbols = ToCodePoints(Preprocess(text));
        var ids = Viterbi(symbols);
        return ids.Count > MaxTokens ? ids.GetRange(0, MaxTokens).ToArray() : ids.ToArray();
    }

    private static string Preprocess(string text)
    {
        var normalized = NormalizeKc(text);
        return normalized.Length == 0
            ? normalized
            : WordBoundary + normalized.Replace(' ', WordBoundary);
    }

    private static string NormalizeKc(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates make .NET refuse to normalise; they become U+FFFD, which maps to the unknown id
            // exactly as the unmatched surrogate does in the JavaScript reference.
            var cleaned = new StringBuilder(text.Length);
            foreach (var rune in text.EnumerateRunes())
            {
                cleaned.Append(rune.ToString());
            }

            return cleaned.ToString().Normalize(NormalizationForm.FormKC);
        }
    }

    private static int[] ToCodePoints(string text)
    {
        var points = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            points.Add(rune.Value);
        }

        return points.ToArray();
    }

    private List<int> Viterbi(int[] symbols)
    {
        var n = symbols.Length;
        // best[i] == 0 doubles as "not reached yet", as in the reference: an unmatched position keeps score 0,
        // and the first candidate reaching a position always wins; later ones win ties (>=).
        var best = new double[n + 1];
        var words = new int[n + 1];
        for (var start = 0; start < n; start++)
        {
            var node = CodePointTrie.Root;
            for (var end = start; end < n && _trie.TryStep(ref node, symbols[end]);)
            {
                end++;
                var id = _trie.PieceAt(node);
                if (id < 0)
                {
                    continue;
                }

                var score = _scores[id] + best[start];
                if (best[end] == 0d || score >= best[end])
                {
                    best[end] = score;
                    words[end] = id;
                }
            }
        }

        return Backtrack(words);
    }

    private List<int> Backtrack(int[] words)
    {
        // Walks back from the end; an unmatched position holds id 0 whose piece is one code point long.
        var reversed = new List<int>();
        for (var position = words.Length - 1; position > 0; position -= _lengths[words[position]])
        {
            var id = words[position];
            if (!(id == UnknownId && reversed.Count > 0 && reversed[^1] == UnknownId))
            {
                reversed.Add(id);
            }
        }

        reversed.Reverse();
        return reversed;
    }

    /// <summary>Prefix tree over Unicode code points; one dictionary keyed by (node, code point) keeps it compact.</summary>
    private sealed class CodePointTrie
    {
        public const int Root = 0;

        private readonly Dictionary<long, int> _children = [];
        private readonly List<int> _pieces = [-1];

        public int Add(string piece, int id, bool matchable)
        {
            var node = Root;
            var length = 0;
            foreach (var rune in piece.EnumerateRunes())
            {
                length++;
                var key = Key(node, rune.Value);
                if (!_children.TryGetValue(key, out var child))
                {
                    child = _pieces.Count;
                    _pieces.Add(-1);
                    _children.Add(key, child);
                }

                node = child;
            }

            if (matchable && length > 0)
            {
                _pieces[node] = id;
            }

            return Math.Max(length, 1);
        }

        public bool TryStep(ref int node, int codePoint) =>
            _children.TryGetValue(Key(node, codePoint), out node);

        public int PieceAt(int node) => _pieces[node];

        private static long Key(int node, int codePoint) => ((long)node << 21) | (uint)codePoint;
    }
}
