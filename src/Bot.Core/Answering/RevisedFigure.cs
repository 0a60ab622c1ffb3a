using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>A later story's sentence that replaces a figure an earlier story gave.</summary>
/// <remarks>
/// News revises its figures in later stories and says so in one sentence: "The project's expected cost has risen to $478
/// million from $410 million". Asked "What is the latest estimated price tag for the Coldwater Ridge wind project?", the ranker
/// leads with the first story's "Northmark expects to cost about $410 million", which restates the question, and puts the
/// revision, which names neither the project nor a price tag, far below. A sentence of a later story that writes the lead's
/// figure after "from", beside another figure of the same kind, is the revision of that figure.
/// </remarks>
public static partial class RevisedFigure
{
    // How far before the old figure "from" may stand: "from a previous estimate of", "from an earlier forecast of".
    private const int FromReach = 60;

    /// <summary>What kind of figure <paramref name="later"/> revises, when it writes a figure of <paramref name="earlier"/> as
    /// the one it changed from ("risen to $478 million from $410 million") beside a new figure of the same kind; null when it
    /// revises none.</summary>
    public static Quantities.Dimension? Revises(string later, string earlier)
    {
        var before = Quantities.In(earlier);
        var after = Quantities.In(later);
        return after.Where(old => From().IsMatch(later[Math.Max(0, old.Start - FromReach)..old.Start])
            && before.Any(b => Same(b, old))
            && after.Any(now => now.Start != old.Start && now.Dimension == old.Dimension && now.Currency == old.Currency && !Same(now, old)))
            .Select(old => (Quantities.Dimension?)old.Dimension).FirstOrDefault();
    }

    /// <summary>True when <paramref name="question"/> asks for a figure as it was before ("originally", "at first", "in
    /// 2023"), which a revision does not give.</summary>
    public static bool AsksBefore(string question) => Before().IsMatch(question);

    private static bool Same(Quantities.Quantity a, Quantities.Quantity b) =>
        a.Dimension == b.Dimension && a.Currency == b.Currency && Math.Abs(a.Value - b.Value) <= 1e-9 * Math.Max(1, Math.Abs(a.Value));

    // "from", with what may stand between it and the old figure: "from an earlier estimate of", "from the record".
    [GeneratedRegex(@"\bfrom\s+(?:(?:an?|the|its|their)\s+)?(?:(?:earlier|previous|original|initial|first|estimated|forecast|planned|budgeted|record|projected)\s+)*(?:(?:estimate|forecast|figure|budget|target|projection|price|cost)\s+of\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex From();

    [GeneratedRegex(@"\b(?:original(?:ly)?|initial(?:ly)?|first|at\s+first|earlier|previous(?:ly)?|before|used\s+to|last\s+year|(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Before();
}
