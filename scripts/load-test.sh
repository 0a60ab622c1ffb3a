#!/usr/bin/env bash
# Load test of the bot under many Web Chat users (issue 5): not part of `dotnet test`; bounded in time and requests,
# loopback only. Builds a synthetic corpus of about PASSAGES passages, starts the web host over it, and drives its
# Direct Line endpoints with `bot load`. Figures are printed at the end (add --json to LOAD_ARGS for JSON).
#
#   scripts/load-test.sh                      # ~100k passages, 50 conversations
#   ARTICLES=1500 CONVERSATIONS=10 scripts/load-test.sh   # a quick run (~10k passages)
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES="${ARTICLES:-14000}"          # ~7 passages per generated article: 14,000 articles ≈ 100k passages
PORT="${PORT:-5099}"
WORK="${WORK:-/tmp/newsbot-load}"
CONVERSATIONS="${CONVERSATIONS:-50}"
QUESTIONS_EACH="${QUESTIONS_EACH:-10}"
SECONDS_LIMIT="${SECONDS_LIMIT:-600}"
LOAD_ARGS="${LOAD_ARGS:-}"            # e.g. --json

dotnet build -c Release src/Bot.Cli -v q -nologo
dotnet build -c Release src/Bot.Web -v q -nologo
BOT="dotnet src/Bot.Cli/bin/Release/net10.0/bot.dll"

mkdir -p "$WORK"
if [ ! -f "$WORK/news.index" ]; then
  echo "Generating $ARTICLES articles and ingesting them (embedding takes a while: about 20 articles a second on 2 cores)…"
  rm -rf "$WORK/corpus" && $BOT generate --articles "$ARTICLES" --out "$WORK/corpus"
  Bot__Paths__Index="$WORK/news.index" $BOT ingest "$WORK/corpus"
fi

echo "Starting the web host on 127.0.0.1:$PORT over $WORK/news.index…"
# Rate limits are per conversation and per address; every load client shares 127.0.0.1, so the per-address
# limit on new conversations is lifted for the run (the per-conversation limit stays, and the burst client hits it).
Bot__Paths__Index="$WORK/news.index" Bot__Inbox__Watch=false Bot__DirectLine__NewConversationsPerMinute=100000 \
  Bot__DirectLine__RateLimitActivities=10 Bot__DirectLine__RateLimitWindowSeconds=10 \
  dotnet src/Bot.Web/bin/Release/net10.0/Bot.Web.dll --urls "http://127.0.0.1:$PORT" > "$WORK/host.log" 2>&1 &
HOST_PID=$!
trap 'kill $HOST_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/healthz" || { echo "error: the host did not start; see $WORK/host.log"; exit 1; }
echo

# shellcheck disable=SC2086
$BOT load --url "http://127.0.0.1:$PORT/" --conversations "$CONVERSATIONS" --questions-each "$QUESTIONS_EACH" \
  --slow 5 --leaving 5 --burst 100 --seconds "$SECONDS_LIMIT" $LOAD_ARGS
