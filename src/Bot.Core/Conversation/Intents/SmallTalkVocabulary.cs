using System.Text.RegularExpressions;

namespace Bot.Core.Conversation.Intents;

/// <summary>
/// The words small talk is made of: English function words plus the vocabulary of greetings, thanks, goodbyes,
/// help and questions about the bot. A message using any other word ("Iran", "port", "arrested") has content, and a
/// message with content is never small talk, whatever the classifier says.
/// </summary>
/// <remarks>
/// The list is fixed and independent of the news corpus, so a new article set cannot turn a question into a
/// greeting, and it is closed on purpose: an unknown word counts as content, so an unsure message becomes a
/// question (the safe default) rather than a greeting. Every small-talk training example must fit it (tested).
/// </remarks>
internal static partial class SmallTalkVocabulary
{
    private static readonly HashSet<string> FunctionWords = new(Split(
        "a an the this that these those it its i me my mine we us our you your yours u ur r he she they them there here " +
        "is am are was were be been being do does did doing done have has had having will would can could shall should may might must " +
        "s m re ll ve d t don doesn didn isn aren wasn weren won wouldn couldn shouldn haven hasn " +
        "what whats who whom whose which where when why how what's who's how's where's " +
        "and or but so also then too again just only really very quite much many more most some any all every each no not nothing " +
        "of to in on at for from with about by as if into up down out over off " +
        "please pls plz kindly ok okay oh ah um uh well yes yeah yep no nope sure right now still"), StringComparer.Ordinal);

    private static readonly HashSet<string> SmallTalkWords = new(Split(
        "hi hii hello hey heya hiya yo howdy greetings sup morning afternoon evening night day good nice great cool awesome perfect fine " +
        "excellent lovely wonderful brilliant thanks thank thx tx ty tnx cheers appreciate appreciated bunch lot million ton " +
        "bye goodbye later cya ya see soon talk talking chat chatting speaking meet welcome mate friend " +
        "help helps helped helpful helping start started begin use using work works working going doing " +
        "bot robot chatbot assistant ai human person machine real alive name made make built build created create " +
        "capabilities capable able commands options features questions question topics kind sort things thing stuff " +
        "ask answer tell know need want like get try cover today new around anyone anybody someone somebody everything anything lol haha fun mind never sounds"), StringComparer.Ordinal);

    /// <summary>True when <paramref name="text"/> uses a word outside the small-talk vocabulary, or a number.</summary>
    public static bool HasContent(string text)
    {
        var shouting = !text.Any(char.IsLower);
        foreach (Match match in Word().Matches(text))
        {
            var word = match.Value;
            var lower = word.ToLowerInvariant();

            // "US", "TTP": a capitalised acronym is a name even when its lower case ("us") is a function word.
            var acronym = !shouting && word.Length > 1 && word.All(char.IsUpper);
            if (word.Any(char.IsDigit) || (acronym ? !SmallTalkWords.Contains(lower) : !IsSmallTalk(lower)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every word of the vocabulary, for spelling folding.</summary>
    public static IEnumerable<string> Words => FunctionWords.Concat(SmallTalkWords);

    private static bool IsSmallTalk(string lower) =>
        lower.Split('\'', '’').Where(p => p.Length > 0).All(p => FunctionWords.Contains(p) || SmallTalkWords.Contains(p));

    private static string[] Split(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"[\p{L}\p{N}'’]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
