#!/usr/bin/env bash
# Prints the ICU data items a run of Leverage asks for, to keep KEPT in lean-icu-data.py
# complete. Needs gdb and a release binary linked without -s (ICU's lookup function is a
# local symbol):
#   swift build -c release --static-swift-stdlib --product leverage   # full ICU data
#   scripts/trace-icu-items.sh .build/release/leverage journal list
# Each line is a count and an item; an item missing from the package is printed too.
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: $0 BINARY [ARGUMENTS...]" >&2
  exit 2
fi
# gdb itself may dump core when the program exits; no core file is wanted.
ulimit -c 0
script=$(mktemp)
trap 'rm -f "$script"' EXIT
cat > "$script" <<'GDB'
set pagination off
set confirm off
break _ZL17offsetTOCLookupFnPK11UDataMemoryPKcPiP10UErrorCode
commands
silent
printf "icu-item %s\n", (char*)$rsi
continue
end
run
GDB
gdb -q -batch -nx -x "$script" --args "$@" < /dev/null 2>&1 | sed -n 's/^icu-item //p' | sort | uniq -c
