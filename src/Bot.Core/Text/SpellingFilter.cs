using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bot.Core.Text;

/// <summary>Replaces British spellings common in news copy with their American forms, token by token.</summary>
/// <remarks>An explicit list, not suffix rules: "-ise" → "-ize" would also turn "promise" and "exercise" into non-words.</remarks>
internal sealed class SpellingFilter : TokenFilter
{
    private static readonly Dictionary<string, string> American = BuildMap(
        "defence defense|defences defenses|offence offense|offences offenses|licence license|centre center|centres centers|" +
        "programme program|programmes programs|organisation organization|organisations organizations|organise organize|" +
        "organised organized|recognise recognize|recognised recognized|criticise criticize|criticised criticized|" +
        "apologise apologize|apologised apologized|authorise authorize|authorised authorized|mobilise mobilize|" +
        "favour favor|honour honor|labour labor|neighbour neighbor|neighbours neighbors|neighbouring neighboring|" +
        "behaviour behavior|harbour harbor|harbouring harboring|harboured harbored|rumour rumor|rumours rumors|armour armor|" +
        "traveller traveler|travellers travelers|travelled traveled|travelling traveling|counsellor counselor|" +
        "analyse analyze|analysed analyzed|stabilise stabilize|normalise normalize|normalisation normalization|" +
        "militarisation militarization|legalise legalize|jewellery jewelry|cheque check|tyre tire|grey gray|" +
        "fulfil fulfill|enrol enroll|sceptical skeptical|manoeuvre maneuver|kilometre kilometer|kilometres kilometers|" +
        "metre meter|metres meters|catalogue catalog|dialogue dialog|endeavour endeavor|vigour vigor|rigour rigor");

    private readonly ICharTermAttribute _term;

    public SpellingFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (American.TryGetValue(_term.ToString(), out var replacement))
        {
            _term.SetEmpty().Append(replacement);
        }

        return true;
    }

    private static Dictionary<string, string> BuildMap(string pairs) =>
        pairs.Split('|').Select(p => p.Split(' ')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
