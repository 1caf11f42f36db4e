#!/usr/bin/env bash
# Times `leverage import` and `leverage export` in each format on journals of 1,000, 10,000
# and 100,000 answers, generated with a fixed seed. Usage: bench/export-import.sh [N ...]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/leverage
[ -x "$BIN" ] || swift build -c release >/dev/null
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 100000)

generate() {
  python3 - "$1" "$2" <<'PY'
import json, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
random.seed(42)
course = json.load(open("Resources/course.json"))
prompts = [(u["id"], p["id"], p["kind"]) for part in course["parts"] for u in part["units"]
           for p in u["prompts"]]
words = "value call schedule revenue patients clinic wRVU raise research team".split()
def value(kind):
    text = lambda k: " ".join(random.choice(words) for _ in range(k))
    if kind == "list": return {"type": "list", "items": [text(4) for _ in range(3)]}
    if kind == "money": return {"type": "money", "cents": random.randrange(10**6, 10**8)}
    if kind in ("percent", "number"): return {"type": kind, "value": random.randrange(1, 99)}
    if kind == "scale": return {"type": "scale", "value": random.randrange(1, 6)}
    if kind == "date": return {"type": "date", "date": "2026-04-%02d" % random.randrange(1, 29)}
    if kind == "choice": return {"type": "choice", "selected": [], "other": text(3)}
    if kind == "template": return {"type": "template", "blanks": []}
    return {"type": "text", "text": text(30)}
revisions, answers = {}, []
for i in range(n):
    unit, prompt, kind = random.choice(prompts)
    revisions[(unit, prompt)] = revisions.get((unit, prompt), 0) + 1
    ms = 1772355600000 + i * 1000
    stamp = "%s.%03dZ" % (__import__("time").strftime("%Y-%m-%dT%H:%M:%S",
        __import__("time").gmtime(ms // 1000)), ms % 1000)
    answers.append({"unitId": unit, "promptId": prompt, "kind": kind,
        "revision": revisions[(unit, prompt)], "createdAt": stamp, "sessionId": 1,
        "value": value(kind)})
json.dump({"schemaVersion": 1, "sessions": [{"id": 1, "startedAt": answers[0]["createdAt"]}],
           "answers": answers}, open(out, "w"))
PY
}

seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.3f}')"
}

printf '%-9s %9s %9s %9s %9s %9s\n' answers "import s" "again s" "md s" "html s" "json s"
for n in "${SIZES[@]}"; do
  generate "$n" "$WORK/in-$n.json"
  journal="$WORK/j-$n.sqlite"
  first=$(seconds "$BIN" import "$WORK/in-$n.json" --journal "$journal")
  again=$(seconds "$BIN" import "$WORK/in-$n.json" --journal "$journal")
  md=$(seconds "$BIN" export --journal "$journal" --format markdown --output "$WORK/o.md" --force)
  html=$(seconds "$BIN" export --journal "$journal" --format html --output "$WORK/o.html" --force)
  json=$(seconds "$BIN" export --journal "$journal" --format json --output "$WORK/o.json" --force)
  printf '%-9s %9s %9s %9s %9s %9s\n' "$n" "$first" "$again" "$md" "$html" "$json"
done
