using System.Text.RegularExpressions;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>The content terms of a question, each weighted by how rare it is in the corpus (IDF).</summary>
/// <remarks>
/// Question scaffolding ("who", "how many", "where does it say", "the articles") carries no evidence, so it
/// is dropped before sentences are matched. A term the corpus never uses gets the highest weight: a question
/// about something the articles never mention should not be answered from the words around it. Names
/// (capitalised words inside the question, and a first word the passages write as a name) must match exactly;
/// other words may match a close synonym.
/// </remarks>
public sealed partial class QuestionTerms
{
    /// <summary>Words that hedge a question and ask for nothing a sentence must hold: "where exactly is it going?".</summary>
    internal static readonly string[] Hedges = ["exactly", "precisely", "actually", "really", "very", "specifically"];

    private static readonly HashSet<string> Scaffolding = new(EnglishTerms.Analyze(
        "what whats who whom whose where when why how which many much did does do done say says said tell told " +
        "article articles report reports reported mention mentions mentioned according give show me about anything " +
        "please can could would should i we you know there any some happen happened " + string.Join(' ', Hedges)), StringComparer.Ordinal);

    private QuestionTerms(IReadOnlyList<QuestionTerm> terms) => Terms = terms;

    /// <summary>Each distinct content term with its weight and the word it came from.</summary>
    public IReadOnlyList<QuestionTerm> Terms { get; }

    /// <summary>The weight of the rarest term.</summary>
    public double MaxWeight => Terms.Count == 0 ? 0 : Terms.Max(t => t.Weight);

    /// <summary>The sum of all weights (the most a sentence can match).</summary>
    public double Total => Terms.Sum(t => t.Weight);

    /// <summary>Analyses <paramref name="question"/> against the index's document frequencies.</summary>
    /// <param name="question">The question.</param>
    /// <param name="lexical">The index's document frequencies.</param>
    /// <param name="writtenAsName">Whether the passages found write a word as a name (see <see cref="OpensWithName"/>); without it the first word is never one.</param>
    public static QuestionTerms From(string question, ITermStatistics lexical, Func<string, bool>? writtenAsName = null)
    {
        int n = Math.Max(lexical.Count, 1);
        var terms = new Dictionary<string, QuestionTerm>(StringComparer.Ordinal);
        int framing = ClaimCheck().Match(question) is { Success: true } frame ? Words(frame.Value).Count() : 0;
        // "so far", "at the moment": when, as a reader asks it, not a word the story writes ("is the reservoir safe to swim in
        // at the moment" was refused because no story writes "moment").
        foreach (var (word, index) in Words(AsOfNow().Replace(question, " ")).Skip(framing))
        {
            foreach (var term in EnglishTerms.Analyze(word))
            {
                if (!Scaffolding.Contains(term) && !terms.ContainsKey(term))
                {
                    int df = lexical.DocumentFrequency(term);
                    bool isName = IsName(word, index) || (index == framing && df > 0 && writtenAsName is not null && OpensWithName(word) && writtenAsName(word));
                    // "Tories" over stories that only write "Conservatives" is a name the articles use, by another of its names.
                    bool inCorpus = df > 0 || (isName && QuestionTerm.OtherNameTerms(word).Any(other => other.All(t => lexical.DocumentFrequency(t) > 0)));
                    terms[term] = new QuestionTerm(term, word, Math.Log(1 + ((n - df + 0.5) / (df + 0.5))), isName) { InCorpus = inCorpus };
                }
            }
        }

        return new QuestionTerms(terms.Values.ToList());
    }

    /// <summary><paramref name="question"/> and the other names of its names (<see cref="QuestionTerm.OtherNameTerms"/>): the text whose term statistics <see cref="From"/> needs.</summary>
    public static string WithOtherNames(string question) =>
        string.Join(' ', Names(question, includeFirstWord: true).SelectMany(QuestionTerm.OtherNameTerms).SelectMany(t => t).Prepend(question));

    /// <summary><paramref name="question"/> without a leading "is it true that" (whose "it" and "that" point at nothing).</summary>
    public static string WithoutClaimFrame(string question) => ClaimCheck().Replace(question, string.Empty).TrimStart();

