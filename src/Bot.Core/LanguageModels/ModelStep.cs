namespace Bot.Core.LanguageModels;

/// <summary>How a model call failed, which decides the notice the reader sees with the offline answer.</summary>
public enum ModelFailure
{
    /// <summary>The call is going well.</summary>
    None,

    /// <summary>An HTTP error after retries, a timeout, no connection.</summary>
    Unavailable,

    /// <summary>The stream produced no text within <c>Bot:Model:FirstTokenSeconds</c>.</summary>
    NoFirstToken,
}

/// <summary>One step of a streamed model reply: a piece of text, or (last) the failure that ended it.</summary>
public readonly record struct ModelStep(string Token, ModelFailure Failure);
