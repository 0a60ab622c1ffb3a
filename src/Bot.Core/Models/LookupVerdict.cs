using Bot.Core.Answering;

namespace Bot.Core.Models;

/// <summary>The checked result of a model claim look-up; <paramref name="Citation"/> is set only when <paramref name="Outcome"/> is <see cref="LookupOutcome.Found"/>.</summary>
/// <param name="Outcome">What the look-up came to.</param>
/// <param name="Citation">The quoted sentence, rebuilt from our records with its offsets in the article body, labelled [1].</param>
public sealed record LookupVerdict(LookupOutcome Outcome, Citation? Citation = null);
