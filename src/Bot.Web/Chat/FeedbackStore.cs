using System.Collections.Concurrent;
using System.Text.Json;
using Bot.Core.Answering;
using Microsoft.Extensions.Options;

namespace Bot.Web.Chat;

/// <summary>
/// Remembers recent answers so that a 👍/👎 can be stored with the question, the answer and its citations; neither
/// Teams nor Web Chat keeps feedback for us. Each rating is one JSON line appended to <see cref="ChatOptions.FeedbackFile"/>.
/// Only 👍 or 👎 on an answer of the rating conversation itself is stored, with a comment of at most
/// <see cref="MaxCommentChars"/>; past <see cref="ChatOptions.FeedbackMaxBytes"/> the file is rotated, so disk use is bounded.
/// </summary>
public sealed partial class FeedbackStore(IOptions<ChatOptions> options, TimeProvider clock, ILogger<FeedbackStore> logger)
{
    private readonly ConcurrentDictionary<string, RememberedAnswer> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly Lock _write = new();

    /// <summary>The reactions Teams and Web Chat send (§4.2, §5.3).</summary>
    public const string Like = "like", Dislike = "dislike";

    /// <summary>Longer comments are cut: a rating is a remark, not a document.</summary>
    public const int MaxCommentChars = 1_000;

    /// <summary>The file ratings go to, relative paths taken from the working directory like the index file.</summary>
    public string FilePath => Path.GetFullPath(options.Value.FeedbackFile);

    /// <summary>Where the file goes when it is full (<c>feedback.1.jsonl</c>), replacing the previous one.</summary>
    public string RotatedPath => Path.ChangeExtension(FilePath, ".1" + Path.GetExtension(FilePath));

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

    /// <summary>
    /// Stores a rating from conversation <paramref name="conversationKey"/>; false when the reaction is not like or
    /// dislike, or the answer is unknown (forgotten, never ours, or another conversation's).
    /// </summary>
    public bool Record(string answerOrActivityId, string? reaction, string? comment, string conversationKey, string channelId)
    {
        if (reaction is not (Like or Dislike))
        {
            LogRefused(logger, "a reaction other than like or dislike", answerOrActivityId);
            return false;
        }

        var id = _aliases.GetValueOrDefault(answerOrActivityId, answerOrActivityId);
        if (!_answers.TryGetValue(id, out var remembered) || remembered.ConversationKey != conversationKey)
        {
            LogRefused(logger, "an answer that is unknown or another conversation's", answerOrActivityId);
            return false;
        }

        comment = comment is { Length: > MaxCommentChars } ? comment[..MaxCommentChars] : comment;
        Append(JsonSerializer.Serialize(new FeedbackRecord(
            clock.GetUtcNow(), channelId, remembered.ConversationKey, id, reaction, comment, remembered.Question, remembered.Answer.Text,
            [.. remembered.Answer.Citations.Select(c => new FeedbackCitation(c.Number, c.ArticleId, c.Title, c.Quote, c.Start, c.End))]),
            FeedbackJson));
        return true;
    }

    // One short append under a lock keeps lines whole when ratings arrive together; a full file is set aside first.
    private void Append(string line)
    {
        lock (_write)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            var file = new FileInfo(FilePath);
            if (file.Exists && file.Length + line.Length + 1 > options.Value.FeedbackMaxBytes)
            {
                File.Move(FilePath, RotatedPath, overwrite: true);
            }

            File.AppendAllText(FilePath, line + "\n");
        }
    }

    private static readonly JsonSerializerOptions FeedbackJson = new(JsonSerializerDefaults.Web);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feedback refused, for {Reason}: {Id}")]
    private static partial void LogRefused(ILogger logger, string reason, string id);

    private sealed record RememberedAnswer(string ConversationKey, string Question, Answer Answer);
}

/// <summary>One line of the feedback file.</summary>
public sealed record FeedbackRecord(
    DateTimeOffset At, string Channel, string Conversation, string AnswerId, string Reaction, string? Comment,
    string Question, string Answer, IReadOnlyList<FeedbackCitation> Citations);

/// <summary>A citation as stored with feedback.</summary>
public sealed record FeedbackCitation(int Number, string ArticleId, string Title, string Quote, int Start, int End);
