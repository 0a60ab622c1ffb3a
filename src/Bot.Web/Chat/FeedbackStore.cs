using System.Collections.Concurrent;
using System.Text.Json;
using Bot.Core.Answering;
using Microsoft.Extensions.Options;

namespace Bot.Web.Chat;

/// <summary>
/// Remembers recent answers so that a 👍/👎 can be stored with the question, the answer and its citations; neither
/// Teams nor Web Chat keeps feedback for us. Each rating is one JSON line appended to <see cref="ChatOptions.FeedbackFile"/>.
/// </summary>
public sealed partial class FeedbackStore(IOptions<ChatOptions> options, TimeProvider clock, ILogger<FeedbackStore> logger)
{
    private readonly ConcurrentDictionary<string, RememberedAnswer> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly Lock _write = new();

    /// <summary>The file ratings go to, relative paths taken from the working directory like the index file.</summary>
    public string FilePath => Path.GetFullPath(options.Value.FeedbackFile);

    /// <summary>Keeps <paramref name="answer"/> under a new id, forgetting the oldest beyond the configured number.</summary>
    public string Remember(string conversationKey, string question, Answer answer)
    {
        var id = Guid.NewGuid().ToString("N");
        _answers[id] = new RememberedAnswer(conversationKey, question, answer);
        _order.Enqueue(id);
        while (_answers.Count > options.Value.RememberedAnswers && _order.TryDequeue(out var oldest))
        {
            _answers.TryRemove(oldest, out _);
        }

        return id;
    }

    /// <summary>Teams rates a message by the id its channel gave it; this maps that id to our answer id.</summary>
    public void Alias(string activityId, string answerId)
    {
        if (_answers.ContainsKey(answerId))
        {
            _aliases[activityId] = answerId;
        }
    }

    /// <summary>Stores a rating; false when the answer is unknown (forgotten, or never ours).</summary>
    public bool Record(string answerOrActivityId, string reaction, string? comment, string channelId)
    {
        var id = _aliases.GetValueOrDefault(answerOrActivityId, answerOrActivityId);
        if (!_answers.TryGetValue(id, out var remembered))
        {
            LogUnknown(logger, answerOrActivityId);
            return false;
        }

        var line = JsonSerializer.Serialize(new FeedbackRecord(
            clock.GetUtcNow(), channelId, remembered.ConversationKey, id, reaction, comment, remembered.Question, remembered.Answer.Text,
            [.. remembered.Answer.Citations.Select(c => new FeedbackCitation(c.Number, c.ArticleId, c.Title, c.Quote, c.Start, c.End))]),
            FeedbackJson);
        // One short append under a lock keeps lines whole when ratings arrive together.
        lock (_write)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            File.AppendAllText(FilePath, line + "\n");
        }

        return true;
    }

    private static readonly JsonSerializerOptions FeedbackJson = new(JsonSerializerDefaults.Web);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feedback for unknown answer {Id} ignored (forgotten, or not one of ours)")]
    private static partial void LogUnknown(ILogger logger, string id);

    private sealed record RememberedAnswer(string ConversationKey, string Question, Answer Answer);
}

/// <summary>One line of the feedback file.</summary>
public sealed record FeedbackRecord(
    DateTimeOffset At, string Channel, string Conversation, string AnswerId, string Reaction, string? Comment,
    string Question, string Answer, IReadOnlyList<FeedbackCitation> Citations);

/// <summary>A citation as stored with feedback.</summary>
public sealed record FeedbackCitation(int Number, string ArticleId, string Title, string Quote, int Start, int End);
