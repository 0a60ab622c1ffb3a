using Bot.Core.Text;

namespace Bot.Cli.Commands;

/// <summary>Reads a short follow-up ("who led it?") together with the question before it.</summary>
/// <remarks>
/// A follow-up that names fewer than three content terms leans on the previous question for its subject, so
/// retrieval sees both. A full question starts a new topic.
/// </remarks>
internal sealed class FollowUpMemory
{
    private string? _previous;

    public string Resolve(string question)
    {
        var resolved = _previous is not null && EnglishTerms.Analyze(question).Count < 3 ? $"{_previous} {question}" : question;
        _previous = resolved;
        return resolved;
    }
}
