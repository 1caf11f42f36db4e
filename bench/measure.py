"""Times Leverage, and jrnl on the same entries, at several journal sizes; writes RESULTS.md.

Run by bench/run.sh (`make bench`), after a release build. Every figure is a median of
several runs of the whole process, timed from outside; peak memory is the max RSS of one
more run under /usr/bin/time. Not a test: nothing here fails on a slow number.
"""

import fcntl
import json
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import coach  # noqa: E402
import gen  # noqa: E402
import report  # noqa: E402

SIZES = [1_000, 10_000, 100_000]
PASTE_SIZES = [5_000, 100_000, 1_000_000]
# A paste that has not arrived after this long is reported as not arriving.
PASTE_LIMIT = 120
COURSE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                       "Resources", "course.json"))
RUNS = 7
JRNL_RUNS = {1_000: 5, 10_000: 3, 100_000: 3}
ROWS, COLS = 40, 120


def wait_timed(pid, start):
    _, status, usage = os.wait4(pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    code = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss, code


def run_once(argv, env=None):
    """Milliseconds, max RSS in KiB and exit status of one run, output thrown away."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=env)
    return wait_timed(process.pid, start)


def peak_kib(argv, env=None, spawn=None):
    """Max RSS of one run, through /usr/bin/time: a child forked from this Python process
    would report Python's own high-water mark (Linux keeps it across exec)."""
    report_path = f"/tmp/leverage-bench-rss-{os.getpid()}"
    wrapped = ["/usr/bin/time", "-f", "%M", "-o", report_path] + argv
    if spawn:
        spawn(wrapped)
    else:
        run_once(wrapped, env)
    with open(report_path, encoding="utf-8") as handle:
        kib = int(handle.read().split()[-1])
    os.remove(report_path)
    return kib


def median_of(argv, runs, env=None):
    """(median ms, peak KiB), or None when the command fails."""
    times = []
    for _ in range(runs):
        elapsed, _, code = run_once(argv, env)
        if code != 0:
            return None
        times.append(elapsed)
    return statistics.median(times), peak_kib(argv, env)


def spawn_in_pty(argv):
    """Starts argv on a new pseudo-terminal of COLS x ROWS; returns (pid, master fd, start)."""
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    start = time.perf_counter()
    pid, master = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        os.execve(argv[0], argv, env)
    return pid, master, start


def read_until_quiet(master, quiet_seconds):
    """Bytes the app writes until it has been silent for quiet_seconds (or closed)."""
    data = b""
    while True:
        ready, _, _ = select.select([master], [], [], quiet_seconds)
        if not ready:
            return data, False
        try:
            chunk = os.read(master, 65536)
        except OSError:
            return data, True
        if not chunk:
            return data, True
        data += chunk


def run_in_pty(argv):
    """Runs argv to its end on a pseudo-terminal: (ms, exit status)."""
    pid, master, start = spawn_in_pty(argv)
    while True:
        try:
            if not os.read(master, 65536):
                break
        except OSError:
            break
    elapsed, _, code = wait_timed(pid, start)
    os.close(master)
    return elapsed, code


def first_frame(binary, journal, runs):
    """Process start to exit with --exit-after-first-frame: (median ms, peak KiB)."""
    argv = [binary, "--exit-after-first-frame", "--journal", journal]
    times = []
    for _ in range(runs):
        elapsed, code = run_in_pty(argv)
        if code != 0:
            raise SystemExit(f"measure.py: the first-frame run exited with {code}")
        times.append(elapsed)
    return statistics.median(times), peak_kib(argv, spawn=run_in_pty)


def typed_bytes(binary, journal, runs):
    """Bytes written to the terminal for one typed character, and the ms to the echo."""
    counts, echoes, peak = [], [], 0
    report_path = f"/tmp/leverage-bench-rss-{os.getpid()}"
    for _ in range(runs):
        pid, master, start = spawn_in_pty(
            ["/usr/bin/time", "-f", "%M", "-o", report_path, binary, "--journal", journal])
        read_until_quiet(master, 0.5)
        typed = time.perf_counter()
        os.write(master, b"a")
        ready, _, _ = select.select([master], [], [], 2)
        echoes.append((time.perf_counter() - typed) * 1000 if ready else float("nan"))
        output, _ = read_until_quiet(master, 0.3)
        counts.append(len(output))
        os.write(master, b"\x11")  # Ctrl-Q: quit, keeping the draft
        read_until_quiet(master, 2)
        wait_timed(pid, start)
        os.close(master)
        with open(report_path, encoding="utf-8") as handle:
            peak = max(peak, int(handle.read().split()[-1]))
        os.remove(report_path)
    return statistics.median(counts), statistics.median(echoes), peak


def in_process(bench_binary):
    output = subprocess.run([bench_binary], check=True, capture_output=True, text=True).stdout
    return json.loads(output)


def command_exists(binary, name):
    return subprocess.run([binary, name, "--help"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode == 0


def export_argv(binary, journal, fmt, target):
    return [binary, "export", "--format", fmt, "--journal", journal, "--output", target,
            "--force"]


def jrnl_env(home, journal_txt):
    config_dir = os.path.join(home, ".config", "jrnl")
    os.makedirs(config_dir, exist_ok=True)
    with open(os.path.join(config_dir, "jrnl.yaml"), "w", encoding="utf-8") as handle:
        handle.write(
            "colors: {body: none, date: none, tags: none, title: none}\n"
            "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\n"
            "highlight: false\nindent_character: '|'\n"
            f"journals:\n  default:\n    journal: {journal_txt}\n"
            "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
            "timeformat: '%Y-%m-%d %H:%M'\nversion: v4.6\n")
    return dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
                XDG_DATA_HOME=os.path.join(home, ".local", "share"))


def read_commands(binary, journal, has_export):
    """The commands that only read, by name: (median ms, peak KiB), or None if one fails."""
    word = gen.SEARCH_WORD
    base = [binary, "journal"]
    opt = ["--journal", journal]
    ours = {"first frame (TUI start to idle)": first_frame(binary, journal, RUNS)}
    commands = [
        ("journal list (latest of each prompt)", base + ["list"] + opt),
        ("journal list --all-revisions --limit 50",
         base + ["list", "--all-revisions", "--limit", "50"] + opt),
        ("journal list --all-revisions --limit 10",
         base + ["list", "--all-revisions", "--limit", "10"] + opt),
        (f"journal search {word}", base + ["search", word] + opt),
        ("journal show (an answer and its history)", base + ["show", "1"] + opt),
        ("journal list --all-revisions (export stand-in)",
         base + ["list", "--all-revisions"] + opt),
    ]
    for name, argv in commands:
        ours[name] = median_of(argv, RUNS)
    for fmt in ("markdown", "json", "html"):
        target = f"{journal}.export.{fmt}"
        ours[f"export --format {fmt}"] = median_of(
            export_argv(binary, journal, fmt, target), RUNS) if has_export else None
    return ours


def empty_journal(binary, folder):
    """A journal made by `leverage` itself with nothing in it: reading commands never create
    one, so it is an import of an empty archive."""
    journal = os.path.join(folder, "empty.sqlite")
    archive = os.path.join(folder, "empty.json")
    with open(archive, "w", encoding="utf-8") as handle:
        json.dump({"schemaVersion": 1, "sessions": [], "answers": []}, handle)
    subprocess.run([binary, "import", archive, "--journal", journal], check=True,
                   stdout=subprocess.DEVNULL)
    os.remove(archive)
    return journal


def wal_bytes(journal):
    """The size of the journal's `-wal` file, by stat alone: opening it would change it."""
    path = journal + "-wal"
    return os.path.getsize(path) if os.path.exists(path) else 0


def import_times(binary, folder, json_export):
    times, peak = [], 0
    for run in range(3):
        fresh = os.path.join(folder, f"import-{run}.sqlite")
        result = median_of([binary, "import", json_export, "--journal", fresh], 1)
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(fresh + suffix):
                os.remove(fresh + suffix)
        if result is None:
            return None
        times.append(result[0])
        peak = max(peak, result[1])
    return statistics.median(times), peak


def paste_journal(binary, folder, name):
    """A small journal opening on the value story, made by import and one coach session."""
    journal = os.path.join(folder, f"{name}.sqlite")
    gen.main_with([binary, COURSE, "40", journal, journal + ".jrnl.txt"])
    coach.open_value_story(binary, journal)
    return journal


def paste_times(binary, folder, sizes, bracketed, limit_seconds):
    """Seconds for each paste size to be on screen, each into a journal of its own."""
    times = {}
    for size in sizes:
        journal = paste_journal(binary, folder, f"paste-{size}-{int(bracketed)}")
        times[size] = coach.paste_seconds(binary, journal, size, bracketed, limit_seconds)
        print(f"    paste {size:,} B ({'bracketed' if bracketed else 'key by key'}): "
              f"{times[size]}", flush=True)
    return times


def measure_size(binary, jrnl, out, size, has_export, has_import):
    folder = os.path.join(out, str(size))
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    journal = os.path.join(folder, "journal.sqlite")
    journal_txt = os.path.join(folder, "jrnl.txt")
    gen_start = time.perf_counter()
    gen.main_with([binary, COURSE, str(size), journal, journal_txt])
    print(f"  generated {size} answers in {time.perf_counter() - gen_start:.1f} s", flush=True)
    wal_after_import = wal_bytes(journal)
    word = gen.SEARCH_WORD
    empty = read_commands(binary, empty_journal(binary, folder), has_export)
    imported = read_commands(binary, journal, has_export)
    imported["import (the JSON export, into a new journal)"] = import_times(
        binary, folder, f"{journal}.export.json") if has_import and has_export else None
    env = jrnl_env(os.path.join(folder, "jrnl-home"), journal_txt)
    runs = JRNL_RUNS[size]
    theirs = {
        "search": median_of([jrnl, "-contains", word], runs, env),
        "newest 10": median_of([jrnl, "-n", "10"], runs, env),
        "export markdown": median_of([jrnl, "--export", "markdown"], runs, env),
    }
    # Then the user goes on coaching: to a text answer, typing, a week of sessions.
    coach.open_value_story(binary, journal)
    count, echo, tui_peak = typed_bytes(binary, journal, 3)
    coach.coaching_week(binary, journal)
    wal_after_week = wal_bytes(journal)
    week = read_commands(binary, journal, has_export)
    print(f"  measured {size} answers: empty, after import, after a week", flush=True)
    return {"empty": empty, "ours": imported, "week": week, "typed_bytes": count,
            "echo_ms": echo, "tui_peak": tui_peak, "jrnl": theirs, "has_export": has_export,
            "wal_after_import": wal_after_import, "wal_after_week": wal_after_week}


def measure_before(before, out, size, has_export):
    """The binary from before issue #16 on the same archive, empty and right after import, in
    the same run, and both binaries' paste times: the note's before and after."""
    folder = os.path.join(out, f"before-{size}")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    journal = os.path.join(folder, "journal.sqlite")
    gen.main_with([before, COURSE, str(size), journal, os.path.join(folder, "jrnl.txt")])
    result = {"wal_after_import": wal_bytes(journal),
              "empty": read_commands(before, empty_journal(before, folder), has_export),
              "ours": read_commands(before, journal, has_export),
              "size_bytes": os.path.getsize(before)}
    print("  measured the binary from before", flush=True)
    # Key by key, the old binary's paste grows with the square of its size: 20 KB is enough.
    result["paste"] = {
        "bracketed": paste_times(before, folder, PASTE_SIZES, True, PASTE_LIMIT),
        "key by key": paste_times(before, folder, [5_000, 20_000], False, PASTE_LIMIT),
    }
    return result


def main():
    binary, bench_binary, jrnl, out, results = sys.argv[1:6]
    sizes = [int(size) for size in os.environ.get("BENCH_SIZES", "").split()] or SIZES
    has_export = command_exists(binary, "export")
    has_import = command_exists(binary, "import")
    print(f"export command: {'yes' if has_export else 'missing, rows skipped'}; "
          f"import command: {'yes' if has_import else 'missing, rows skipped'}", flush=True)
    keystroke = in_process(bench_binary)
    by_size = {}
    for size in sizes:
        print(f"measuring {size} answers", flush=True)
        by_size[size] = measure_size(binary, jrnl, out, size, has_export, has_import)
    largest = max(sizes)
    paste_folder = os.path.join(out, "paste")
    shutil.rmtree(paste_folder, ignore_errors=True)
    os.makedirs(paste_folder)
    print("measuring pastes", flush=True)
    by_size[largest]["paste"] = {
        "bracketed": paste_times(binary, paste_folder, PASTE_SIZES, True, PASTE_LIMIT),
        "key by key": paste_times(binary, paste_folder, PASTE_SIZES, False, PASTE_LIMIT),
    }
    by_size[largest]["size_bytes"] = os.path.getsize(binary)
    # BENCH_BEFORE=path/to/an/older/leverage measures it too, in the same run.
    before = os.environ.get("BENCH_BEFORE")
    if before:
        print(f"measuring the binary from before on {largest} answers", flush=True)
        by_size[largest]["before"] = measure_before(before, out, largest, has_export)
    jrnl_version = subprocess.run([jrnl, "--version"], capture_output=True,
                                  text=True).stdout.splitlines()[0]
    # The figures themselves too, so the report can be written again without measuring.
    with open(os.path.join(out, "results.json"), "w", encoding="utf-8") as handle:
        json.dump({"by_size": by_size, "keystroke": keystroke, "jrnl_version": jrnl_version},
                  handle)
    text = report.render(by_size, keystroke, jrnl_version, gen.SEARCH_WORD)
    with open(results, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(text)


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)
    main()
