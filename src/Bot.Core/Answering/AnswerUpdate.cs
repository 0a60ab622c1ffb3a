
namespace Bot.Core.Answering;

/// <summary>One step of a streamed answer: a token of model text, or (last) the verified answer.</summary>
/// <param name="Token">Raw model text to show as it arrives; unverified, so front ends replace it with <paramref name="Answer"/>.</param>
/// <param name="Answer">The final, verified answer; set only on the last update.</param>
public sealed record AnswerUpdate(string? Token, Answer? Answer);
