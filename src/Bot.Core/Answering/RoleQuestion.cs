using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>"Who is the boss of Harwick Foods?", "Who runs FibreNest?": a question that asks who holds a role, and the sentences that name its holder.</summary>
/// <remarks>
/// News names a firm's head once, in the form "…," said chief executive Alison Marr, often in a sentence that does not
/// name the firm: the ranker, weighing the firm's rare name, prefers the lead that names the firm and nobody else. A
/// sentence that writes the role beside a person's name is the answer to such a question. "Boss", "runs", "heads" and
/// "leads" ask for whoever heads the organisation, whatever the story calls the post.
/// </remarks>
public static partial class RoleQuestion
{
    private static readonly string[] Heads =
        ["chief executive", "chief exec", "managing director", "boss", "chairman", "chairwoman", "chair", "head", "president", "CEO", "leader", "founder", "co-founder",
         // A union, a party or an agency is led by its secretary-general or director-general ("Rosa Quispe Mamani, 44,
         // secretary-general of SUTMA" for "Who leads the union at the Antapampa mine?").
         "secretary-general", "general secretary", "director-general", "director general",
         // An agency, a service or an institute is run by its director ("Dr Evadne Blackwood, director of the Meteorological
         // Service of Jamaica"); a director of a department is not its head (HeadOfItAll).
         "director"];

    // "Who directed Midnight at Kestrel Road?" is answered by "Director Marisol Keane said …": a deed and the post of the one
    // who does it, or the deed written with its doer ("directed by Marisol Keane"). Not "designed", "wrote" or "produced":
    // over squad-b an architect or author of something else in the story took the lead from "designed by Irena Bajerska".
    private static readonly Dictionary<string, string[]> Agents = new(StringComparer.Ordinal)
    {
        ["directed"] = ["director", "directed by"],
        ["founded"] = ["founder", "co-founder", "founded by"],
        ["co-founded"] = ["co-founder", "founder", "co-founded by", "founded by"],
        ["owns"] = ["owner", "owned by"],
        ["coaches"] = ["coach", "head coach", "coached by"],
        ["manages"] = ["manager", "managed by"],
        ["chairs"] = ["chairman", "chairwoman", "chair", "chaired by"],
        ["edits"] = ["editor", "edited by"],
        ["presents"] = ["presenter", "host", "presented by"],
        ["hosts"] = ["host", "presenter", "hosted by"],
        ["trains"] = ["trainer", "trained by"],
        // Court reports name counsel by post ("prosecutor Sandrine Aubel", "Prosecuting, Amy Cole said …").
        ["prosecuting"] = ["prosecutor", "prosecuting"],
        ["prosecuted"] = ["prosecutor", "prosecuting", "prosecuted by"],
        ["refereed"] = ["referee", "refereed by"],
        ["refereeing"] = ["referee"],
    };

    /// <summary>The roles whose holder <paramref name="question"/> asks for, or null when it asks for no role's holder.</summary>
    public static IReadOnlyList<string>? Roles(string question)
    {
        // "What's the name of the Harwick boss?" asks who the boss is.
        question = NameOf().Replace(question, "who is ");
        // "Who leads the lecturers' union as secretary-general?" asks for that post, not any head: not its president.
        if (AsPost().Match(question) is { Success: true } post && RoleWords().IsMatch(post.Groups["role"].Value))
        {
            return WithEquivalents(post.Groups["role"].Value.ToLowerInvariant());
        }

        if (HeadVerb().IsMatch(question))
        {
            return Heads;
        }

        if (AgentVerb().Match(question) is { Success: true } agent)
        {
            return Agents[agent.Groups["verb"].Value.ToLowerInvariant()];
        }

        if ((RoleOf().Match(question) is { Success: true } asked ? asked : Headline().Match(question)) is not { Success: true } match)
        {
            return null;
        }

        string role = match.Groups["role"].Value.Trim().ToLowerInvariant();
        return role is "boss" or "head" or "leader" or "chief" or "ceo" ? Heads : RoleWords().IsMatch(role) ? WithEquivalents(role) : null;
    }

    // "Who is the finance director at Aegean Star Ferries?" is answered by "Eleni Papadaki, the chief financial officer of ASF":
    // one post goes by several titles from story to story, and a reader asks by whichever comes to mind.
    private static readonly string[][] Titles =
    [
        ["finance director", "chief financial officer", "director of finance", "finance chief", "financial director", "cfo"],
        ["chief operating officer", "operations director", "coo"],
        ["chief technology officer", "technology director", "cto"],
        ["spokesman", "spokeswoman", "spokesperson"],
        ["chairman", "chairwoman", "chair", "chairperson"],
        ["headteacher", "head teacher", "headmaster", "headmistress", "principal"],
        ["coach", "head coach"],
        ["police chief", "police commissioner", "chief constable"],
    ];

