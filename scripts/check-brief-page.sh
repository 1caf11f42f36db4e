#!/usr/bin/env bash
# The brief must fit one printed page. Builds leverage, imports the fully answered journal
# the brief's golden files come from, and a copy of it with every answer as long as it gets
# and every ladder warning, prints each brief through headless Chromium on Letter and on A4
# and checks every PDF has exactly one page, saying which type size each brief chose; then
# counts the pages of the full journal's summary, for the record. `make check-brief` runs it; it is not part of
# `make test`, as a browser is heavy; CI runs it after the tests. Installs chromium and
# pdfinfo (poppler-utils) with apt-get when they are missing. Give a folder to keep the
# PDFs for a look.
set -euo pipefail
cd "$(dirname "$0")/.."

find_browser() {
  command -v chromium || command -v chromium-browser || command -v google-chrome || true
}
browser=$(find_browser)
if [ -z "$browser" ] || ! command -v pdfinfo >/dev/null 2>&1; then
  echo "check-brief: installing chromium and poppler-utils"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium poppler-utils >/dev/null
  browser=$(find_browser)
fi

swift build --product leverage
bin=.build/debug/leverage
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
keep=${1:-}

cp Tests/LeverageJournalTests/__Golden__/brief-journal.json "$work/full.json"
python3 - "$work/full.json" "$work/longest.json" Resources/course.json <<'PY'
import json, sys

archive = json.load(open(sys.argv[1]))
# Lists keep the count their prompt demands, so the archive is one Leverage would import.
exact = {(unit["id"], prompt["id"]): prompt["exactItems"]
         for part in json.load(open(sys.argv[3]))["parts"] for unit in part["units"]
         for prompt in unit["prompts"] if "exactItems" in prompt}
words = "a long answer that goes on well past what one page has room for "
long_text = (words * 12).strip()
figures = {"alternative-worth": 40_000_000, "walk-away-figure": 60_000_000,
           "target": 50_000_000, "anchor": 45_000_000, "offered": 43_000_000}
answers = []
for answer in archive["answers"]:
    value = answer["value"]
    if answer["promptId"] == "anchor-reason":
        continue
    if value["type"] == "text":
        value["text"] = long_text
    elif value["type"] == "list":
        count = exact.get((answer["unitId"], answer["promptId"]), 9)
        value["items"] = [f"{index}: {(words * 3).strip()}" for index in range(1, count + 1)]
    elif value["type"] == "template":
        # A blank that takes a figure (a percent, an amount) keeps it: import refuses words
        # there, as the coach does.
        for blank in value["blanks"]:
            if blank["blank"] not in ("percent", "amount"):
                blank["text"] = (words * 2).strip()
    elif value["type"] == "money" and answer["promptId"] in figures:
        value["cents"] = figures[answer["promptId"]]
    answers.append(answer)
archive["answers"] = answers
json.dump(archive, open(sys.argv[2], "w"))
PY

# Prints `html` on `paper` into `pdf` and says how many pages it took.
print_pages() {
  local html=$1 paper=$2 pdf=$3
  sed "s|</style>|@page { size: $paper; }</style>|" "$html" >"$pdf.html"
  "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$pdf" "file://$pdf.html" >/dev/null 2>&1
  pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }'
  if [ -n "$keep" ]; then mkdir -p "$keep" && cp "$pdf" "$keep/"; fi
}

failed=0
for case in full longest; do
  journal="$work/$case.sqlite"
  "$bin" import "$work/$case.json" --journal "$journal" >/dev/null
  LEVERAGE_NOW=2026-03-02T09:00:00Z "$bin" brief --format html --journal "$journal" \
    --output "$work/$case.html"
  # The type size the brief chose for print, from its style.
  size=$(grep -o 'font-size: [0-9.]*pt;' "$work/$case.html" | head -1 | grep -o '[0-9.]*pt')
  for paper in Letter A4; do
    pages=$(print_pages "$work/$case.html" "$paper" "$work/$case-$paper.pdf")
    echo "brief ($case answers, ${size} type) on $paper: $pages page(s)"
    [ "$pages" = 1 ] || failed=1
  done
done

# The summary of the full journal has no page limit; its count is for the record.
LEVERAGE_NOW=2026-03-02T09:00:00Z "$bin" export --format html --journal "$work/full.sqlite" \
  --output "$work/summary.html"
for paper in Letter A4; do
  echo "summary (full answers) on $paper: $(print_pages "$work/summary.html" "$paper" \
    "$work/summary-$paper.pdf") page(s)"
done
exit "$failed"
