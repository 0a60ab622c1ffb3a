using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>A question asked the polite way ("Can you tell me who the boss of Harwick Foods is?"), put as the question it asks ("Who is the boss of Harwick Foods?").</summary>
/// <remarks>
/// The rules that read a question's shape (the kind of answer it asks for, a post, a count, a speaker, a claim to look up)
/// read it from its first words, as SQuAD and our own question sets write them. People in a chat write "Could you tell me",
/// "Do you know" or "I'd like to know" before the question and put it in the order of a statement: "who the boss is", "how
/// much Harwick is putting into …". Asked that way, "Who is the boss of Harwick Foods?" quoted the firm's profits instead of
/// its chief executive. So the lead-in goes, and the helping verb goes back before the subject ("is", "will", "has"); a
/// verb without one is left where it is ("how many people the quake killed" is read as well as "how many people did the
/// quake kill"), but for a few common ones that the rules look for ("what Marsh said" → "what did Marsh say").
/// A question that is already direct is left as typed.
/// </remarks>
public static partial class IndirectQuestion
{
    // The subject a helping verb is put back before is short and says nothing itself: "the boss of Harwick Foods".
    private const int MaxSubjectWords = 8;

    private static readonly HashSet<string> Helpers = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should", "may", "might", "must",
    };

    // A subject starts with one of these or with a capital: "how much Harwick is …", "what price the house …". Any other
    // word after "what", "which" or "how many" is the thing asked about ("which union", "how many jobs").
    private static readonly HashSet<string> SubjectStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "it", "he", "she", "they", "we", "you", "i", "there", "each", "every", "some", "any",
    };

    // Words that end a subject before any helping verb: a reported claim ("where it says the strike was …") or a clause.
    private static readonly HashSet<string> NotInSubject = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "says", "said", "report", "reports", "reported", "mention", "mentions", "mentioned", "write", "writes", "wrote",
        "claim", "claims", "claimed", "state", "states", "stated", "that", "which", "who", "whom", "whose", "where", "when",
        "if", "whether", "and", "or", "but", "because",
    };

    // The past tenses the question rules look for in their present form: "What did Marsh say?", "How much did Lumo pay?".
    private static readonly Dictionary<string, string> Pasts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["said"] = "say", ["told"] = "tell", ["paid"] = "pay", ["made"] = "make", ["won"] = "win", ["meant"] = "mean",
    };

    /// <summary>The direct question <paramref name="utterance"/> asks, or null when it asks one directly (or is no question).</summary>
    public static string? Direct(string utterance)
    {
        var leadIn = LeadIn().Match(utterance);
        if (!leadIn.Success)
        {
            return null;
        }

        string clause = Ending().Replace(utterance[leadIn.Length..], string.Empty);
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count < 2)
        {
            return null;
        }

        string? direct = words[0].ToLowerInvariant() is "if" or "whether" ? YesOrNo(words) : Reordered(words) ?? clause;
        return direct is null ? null : char.ToUpperInvariant(direct[0]) + direct[1..] + "?";
    }

    // "if Gwadar port is closed" → "is Gwadar port closed"; without a helping verb ("if Harwick closed the plant") there is
    // no question to put, and the message is left as typed.
    private static string? YesOrNo(List<string> words)
    {
        int helper = HelperAfterSubject(words, 1);
        return helper <= 1 ? null : Join([words[helper], .. words[1..helper], .. words[(helper + 1)..]]);
    }

    // "who the boss of Harwick Foods is" → "who is the boss of Harwick Foods"; "what Marsh said" → "what did Marsh say".
    private static string? Reordered(List<string> words)
    {
        int asked = AskedWords(words);
        int helper = HelperAfterSubject(words, asked);
        if (helper > asked)
        {
            return Join([.. words[..asked], words[helper], .. words[asked..helper], .. words[(helper + 1)..]]);
        }

        if (helper < 0 && PastAfterSubject(words, asked) is { } past)
        {
            return Join([.. words[..asked], "did", .. words[asked..past], Pasts[words[past]], .. words[(past + 1)..]]);
        }

        return null;
    }

    // The question word and the words that go with it: "who", "how much", "which union", "how many jobs".
    private static int AskedWords(List<string> words)
    {
        string first = words[0].ToLowerInvariant();
        int asked = first == "how" && words.Count > 2 && IsLowerWord(words[1]) && !SubjectStarts.Contains(words[1]) && !Helpers.Contains(words[1]) ? 2 : 1;
        bool takesNoun = first is "what" or "which" or "whose" || (first == "how" && words[1].ToLowerInvariant() is "much" or "many");
        return takesNoun && asked < words.Count - 1 && IsLowerWord(words[asked]) && !SubjectStarts.Contains(words[asked]) && !Helpers.Contains(words[asked])
            ? asked + 1 : asked;
    }

    // The first helping verb after a subject that starts at `from`; -1 when there is none, `from` when none comes between.
    private static int HelperAfterSubject(List<string> words, int from)
    {
        for (int i = from; i < words.Count && i <= from + MaxSubjectWords; i++)
        {
            if (Helpers.Contains(words[i]))
            {
                return i;
            }

            if (NotInSubject.Contains(Bare(words[i])))
            {
                return -1;
            }
        }

        return -1;
    }

    // The past tense that follows a subject starting at `from` ("Marsh said", "Lumo paid"), if it is one of Pasts.
    private static int? PastAfterSubject(List<string> words, int from)
    {
        if (from >= words.Count || !(SubjectStarts.Contains(words[from]) || char.IsUpper(words[from][0])))
        {
            return null;
        }

        for (int i = from + 1; i < words.Count && i <= from + MaxSubjectWords; i++)
        {
            if (Pasts.ContainsKey(words[i]))
            {
                return i;
            }

            if (NotInSubject.Contains(Bare(words[i])))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsLowerWord(string word) => word.Length > 0 && char.IsLower(word[0]) && word.All(c => char.IsLetter(c) || c == '-');

    private static string Bare(string word) => word.Trim(',', ';', ':', '"', '“', '”', '\'');

    private static string Join(IEnumerable<string> words) => string.Join(' ', words);

    // "Can you tell me", "Could you please tell me", "Do you know", "I'd like to know", "Kindly tell me", "Any idea" … before
    // a question word (or "if" / "whether").
    [GeneratedRegex(@"^\W*(?:(?:ok|okay|so|and|hi|hello|hey)[,!]?\s+)?(?:please\s+|kindly\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|kindly\s+)?(?:tell|show|let)\s+me(?:\s+know)?|(?:tell|show)\s+me|(?:do|does)\s+(?:you|anyone|anybody)\s+(?:happen\s+to\s+)?know|i(?:'d|’d|\s+would)\s+like\s+to\s+know|i\s+(?:want|need)\s+to\s+know|i(?:'m|’m|\s+am)\s+(?:wondering|curious)|i\s+wonder|(?:any|no)\s+idea|(?:(?:can|could)\s+you\s+(?:please\s+)?)?(?:find\s+out|check))(?:\s+please)?[,:]?\s+(?=(?:who|whom|whose|what|when|where|which|why|how|if|whether)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    // ", please?", " thanks.", "?" at the end.
    [GeneratedRegex(@"(?:[,\s]+(?:please|thanks|thank\s+you|cheers))?[\s?.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ending();
}