    // The role as asked, then its other titles.
    private static IReadOnlyList<string> WithEquivalents(string role) =>
        Titles.FirstOrDefault(t => t.Contains(role, StringComparer.Ordinal)) is { } titles ? [role, .. titles.Where(t => t != role)] : [role];

    /// <summary>The post asked for by its kind ("Which minister opened the new bridge?", "which judge sentenced the treasurer"),
    /// or null. Only to lead with a sentence that names its holder: Wikipedia-style answers often name a president or a
    /// general without the post, so no refusal rests on it.</summary>
    /// <remarks>A minister in Britain is often titled a secretary ("Education Secretary Judith Carew") or the chancellor.</remarks>
    public static IReadOnlyList<string>? AskedByKind(string question) =>
        WhichPost().Match(question) is not { Success: true } m || !RoleWords().IsMatch(m.Groups["role"].Value) ? null
        : m.Groups["role"].Value.ToLowerInvariant() is "minister" ? ["minister", "secretary", "chancellor"]
        : [m.Groups["role"].Value.ToLowerInvariant()];

    /// <summary>True when <paramref name="sentence"/> speaks of <paramref name="role"/> at all ("Governor-General" of "governor").</summary>
    /// <remarks>Not in the plural: "Ministers will provide £220m …" speaks of the government, not of the one who announced it.</remarks>
    public static bool Mentions(string sentence, string role)
    {
        string singular = Regex.Replace(sentence, $@"\b{Regex.Escape(role.Split(' ')[^1])}s\b", " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var said = EnglishTerms.Analyze(singular).ToHashSet(StringComparer.Ordinal);
        var asked = EnglishTerms.Analyze(role);
        return asked.Count > 0 && asked.All(said.Contains);
    }

    /// <summary>True when <paramref name="sentence"/> writes one of <paramref name="roles"/> beside a person's name of two words or more:
    /// "said chief executive Alison Marr", "Fiona Blake, the managing director", "the Chairman of the Board of Trustees is Andrew Alper".</summary>
    public static bool NamesHolder(string sentence, IReadOnlyList<string> roles)
    {
        // The roles as one alternation, so that each sentence is read by two patterns (which Regex's cache keeps), not two per role.
        string r = Alternation(roles);
        // "Fiona Blake, the managing director" names the holder; "Riverside Park, is owned by …" names what is owned.
        var posts = roles.Where(role => !role.EndsWith(" by", StringComparison.Ordinal)).ToList();
        return Regex.IsMatch(sentence, $@"{NotHeld}(?i:\b{r})(?:\s+(?:of|at)\s+(?:the\s+)?{Body})?(?:,?\s+(?:is|was)\b)?,?\s+{Name}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            || (posts.Count > 0 && Regex.IsMatch(sentence, $@"{Name},\s+{Aged}(?i:(?:the|its|their|his|her)\s+)?(?:\p{{Lu}}[\w&'’-]*['’]s\s+)?(?i:(?:\w+\s+){{0,2}}?{Alternation(posts)})\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            || (posts.Count > 0 && Regex.IsMatch(sentence, $@"{NotHeld}{Name}{Appointed}(?i:{Alternation(posts)})\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
    }

    // The body a post is of, read whole: the end of "chief executive of the Serowe Diamond Trading Company (SDTC)" is no
    // person named "Trading Company".
    private const string Body = @"(?>\p{Lu}[\w&'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\w&'’-]*)*)";

    // A post given to someone: "The High Court appointed Deirdre Lacey of accountancy firm Kinsella Lacey as receiver", "Alison
    // Marr was named chief executive".
    private const string Appointed = @"(?:\s+of\s+[\w&'’ -]{1,60}?)?\s+(?:(?:was|has\s+been|had\s+been|is|will\s+be)\s+(?:appointed|named|installed|confirmed|made)\s+(?:as\s+)?|as\s+)(?i:(?:the|its|their|new|interim|acting|joint)\s+)*";

    /// <summary>True when <paramref name="sentence"/> writes one of <paramref name="roles"/> after one of the question's <paramref name="names"/>
    /// beside a person's name: "Redbridge manager Steve Corrigan", "Jennifer Oduya, Northern Power's chief executive".</summary>
    /// <remarks>A story of two clubs names both managers; "their manager, Ray Dunleavy" is the other club's.</remarks>
    public static bool NamesHolderOf(string sentence, IReadOnlyList<string> roles, IReadOnlyList<string> names)
    {
        var posts = roles.Where(role => !role.EndsWith(" by", StringComparison.Ordinal)).ToList();
        if (posts.Count == 0 || names.Count == 0)
        {
            return false;
        }

        // A firm named in full in the question is often its letters in the story ("Eleni Papadaki, the chief financial officer
        // of ASF" for "Aegean Star Ferries").
        var written = names.Select(QuestionTerms.WithoutPossessive).ToList();
        var initials = Initials(written).ToList();
        string of = "(?:" + string.Join('|', written.Concat(initials).Select(Regex.Escape)) + @")(?:['’]s)?";
        string post = $@"(?i:(?:new\s+)?{Alternation(posts)})";
        // The post before or after the name asked about: "Redbridge manager Steve Corrigan", "Jennifer Oduya, Northern Power's
        // chief executive", "Eleni Papadaki, the chief financial officer of ASF", "the chief executive of Orbiq, Camille Ferrand".
        // After the post, the body must end in the question's last name, or be its letters: "chairman of the Jamaica Police
        // Federation" is not the chair of "jamaica's police service commission". Its small words count ("governor of the
        // National Bank of Georgia").
        string last = "(?:" + string.Join('|', written.TakeLast(1).Concat(initials).Select(Regex.Escape)) + ")";
        string at = $@"(?i:the\s+)?{post}\s+(?i:of|at)\s+(?:the\s+)?(?:(?:\p{{Lu}}[\w&'’-]*|of|and|for)\s+){{0,4}}{last}\b";
        return Regex.IsMatch(sentence, $@"{NotHeld}\b{of}\s+{post},?\s+{Name}|{Name},\s+{Aged}(?:the\s+)?{of}\s+{post}\b|{Name},\s+{Aged}{at}|{NotHeld}\b{at},\s+{Name}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    // "ASF" for "Aegean", "Star", "Ferries": the initials of every run of three names or more in the question's order, each
    // capitalised (the question's names are its capitalised words, one by one).
    private static IEnumerable<string> Initials(List<string> names) =>
        from start in Enumerable.Range(0, names.Count)
        from length in Enumerable.Range(3, Math.Max(0, names.Count - start - 2))
        let run = names.GetRange(start, length)
        where run.All(n => n.Length > 0 && char.IsUpper(n[0]))
        select string.Concat(run.Select(n => n[0]));

    // "defence minister" is written "Defense Minister" in an American story: either spelling of -ence/-ense names the post.
    // A head or director of a department is not the head asked for: "Kabo Seitshiro, now head of community relations at
    // Kgalagadi Copper".
    private static string Alternation(IEnumerable<string> roles) =>
        "(?:" + string.Join('|', roles.Select(role => role is "head" ? role + HeadOfItAll : role is "director" ? UnderNoOne + role + HeadOfItAll
            : BritishOrAmerican().Replace(Regex.Escape(role).Replace(@"\ ", @"\s+", StringComparison.Ordinal), "en[cs]e"))) + ")";

    // Nor is an assistant or a finance director: "HMRC assistant director Tom Bradshaw" does not run HMRC.
    private const string UnderNoOne = @"(?<!\b(?i:assistant|deputy|associate|finance|financial|technical|sales|marketing|communications|operations|research|medical|music|musical|art|artistic|creative|sporting|football|programme|program|campaign|casting|commercial|legal|regional|non-executive)\s+)";

    // The posts are read case-blind, so the small letter of a department is asked for case-sensitively ("head of Iran’s
    // National Security Council" heads it).
    private const string HeadOfItAll = @"(?!\s+of\s+(?!the\b|its\b|their\b)(?-i:\p{Ll}))";

    [GeneratedRegex(@"en[cs]e\b")]
    private static partial Regex BritishOrAmerican();

    // A post held before, or shadowed in opposition, is not the post asked for: "who took over in January from long-serving
    // boss Sir Alan Pryce", "former chairman John Hale", "Shadow home secretary Douglas Ferrar". Not "the first feature from
    // director Sue Bramwell".
    private const string NotHeld = @"(?<!\b(?i:former|ex|previous|outgoing|late|retired|retiring|shadow|succeeded|succeeds|succeeding|replaced|replaces|replacing)[\s-]+(?:[\w-]+\s+)?)(?<!\b(?i:took|takes|taking|take)\s+over\b[^.;]{0,40}?\bfrom\s+(?:[\w-]+\s+)?)";

    // Two or more capitalised words: a person's name as news first writes it, after a title the sentence may give it ("FSAI
    // director Dr. Corinne Zurbriggen", "Prof. Amina Diallo"), whose full stop ended the name before.
    private const string Name = @"(?:(?:Dr|Prof|Mr|Mrs|Ms|Rev|Hon|Sen|Gen|Lt|Col|Maj|Capt|Cpl|Sgt|Insp|Supt|Cllr|Fr|Eng|Engr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+";

    // An age after a name, as news gives it: "Rosa Quispe Mamani, 44, secretary-general of SUTMA".
    private const string Aged = @"(?:(?:now\s+|aged\s+)?\d{1,3},\s+)?";

    // The post a "who" question names after "as", at its end: "… as secretary-general?", "… as its chief executive".
    [GeneratedRegex(@"^\W*(?:and\s+)?who\b.*\bas\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:new\s+|acting\s+|interim\s+)?(?<role>[\w-]+(?:\s+[\w-]+)?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex AsPost();

    // "Who runs FibreNest?", "who heads the regulator", "Who is in charge of …".
    [GeneratedRegex(@"^\W*who\s+(?:now\s+|currently\s+)?(?:runs|heads|leads|is\s+in\s+charge\s+of|is\s+running|is\s+heading)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeadVerb();

    // "Who directed …?", "Who founded …?", "who owns the club", "and who trains him?", "who is prosecuting?": a deed whose doer has a post (Agents).
    [GeneratedRegex(@"^\W*(?:and\s+)?who\s+(?:is\s+|was\s+|['’]s\s+)?(?<verb>directed|founded|co-founded|owns|coaches|manages|chairs|edits|presents|hosts|trains|prosecuting|prosecuted|refereed|refereeing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgentVerb();

    // "Who is the boss of Harwick Foods?", "who's the managing director at Tallis & Crane", "Who is Lumo's boss?", "who's CEO
    // of Namib Sun Hydrogen?" (not "Who is head of safety at Chatterbox?", a post of its own), "Who's the project director on
    // the metro line?" (a post of two words: "Who was the receiver on the 2-point conversion?" asks for a player),
    // "Who is the Taliban government's defence minister?".
    // "who's its boss?" after a question about a firm: its post, read to the question mark (a follow-up has the topic added).
    [GeneratedRegex(@"^\W*who(?:'s|’s|\s+is|\s+was|\s+will\s+be)\s+(?:(?:(?:the|its|their)\s+(?:new\s+|current\s+|former\s+)?|(?:new\s+|current\s+|former\s+)?(?!head\b))(?<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?:of|at|for)\b|(?:the\s+|its\s+|their\s+)?(?!(?:the|its|their|a|an)\b)(?<role>[a-z][a-z-]*\s+[a-z][a-z-]*)\s+on\b|(?:the\s+)?\p{Lu}[\w&'’ -]*?['’]s\s+(?:new\s+|current\s+)?(?<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s*\??\s*$|(?:its|their)\s+(?:new\s+|current\s+)?(?<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s*(?:\?|$))", RegexOptions.IgnoreCase)]
    private static partial Regex RoleOf();

    // "What is the name of the …", "what's the name of Lumo's …": a name asked for as a thing, of whoever follows.
    [GeneratedRegex(@"^\W*what(?:'s|’s|\s+is|\s+was)\s+the\s+name\s+of\s+(?=(?:the|its|their)\s|\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex NameOf();

    // "Who is the Harwick Foods boss?", "Harwick boss?": a post after the name of what it heads, as a headline writes it.
    [GeneratedRegex(@"^\W*(?:(?i:who(?:'s|’s|\s+is|\s+was)\s+(?:the\s+)?))?(?:\p{Lu}[\w&'’.-]*\s+){1,4}(?<role>(?i:[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?))\s*\??\s*$")]
    private static partial Regex Headline();

    [GeneratedRegex(@"^\W*(?:which|what)\s+(?<role>[a-z][a-z-]*)\s+(?!of\b|is\b|was\b|are\b|were\b)[a-z]", RegexOptions.IgnoreCase)]
    private static partial Regex WhichPost();

    // Words that name a post rather than a thing ("the owner of", not "the name of" or "the price of"), among them the posts a
    // court gives ("who was put in charge of Shannonside Prime Meats as receiver" over "The High Court appointed Deirdre Lacey …
    // as receiver").
    [GeneratedRegex(@"\b(?:boss|chief|executive|director|chairman|chairwoman|chair|head|president|ceo|founder|owner|manager|coach|captain|minister|secretary|spokesman|spokeswoman|spokesperson|editor|governor|mayor|leader|commissioner|chancellor|ambassador|general|commander|principal|headteacher|presenter|host|producer|author|writer|designer|analyst|economist|barrister|lawyer|solicitor|advocate|attorney|prosecutor|judge|magistrate|treasurer|agent|receiver|liquidator|examiner|trustee|auditor|adviser|advisor|mediator|arbitrator|envoy|referee|umpire|curator)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleWords();
}
