using Bot.Core.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Bot.Core.Retrieval;

/// <summary>BM25 over passages with Lucene.NET's English analysis (stop words, possessives, Porter stems).</summary>
/// <remarks>
/// Lucene is a well-kept BM25 implementation, so we use it rather than our own. Documents are numbered by
/// the caller's passage index; the index is rebuilt whole on change, which takes well under a second per
/// ten thousand passages.
/// </remarks>
public sealed class LexicalIndex : ITermStatistics, IDisposable
{
    private const string TextField = "text";
    private const string TitleField = "title";
    private const string OrdinalField = "n";
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly float _titleBoost;

    /// <summary>Indexes <paramref name="passages"/>; each is found again by its position in the sequence.</summary>
    /// <remarks>
    /// A sequence rather than a list, so a caller can produce each passage's text as it is indexed: passages are
    /// views of their article bodies, and a list of their texts would be a second copy of the corpus.
    /// </remarks>
    public LexicalIndex(IEnumerable<(string Text, string Title)> passages, float titleBoost = 0.3f)
    {
        _titleBoost = titleBoost;
        var config = new IndexWriterConfig(EnglishTerms.Version, EnglishTerms.Analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            int i = 0;
            foreach (var (text, title) in passages)
            {
                writer.AddDocument(new Document
                {
                    new StoredField(OrdinalField, i++),
                    new TextField(TextField, text, Field.Store.NO),
                    new TextField(TitleField, title, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>Returns up to <paramref name="top"/> (passage index, BM25 score) pairs, best first.</summary>
    public IReadOnlyList<(int Index, float Score)> Search(string query, int top, Func<int, bool>? filter = null)
    {
        var terms = EnglishTerms.Analyze(query);
        if (terms.Count == 0 || _reader.NumDocs == 0)
        {
            return [];
        }

        var boolean = new BooleanQuery();
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            boolean.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
            if (_titleBoost > 0)
            {
                boolean.Add(new TermQuery(new Term(TitleField, term)) { Boost = _titleBoost }, Occur.SHOULD);
            }
        }

        // Filtering after scoring keeps BM25 statistics corpus-wide; over-fetch so filters still fill the page.
        int fetch = filter is null ? top : Math.Min(_reader.NumDocs, top * 20);
        var results = new List<(int, float)>(top);
        foreach (var doc in _searcher.Search(boolean, Math.Max(fetch, 1)).ScoreDocs)
        {
            int index = _searcher.Doc(doc.Doc).GetField(OrdinalField).GetInt32Value() ?? -1;
            if (filter is null || filter(index))
            {
                results.Add((index, doc.Score));
            }

            if (results.Count == top)
            {
                break;
            }
        }

        return results;
    }

    /// <summary>The number of passages indexed.</summary>
    public int Count => _reader.NumDocs;

    /// <summary>How many passages contain the analysed <paramref name="term"/>.</summary>
    public int DocumentFrequency(string term) => _reader.DocFreq(new Term(TextField, term));

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
