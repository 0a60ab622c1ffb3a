using System.Text.Json;
using Bot.Web.Chat;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Web.State;

/// <summary>
/// Remembered answers in Redis, so a 👍 on an answer from one host is stored by another. At most
/// <see cref="ChatOptions.RememberedAnswers"/> are kept (a list records their order; the oldest go first), and
/// aliases expire after a week, as a rating of an older answer is not expected.
/// </summary>
internal sealed class RedisRememberedAnswers(RedisState redis, IOptions<ChatOptions> options) : IRememberedAnswers
{
    private static readonly TimeSpan AliasLifetime = TimeSpan.FromDays(7);

    // KEYS: the answer, the order list; ARGV: id, json, the most to keep, the key prefix of answers.
    private const string Remember = """
        redis.call('SET', KEYS[1], ARGV[2])
        redis.call('RPUSH', KEYS[2], ARGV[1])
        while redis.call('LLEN', KEYS[2]) > tonumber(ARGV[3]) do
          redis.call('DEL', ARGV[4] .. redis.call('LPOP', KEYS[2]))
        end
        """;

    public async Task<string> RememberAsync(RememberedAnswer answer, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var json = JsonSerializer.Serialize(new Stored(answer.ConversationKey, answer.Question, StoredAnswer.From(answer.Answer) with { Passages = [] }), StoredAnswer.Json);
        await redis.Database.ScriptEvaluateAsync(Remember, [AnswerKey(id), redis.Key("answers")], [id, json, options.Value.RememberedAnswers, redis.Prefix + "answer:"]).ConfigureAwait(false);
        return id;
    }

    public async Task AliasAsync(string activityId, string answerId, CancellationToken cancellationToken)
    {
        if (await redis.Database.KeyExistsAsync(AnswerKey(answerId)).ConfigureAwait(false))
        {
            await redis.Database.StringSetAsync(redis.Key($"answer-alias:{activityId}"), answerId, AliasLifetime).ConfigureAwait(false);
        }
    }

    public async Task<(string AnswerId, RememberedAnswer Answer)?> FindAsync(string answerOrActivityId, CancellationToken cancellationToken)
    {
        var alias = await redis.Database.StringGetAsync(redis.Key($"answer-alias:{answerOrActivityId}")).ConfigureAwait(false);
        var id = alias.IsNull ? answerOrActivityId : alias.ToString();
        var json = await redis.Database.StringGetAsync(AnswerKey(id)).ConfigureAwait(false);
        if (json.IsNull)
        {
            return null;
        }

        var stored = JsonSerializer.Deserialize<Stored>(json.ToString(), StoredAnswer.Json)!;
        return (id, new RememberedAnswer(stored.ConversationKey, stored.Question, stored.Answer.ToAnswer()));
    }

    private RedisKey AnswerKey(string id) => redis.Key($"answer:{id}");

    private sealed record Stored(string ConversationKey, string Question, StoredAnswer Answer);
}
