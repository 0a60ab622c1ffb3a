namespace Bot.Web.State;

/// <summary>
/// The Lua scripts behind <see cref="RedisDirectLineConversations"/>. Each runs atomically in Redis, which is what the
/// in-process version gets from its locks: a sequence number and its activity appear together, and the byte counts
/// (per conversation, in <c>dl:sizes</c>, and in total, in <c>dl:bytes</c>) always match what is stored. Scripts name
/// other conversations' keys themselves, so this needs one Redis (or a primary with replicas), not Redis Cluster.
/// </summary>
/// <remarks>
/// Keys under the prefix: <c>dl:{id}</c> (hash: user, seq), <c>dl:{id}:log</c> (sorted set by sequence; each member is
/// "seq\ntype\nreplyToId\n" and the activity JSON), <c>dl:touched</c> (last use per conversation), <c>dl:sizes</c>
/// (bytes per conversation) and <c>dl:bytes</c> (bytes in all). A conversation's keys also expire, as a safety net,
/// at twice the idle time; forgetting idle ones is the scripts' job.
/// </remarks>
internal static class DirectLineScripts
{
    // ARGV[1] is always the key prefix. Sizes count the activity JSON only, as in one process. The closing line break
    // keeps the script that follows on a line of its own.
    private const string Common = """
        local prefix = ARGV[1]
        local touched, sizes, total = prefix .. 'dl:touched', prefix .. 'dl:sizes', prefix .. 'dl:bytes'
        local function size(entry)
          local header = string.match(entry, '^[^\n]*\n[^\n]*\n[^\n]*\n')
          return #entry - #header
        end
        local function charge(id, bytes)
          if bytes ~= 0 then
            redis.call('ZINCRBY', sizes, bytes, id)
            redis.call('INCRBY', total, bytes)
          end
        end
        local function trim(id, need, keep)
          local log = prefix .. 'dl:' .. id .. ':log'
          local freed = 0
          while freed < need and redis.call('ZCARD', log) > keep do
            freed = freed + size(redis.call('ZPOPMIN', log)[1])
          end
          charge(id, -freed)
          return freed
        end
        local function forget(id)
          local bytes = tonumber(redis.call('ZSCORE', sizes, id) or '0')
          if bytes ~= 0 then redis.call('DECRBY', total, bytes) end
          redis.call('DEL', prefix .. 'dl:' .. id, prefix .. 'dl:' .. id .. ':log')
          redis.call('ZREM', touched, id)
          redis.call('ZREM', sizes, id)
        end
        local function keep(id, ttl)
          redis.call('EXPIRE', prefix .. 'dl:' .. id, ttl)
          redis.call('EXPIRE', prefix .. 'dl:' .. id .. ':log', ttl)
        end
        """ + "\n";

    /// <summary>ARGV: prefix, id, cutoff (ms); the user of a live conversation, else nil.</summary>
    public const string Find = Common + """
        local last = redis.call('ZSCORE', touched, ARGV[2])
        if not last or tonumber(last) < tonumber(ARGV[3]) then return false end
        return redis.call('HGET', prefix .. 'dl:' .. ARGV[2], 'user')
        """;

    /// <summary>
    /// ARGV: prefix, id, user, now, cutoff, most conversations, ttl. Returns {created (0/1), user}. Idle conversations
    /// are forgotten first (a hundred at a time), then the least recently used while there are too many.
    /// </summary>
    public const string Open = Common + """
        local id, meta = ARGV[2], prefix .. 'dl:' .. ARGV[2]
        local last = redis.call('ZSCORE', touched, id)
        if last and tonumber(last) >= tonumber(ARGV[5]) and redis.call('EXISTS', meta) == 1 then
          return {0, redis.call('HGET', meta, 'user')}
        end
        for _, idle in ipairs(redis.call('ZRANGEBYSCORE', touched, '-inf', '(' .. ARGV[5], 'LIMIT', 0, 100)) do forget(idle) end
        forget(id)
        while redis.call('ZCARD', touched) >= tonumber(ARGV[6]) do forget(redis.call('ZRANGE', touched, 0, 0)[1]) end
        redis.call('HSET', meta, 'user', ARGV[3], 'seq', 0)
        redis.call('ZADD', touched, ARGV[4], id)
        redis.call('ZADD', sizes, 0, id)
        keep(id, ARGV[7])
        return {1, ARGV[3]}
        """;

    /// <summary>
    /// ARGV: prefix, id, placeholder, json, type, replyToId, streamId, most activities, most bytes, most bytes in all,
    /// ttl. Stores the activity under the next sequence number (written over the placeholder in its id) and returns
    /// that number; -1 when the conversation was forgotten (nothing is stored, as in one process).
    /// </summary>
    public const string Append = Common + """
        local id, meta = ARGV[2], prefix .. 'dl:' .. ARGV[2]
        local log = meta .. ':log'
        if redis.call('EXISTS', meta) == 0 then return -1 end
        local seq = redis.call('HINCRBY', meta, 'seq', 1)
        local json = string.gsub(ARGV[4], ARGV[3], string.format('%07d', seq), 1)
        local change = #json
        if ARGV[5] == 'message' then
          for _, entry in ipairs(redis.call('ZRANGE', log, 0, -1)) do
            local eseq, etype, ereply = string.match(entry, '^(%d+)\n([^\n]*)\n([^\n]*)\n')
            local eid = id .. '|' .. string.format('%07d', tonumber(eseq))
            if etype == 'typing' and ((ARGV[6] ~= '' and ereply == ARGV[6]) or (ARGV[7] ~= '' and eid == ARGV[7])) then
              redis.call('ZREM', log, entry)
              change = change - size(entry)
            end
          end
        end
        redis.call('ZADD', log, seq, seq .. '\n' .. ARGV[5] .. '\n' .. ARGV[6] .. '\n' .. json)
        charge(id, change)
        local bytes = tonumber(redis.call('ZSCORE', sizes, id))
        local count = redis.call('ZCARD', log)
        while count > 1 and (count > tonumber(ARGV[8]) or bytes > tonumber(ARGV[9])) do
          bytes = bytes - trim(id, 1, 1)
          count = count - 1
        end
        local excess = tonumber(redis.call('GET', total) or '0') - tonumber(ARGV[10])
        if excess > 0 then
          for _, other in ipairs(redis.call('ZRANGE', touched, 0, -1)) do
            excess = excess - trim(other, excess, 1)
            if excess <= 0 then break end
          end
        end
        keep(id, ARGV[11])
        return seq
        """;

    /// <summary>ARGV: prefix, id, watermark, now, ttl. Returns {seq, activities…}; {-1} for a watermark never issued.</summary>
    public const string After = Common + """
        local id, meta = ARGV[2], prefix .. 'dl:' .. ARGV[2]
        local seq = tonumber(redis.call('HGET', meta, 'seq') or ARGV[3])
        redis.call('ZADD', touched, 'XX', ARGV[4], id)
        keep(id, ARGV[5])
        if tonumber(ARGV[3]) > seq then return {-1} end
        local result = {seq}
        for _, entry in ipairs(redis.call('ZRANGEBYSCORE', meta .. ':log', '(' .. ARGV[3], seq)) do
          result[#result + 1] = string.sub(entry, #string.match(entry, '^[^\n]*\n[^\n]*\n[^\n]*\n') + 1)
        end
        return result
        """;

    /// <summary>ARGV: prefix, id, now, ttl. Marks the conversation as used.</summary>
    public const string Touch = Common + """
        redis.call('ZADD', touched, 'XX', ARGV[3], ARGV[2])
        keep(ARGV[2], ARGV[4])
        return 0
        """;
}
