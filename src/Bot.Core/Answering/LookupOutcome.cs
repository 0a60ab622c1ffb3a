namespace Bot.Core.Answering;

/// <summary>What the model's claim look-up came to, after checking its reply against the sources.</summary>
public enum LookupOutcome
{
    /// <summary>The model quoted a sentence that occurs verbatim in a source we supplied.</summary>
    Found,

    /// <summary>The model replied NO SOURCE.</summary>
    NoSource,

    /// <summary>The reply named an unknown label, misquoted its source, or could not be read.</summary>
    Invalid,

    /// <summary>The model could not be reached.</summary>
    Unavailable,
}
