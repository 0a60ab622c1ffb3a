using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bot.Core.Tests.Fakes.AzureSearch;

/// <summary>
/// The OData filter subset the bot sends (<c>search.in</c>, eq, ne, ge, le, joined by <c>and</c>), parsed as the service
/// would; anything else throws <see cref="FormatException"/>, which the server answers with 400 as the service does.
/// </summary>
public static partial class ODataSubset
{
    public static Func<JsonObject, bool> Parse(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return _ => true;
        }

        var clauses = new List<Func<JsonObject, bool>>();
        int at = 0;
        while (true)
        {
            var match = Clause().Match(filter, at);
            if (!match.Success || match.Index != at)
            {
                throw new FormatException($"Invalid expression: unsupported filter syntax at position {at} in '{filter}'.");
            }

            clauses.Add(ToPredicate(match));
            at = match.Index + match.Length;
            if (at == filter.Length)
            {
                return document => clauses.TrueForAll(c => c(document));
            }

            if (!filter.AsSpan(at).StartsWith(" and ", StringComparison.Ordinal))
            {
                throw new FormatException($"Invalid expression: expected 'and' at position {at} in '{filter}'.");
            }

            at += 5;
        }
    }

    private static Func<JsonObject, bool> ToPredicate(Match match)
    {
        if (match.Groups["in"].Success)
        {
            var values = Unquote(match.Groups["values"].Value).Split(match.Groups["sep"].Value).ToHashSet(StringComparer.Ordinal);
            string field = match.Groups["in"].Value;
            return document => document[field]?.GetValue<string>() is { } value && values.Contains(value);
        }

        string name = match.Groups["field"].Value, op = match.Groups["op"].Value, literal = match.Groups["value"].Value;
        return document => Compare(document[name], literal) is var order && op switch
        {
            "eq" => order == 0,
            "ne" => order != 0,
            "ge" => order is >= 0 and not int.MinValue,
            "le" => order is <= 0 and not int.MinValue,
            _ => throw new FormatException($"Invalid expression: operator {op}."),
        };
    }

    // int.MinValue: the field is null and the literal is not, which satisfies only 'ne' (OData null semantics).
    private static int Compare(JsonNode? value, string literal)
    {
        if (literal == "null")
        {
            return value is null ? 0 : 1;
        }

        if (value is null)
        {
            return int.MinValue;
        }

        return literal.StartsWith('\'')
            ? string.CompareOrdinal(value.GetValue<string>(), Unquote(literal[1..^1]))
            : DateTimeOffset.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture).CompareTo(DateTimeOffset.Parse(literal, CultureInfo.InvariantCulture));
    }

    private static string Unquote(string quoted) => quoted.Replace("''", "'", StringComparison.Ordinal);

    [GeneratedRegex(@"search\.in\((?<in>\w+), '(?<values>(?:[^']|'')*)', '(?<sep>[^']+)'\)|(?<field>\w+) (?<op>eq|ne|ge|le) (?<value>'(?:[^']|'')*'|null|\d{4}-\d\d-\d\dT[0-9:.]+(?:Z|[+-]\d\d:\d\d))")]
    private static partial Regex Clause();
}
