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
public sealed partial class FeedbackStore(IRememberedAnswers answers, IOptions<ChatOptions> options, TimeProvider clock, ILogger<FeedbackStore> logger)
{
    private readonly Lock _write = new();

    /// <summary>The reactions Teams and Web Chat send (§4.2, §5.3).</summary>
    public const string Like = "like", Dislike = "dislike";

    /// <summary>Longer comments are cut: a rating is a remark, not a document.</summary>
    public const int MaxCommentChars = 1_000;

    /// <summary>The file ratings go to, relative paths taken from the working directory like the index file.</summary>
    public string FilePath => Bot.Core.PathsOptions.ResolveData(options.Value.FeedbackFile);

    /// <summary>Where the file goes when it is full (<c>feedback.1.jsonl</c>), replacing the previous one.</summary>
    public string RotatedPath => Path.ChangeExtension(FilePath, ".1" + Path.GetExtension(FilePath));

    /// <summary>Keeps <paramref name="answer"/> under a new id, forgetting the oldest beyond the configured number.</summary>
    public Task<string> RememberAsync(string conversationKey, string question, Answer answer, CancellationToken cancellationToken) =>
        answers.RememberAsync(new RememberedAnswer(conversationKey, question, answer), cancellationToken);

    /// <summary>Teams rates a message by the id its channel gave it; this maps that id to our answer id.</summary>
    public Task AliasAsync(string activityId, string answerId, CancellationToken cancellationToken) =>
        answers.AliasAsync(activityId, answerId, cancellationToken);

    /// <summary>
    /// Stores a rating from conversation <paramref name="conversationKey"/>; false when the reaction is not like or
    /// dislike, or the answer is unknown (forgotten, never ours, or another conversation's).
    /// </summary>
    public async Task<bool> RecordAsync(string answerOrActivityId, string? reaction, string? comment, string conversationKey, string channelId, CancellationToken cancellationToken)
    {
        if (reaction is not (Like or Dislike))
        {
            LogRefused(logger, "a reaction other than like or dislike", answerOrActivityId);
            return false;
        }

        if (await answers.FindAsync(answerOrActivityId, cancellationToken).ConfigureAwait(false) is not var (id, remembered) || remembered.ConversationKey != conversationKey)
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

}

/// <summary>One line of the feedback file.</summary>
public sealed record FeedbackRecord(
    DateTimeOffset At, string Channel, string Conversation, string AnswerId, string Reaction, string? Comment,
    string Question, string Answer, IReadOnlyList<FeedbackCitation> Citations);

/// <summary>A citation as stored with feedback.</summary>
public sealed record FeedbackCitation(int Number, string ArticleId, string Title, string Quote, int Start, int End);
