using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Cli.Bench;

/// <summary>News-like text: words of the seed articles drawn by a Zipf law, 15–30-word sentences, 400–900-word articles.</summary>
/// <remarks>
/// Word frequencies in news follow Zipf's law, so drawing the seeds' words by rank gives BM25 and the
/// encoder the skew of real text (a few very common words, a long tail of rare ones) rather than the flat
/// distribution of uniform sampling, which would make every term equally selective.
/// </remarks>
internal sealed partial class ArticleGenerator
{
    private readonly string[] _words;
    private readonly double[] _cumulative;
    private readonly Random _random;

    public ArticleGenerator(string seedsFolder, int seed)
    {
        _random = new Random(seed);
        _words = RankedWords(seedsFolder);
        _cumulative = new double[_words.Length];
        double total = 0;
        for (int rank = 0; rank < _words.Length; rank++)
        {
            total += 1.0 / (rank + 1);
            _cumulative[rank] = total;
        }
    }

    public int Vocabulary => _words.Length;

    /// <summary>One article body: paragraphs of three to five sentences, 400–900 words in all.</summary>
    public string Article()
    {
        int target = _random.Next(400, 901);
        var text = new StringBuilder();
        for (int words = 0, inParagraph = 0; words < target; inParagraph++)
        {
            if (inParagraph == _random.Next(3, 6))
            {
                text.Append("\n\n");
                inParagraph = 0;
            }

            var sentence = Sentence();
            words += sentence.Count(c => c == ' ') + 1;
            text.Append(sentence).Append(' ');
        }

        return text.ToString().Trim();
    }

    /// <summary>A passage of three to five sentences.</summary>
    public string Passage() => string.Join(' ', Enumerable.Range(0, _random.Next(3, 6)).Select(_ => Sentence()));

    /// <summary>A short query of <paramref name="count"/> words taken in order from <paramref name="text"/>.</summary>
    public string QueryFrom(string text, int count)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int start = _random.Next(Math.Max(1, words.Length - count));
        return string.Join(' ', words.Skip(start).Take(count)).TrimEnd('.');
    }

    public string Title() => Capitalised(string.Join(' ', Enumerable.Range(0, _random.Next(6, 11)).Select(_ => Word())));

    private string Sentence() => Capitalised(string.Join(' ', Enumerable.Range(0, _random.Next(15, 31)).Select(_ => Word()))) + ".";

    private string Word()
    {
        int rank = Array.BinarySearch(_cumulative, _random.NextDouble() * _cumulative[^1]);
        return _words[Math.Min(rank < 0 ? ~rank : rank, _words.Length - 1)];
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string[] RankedWords(string folder)
    {
        var words = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .SelectMany(file => WordPattern().Matches(File.ReadAllText(file)).Select(m => m.Value))
            .ToList();
        if (words.Count == 0)
        {
            throw new InvalidDataException($"No words found under {folder} to build a vocabulary from.");
        }

        return words.GroupBy(w => w, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToArray();
    }

    [GeneratedRegex(@"\p{L}[\p{L}'-]*|\d+")]
    private static partial Regex WordPattern();
}
