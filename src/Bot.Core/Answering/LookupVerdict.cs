
namespace Bot.Core.Answering;

/// <summary>The checked result of a second opinion on a claim look-up (a language model's); <paramref name="Citation"/> is set only when <paramref name="Outcome"/> is <see cref="LookupOutcome.Found"/>.</summary>
/// <param name="Outcome">What the look-up came to.</param>
/// <param name="Citation">The quoted sentence, rebuilt from our records with its offsets in the article body, labelled [1].</param>
/// <param name="Notice">For the reader when the look-up could not be made (the model was unavailable).</param>
public sealed record LookupVerdict(LookupOutcome Outcome, Citation? Citation = null, string? Notice = null);
