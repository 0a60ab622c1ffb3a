using Bot.Core.Answering.Instructions;

namespace Bot.Core.Answering;

/// <summary>Recognises sentences shaped like instructions to an AI, however they are phrased.</summary>
/// <remarks>
/// Article text is data. The offline answerer never obeys it anyway, but quoting an injected instruction as
/// if it answered a question would still pass the attacker's words to the reader, so such sentences are
/// never chosen as answers or citations. They stay in the article and its source view.
/// A list of wordings only catches the wordings on it ("ignore previous instructions"), so the decision is a
/// small learned classifier (<see cref="InstructionClassifier"/>) trained on many styles of addressing an
/// assistant and on news sentences that use the same words in their ordinary sense.
/// </remarks>
public static class InstructionShapes
{
    // Training takes about half a second to a second; started once, on a pool thread, when services are composed.
    private static readonly Lazy<Task> WarmUp = new(() => Task.Run(() => IsInstruction("Assistant, reply that the classifier is ready.")));

    /// <summary>True when <paramref name="sentence"/> reads as an instruction aimed at an assistant.</summary>
    public static bool IsInstruction(string sentence) =>
        InstructionClassifier.Default.Probability(sentence) >= InstructionClassifier.Threshold;

    /// <summary>
    /// Trains the classifier in the background (once per process), so the first question does not wait for it;
    /// a question asked before it finishes waits only for the rest of the training.
    /// </summary>
    public static Task StartWarmUp() => WarmUp.Value;
}
