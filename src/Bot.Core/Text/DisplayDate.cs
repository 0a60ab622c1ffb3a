using System.Globalization;

namespace Bot.Core.Text;

/// <summary>The one way a date is shown to a reader, in every channel and page: "12 Mar 2024".</summary>
/// <remarks>Day, abbreviated month, year reads the same in every English locale; data (JSON, prompts) keeps ISO dates.</remarks>
public static class DisplayDate
{
    public static string Of(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