    /// <summary>The names in <paramref name="text"/>: capitalised words, not counting the first unless asked to.</summary>
    public static List<string> Names(string text, bool includeFirstWord = false) =>
        Words(text).Where(w => IsName(w.Word, includeFirstWord ? 1 : w.Index)).Select(w => w.Word).ToList();

    // A capital inside a question marks a name; the first word is capitalised anyway. A plural acronym ("MPs",
    // "NGOs") is a common noun: it may be paraphrased ("lawmakers"), and the articles may spell it out. "I" is no one's
    // name ("If I'm under 26, what's the cheapest ticket?" was refused as naming someone no article mentions).
    // So is a thing written in capitals ("the band's new LP", Acronyms.CommonNouns), a post or thing whose letters news writes
    // out in lower case ("IPO", "CEO": Acronyms.WrittenOut), and a reporting period ("Q1", "H2", "FY24"): "Vasudha Foods Q1 net
    // profit" was refused over "… net profit to Rs 318 crore for the April-June quarter", as naming something the sentence lacks.
    private static bool IsName(string word, int index) =>
        index > 0 && char.IsUpper(word[0]) && !PluralAcronym().IsMatch(word) && !FirstPerson().IsMatch(word) && !Acronyms.IsCommonNoun(word)
        && !ReportingPeriod().IsMatch(word) && !LetteredSum().IsMatch(word);

    // A sum written with its currency's letters ("R1.2m", "P4.8") is an amount, not a name.
    [GeneratedRegex(@"^\p{Lu}{1,3}\p{N}+[.,]\p{N}")]
    private static partial Regex LetteredSum();

    [GeneratedRegex(@"^(?:Q[1-4]|H[12]|FY\d{2}(?:\d{2})?)$")]
    private static partial Regex ReportingPeriod();

