#!/usr/bin/env bash
# Scale-out load test (issue 13): the same `bot load` run against one host with in-process state, then against two
# hosts sharing a Redis, every request going to the next host in turn (no sticky sessions). Loopback only, bounded.
# Starts its own redis-server (temporary folder, no persistence) and hosts over the seed articles; prints two JSONs.
#
#   scripts/scale-out-load.sh                          # 50 conversations x 5 questions
#   CONFIG=Debug CONVERSATIONS=10 scripts/scale-out-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

CONFIG="${CONFIG:-Release}"
CONVERSATIONS="${CONVERSATIONS:-50}"
QUESTIONS_EACH="${QUESTIONS_EACH:-5}"
WORK="$(mktemp -d /tmp/newsbot-scale-XXXXXX)"
REDIS_PORT="${REDIS_PORT:-6391}"
command -v redis-server >/dev/null || { echo "error: redis-server is missing (apt-get install -y redis-server)"; exit 1; }

[ "$CONFIG" = "Debug" ] || { dotnet build -c "$CONFIG" src/Bot.Cli -v q -nologo; dotnet build -c "$CONFIG" src/Bot.Web -v q -nologo; }
BOT="dotnet src/Bot.Cli/bin/$CONFIG/net10.0/bot.dll"
WEB="src/Bot.Web/bin/$CONFIG/net10.0/Bot.Web.dll"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

host() { # name port [redis]
  mkdir -p "$WORK/$1"
  Bot__Paths__Index="$WORK/$1/news.index" Bot__Inbox__Folder="$WORK/$1/inbox" Bot__Chat__FeedbackFile="$WORK/$1/feedback.jsonl" \
    Bot__State__Redis="${3:-}" Bot__DirectLine__NewConversationsPerMinute=1000 \
    dotnet "$WEB" --urls "http://127.0.0.1:$2" > "$WORK/$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$2/healthz" >/dev/null && return; sleep 1; done
  echo "error: host $1 did not start"; cat "$WORK/$1.log"; exit 1
}

load() { $BOT load --url "$1" --conversations "$CONVERSATIONS" --questions-each "$QUESTIONS_EACH" --slow 0 --leaving 0 --burst 20 --json || true; }

echo "== 1 host, state in process"
host single 5191
load http://127.0.0.1:5191/
kill "${pids[0]}"

echo "== 2 hosts, state in Redis, requests alternating"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$WORK" --save "" --appendonly no > "$WORK/redis.log" 2>&1 &
pids+=($!)
sleep 1
host a 5192 "127.0.0.1:$REDIS_PORT"
host b 5193 "127.0.0.1:$REDIS_PORT"
load http://127.0.0.1:5192/,http://127.0.0.1:5193/
