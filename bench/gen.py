"""Makes a Leverage journal of N answers, and the same entries as a jrnl text journal.

Usage: gen.py BINARY COURSE_JSON N JOURNAL_SQLITE JRNL_TXT

Fixed seed, so every run benchmarks the same bytes. The answers go in as a user's would:
a JSON export in the documented format, read by `leverage import`. Nothing else ever opens
the journal: another SQLite client would checkpoint and delete its `-wal` file on close, and
the benchmark would measure a journal no user has (issue #16).
Answers are spread over every prompt of the course, many revisions each, oldest to newest
over about seven years, as a physician revisiting the course before each talk would leave.
"""

import json
import os
import random
import subprocess
import sys
from datetime import datetime, timezone

SEED = 20260301
START = datetime(2019, 1, 1, tzinfo=timezone.utc).timestamp()
END = datetime(2026, 3, 1, tzinfo=timezone.utc).timestamp()
ANSWERS_PER_SESSION = 25
# The word the search benchmarks look for: in roughly one answer in twelve.
SEARCH_WORD = "locum"

SUBJECTS = [
    "My call schedule", "The group's RVU target", "Our department chair", "The new contract",
    "The hospital system", "My panel of patients", "The recruiter", "Protected research time",
    "The non-compete clause", "Our clinic's overhead", "The signing bonus", "Tail coverage",
    "The productivity bonus", "My teaching load", "The practice manager", "Weekend coverage",
]
VERBS = [
    "depends on", "undervalues", "could cover", "should reflect", "leaves out", "matches",
    "is tied to", "will shape", "pushes against", "makes room for", "competes with",
]
OBJECTS = [
    "the outreach clinic I started", "two extra half days of procedures", "the fellows I train",
    "quality metrics the board tracks", "the relative value units from my procedures",
    "nights on call every fourth week", "the market rate in the region",
    "a locum physician at twice the cost", "the patient satisfaction scores",
    "the referral stream from the community", "my role on the credentialing committee",
    "the loan repayment promised last year", "a four day clinical week",
]
TAILS = [
    "", " before the renewal in spring", " according to the MGMA survey",
    " if I ask for it early", " over the next two years", " as the chair admitted",
    ", which nobody has put in writing", " and I have the numbers to show it",
]


def sentence(rng):
    text = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(TAILS)}."
    if rng.random() < 0.05:
        text = text[:-1] + " unless we hire a locum."
    return text


def text_answer(rng):
    # Mostly a few sentences, sometimes a long paragraph: 60 to about 900 characters.
    count = min(12, max(1, int(rng.expovariate(1 / 3)) + 1))
    return " ".join(sentence(rng) for _ in range(count))


def money_text(cents):
    return f"${cents // 100:,} {cents // 100}"


def blank_text(rng, kind):
    """A fill the coach would take: a typed blank (`{amount:money}`) holds its kind's text."""
    if kind == ["percent"]:
        return f"{rng.randint(1, 60)}%"
    if kind == ["money"]:
        return f"${rng.randint(5, 900) * 1000:,}"
    if kind == ["number"]:
        return str(rng.randint(1, 500))
    return sentence(rng)[:-1]


def value_for(rng, prompt):
    kind = prompt["kind"]
    if kind == "text":
        text = text_answer(rng)
        return {"type": "text", "text": text}, text
    if kind == "list":
        # Only what the coach would save: import refuses the rest (AnswerAdmission).
        size = prompt.get("exactItems") or rng.randint(2, 6)
        items = [sentence(rng)[:-1] for _ in range(size)]
        return {"type": "list", "items": items}, "\n".join(items)
    if kind == "choice":
        options = prompt.get("options", ["Yes", "No"])
        count = rng.randint(1, len(options)) if prompt.get("multiple") else 1
        picked = rng.sample(options, count)
        # In the options' order, as the coach saves a choice.
        selected = [option for option in options if option in picked]
        return {"type": "choice", "selected": selected}, "\n".join(selected)
    if kind == "scale":
        value = rng.randint(prompt.get("min", 1), prompt.get("max", 5))
        return {"type": "scale", "value": value}, str(value)
    if kind == "money":
        cents = rng.randint(80_000, 900_000) * 100
        if "maximum" in prompt:
            cents = rng.randint(20, int(prompt["maximum"])) * 100
        return {"type": "money", "cents": cents}, money_text(cents)
    if kind in ("percent", "number"):
        value = rng.randint(5, 95 if kind == "percent" or prompt.get("unit") == "years" else 9000)
        return {"type": kind, "value": value}, str(value)
    if kind == "date":
        date = f"20{rng.randint(19, 27)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        return {"type": "date", "date": date}, date
    if kind == "template":
        blanks = [part.split("}")[0].split(":") for part in prompt["template"].split("{")[1:]]
        fills = [{"blank": blank[0], "text": blank_text(rng, blank[1:])} for blank in blanks]
        return {"type": "template", "blanks": fills}, "\n".join(f["text"] for f in fills)
    raise SystemExit(f"gen.py: no generator for prompt kind {kind}")


def prompts_of(course_path):
    with open(course_path, encoding="utf-8") as handle:
        course = json.load(handle)
    return [
        (unit["id"], prompt)
        for part in course["parts"]
        for unit in part["units"]
        for prompt in unit["prompts"]
    ]


def iso(seconds):
    """A moment as the archive writes it: UTC, milliseconds, `2026-03-01T09:00:00.250Z`."""
    moment = datetime.fromtimestamp(seconds, timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def main_with(args):
    binary, course_path, count, journal, jrnl_path = args
    count = int(count)
    rng = random.Random(SEED)
    prompts = prompts_of(course_path)
    revisions = {}
    sessions = []
    answers = []
    entries = []
    step = (END - START) / count
    for index in range(count):
        created = START + index * step + rng.random() * step * 0.5
        if index % ANSWERS_PER_SESSION == 0:
            sessions.append({"id": len(sessions) + 1, "startedAt": iso(created)})
        unit_id, prompt = rng.choice(prompts)
        key = (unit_id, prompt["id"])
        revisions[key] = revisions.get(key, 0) + 1
        value, search_text = value_for(rng, prompt)
        answers.append({"unitId": unit_id, "promptId": prompt["id"], "kind": prompt["kind"],
                        "revision": revisions[key], "createdAt": iso(created),
                        "sessionId": len(sessions), "value": value})
        stamp = datetime.fromtimestamp(created, timezone.utc).strftime("%Y-%m-%d %H:%M")
        entries.append(f"[{stamp}] {unit_id} {prompt['id']}.\n{search_text}\n\n")
    # The answers go in the way a user's would: a JSON export in the documented format,
    # read by `leverage import`.
    archive = journal + ".import.json"
    with open(archive, "w", encoding="utf-8") as handle:
        json.dump({"schemaVersion": 1, "sessions": sessions, "answers": answers}, handle,
                  ensure_ascii=False)
    subprocess.run([binary, "import", archive, "--journal", journal], check=True,
                   stdout=subprocess.DEVNULL)
    os.remove(archive)
    with open(jrnl_path, "w", encoding="utf-8") as handle:
        handle.writelines(entries)


if __name__ == "__main__":
    main_with(sys.argv[1:6])
