"""expect.py: the cohort tests' own reading of session records, written apart
from naast's C code, so that what compare, history and export print can be
checked against numbers worked out independently.

    python3 expect.py compare REPORT.md RECORD...      the compare report's counts
    python3 expect.py history TEXT RECORD...           history's trend and lessons
    python3 expect.py export FILE.csv RECORD...        the CSV, row by row
Exits non-zero with a message on the first mismatch.
"""
import csv
import json
import math
import re
import sys


def load(paths):
    return [(p, json.load(open(p, encoding="utf-8"))) for p in paths]


def letters(i):
    s = ""
    while True:
        s = chr(ord("A") + i % 26) + s
        i = i // 26 - 1
        if i < 0:
            return s


def pct(x):
    return int(math.floor(x * 100 + 0.5 + 1e-9))


def clamp(x):
    return min(1.0, max(0.0, x))


def pooled(rec, lesson=0):
    e = b = 0
    for d in rec["decisions"]:
        if lesson and lesson not in d.get("lessons_available", []):
            continue
        for dim, best in d["best"].items():
            if best > 0:
                e += d["earned"].get(dim, 0)
                b += best
    return (e / b) if b else None


def fail(msg):
    print("expect.py: " + msg)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


def compare(report, paths):
    text = open(report, encoding="utf-8").read()
    recs = load(paths)
    n = len(recs)
    check(f". {n} deelnemers, " in text, f"participant count {n}")
    finished = sum(1 for _, r in recs if r["ending"])
    check(f"{n} deelnemers, {finished} afgerond." in text, f"finished count {finished}")
    # per node: how often each response was taken, and by whom
    nodes, first_step = {}, {}
    for k, (_, r) in enumerate(recs):
        for i, d in enumerate(r["decisions"]):
            node = nodes.setdefault(d["node"], {})
            first_step.setdefault(d["node"], i + 1)
            first_step[d["node"]] = min(first_step[d["node"]], i + 1)
            who = node.setdefault(d["choice"], (d["text"], []))[1]
            who.append(k)
    order = sorted(nodes, key=lambda x: first_step[x])  # ties: first arrival (dict order), as sorted() is stable
    for number, node in enumerate(order, 1):
        taken = sum(len(w) for _, w in nodes[node].values())
        people = len({k for _, w in nodes[node].values() for k in w})
        noun = "deelnemer" if people == 1 else "deelnemers"
        check(f"### Beslissing {number}: {node}\n\n{taken} keer genomen, door {people} {noun}." in text,
              f"decision {number} ({node}): {taken} taken by {people}")
        for choice, (resp, who) in nodes[node].items():
            share = pct(len(who) / taken)
            line = f"- “{resp}” ({choice}): {len(who)} ({share}%)"
            check(line in text, "missing: " + line)
            if n <= 40:
                names = ", ".join(letters(k) for k in sorted(set(who)))
                check(any(l.startswith(line) and l.endswith(": " + names) for l in text.splitlines()),
                      f"{node}/{choice}: participants {names}")
    # endings
    ends = {}
    for k, (_, r) in enumerate(recs):
        key = (r["ending"]["title"], r["ending"]["kind"]) if r["ending"] else None
        ends.setdefault(key, []).append(k)
    for key, who in ends.items():
        label = f"{key[0]} ({key[1]})" if key else "niet afgerond"
        line = f"- {label}: {len(who)} ({pct(len(who) / n)}%)"
        check(line in text, "missing ending line: " + line)
    # spread of the overall score
    overall = sorted(clamp(pooled(r)) for _, r in recs if pooled(r) is not None)
    m = len(overall)
    med = overall[m // 2] if m % 2 else (overall[m // 2 - 1] + overall[m // 2]) / 2
    line = f"- Totaal: laagste {pct(overall[0])}%, mediaan {pct(med)}%, hoogste {pct(overall[-1])}% ({m} deelnemers)"
    check(line in text, "missing spread line: " + line)


def history(out, paths):
    text = open(out, encoding="utf-8").read()
    recs = sorted(load(paths), key=lambda pr: (pr[1]["started"], pr[0]))
    done = [r for _, r in recs if r["ending"]]
    check(f"{len(recs)} sessies van " in text and f"waarvan {len(done)} afgerond" in text, "session counts")
    ys = [clamp(pooled(r)) * 100 if pooled(r) is not None else None for r in done]
    pts = [(i, y) for i, y in enumerate(ys) if y is not None]
    k = len(pts)
    sx = sum(i for i, _ in pts); sy = sum(y for _, y in pts)
    sxx = sum(i * i for i, _ in pts); sxy = sum(i * y for i, y in pts)
    slope = (k * sxy - sx * sy) / (k * sxx - sx * sx) if k > 1 else 0
    arrow = "↗" if slope >= 1 else "↘" if slope <= -1 else "→"
    num = ("%+.1f" % (0.0 if abs(slope) < 0.05 else slope)).replace(".", ",")
    line = f"{pct(pts[0][1] / 100)}% → {pct(pts[-1][1] / 100)}%, {arrow} {num} per sessie ({k} sessies)"
    check(re.search(r"^  Totaal +" + re.escape(line) + " ", text, re.M), "missing trend line: Totaal " + line)
    practised = set()
    for r in done:
        for d in r["decisions"]:
            practised.update(d.get("lessons_available", []))
    missing = [l for l in range(1, 9) if l not in practised]
    tail = text.split("Nog niet geoefend\n", 1)[1]
    listed = [int(l.split()[1].rstrip(":")) for l in tail.splitlines() if l.startswith("  Les ")]
    check(listed == missing, f"unpractised lessons {listed}, expected {missing}")
    for l in sorted(practised):
        check(f"  Les {l}: " in text.split("Trend per les", 1)[1].split("Nog niet geoefend")[0], f"lesson {l} trend")


def export(path, paths):
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
    header, rows = rows[0], rows[1:]
    raw = open(path, "rb").read()
    check(raw.count(b"\r\n") == len(rows) + 1 + sum(r[17].count("\n") for r in rows), "CRLF line ends")
    recs = sorted(load(paths), key=lambda pr: (pr[1]["started"], pr[0]))
    check(len(rows) == sum(len(r["decisions"]) for _, r in recs), "one row per decision")
    dims = []
    for _, r in recs:
        dims += [d for d in r["dimensions"] if d not in dims]
    fixed = ["file", "scenario", "hash", "version", "trainee", "role", "mode", "started", "ended", "ending", "step",
             "node", "choice", "number", "available", "millis", "lessons", "lessons_available", "text", "votes",
             "followed"]
    check(header == fixed + [f"{d}_{x}" for d in dims for x in ("earned", "best")], f"header {header}")
    i = 0
    for p, r in recs:
        for d in r["decisions"]:
            row = dict(zip(header, rows[i]))
            i += 1
            trainee = r["trainee"] or ""
            if trainee[:1] in ("=", "+", "-", "@", "\t"):
                trainee = "'" + trainee
            want = {"file": p.rsplit("/", 1)[-1], "scenario": r["scenario"]["id"], "hash": r["scenario"]["hash"],
                    "trainee": trainee, "role": r["scenario"].get("role", ""), "mode": r["mode"], "started": r["started"], "ended": r["ended"] or "",
                    "ending": r["ending"]["id"] if r["ending"] else "", "step": str(d["step"]), "node": d["node"],
                    "choice": d["choice"], "number": str(d["number"]), "available": str(d["available"]),
                    "millis": "" if d["seconds"] is None else str(round(d["seconds"] * 1000)),
                    "lessons": " ".join(map(str, sorted(d.get("lessons", [])))),
                    "lessons_available": " ".join(map(str, sorted(d.get("lessons_available", [])))),
                    "text": d["text"],
                    "votes": " ".join(map(str, d["votes"]["counts"])) if "votes" in d else "",
                    "followed": d["votes"]["followed"] if "votes" in d else ""}
            for dim in dims:
                have = dim in r["dimensions"]
                want[dim + "_earned"] = str(d["earned"].get(dim, 0)) if have else ""
                want[dim + "_best"] = str(d["best"].get(dim, 0)) if have else ""
            for key, value in want.items():
                check(row[key] == value, f"{p} step {d['step']}: {key} = {row[key]!r}, expected {value!r}")


if __name__ == "__main__":
    {"compare": compare, "history": history, "export": export}[sys.argv[1]](sys.argv[2], sys.argv[3:])
