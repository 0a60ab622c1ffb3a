using System.Text.RegularExpressions;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Spells out an acronym of the question that no article uses, from a passage that names it in full.</summary>
/// <remarks>
/// Readers ask "Who heads the ISI?" and "Who commands ISAF?"; stories often write "the Inter-Services Intelligence
/// agency" and "the International Security Assistance Force" and never the letters. Left alone, the acronym is a
/// name no article mentions, so the bot would say the articles do not cover it. A capitalised run of words in a
/// retrieved passage whose initials spell the acronym ("Inter-Services Intelligence" for ISI) stands in for it.
/// Acronyms an article does use are left as they are.
/// </remarks>
public static partial class Acronyms
{
    // Small words that give no initial: English ones, and the particles of foreign names ("Front Islamique de Salut", FIS).
    internal static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "and", "for", "the", "on", "in", "&", "de", "du", "des", "la", "le", "del", "der", "von", "van", "di" };

    // Things, not bodies: their letters stand for words news writes in lower case ("long-playing record", "compact disc"), so a
    // run of capitalised words with those initials is someone's name ("the Glasgow group's new LP" is no "Lantern Pictures").
    internal static readonly HashSet<string> CommonNouns = new(StringComparer.Ordinal)
    {
        "LP", "LPs", "EP", "EPs", "CD", "CDs", "DVD", "DVDs", "TV", "TVs", "ID", "DJ", "DJs", "PIN", "SMS", "GPS", "USB", "LCD", "ATM", "ATMs",
    };

    /// <summary>The words of <paramref name="question"/> shaped like an acronym, once each: the only ones whose corpus statistics <see cref="Expand"/> reads.</summary>
    /// <remarks>A post or thing typed in lower case ("who's the ceo there", "the ex-calderbridge vc") counts too.</remarks>
    public static IReadOnlyList<string> Candidates(string question) =>
        AcronymWord().Matches(question).Select(m => m.Value).Where(a => !CommonNouns.Contains(a))
            .Concat(LowerCaseLetters().Matches(question).Select(m => m.Value).Where(w => Key(w) is var key && WrittenOut.ContainsKey(key) && !CapitalsOnly.Contains(key)))
            .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The question with each acronym the corpus never uses replaced by a spelling-out found in <paramref name="passages"/>,
    /// or by the usual spelling of a post or thing whose every word the corpus uses; null when nothing changes.</summary>
    /// <remarks>An acronym some article uses is left as typed, even when the passages found write it only out: measured over the
    /// probes, spelling it out then lost more answers than it gained (docs/quality.md, forty-ninth pass).</remarks>
    public static string? Expand(string question, ITermStatistics corpus, IEnumerable<string> passages)
    {
        var texts = passages.ToList();
        string expanded = question;
        foreach (var acronym in Candidates(question))
        {
            string key = Key(acronym);
            if (EnglishTerms.Analyze(acronym) is { Count: > 0 } terms && terms.All(t => corpus.DocumentFrequency(t) == 0)
                && (texts.Select(t => SpelledOutAny(key, t)).FirstOrDefault(p => p is not null) ?? WrittenOutIn(key, corpus)) is { } phrase)
            {
                expanded = Regex.Replace(expanded, $@"\b{Regex.Escape(acronym)}\b", phrase);
            }
        }

        return expanded == question ? null : expanded;
    }

    // A run of capitalised words first; for four letters or more, one in lower case too: "the finance CECM" is the story's "county
    // executive committee member for finance". Three lower-case initials match too many runs of ordinary words by chance.
    private static string? SpelledOutAny(string acronym, string text) =>
        SpelledOut(acronym, text) ?? (acronym.TrimEnd('s') is { Length: >= 4 } letters && letters.All(char.IsUpper) ? SpelledOut(acronym, text, lowerCase: true) : null);

    // The letters as news writes them: "ceo" is "CEO", "ceos" is "CEOs".
    private static string Key(string word) =>
        word.Any(char.IsUpper) ? word : word.Length > 3 && word.EndsWith('s') && WrittenOut.ContainsKey(word[..^1].ToUpperInvariant() + "s")
            ? word[..^1].ToUpperInvariant() + "s" : word.ToUpperInvariant();

    // Posts that news writes out in lower case, so no run of capitalised words spells them: "Who is the CEO of Fennick Labs?"
    // over "Chief Executive Ana Sorvino, 34, founded the company …" or "said Harwick's chief executive, Alison Marr". The first
    // spelling whose every word the corpus uses stands in.
    private static readonly Dictionary<string, string[]> WrittenOut = new(StringComparer.Ordinal)
    {
        ["CEO"] = ["chief executive"],
        ["CEOs"] = ["chief executives"],
        ["CFO"] = ["chief financial officer", "finance director", "finance chief"],
        ["COO"] = ["chief operating officer"],
        ["CTO"] = ["chief technology officer"],
        ["PM"] = ["prime minister"],
        // "who is the DG of the state company …" over "said EPCF director general Samira Ouali"; "who's the MD there?". Not "GM",
        // as often General Motors as a general manager (squad-b: "Why did GM, Ford and Chrysler introduce … small cars?").
        ["DG"] = ["director general", "director-general"],
        ["MD"] = ["managing director"],
        ["VC"] = ["vice-chancellor", "vice chancellor", "venture capital"],
        // Things, not posts, that news writes out as often as in letters: "what was the price band for the annapurna IPO" over
        // "The initial public offering of Annapurna Cold Chain Ltd …", "the bench hearing the urban flooding PIL" over "… was
        // hearing a public interest litigation", "when is the UV unit meant to be running?" over "an ultraviolet treatment unit".
        ["IPO"] = ["initial public offering", "flotation"],
        ["IPOs"] = ["initial public offerings", "flotations"],
        ["PIL"] = ["public interest litigation"],
        ["GDP"] = ["gross domestic product"],
        // "Turkey's yearly CPI rate" is the story's "annual inflation", and "gross FX reserves" its "foreign exchange reserves".
        ["CPI"] = ["consumer price index", "consumer prices", "inflation"],
        ["FX"] = ["foreign exchange", "foreign currency"],
        ["AGM"] = ["annual general meeting"],
        ["FDI"] = ["foreign direct investment"],
        ["UV"] = ["ultraviolet"],
        ["EV"] = ["electric vehicle"],
        ["EVs"] = ["electric vehicles"],
        // Currencies by their codes, as a reader may type them: "BCW 2024 profit in LBP?" over "3.46 trillion Lebanese pounds".
        ["USD"] = ["US dollars", "dollars"],
        ["EUR"] = ["euros"],
        ["GBP"] = ["pounds", "sterling"],
        ["JPY"] = ["yen"],
        ["CNY"] = ["yuan"],
        ["RMB"] = ["yuan", "renminbi"],
        ["INR"] = ["rupees"],
        ["PKR"] = ["rupees"],
        ["LKR"] = ["rupees"],
        ["NPR"] = ["rupees"],
        ["BDT"] = ["taka"],
        ["LBP"] = ["Lebanese pounds", "pounds"],
        ["EGP"] = ["Egyptian pounds", "pounds"],
        ["JOD"] = ["dinars"],
        ["KWD"] = ["dinars"],
        ["BHD"] = ["dinars"],
        ["IQD"] = ["dinars"],
        ["TND"] = ["dinars"],
        ["DZD"] = ["dinars"],
        ["AED"] = ["dirhams"],
        ["MAD"] = ["dirhams"],
        ["SAR"] = ["riyals"],
        ["QAR"] = ["riyals"],
        ["OMR"] = ["rials", "riyals"],
        ["IRR"] = ["rials"],
        ["NGN"] = ["naira"],
        ["KES"] = ["shillings"],
        ["UGX"] = ["shillings"],
        ["TZS"] = ["shillings"],
        ["ZAR"] = ["rand"],
        ["BWP"] = ["pula"],
        ["NAD"] = ["Namibian dollars", "dollars"],
        ["GHS"] = ["cedis"],
        ["XOF"] = ["CFA francs"],
        ["XAF"] = ["CFA francs"],
        ["CHF"] = ["Swiss francs", "francs"],
        ["SEK"] = ["kronor"],
        ["NOK"] = ["kroner"],
        ["DKK"] = ["kroner"],
        ["ISK"] = ["kronur"],
        ["PLN"] = ["zloty"],
        ["HUF"] = ["forints"],
        ["CZK"] = ["koruna", "crowns"],
        ["TRY"] = ["lira"],
        ["RUB"] = ["roubles", "rubles"],
        ["UAH"] = ["hryvnias"],
        ["KZT"] = ["tenge"],
        ["BRL"] = ["reais"],
        ["MXN"] = ["pesos"],
        ["ARS"] = ["pesos"],
        ["CLP"] = ["pesos"],
        ["COP"] = ["pesos"],
        ["PHP"] = ["pesos"],
        ["PEN"] = ["soles"],
        ["IDR"] = ["rupiah"],
        ["MYR"] = ["ringgit"],
        ["THB"] = ["baht"],
        ["VND"] = ["dong"],
        ["KRW"] = ["won"],
        ["SGD"] = ["Singapore dollars", "dollars"],
        ["HKD"] = ["Hong Kong dollars", "dollars"],
        ["AUD"] = ["Australian dollars", "dollars"],
        ["NZD"] = ["New Zealand dollars", "dollars"],
        ["CAD"] = ["Canadian dollars", "dollars"],
        ["FJD"] = ["Fijian dollars", "dollars"],
        ["JMD"] = ["Jamaican dollars", "dollars"],
        ["TTD"] = ["Trinidad and Tobago dollars", "dollars"],
    };

    // Letters that are a word or a time in lower case: "3 pm" is no prime minister.
    // So are most currency codes ("try", "pen", "won", "cad"): they are read only in capitals.
    private static readonly HashSet<string> CapitalsOnly = new(StringComparer.Ordinal)
    {
        "PM", "EV", "EVs", "UV", "PIL",
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "PKR", "LKR", "NPR", "BDT", "LBP", "EGP", "JOD", "KWD", "BHD", "IQD", "TND", "DZD", "AED",
        "MAD", "SAR", "QAR", "OMR", "IRR", "NGN", "KES", "UGX", "TZS", "ZAR", "BWP", "NAD", "GHS", "XOF", "XAF", "CHF", "SEK", "NOK", "DKK", "ISK",
        "PLN", "HUF", "CZK", "TRY", "RUB", "UAH", "KZT", "BRL", "MXN", "ARS", "CLP", "COP", "PHP", "PEN", "IDR", "MYR", "THB", "VND", "KRW", "SGD",
        "HKD", "AUD", "NZD", "CAD", "FJD", "JMD", "TTD",
    };

    /// <summary>Whether <paramref name="word"/> is a thing or post written in capitals (<see cref="CommonNouns"/>), or one whose letters
    /// news writes out in lower case ("CEO", "IPO"): a common noun, not a name the quoted sentence must hold.</summary>
    public static bool IsCommonNoun(string word) => CommonNouns.Contains(word) || WrittenOut.ContainsKey(word);

    /// <summary>The words of the lower-case spellings of the question's acronyms, whose corpus statistics <see cref="Expand"/> reads too.</summary>
    public static IEnumerable<string> SpellingWords(string question) =>
        Candidates(question).SelectMany(a => WrittenOut.GetValueOrDefault(Key(a)) ?? []).SelectMany(p => p.Split(' '));

    /// <summary><paramref name="question"/> with its posts' letters written out as news writes them ("CEO" → "chief executive"),
    /// for readers of a question that have no corpus to hand: which name answered "Who is the CEO of Fennick Labs?" is read
    /// beside the answer's "Chief Executive Ana Sorvino".</summary>
    public static string WriteOut(string question) =>
        AcronymWord().Replace(question, m => WrittenOut.TryGetValue(m.Value, out var spellings) ? spellings[0] : m.Value);

    private static string? WrittenOutIn(string acronym, ITermStatistics corpus) =>
        WrittenOut.GetValueOrDefault(acronym)?.FirstOrDefault(p => EnglishTerms.Analyze(p).All(t => corpus.DocumentFrequency(t) > 0));

    /// <summary>The first run of capitalised words in <paramref name="text"/> whose initials spell <paramref name="acronym"/> ("ISAF", or "DSMs" without its plural s).</summary>
    /// <remarks>A plural acronym stands for a plural: "DSMs" for "Distinguished Service Medals", but "TDs" (touchdowns) not for
    /// "Thomas Davis", a player named in the same story, so the run must end in the plural of an English word.</remarks>
    /// <param name="acronym">The letters.</param>
    /// <param name="text">The text to search.</param>
    /// <param name="lowerCase">Read words in lower case too ("county executive committee member" for CECM).</param>
    public static string? SpelledOut(string acronym, string text, bool lowerCase = false)
    {
        bool plural = acronym.EndsWith('s');
        string letters = plural ? acronym[..^1] : acronym;
        var words = Word().Matches(text).ToList();
        for (int start = 0; start < words.Count; start++)
        {
            if (Initials(words, start, letters, lowerCase) is int end && (!plural || IsPlural(words[end].Value)))
            {
                return text[words[start].Index..(words[end].Index + words[end].Length)];
            }
        }

        return null;
    }

    // "Medals", "Forces", "Churches": an English word with a plural ending; "Davis" is no plural of "Davi".
    private static bool IsPlural(string word) =>
        word.Length > 3 && word.EndsWith('s') && (EnglishWords.Knows(word[..^1]) || (word.EndsWith("es", StringComparison.Ordinal) && EnglishWords.Knows(word[..^2])));

    // Reads initials from words[start] on: each capitalised word (or hyphenated part) gives one letter, a Roman
    // numeral all of its letters ("World War II" for WWII), joining words ("of", "and") none, or one where the acronym
    // has it ("BOJ" for "Bank of Japan", but "SOAS" for "School of Oriental and African Studies"). Returns the
    // last word's index when the initials spell the acronym exactly.
    private static int? Initials(List<Match> words, int start, string letters, bool lowerCase) => Initials(words, start, start, letters, 0, lowerCase);

    private static int? Initials(List<Match> words, int start, int i, string letters, int matched, bool lowerCase)
    {
        for (; i < words.Count; i++)
        {
            string word = words[i].Value;
            if (i > start && Joiners.Contains(word))
            {
                if (char.IsLetter(word[0]) && matched < letters.Length && char.ToLowerInvariant(letters[matched]) == word[0]
                    && Initials(words, start, i + 1, letters, matched + 1, lowerCase) is int end)
                {
                    return end;
                }

                continue;
            }

            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                string initials = i > start && RomanNumeral().IsMatch(part) ? part : part[..1];
                if (!(char.IsUpper(part[0]) || (lowerCase && char.IsLower(part[0]))) || matched + initials.Length > letters.Length
                    || !letters.AsSpan(matched, initials.Length).Equals(initials, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                matched += initials.Length;
            }

            if (matched == letters.Length)
            {
                return i;
            }
        }

        return null;
    }

    // Two to six capitals, optionally a plural s: ISI, ISAF, DSMs, and "DI Frank Mallon" for the story's "Detective
    // Inspector Frank Mallon". Only an acronym no article uses is spelled out (Expand), so the common two-letter ones
    // ("UN", "EU") that stories write themselves are left alone.
    [GeneratedRegex(@"\b[A-Z]{2,6}s?\b")]
    private static partial Regex AcronymWord();

    // A post or thing typed in lower case, as chat is ("the ceo", "cpi"): read when its capitals are in WrittenOut.
    [GeneratedRegex(@"\b[a-z]{2,4}\b")]
    private static partial Regex LowerCaseLetters();

    [GeneratedRegex(@"^(?:II|III|IV|VI|VII|VIII|IX)$")]
    private static partial Regex RomanNumeral();

    [GeneratedRegex(@"[\p{L}][\p{L}\-&]*")]
    internal static partial Regex Word();
}
