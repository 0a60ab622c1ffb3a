using System.Text.RegularExpressions;
using Bot.Core.Chunking;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>A result asked of a contest that the story only announces: "Did Ashford Rovers beat Northfield Athletic on 16 March?" over "Rovers travel to Northfield Athletic on Saturday 16 March".</summary>
/// <remarks>
/// Previews name both sides, the date and the place, so the fixture sentence holds nearly every word of the question and
/// was quoted as its answer. The question asks for a result (won, beat, the score) and names the other side after "beat",
/// "against", "v" or "played"; when every sentence of the story that writes that side tells the contest as still to come
/// ("will play", "face", "travel to", "host") and none gives a result, no sentence of that story answers. A story that
/// also reports an earlier meeting is left alone: which meeting the question means is for the reader.
/// </remarks>
public static partial class Unplayed
{
    // How many characters from the side's name a result may stand and still be told of it: a few words.
    private const int ResultReach = 40;

    // How far from the side's name the announcing verb may stand: "Carrow will play second seed Agata Nowicka". Further off
    // it announces another contest: "Kelmoor will play in the final … after beating Ashby Vale by 42 runs" tells Ashby Vale's result.
    private const int AheadReach = 60;

    /// <summary>The side asked about and the announcing sentence, when <paramref name="chunk"/>'s story only announces the contest the question asks the result of; null otherwise.</summary>
    public static (string Asked, string Said)? Find(string question, ArticleChunk chunk)
    {
        if (!ResultAsked().IsMatch(question) || AskedAhead().IsMatch(question) || Opponent().Match(question) is not { Success: true } opponent)
        {
            return null;
        }

        // A player is written by surname after the first mention ("Nowicka"); a club by its whole name, since "Athletic" or
        // "United" may be another club's.
        string name = opponent.Groups["name"].Value;
        string last = name.Split(' ')[^1];
        string side = ClubWord().IsMatch(last) ? name : last;
        var sideAt = new Regex($@"\b{Regex.Escape(side)}\b", RegexOptions.CultureInvariant);
        string story = chunk.Title + ".\n\n" + (chunk.Body ?? chunk.Text);
        var naming = SentenceSplitter.Split(story).Select(span => story.Substring(span.Start, span.Length)).Where(s => sideAt.IsMatch(s)).ToList();
        var announcing = naming.FirstOrDefault(s => Near(Ahead(), s, sideAt, AheadReach));
        return announcing is not null && !naming.Any(s => ResultNear(s, sideAt))
            ? (name, announcing.Trim())
            : null;
    }

    // A result told of the side: a score or a result word within a few words of its name ("Nowicka beat Carrow in Rome").
    // Further off it is another game's ("Rovers, who have won nine of their last 11 league games, … are one point clear of
    // Northfield Athletic").
    private static bool ResultNear(string sentence, Regex sideAt) => Near(Result(), sentence, sideAt, ResultReach);

    private static bool Near(Regex what, string sentence, Regex sideAt, int reach)
    {
        var at = sideAt.Matches(sentence).Select(m => m.Index).ToList();
        return what.Matches(sentence).Any(r => at.Any(a => Math.Abs(r.Index - a) <= reach));
    }

    [GeneratedRegex(@"\b(won|win|wins|winning|winner|beat|beaten|lost|lose|defeated|defeat|drew|draw|drawn|score|scores|scoreline|result|results)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResultAsked();

    // "Who will win …?", "What do they need to win …?": the question itself looks ahead.
    [GeneratedRegex(@"\b(will|would|shall|going\s+to|need|needs|next|expected|likely|predict\w*|odds|chances?)\b|['’]ll\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskedAhead();

    // The other side: the name after "beat", "against", "v", "played", "face", "over".
    [GeneratedRegex(@"\b(beat|beaten|defeated|against|v|vs|versus|played|play|playing|faced|face|met|meet|over)\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})")]
    private static partial Regex Opponent();

    // "Rovers play Dunmere Athletic on Wednesday": a team is plural in British English, so "play" announces as "plays" does.
    [GeneratedRegex(@"\b(will|to)\s+(play|face|meet|host|take\s+on|travel)\b|\b(face|faces|travel|travels|host|hosts|meet|meets|takes\s+on|take\s+on|plays|play)\b|\bfor\s+a\s+place\s+in\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ahead();

    [GeneratedRegex(@"\b\d+\s*[-–]\s*\d+\b|\b(beat|beats|beating|beaten|won|win|wins|winning|defeated|defeat|defeating|drew|lost|losing|victory|victories|thrashed|edged|overcame|scored|equaliser|winner)\b|\bby\s+\d+\s+(runs|wickets|goals|points|strokes|lengths)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Result();

    [GeneratedRegex(@"^(United|City|Town|Athletic|Rovers|Albion|Wanderers|County|FC|Rangers|Olympic|Villa|Hotspur|Wednesday|Argyle|Orient)$")]
    private static partial Regex ClubWord();
}
