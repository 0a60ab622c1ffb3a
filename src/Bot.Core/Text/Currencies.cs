using System.Text.RegularExpressions;

namespace Bot.Core.Text;

/// <summary>How news around the world writes a sum's currency: the signs and codes before the number, and the names after it.</summary>
/// <remarks>One list, read by the answer's kind (does a sentence give a sum?) and by the amounts a look-up compares ("15
/// billion pesos" is the story's "P15 billion"), so both know the same currencies.</remarks>
public static partial class Currencies
{
    /// <summary>Currencies written out after a number ("5bn euros", "3 million crowns"); a country's own name for its money may
    /// stand between them ("45 million Meridian crowns", "2 billion Hong Kong dollars").</summary>
    public const string Words =
        "dollars|pounds|euros|rupees|yuan|afghanis|pence|cents|lira|lire|francs|marks|yen|pesos|roubles|rubles|dinars|riyals|" +
        "rand|kronor|kroner|krona|krone|crowns|koruna|zloty|zlotys|forints|naira|dirhams|ringgit|rupiah|baht|shekels|" +
        "hryvnias|shillings|guilders|pesetas|drachmas|escudos|cedis|kwacha|birr|taka|kr|øre|kobo|paise|zł|Kč|lei|tenge|som|reais|" +
        // The Pacific's and South-East Asia's: "1.1 billion vatu", "300,000 pa'anga", "2,300 billion dong", "36.8 trillion riel";
        // Latin America's, "6,500 soles".
        "vatu|pa'anga|pa’anga|tala|kina|dong|riel|kyat|rials|dinar|leva|manat|lari|pula|dalasi|leones|quetzales|lempiras|colones|bolivianos|soles";

    // A sum written with its currency's code or sign before it, as the business pages of Nairobi, Delhi or Accra write it:
    // "KSh 4.2 billion", "Rs 120 crore", "GH¢ 5 million", "US$2.31", "₹900".
    // Philippine news writes pesos as "P480", "P3.42" and "P4.8-billion"; a bare "P" and one or two digits is more often a
    // form or a grade ("his P45"), so it counts only with three digits, a decimal point or a scale word. South African news
    // writes rand as "R1.2m", "R61.4-million" and "R450 000"; "R" and a bare number is as often a road ("the R132"), so rand
    // counts only with a scale word, a decimal point or groups of thousands.
    // The codes of other currencies are read in capitals only ("TRY 40", not "try 40"; "PEN 12", not "pen 12"), as are
    // Malaysia's "RM450 million" (not "Rm 4", a room) and Indonesia's "Rp 5,000"; Nordic news writes "kr 350" and "NOK 450
    // million", Gulf news "Dh2.5 billion", "QR300m", "BD5" and "KD12", Pacific news "WST 250,000" and "FJD 40 million", and
    // Andean news soles as "S/ 6,500" and bolivianos as "Bs 38,000".
    public const string Prefixes = @"\b(?:KSh|Kshs?|Shs?|Rs\.?|INR|USD|EUR|GBP|CHF|AUD|CAD|NZD|ZAR|NGN|GHS|KES|UGX|TZS|JPY|CNY|HKD|SGD|PHP|GH¢|GH₵|US\$|A\$|C\$|NZ\$|HK\$|S\$|R\$|NT\$|kr\.?)\s?\d"
        + @"|(?-i:\b(?:NOK|SEK|DKK|ISK|PLN|CZK|HUF|RON|TRY|RUB|UAH|ILS|AED|SAR|QAR|KWD|BHD|OMR|EGP|MAD|PKR|BDT|LKR|NPR|MYR|IDR|THB|VND|KRW|TWD|BRL|MXN|ARS|CLP|COP|PEN|UYU|PYG|ZMW|MWK|ETB|RWF|XOF|XAF|WST|FJD|VUV|PGK|SBD|KHR|LAK|MMK|BND|MNT|BGN|BOB|RM|Rp|Dhs?|QR|BD|KD|Bs\.?)\s?\d|\bS/\.?\s?\d)|[₹₦₵₩₱₺₽₴฿₫₪₸]\s?\d"
        + @"|(?-i:\bP(?=\d[\d,]{2,}|\d+\.\d|\d[\d,.]*[\s-](?:million|billion|trillion)\b))\d"
        + @"|(?-i:\bR(?=\d+(?:\.\d+)?(?:[\s-]?(?:m|bn|million|billion|trillion)\b)|\d{1,3}(?:[ ,]\d{3})+\b|\d+\.\d))\d";

    /// <summary>The currency that <paramref name="written"/> (a sign, a code or a name, as matched by <see cref="Prefixes"/> or
    /// <see cref="Words"/>) stands for: dollars of every country are one, as are pesos, crowns and shillings, since a reader's
    /// "$22" is the story's "TT$22" and a claim seldom turns on whose dollar.</summary>
    public static string Of(string written)
    {
        string w = Trailing().Replace(written.Trim(), "");
        return Known.TryGetValue(w, out var currency) ? currency
            : w.EndsWith('$') ? "dollar"
            : w.Length > 3 && w.EndsWith('s') ? w[..^1].ToLowerInvariant() : w.ToLowerInvariant();
    }

    private static readonly Dictionary<string, string> Known = Table(
        ("pound", ["£", "GBP", "pound", "pounds", "sterling"]),
        ("dollar", ["USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD", "dollar", "dollars"]),
        ("euro", ["€", "EUR", "euro", "euros"]),
        ("rand", ["R", "ZAR", "rand"]),
        ("rupee", ["₹", "Rs", "INR", "PKR", "LKR", "NPR", "rupee", "rupees"]),
        ("shilling", ["KSh", "Ksh", "Kshs", "Sh", "Shs", "KES", "UGX", "TZS", "shilling", "shillings"]),
        ("naira", ["₦", "NGN", "naira"]),
        ("peso", ["₱", "P", "PHP", "ARS", "CLP", "MXN", "COP", "UYU", "peso", "pesos"]),
        ("real", ["R$", "BRL", "reais"]),
        ("dirham", ["Dh", "Dhs", "AED", "MAD", "dirham", "dirhams"]),
        ("riyal", ["QR", "QAR", "SAR", "OMR", "riyal", "riyals"]),
        ("ringgit", ["RM", "MYR", "ringgit"]),
        ("crown", ["kr", "NOK", "SEK", "DKK", "ISK", "CZK", "krone", "kroner", "krona", "kronor", "crowns", "koruna", "Kč"]),
        ("yen", ["¥", "JPY", "yen"]),
        ("yuan", ["CNY", "yuan"]),
        ("won", ["₩", "KRW"]),
        ("tenge", ["₸", "KZT", "tenge"]),
        ("cedi", ["GH¢", "GH₵", "₵", "GHS", "cedi", "cedis"]),
        ("sol", ["S/", "PEN", "soles"]),
        ("boliviano", ["Bs", "BOB", "bolivianos"]),
        ("tala", ["WST", "tala"]),
        ("vatu", ["VUV", "vatu"]),
        ("kina", ["PGK", "kina"]),
        ("riel", ["KHR", "riel"]),
        ("kyat", ["MMK", "kyat"]));

    private static Dictionary<string, string> Table(params (string Currency, string[] Written)[] rows) =>
        rows.SelectMany(r => r.Written.Select(w => (w, r.Currency))).ToDictionary(p => p.w, p => p.Currency, StringComparer.Ordinal);

    [GeneratedRegex(@"\.$")]
    private static partial Regex Trailing();
}
