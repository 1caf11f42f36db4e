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
import gen  # noqa: E402
import report  # noqa: E402

SIZES = [1_000, 10_000, 100_000]
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


def measure_size(binary, jrnl, out, size, has_export, has_import):
    folder = os.path.join(out, str(size))
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    journal = os.path.join(folder, "journal.sqlite")
    journal_txt = os.path.join(folder, "jrnl.txt")
    course = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Resources",
                          "course.json")
    gen_start = time.perf_counter()
    gen.main_with([binary, os.path.normpath(course), str(size), journal, journal_txt])
    print(f"  generated {size} answers in {time.perf_counter() - gen_start:.1f} s", flush=True)
    word = gen.SEARCH_WORD
    ours = {}
    ours["first frame (TUI start to idle)"] = first_frame(binary, journal, RUNS)
    typing_journal = os.path.join(folder, "typing.sqlite")
    shutil.copy(journal, typing_journal)
    count, echo, tui_peak = typed_bytes(binary, typing_journal, 3)
    base = [binary, "journal"]
    opt = ["--journal", journal]
    ours["journal list (latest of each prompt)"] = median_of(base + ["list"] + opt, RUNS)
    ours["journal list --all-revisions --limit 50"] = median_of(
        base + ["list", "--all-revisions", "--limit", "50"] + opt, RUNS)
    ours["journal list --all-revisions --limit 10"] = median_of(
        base + ["list", "--all-revisions", "--limit", "10"] + opt, RUNS)
    ours[f"journal search {word}"] = median_of(base + ["search", word] + opt, RUNS)
    ours["journal show (an answer and its history)"] = median_of(
        base + ["show", "1"] + opt, RUNS)
    ours["journal list --all-revisions (export stand-in)"] = median_of(
        base + ["list", "--all-revisions"] + opt, RUNS)
    exports = {}
    for fmt in ("markdown", "json", "html"):
        target = os.path.join(folder, f"export.{fmt}")
        exports[fmt] = median_of(export_argv(binary, journal, fmt, target), RUNS) \
            if has_export else None
        ours[f"export --format {fmt}"] = exports[fmt]
    imported = None
    json_export = os.path.join(folder, "export.json")
    if has_import and exports["json"] and os.path.exists(json_export):
        times, peak = [], 0
        for run in range(3):
            fresh = os.path.join(folder, f"import-{run}.sqlite")
            result = median_of([binary, "import", json_export, "--journal", fresh], 1)
            os.remove(fresh)
            if result is None:
                times = []
                break
            times.append(result[0])
            peak = max(peak, result[1])
        imported = (statistics.median(times), peak) if times else None
    ours["import (the JSON export, into a new journal)"] = imported
    env = jrnl_env(os.path.join(folder, "jrnl-home"), journal_txt)
    runs = JRNL_RUNS[size]
    theirs = {
        "search": median_of([jrnl, "-contains", word], runs, env),
        "newest 10": median_of([jrnl, "-n", "10"], runs, env),
        "export markdown": median_of([jrnl, "--export", "markdown"], runs, env),
    }
    return {"ours": ours, "typed_bytes": count, "echo_ms": echo, "tui_peak": tui_peak,
            "jrnl": theirs, "has_export": has_export}


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
    jrnl_version = subprocess.run([jrnl, "--version"], capture_output=True,
                                  text=True).stdout.splitlines()[0]
    text = report.render(by_size, keystroke, jrnl_version, gen.SEARCH_WORD)
    with open(results, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(text)


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)
    main()
