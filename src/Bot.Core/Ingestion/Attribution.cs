using System.Text.RegularExpressions;

namespace Bot.Core.Ingestion;

/// <summary>Metadata carried by an attribution, byline or date line.</summary>
/// <param name="Outlet">The outlet the line names, or null.</param>
/// <param name="Date">The date the line names, or null.</param>
/// <param name="EndsArticle">True for lines that close an article when they follow it ("Published in Dawn, …", "Published: …").</param>
/// <param name="IsUpdate">True when the date is an update time rather than the publication date.</param>
internal sealed partial record Attribution(string? Outlet, DateOnly? Date, bool EndsArticle, bool IsUpdate)
{
    private const int MaxWords = 16;

    /// <summary>Reads a block as an attribution line; null when it is anything else.</summary>
    public static Attribution? TryParse(string block)
    {
        if (BlockShapes.WordCount(block) > MaxWords)
        {
            return null;
        }

        if (NewsDates.IsDateOnlyLine(block))
        {
            var isUpdate = NewsDates.IsUpdateLine(block);
            return new Attribution(null, NewsDates.Parse(block), !isUpdate && NewsDates.IsPublishedLine(block), isUpdate);
        }

        var published = PublishedIn().Match(block);
        if (published.Success)
        {
            return FromPublishedIn(published.Groups["rest"].Value);
        }

        var byline = Byline().Match(block);
        if (byline.Success)
        {
            return FromBylineTail(byline.Groups["outlet"].Value);
        }

        var source = SourceLine().Match(block);
        return source.Success ? new Attribution(source.Groups["outlet"].Value.Trim(), null, false, false) : null;
    }

    // "Published in The Express Tribune, March 3rd, 2021" names the outlet before the date;
    // "Published on 3 March 2021" names only the date.
    private static Attribution FromPublishedIn(string rest)
    {
        if (!NewsDates.TryFind(rest, out var date, out var span))
        {
            return new Attribution(CleanOutlet(rest), null, true, false);
        }

        return new Attribution(CleanOutlet(rest[..span.Start]), date, true, false);
    }

    // "By Staff Reporter, The Frontier Post, 12 March 2024": what follows the name is the outlet, then perhaps a date. A title
    // after a writer's name is no outlet: "By Colleen Marchuk, Staff Reporter", "By Ana Ruiz, Business Correspondent, El Sol".
    private static Attribution FromBylineTail(string tail)
    {
        tail = WritersTitle().Replace(tail, string.Empty);
        return NewsDates.TryFind(tail, out var date, out var span)
            ? new Attribution(CleanOutlet(tail[..span.Start]), date, false, false)
            : new Attribution(NullIfBlank(tail), null, false, false);
    }

    private static string? CleanOutlet(string text)
    {
        var outlet = OutletTail().Replace(text.Trim(), string.Empty).Trim();
        return outlet.Length == 0 || BlockShapes.WordCount(outlet) > 6 ? null : outlet;
    }

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^(?:first\s+|originally\s+)?published\s+(?:in|by|on|at)\s+(?<rest>.+?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedIn();

    // Trailing words between an outlet name and its date: "Dawn, on", "Dawn on", "Dawn -".
    [GeneratedRegex(@"(?:[\s,\-–—|]|\bon\b|\bat\b)+$", RegexOptions.IgnoreCase)]
    private static partial Regex OutletTail();

    [GeneratedRegex(
        @"^By\s+\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|and|&|de|van|von|al|bin|ul|ur))*\s*(?:[|,/–—-]\s*(?<outlet>[\p{Lu}\d][^.!?]{0,60}?))?\s*$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:(?:Staff|Senior|Chief|Political|Business|Sports?|Foreign|Special|Local|Health|Science|Economics|Education|Environment|Agriculture|Farm|City\s+Hall|Legislature|Court|Crime|Our)\s+)*(?:Reporter|Writer|Correspondent|Editor|Columnist|Contributor)s?\b[\s,|/–—-]*")]
    private static partial Regex WritersTitle();

    [GeneratedRegex(@"^(?:Source|Courtesy)\s*:\s*(?<outlet>\p{Lu}[^.!?:]{1,60})$")]
    private static partial Regex SourceLine();
}
