using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace Bot.Core.Text;

/// <summary>Lucene's English analysis chain plus two steps: accents are folded away, and British spellings into American ones.</summary>
/// <remarks>
/// Wire copy and readers mix the two ("defence minister" in the question, "Defense Minister" in the article);
/// the Porter stemmer does not join them, so without this step BM25 and term coverage miss exact matches.
/// Readers also drop accents ("Celeron" for "Céleron", "Erdogan" for "Erdoğan"), and a name that does not match
/// counts as one no article mentions, so accents are folded on both sides.
/// The chain is otherwise the one <see cref="EnglishAnalyzer"/> builds.
/// </remarks>
internal sealed class NewsAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(EnglishTerms.Version, reader);
        TokenStream stream = new StandardFilter(EnglishTerms.Version, source);
        stream = new EnglishPossessiveFilter(EnglishTerms.Version, stream);
        stream = new LowerCaseFilter(EnglishTerms.Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new SpellingFilter(stream);
        stream = new StopFilter(EnglishTerms.Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
