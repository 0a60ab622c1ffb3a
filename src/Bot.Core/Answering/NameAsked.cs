using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>"What is the name of the 88-year-old woman rescued …?": a question that asks someone's name, and whether a sentence gives one.</summary>
/// <remarks>
/// News often leaves people unnamed ("Two men, aged 19 and 23, were arrested in Leeds and Cardiff"; "an 88-year-old woman
/// who was carried from her bungalow"), and such a sentence holds every other word of the question, so it was quoted as
/// the answer. A sentence gives a name when it writes a capitalised word the question does not, other than its first word,
/// a day or month, a place after "in" or "at" (and the places listed with it; "to" and "from" may as well come before a person), or a
/// word of a body's or a street's name ("Northmoor Fire and Rescue Service", "Orchard Close").
/// </remarks>
public static partial class NameAsked
{
    /// <summary>True when <paramref name="question"/> asks the name of a person it describes ("the name of the driver", "the names of the two men").</summary>
    public static bool Asks(string question) => PersonNameQuestion().IsMatch(question);

    /// <summary>True when <paramref name="sentence"/> writes a name that may be a person's and that the question (<paramref name="asked"/> words) does not hold.</summary>
    public static bool Gives(string sentence, IReadOnlySet<string> asked)
    {
        var words = QuestionTerms.Words(sentence).Select(w => w.Word).ToList();
        bool previousWasPlace = false;
        for (int i = 1; i < words.Count; i++)
        {
            string word = words[i];
            // "I" opens a quoted speaker's words ("the worst I have ever known"): no one's name.
            if (!char.IsUpper(word[0]) || word == "I")
            {
                previousWasPlace &= Joiner().IsMatch(word);
                continue;
            }

            // A place, or one listed with the place before it ("in Leeds and Cardiff", "in Orchard Close"): previousWasPlace
            // outlives only "and", "or" and capitalised words.
            bool place = PlacePreposition().IsMatch(words[i - 1]) || previousWasPlace;
            previousWasPlace = place;
            if (!place && !BodyOrStreetWord().IsMatch(word) && !NextIsBodyWord(words, i) && AnswerType.IsNovelName(word, asked))
            {
                return true;
            }
        }

        return false;
    }

    // "Northmoor Fire and Rescue Service": a capitalised word that runs into a body's name is part of it.
    private static bool NextIsBodyWord(List<string> words, int i)
    {
        for (int k = i + 1; k < words.Count && k <= i + 3; k++)
        {
            if (BodyOrStreetWord().IsMatch(words[k]))
            {
                return true;
            }

            if (!char.IsUpper(words[k][0]) && !Joiner().IsMatch(words[k]))
            {
                return false;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\bnames?\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w'’&-]+\s+){0,3}?(?:man|men|woman|women|person|people|boy|girl|child|children|driver|victim|victims|officer|chief\s+executive|chairman|chairwoman|founder|owner|manager|coach|spokesman|spokeswoman|spokesperson|judge|suspects?|pilot|wife|husband|son|daughter|mother|father|brother|sister|teenager|pensioner|resident|worker|nurse|doctor|patient|director|secretary|shareholder|investor|analyst|prosecutor|lawyer|barrister|solicitor|witness|referee|captain|headteacher|teacher|councillor|candidate|official|source|employee|whistleblower|informant|buyer|bidder|donor)(?![\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex PersonNameQuestion();

    [GeneratedRegex(@"^(in|at|near|across|outside|around|into|towards)$", RegexOptions.IgnoreCase)]
    private static partial Regex PlacePreposition();

    [GeneratedRegex(@"^(and|or)$", RegexOptions.IgnoreCase)]
    private static partial Regex Joiner();

    /// <summary>True when <paramref name="name"/> ends in a word that names a body, a street, a building or an event
    /// ("Westmarsh County Council", "Nigeria Premier Football League"): the name of no person.</summary>
    public static bool EndsInBodyWord(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && BodyOrStreetWord().IsMatch(words[^1]);

    [GeneratedRegex(@"^(Service|Services|Council|Court|Police|Bank|Road|Close|Street|Avenue|Lane|Way|Water|Trust|Hospital|Group|Ltd|plc|University|School|College|Club|Party|Government|Ministry|Department|Agency|Office|Authority|Commission|Fire|Rescue|Ambulance|Board|Association|Union|Company|Society|Centre|Center|Park|Square|Station|Airport|Games|Cup|League|Championship|Prize|Award|Awards|House|Hall)$")]
    private static partial Regex BodyOrStreetWord();
}
