"""Turns measure.py's figures into bench/RESULTS.md: the machine, our table, jrnl's.

`python3 bench/report.py bench/out/results.json bench/RESULTS.md` writes it again from the
figures of the last run, without measuring.
"""

import json
import os
import sys
import platform

import coach
import gen
import subprocess
from datetime import date

# The targets at 100,000 answers right after an import (issue #16), against the same
# command on an empty journal.
FIRST_FRAME = "first frame (TUI start to idle)"
READ_LIMIT = 3.0
FIRST_FRAME_LIMIT = 1.5
JRNL_LIMIT = 100
PASTE_LIMIT_SECONDS = 1.0
IMPORT = "import (the JSON export, into a new journal)"
# These print every answer, so their time grows with the journal by design.
WHOLE_JOURNAL = ("journal list --all-revisions (export stand-in)", "export --format json")


def machine():
    model = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as handle:
        kib = int(handle.readline().split()[1])
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True)
    version = (swift.stdout or swift.stderr).splitlines()[0]
    return (f"{os.cpu_count()} CPUs ({model}), {kib / 1024 / 1024:.1f} GiB memory, "
            f"{platform.system()} {platform.release()}, {version}")


def ms(value):
    return "-" if value is None else (f"{value:.1f}" if value < 100 else f"{value:.0f}")


def mib(kib):
    return f"{kib / 1024:.0f}"


def ratio(cell, base):
    return None if not cell or not base else cell[0] / base[0]


def with_ratio(cell, base):
    """`236 (12.4x)`: the figure and its ratio to the same command on an empty journal."""
    if not cell:
        return "-"
    scale = ratio(cell, base)
    return ms(cell[0]) + ("" if scale is None else f" ({scale:.1f}x)")


def verdict(name, cell, base):
    if name in WHOLE_JOURNAL:
        return "prints every answer"
    scale = ratio(cell, base)
    if scale is None:
        return ""
    limit = FIRST_FRAME_LIMIT if name == FIRST_FRAME else READ_LIMIT
    return f"<= {limit}x: {'met' if scale <= limit else 'MISSED'}"


def mb(count):
    return f"{count / 1024 / 1024:.1f} MiB"


def seconds(value):
    return "not there after 120 s" if value is None else f"{value:.2f} s"


def leverage_table(by_size, sizes):
    largest = sizes[-1]
    result = by_size[largest]
    lines = [
        "| operation | empty ms | " + " | ".join(f"{size:,} after import" for size in sizes)
        + f" | {largest:,} after a week | peak MiB at {largest:,} | target at {largest:,}"
        " after import |",
        "|---|---:|" + "---:|" * len(sizes) + "---:|---:|---|",
    ]
    for name, base in result["empty"].items():
        cells = [with_ratio(by_size[size]["ours"].get(name), base) for size in sizes]
        last = result["ours"].get(name)
        lines.append(
            f"| {name} | {ms(base and base[0])} | " + " | ".join(cells)
            + f" | {with_ratio(result['week'].get(name), base)}"
            + f" | {mib(last[1]) if last else '-'} | {verdict(name, last, base)} |")
    imported = [by_size[size]["ours"].get(IMPORT) for size in sizes]
    lines.append(f"| {IMPORT} | - | " + " | ".join(ms(cell and cell[0]) for cell in imported)
                 + f" | - | {mib(imported[-1][1]) if imported[-1] else '-'} | |")
    tui_peak = result["tui_peak"]
    lines += [
        f"| TUI peak memory (start, type, quit) | - | " + " | ".join(
            mib(by_size[size]["tui_peak"]) + " MiB" for size in sizes)
        + f" | - | {mib(tui_peak)} | < 64 MiB: {'met' if tui_peak < 64 * 1024 else 'MISSED'} |",
        "| bytes written for one typed character | - | " + " | ".join(
            f"{by_size[size]['typed_bytes']:.0f} B" for size in sizes)
        + f" | - | - | < 64 B: {'met' if result['typed_bytes'] < 64 else 'MISSED'} |",
        "| keystroke to echo, through the pty | - | " + " | ".join(
            f"{by_size[size]['echo_ms']:.2f}" for size in sizes) + " | - | - | |",
        "| `-wal` file right after import | - | " + " | ".join(
            mb(by_size[size]["wal_after_import"]) for size in sizes)
        + f" | {mb(result['wal_after_week'])} | - | |",
    ]
    return lines


