"""Drives the real coach in tmux, as a user does: keys in, the screen read back.

The benchmark's journals are made only this way and by `leverage import`, so they are the
journals users have. tmux runs on a private socket, so a user's own tmux is never touched.
"""

import os
import subprocess
import time

import gen

# The text prompt the benchmark types into: Step 6, prompt 3 of 4.
VALUE_STORY = "What value story will you open with?"
# From the first prompt of the course to the value story, one prompt at a time.
PROMPTS_BEFORE_VALUE_STORY = 25
# More than the course has: Ctrl-P this often reaches its first prompt from anywhere.
COURSE_PROMPTS = 60
SESSIONS = 7
SAVES_PER_SESSION = 3


class Coach:
    def __init__(self, binary, journal, width=120, height=40):
        self.socket = f"leverage-bench-{os.getpid()}-{time.monotonic_ns()}"
        self.tmux("new-session", "-d", "-s", "bench", "-x", str(width), "-y", str(height),
                  f"env TERM=xterm-256color LANG=C.UTF-8 '{binary}' --journal '{journal}'")

    def tmux(self, *arguments):
        return subprocess.run(["tmux", "-L", self.socket, *arguments], check=True,
                              capture_output=True, text=True).stdout

    def keys(self, *keys):
        self.tmux("send-keys", "-t", "bench", *keys)

    def type(self, text):
        self.tmux("send-keys", "-t", "bench", "-l", text)

    def screen(self):
        return self.tmux("capture-pane", "-p", "-t", "bench")

    def wait_for(self, text, seconds=30, interval=0.05):
        """Seconds until `text` is on screen; raises with the screen when it never is."""
        start = time.perf_counter()
        while time.perf_counter() - start < seconds:
            if text in self.screen():
                return time.perf_counter() - start
            time.sleep(interval)
        screen = self.screen()
        # A coach left running would outlive the benchmark.
        self.tmux("kill-server")
        raise SystemExit(f"bench: never saw {text!r}; the screen was:\n{screen}")

    def paste(self, path, bracketed):
        """Pastes the file's text as a terminal does (bracketed, or key by key)."""
        self.tmux("load-buffer", "-b", "bench", path)
        self.tmux("paste-buffer", *(["-p"] if bracketed else []), "-b", "bench", "-t", "bench")

    def quit(self, seconds=30):
        """Ctrl-Q (which keeps the place and any draft), then waits for the process to end."""
        self.keys("C-q")
        start = time.perf_counter()
        while time.perf_counter() - start < seconds:
            done = subprocess.run(["tmux", "-L", self.socket, "has-session", "-t", "bench"],
                                  capture_output=True).returncode != 0
            if done:
                return
            time.sleep(0.05)
        self.tmux("kill-server")
        raise SystemExit("bench: the coach did not quit")


def open_value_story(binary, journal):
    """The first session after an import: back to the first prompt of the course (the coach
    opens on the first unanswered one), on to the value story, and quits there, so later
    sessions (and the typing benchmark) resume on a text answer."""
    coach = Coach(binary, journal)
    coach.wait_for("Ctrl-N/P")
    for _ in range(COURSE_PROMPTS):
        coach.keys("C-p")
    coach.wait_for("1 · Know your value")
    coach.wait_for("Prompt 1 of")
    for _ in range(PROMPTS_BEFORE_VALUE_STORY):
        coach.keys("C-n")
        time.sleep(0.05)
    coach.wait_for(VALUE_STORY)
    coach.quit()


def coaching_week(binary, journal):
    """A week on top of an import: a session a day, each resuming on the value story and
    saving a longer version of it a few times (Enter saves and moves on; Ctrl-P comes back)."""
    rng = gen.random.Random(gen.SEED + 7)
    for _ in range(SESSIONS):
        coach = Coach(binary, journal)
        coach.wait_for(VALUE_STORY)
        for _ in range(SAVES_PER_SESSION):
            coach.keys("End")
            coach.type(" " + gen.text_answer(rng))
            coach.keys("Enter")
            coach.wait_for("Prompt 4 of 4")
            coach.keys("C-p")
            coach.wait_for(VALUE_STORY)
        coach.quit()


def paste_seconds(binary, journal, size, bracketed, limit_seconds):
    """Seconds from the paste until its last characters are on screen (None past the limit),
    then Ctrl-Q; the journal must open on the value story."""
    path = f"{journal}.paste.txt"
    text = ("pasted text " * (size // 12 + 1))[: size - 8] + " PASTEND"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    coach = Coach(binary, journal)
    coach.wait_for(VALUE_STORY)
    coach.keys("End")
    start = time.perf_counter()
    coach.paste(path, bracketed)
    try:
        coach.wait_for("PASTEND", seconds=limit_seconds, interval=0.02)
        elapsed = time.perf_counter() - start
    except SystemExit:
        elapsed = None
    if elapsed is not None:
        coach.quit(seconds=limit_seconds)
    os.remove(path)
    return elapsed
