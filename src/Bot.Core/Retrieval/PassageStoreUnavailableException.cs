namespace Bot.Core.Retrieval;

/// <summary>The passage store could not be read or written after its retries: the user is told to try again shortly.</summary>
public sealed class PassageStoreUnavailableException : Exception
{
    /// <summary>What the user is told.</summary>
    public const string Notice = "The search service is busy or unreachable; try again shortly.";

    public PassageStoreUnavailableException()
        : base(Notice)
    {
    }

    public PassageStoreUnavailableException(string message)
        : base(message)
    {
    }

    public PassageStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>How long the caller should wait before asking again.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(5);
}
