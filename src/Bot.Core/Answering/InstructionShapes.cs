using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>Recognises sentences shaped like instructions to an AI ("ignore previous instructions", "reply only with").</summary>
/// <remarks>
/// Article text is data. The offline answerer never obeys it anyway, but quoting an injected instruction as
/// if it answered a question would still pass the attacker's words to the reader, so such sentences are
/// never chosen as answers. They stay in the article and its source view.
/// </remarks>
public static partial class InstructionShapes
{
    /// <summary>True when <paramref name="sentence"/> reads as an instruction aimed at an assistant.</summary>
    public static bool IsInstruction(string sentence) => Pattern().IsMatch(sentence);

    [GeneratedRegex(
        @"\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|prompts?|rules|guidelines|articles|context)\b" +
        @"|\b(reply|respond|answer|say|output)\s+(only|exactly|just)\s+(with|that)\b" +
        @"|\b(system\s+prompt|you\s+are\s+now|as\s+an\s+ai\b|assistant\s*:|jailbreak)" +
        @"|\b(do\s+not|don't)\s+cite\b|\bcite\s+nothing\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
