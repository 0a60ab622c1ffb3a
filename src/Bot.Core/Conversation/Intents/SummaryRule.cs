using System.Text.RegularExpressions;

namespace Bot.Core.Conversation.Intents;

/// <summary>Recognises a message that opens by asking to shorten a story ("give me the gist of …", "tl;dr of …", "summarise …",
/// "what's the story with …") before the classifier runs.</summary>
/// <remarks>
/// The classifier reads the words after the opener too, and a topic that sounds like a question ("tl;dr of how the thai
/// election shook out and who became PM", "give me the gist of how Argentina's soybean harvest forecasts changed") sent
/// the request to the answerer, which quoted one sentence; "what's the story with the Fennick whistleblower?" went to a
/// look-up. An opener that asks for nothing but a shortening decides, whatever follows it. "What happened with …",
/// "tell me about …" and "any news on …" are left to the classifier: they are as often questions.
/// </remarks>
internal static partial class SummaryRule
{
    /// <summary>True when the message opens by asking for a summary.</summary>
    public static bool IsMatch(string utterance) => Opener().IsMatch(utterance);

    [GeneratedRegex(
        @"^\s*(?:(?:please|pls|so|and|ok|okay|hi|hey)[\s,]+)*(?:(?:can|could|would)\s+you\s+(?:please\s+)?|(?:can|could)\s+i\s+(?:get|have)\s+)?" +
        @"(?:(?:give|get|send)\s+me\s+|i(?:'d|’d|\s+would)\s+like\s+|i\s+want\s+)?(?:a\s+|an\s+|the\s+)?(?:short\s+|brief\s+|quick\s+)?" +
        @"(?:summar(?:ise|ize|y)|sum\s+up|tl;?\s*dr|gist|recap|rundown|synopsis|what(?:'s|’s|s|\s+is)\s+the\s+(?:gist|story)\s+(?:of|on|with|behind))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opener();
}