def paste_table(pastes, before):
    lines = [
        "| paste into a text answer | " + ("before | " if before else "") + "now |",
        "|---|" + ("---:|" if before else "") + "---:|",
    ]
    for style in ("bracketed", "key by key"):
        old_times = before["paste"][style] if before else {}
        for size in sorted(set(pastes[style]) | set(old_times)):
            old_cell = "" if not before else (
                f"{seconds(old_times[size])} | " if size in old_times else "not measured | ")
            now = seconds(pastes[style][size]) if size in pastes[style] else "not measured"
            lines.append(f"| {size:,} B, {style} | {old_cell}{now} |")
    return lines


def before_table(before, after):
    lines = [
        "| operation | before: empty | before: after import | now: empty | now: after import |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, base in after["empty"].items():
        old_base = before["empty"].get(name)
        lines.append(
            f"| {name} | {ms(old_base and old_base[0])} | "
            f"{with_ratio(before['ours'].get(name), old_base)} | {ms(base and base[0])} | "
            f"{with_ratio(after['ours'].get(name), base)} |")
    lines += [
        f"| `-wal` file right after import | - | {mb(before['wal_after_import'])} | - | "
        f"{mb(after['wal_after_import'])} |",
        f"| release binary | - | {mb(before['size_bytes'])} | - | {mb(after['size_bytes'])} |",
    ]
    return lines


def render(by_size, keystroke, jrnl_version, word):
    sizes = sorted(by_size)
    largest = sizes[-1]
    result = by_size[largest]
    before = result.get("before")
    lines = [
        "# Benchmarks",
        "",
        f"Made by `make bench` on {date.today().isoformat()}. Machine: {machine()}.",
        "",
        "Times are medians of whole-process runs timed from outside (7 runs; jrnl 3 to 5),",
        "in milliseconds; peak memory is the max RSS of one more run under `/usr/bin/time`, MiB.",
        "",
        "The journals are made as a user makes them, and only by the `leverage` binary: the",
        "answers (fixed seed, bench/gen.py: every prompt of the course, many revisions each,",
        "over seven years, text answers of one to twelve sentences, about 300 characters on",
        "average) go in as a JSON export read by `leverage import`, and nothing else opens the",
        "journal before it is measured. Each command is timed three times: on an empty journal",
        "(made by `leverage import` of an empty archive), right after the import, and after a week of",
        "coaching on top (bench/coach.py drives the real coach in tmux: one session walks to a",
        f"text answer, then {coach.SESSIONS} sessions each save it {coach.SAVES_PER_SESSION} times). In",
        "brackets, each figure over the same command on the empty journal.",
        "",
        "## Leverage",
        "",
    ]
    lines += leverage_table(by_size, sizes)
    lines += [
        "",
        f"In process (LeverageBench, {keystroke['keystrokes']:,} keystrokes in a text answer"
        " already 400 characters long; `Coach.update` + `Render.screen` + `ScreenDiff`),"
        f" median: **{keystroke['keystroke_us_80x24']:.0f} µs** at 80x24,"
        f" **{keystroke['keystroke_us_120x40']:.0f} µs** at 120x40 (target < 1,000 µs)."
        " A 1 MB bracketed paste into the same empty answer, update and one frame:"
        f" **{keystroke['paste_ms_1mb']:.0f} ms**; a keystroke in that 1 MB answer:"
        f" **{keystroke['keystroke_us_after_1mb'] / 1000:.0f} ms** at 120x40.",
        "",
        "How the terminal figures are taken: the real binary runs on a pseudo-terminal of",
        "120x40 (python3 `pty.fork`, `TERM=xterm-256color`). First frame: the whole process",
        "with `--exit-after-first-frame`, from fork to exit. Typed character: after the first",
        "frame and 0.5 s of silence, `a` is written to the pty and every byte the app writes",
        "until 0.3 s of silence is counted (median of 3 runs; the journal opens on a text",
        "prompt). The echo time is from that write to the first byte back.",
        "",
        "## Pastes",
        "",
        "Into the value story (a multi-line text answer) of a small journal, through tmux",
        "(`paste-buffer -p` for a bracketed paste; without `-p` the text arrives key by key, as",
        "from a terminal without bracketed paste): seconds from the paste until its last",
        f"characters are on screen. Target: 1 MB under {PASTE_LIMIT_SECONDS:.0f} s, bracketed."
        " The `now` column was measured again after the last change to the run loop (the same"
        " `measure.paste_times`, written into `results.json`); the rest is one run.",
        "",
    ]
    lines += paste_table(result["paste"], before)
    lines += [
        "",
        f"The release binary (`make release`, stripped): {result['size_bytes']:,} bytes"
        f" ({mb(result['size_bytes'])}). Target < 30 MB:"
        f" {'met' if result['size_bytes'] < 30_000_000 else 'MISSED'}. It was 64,536,312 bytes,"
        " of which 33,975,072 were ICU's data (`icudt76_dat`), linked in by the static"
        " Foundation that GRDB needs whole; Leverage reads 20 of its 4,855 items"
        " (scripts/lean-icu-data.py, traced with scripts/trace-icu-items.sh), 1.4 MB, and"
        " links only those. lld's packed relative relocations took the 85,000 relocations"
        " from 2.1 MB to 35 KB, and dropping the dynamic symbol table 0.8 MB. What is left"
        " (`size -A`): 18.6 MB of code (Swift runtime 3.7 MB, FoundationEssentials 2.7, ICU's"
        " code 2.6, GRDB 1.9, Foundation 1.6, LeverageCore 0.9), 3.0 MB of unwind tables, 3.5 MB"
        " of other constants. CI runs the end-to-end suites against this binary, since an ICU"
        " item it lacks would crash it where the debug build would not.",
        "",
    ]
    if before:
        lines += [
            f"## Before and after issue #16, same run, {largest:,} answers",
            "",
            "The binary from before (`BENCH_BEFORE`), on journals made the same way.",
            "",
        ]
        lines += before_table(before, result)
        lines.append("")
    lines += [
        f"## Side by side with {jrnl_version}",
        "",
        "jrnl reads a plain-text journal holding the same entries (`[YYYY-MM-DD HH:MM] unit",
        "prompt.` then the answer's text), encryption off, from a throwaway virtual",
        "environment and a temporary HOME. Leverage's figures are right after the import.",
        "",
        "| operation | answers | Leverage ms | jrnl ms | jrnl / Leverage |",
        "|---|---:|---:|---:|---:|",
    ]
    for size in sizes:
        ours, theirs = by_size[size]["ours"], by_size[size]["jrnl"]
        pairs = [
            (f"search `{word}` (`journal search`, `jrnl -contains`)",
             ours.get(f"journal search {word}"), theirs["search"], True),
            ("newest 10 (`journal list --all-revisions --limit 10`, `jrnl -n 10`)",
             ours.get("journal list --all-revisions --limit 10"), theirs["newest 10"], False),
            ("export markdown", ours.get("export --format markdown"), theirs["export markdown"],
             True),
        ]
        for name, mine, other, targeted in pairs:
            times = "-" if not mine or not other else f"{other[0] / mine[0]:.1f}x"
            if targeted and size == largest and mine and other:
                met = other[0] / mine[0] >= JRNL_LIMIT
                times += f" (>= {JRNL_LIMIT}x: {'met' if met else 'MISSED'})"
            lines.append(f"| {name} | {size:,} | {ms(mine and mine[0])} | "
                         f"{ms(other and other[0])} | {times} |")
    lines += [
        "",
        "`journal search` prints the newest 50 matches; `jrnl -contains` prints them all.",
        "",
        "`journal show` has no answer 1 to show on an empty journal.",
        "",
        "## What was changed for speed (100,000 answers, same machine)",
        "",
        "Issue #16 (the figures above, before and after, are from one run):",
        "",
        "- The kept `-wal` file stayed as large as the import (72 MB here), and every open",
        "  read it all again to rebuild its index: `journal_size_limit` (4 MB) now cuts it back",
        "  after each checkpoint and empties it when the last connection closes, and an import",
        "  ends with `wal_checkpoint(TRUNCATE)`. The benchmark had not seen it because gen.py",
        "  opened the journal with Python's sqlite3, whose close deleted the log; the journals",
        "  are now made only by the binary.",
        "- A bracketed paste was read a byte per `get_wch`, each a poll and a read on the tty",
        "  (perf: the kernel's tty read and poll were the top of the profile); its body is now",
        "  read from stdin in 64 KB blocks. Keys that arrive together are handled before one",
        "  frame is drawn, a run of characters typed into a field is inserted as one string,",
        "  and a frame lays out only the paragraphs around the cursor. Key by key, one long",
        "  paragraph still grows its layout with each frame (perf: `TextLayout.init` 37% of the",
        "  run), so a burst lasts at least four frames' cost: 1 MB key by key 28 -> 6-8 s; what",
        "  is left is ncurses reading a byte at a time (about a third of the run in the kernel).",
        "- `make release` strips the binary: 89 -> 61 MiB, start-up unchanged (`journal list",
        "  --all-revisions --limit 50` on an empty journal, 31 alternating runs of the old",
        "  binary as it was and stripped: 16.8 and 17.4 ms; the new one 15.5 ms).",
        "- The lean release (only the ICU data items Leverage reads, lld, no dynamic symbol",
        "  table): 64.5 -> 29.3 MB, start-up no slower (9 alternating runs, medians, old -> new:",
        "  first frame 35.8 -> 34.1 ms, `journal search x` 23.7 -> 20.2 ms, `--version` 11.9 ->",
        "  10.3 ms).",
        "- After the week, `journal search` printed the snippets of long answers (the value",
        "  story, saved 21 times, 2-7 KB each): folding every word with Foundation cost 30 ms",
        "  (`--json`, which prints no snippet, took 23 ms). The snippet now stops at the first",
        "  match and ASCII words fold by lowercasing: measured after this run on the same",
        "  journal, 63 -> 31 ms (12 ms empty); the table above is from before this change.",
        "",
        "Earlier:",
        "",
        "- Kept the `-wal` file on close: GRDB recreated it on every open with a write, and",
        "  close deleted it (2 fdatasync, 2 unlink per run; the close checkpoint still syncs):",
        "  with the query fixes, `journal list` at 1,000 went 40 -> 20 ms.",
        "- `journal search`: FTS5 drives the query in rowid order (`CROSS JOIN`) and the CLI",
        "  no longer counts all matches: 170 -> 26 ms.",
        "- Latest answer per prompt: one pass over the partial index instead of a correlated",
        "  `NOT EXISTS` per row: `journal list` 180 -> 38 ms.",
        "- Coach start: one index seek per course prompt: first frame 42 -> 29 ms; the TUI's",
        "  peak memory was measured wrongly before (Python's own high-water mark): 31 MiB.",
        "- Import: one prepared statement for every row, and a large import rebuilds the",
        "  full-text index once (inside the same transaction) instead of row by row:",
        "  7.1 -> 2.7 s.",
        "- Markdown and HTML export read the latest answer of each course prompt by index",
        "  seek instead of grouping every revision: 35 -> 24 ms.",
        "- `journal list`: one date formatter per listing instead of one per line, and only",
        "  the shown part of each answer cleaned: `--all-revisions` at 100,000 went 9.7 -> 1.8 s.",
        "- Release builds link the Swift runtime statically (`--static-swift-stdlib`): no",
        "  dynamic relocation of the Swift and Foundation libraries at start, about 5 ms off",
        "  every command (search 21 -> 16 ms, first frame 28 -> 21 ms, export 24 -> 16 ms).",
        "- Display widths: printable ASCII skips the Unicode property tables: a keystroke",
        "  540 -> 347 µs at 80x24, 688 -> 428 µs at 120x40.",
        "- Cue log (the debrief's, new this round): the first version read every revision",
        "  of the debrief's cues at start; reading only the newest 20 by index seek took the",
        "  first frame back from 35 to 19 ms.",
        "- The course file is read once through `JSONSerialization` instead of `JSONDecoder`",
        "  trying each JSON case in turn, and Markdown and HTML escaping walk UTF-8 bytes",
        "  instead of graphemes: `export` at 100,000 went from 115M to 83M instructions",
        "  (callgrind), the course load from 29M to 14M.",
        "",
        "- The journal is one `DatabaseQueue` connection in WAL mode instead of a pool, which",
        "  opened a writer and then a reader on every run; every command names itself, so",
        "  argument parsing no longer demangles each command's type name; `journal list`",
        "  formats dates without `DateFormatter` (no ICU locale data to load): `journal list",
        "  --limit 50` went from 50M to 38M instructions; run alternately with the binary",
        "  from before (41-run medians), 14.0-17.7 -> 11.3-11.7 ms. On this shared machine",
        "  the same binary's figures move by 2 to 5 ms from one minute to the next.",
        "",
        "What is left of newest-50 is process start. callgrind on `journal list",
        "--all-revisions --limit 50`: 38M instructions, 45% of them the Swift runtime scanning",
        "the binary's 6,474 protocol conformance records the first time each type is cast or",
        "checked, most of it from swift-argument-parser's reflection (44% of the run is",
        "argument parsing); the SQL is about a tenth. `--help` alone takes 5 ms.",
        "",
    ]
    return "\n".join(lines)


def load(path):
    """measure.py's figures back from JSON, whose keys are strings: sizes become numbers."""
    with open(path, encoding="utf-8") as handle:
        figures = json.load(handle)
    by_size = {int(size): result for size, result in figures["by_size"].items()}
    for result in by_size.values():
        for holder in [result, result.get("before") or {}]:
            if "paste" in holder:
                holder["paste"] = {style: {int(size): value for size, value in times.items()}
                                   for style, times in holder["paste"].items()}
    return by_size, figures["keystroke"], figures["jrnl_version"]


if __name__ == "__main__":
    by_size, keystroke, jrnl_version = load(sys.argv[1])
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write(render(by_size, keystroke, jrnl_version, gen.SEARCH_WORD))
