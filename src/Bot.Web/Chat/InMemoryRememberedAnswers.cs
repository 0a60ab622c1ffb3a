using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Bot.Web.Chat;

/// <summary>Remembered answers in this process: at most <see cref="ChatOptions.RememberedAnswers"/>, oldest forgotten first.</summary>
public sealed class InMemoryRememberedAnswers(IOptions<ChatOptions> options) : IRememberedAnswers
{
    private readonly ConcurrentDictionary<string, RememberedAnswer> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public Task<string> RememberAsync(RememberedAnswer answer, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        _answers[id] = answer;
        _order.Enqueue(id);
        while (_answers.Count > options.Value.RememberedAnswers && _order.TryDequeue(out var oldest))
        {
            _answers.TryRemove(oldest, out _);
        }

        return Task.FromResult(id);
    }

    public Task AliasAsync(string activityId, string answerId, CancellationToken cancellationToken)
    {
        if (_answers.ContainsKey(answerId))
        {
            _aliases[activityId] = answerId;
        }

        return Task.CompletedTask;
    }

    public Task<(string AnswerId, RememberedAnswer Answer)?> FindAsync(string answerOrActivityId, CancellationToken cancellationToken)
    {
        var id = _aliases.GetValueOrDefault(answerOrActivityId, answerOrActivityId);
        return Task.FromResult<(string, RememberedAnswer)?>(_answers.TryGetValue(id, out var remembered) ? (id, remembered) : null);
    }
}