    [GeneratedRegex(@"\b(?:so\s+far(?!\s+(?:over|above|below|beyond|ahead|behind|from|away|out|off|down|up|into|more|less|than|as)\b)|at\s+the\s+moment|at\s+present|right\s+now|to\s+date|as\s+things\s+stand|as\s+of\s+now)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsOfNow();

    [GeneratedRegex(@"^I(?:['’](?:m|ve|d|ll))?$")]
    private static partial Regex FirstPerson();

    /// <summary>Whether the question's first word may be a name: capitalised, no word that opens questions, and no English word WordNet knows.</summary>
    /// <remarks>
    /// Chat questions often open with their subject: "McAllister prize money?", "Harwick profits?". Read as a plain word, the name
    /// may be missing from the sentence quoted ("She also collects prize money of €520,000", from another player's story). So a
    /// first word that may be a name is one when the passages found write it as one (<see cref="Truecase.WritesAsName"/>): a word the
    /// articles do not use, or write in lower case too ("Petrologists"), stays a plain word, and a slip ("Waht is …") never reads
    /// as a name no article uses.
    /// </remarks>
    public static bool OpensWithName(string word) =>
        char.IsUpper(word[0]) && word.Length > 2 && !PluralAcronym().IsMatch(word) && !QuestionOpener().IsMatch(WithoutPossessive(word))
        && !EnglishWords.Knows(WithoutPossessive(word));

    /// <summary><paramref name="word"/> without a possessive ending: "Lumo's" is "Lumo", "Marshes’" is "Marshes".</summary>
    public static string WithoutPossessive(string word) => Possessive().Replace(word, string.Empty);

    /// <summary>True when <paramref name="text"/> writes <paramref name="name"/>, without its possessive ("Orbiq" for "Orbiq's").</summary>
    public static bool WritesName(string text, string name) => text.Contains(WithoutPossessive(name), StringComparison.Ordinal);

    /// <summary>The words of <paramref name="text"/> with their position among the words.</summary>
    public static IEnumerable<(string Word, int Index)> Words(string text) =>
        WordPattern().Matches(text).Select((m, i) => (m.Value, i));

    // "Is it true that …" asks about the claim that follows; "true" is not a word the articles must hold.
    [GeneratedRegex(@"^\W*(?:is|was)\s+it\s+(?:really\s+)?(?:true|correct|right|accurate|the\s+case)\s+that\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimCheck();

    // Words that open a question or clause and are capitalised only for that: question words (and their slips, "Whic"),
    // auxiliaries, pronouns, determiners, prepositions and conjunctions, and the imperatives of requests.
    [GeneratedRegex(@"^(wh\p{L}{0,4}|how|is|are|was|were|be|been|do|does|did|has|have|had|can|could|will|would|shall|should|may|might|must|the|a|an|this|that|these|those|his|her|hers|its|their|our|my|your|it|he|she|they|we|you|there|here|in|on|at|of|to|for|from|with|without|into|onto|upon|by|after|before|during|since|until|till|while|although|though|because|if|as|than|then|under|over|between|among|against|about|through|throughout|within|along|across|besides|apart|according|other|another|some|many|much|more|most|few|each|every|both|either|neither|not|only|also|name|list|give|tell|describe|explain|define|identify|state|find|show|please|one|two|three|four|five|first|second|last)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionOpener();

    [GeneratedRegex(@"^\p{Lu}{2,}s$")]
    private static partial Regex PluralAcronym();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex Possessive();

    // "U.S." and "U.N." are one word, as the index's tokenizer reads them; split, their letters are words no article uses.
    // A number ("1905", "24", "2.5") is a word too: a sentence that holds the question's year or figure is the likelier answer.
    // An amount written with its unit ("5bn", "£212m", "1.3tn") is one word, as the index reads it; other letters after a
    // number ("19th", "1990s") stay apart, which measured better on squad-b (docs/quality.md, eighth pass).
    // Letters joined by a dot with no space ("Zorba.B", the virus; "Node.js") are one word as well, as the tokenizer reads them.
    // So are capitals after a number ("3G", "4K"): split, "G" read as a name no article uses refused "the cheapest deal on
    // Orbis's new 3G network". So is a sum written with its currency's letters ("R1.2m" in rand, "P4.8" in pesos), as the index
    // reads it: split, "R1" and "2m" were words no sentence holds ("a pensioner in a R1.2m house" was refused).
    [GeneratedRegex(@"\p{Lu}(?:\.\p{Lu})+\.?|\p{N}+\p{Lu}+(?![\p{L}\p{N}])|\p{Lu}{1,3}\p{N}+(?:[.,]\p{N}+)+(?:(?:bn|tn|m|k)(?![\p{L}\p{N}]))?|\p{N}+(?:[.,]\p{N}+)*(?:(?:bn|tn|m|k)(?![\p{L}\p{N}]))?|\p{L}[\p{L}\p{N}]*(?:[-'’]\p{L}+|\.\p{L}[\p{L}\p{N}]*)*")]
    private static partial Regex WordPattern();
}

/// <summary>One question term: its analysed form, the word it came from, its IDF weight, and whether it is a name.</summary>
public sealed record QuestionTerm(string Term, string Word, double Weight, bool IsName)
{
    /// <summary>False when no passage of the corpus uses the term: a strong sign the articles do not cover the question.</summary>
    public bool InCorpus { get; init; } = true;

    /// <summary>
    /// True when <paramref name="terms"/> (analysed text) hold this term, or, for a name, another of its names: a country's
    /// ("Britain" in "how many consoles has Kairo sold in Britain" is the story's "UK", <see cref="Capitals.OtherNames"/>) or
    /// the news words for it ("Lib Dems" are the story's "Liberal Democrats", <see cref="NewsParaphrases"/>).
    /// </summary>
    public bool In(IReadOnlySet<string> terms) =>
        terms.Contains(Term) || (IsName && OtherNameTerms(Word).Any(other => other.All(terms.Contains)));

    /// <summary>The other names of the name <paramref name="word"/> as the index reads them: a country's (<see cref="Capitals.OtherNames"/>) and the news words for it (<see cref="NewsParaphrases"/>).</summary>
    public static IEnumerable<IReadOnlyList<string>> OtherNameTerms(string word)
    {
        string name = QuestionTerms.WithoutPossessive(word);
        return Capitals.OtherNameTerms(name).Concat(NewsParaphrases.OtherTerms(name).Select(t => (IReadOnlyList<string>)[t]));
    }
}
