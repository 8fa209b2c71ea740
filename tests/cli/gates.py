#!/usr/bin/env python3
"""The scenario library's quality gates, read off `naast analyze --json`.

  gates.py scenario FILE.json   one scenario: teaches, and gives nothing away
  gates.py library FILE.json... the library as a whole: length says nothing

Prints what fails, one problem a line, and exits 1; silent and 0 otherwise.
"""
import json
import statistics
import sys


def scenario(a):
    q = a["quality"]
    problems = []
    if not a["complete"]:
        problems.append("not every path was walked")
    if a["min_decisions_without_trigger"] < 6:
        problems.append(f"a path with only {a['min_decisions_without_trigger']} decisions")
    for d, v in a["best"]["dimensions"].items():
        if v < 0.9:
            problems.append(f"best path scores {v:.0%} on {d}")
    if "procedure" not in a:
        problems.append(a.get("procedure_error", "no procedure path"))
    elif a["procedure"]["overall"] > 0.5:
        problems.append(f"procedure path scores {a['procedure']['overall']:.0%}")
    if q["min_responses"] < 3:
        problems.append("a decision with fewer than 3 responses")
    if q["responses_without_feedback"]:
        problems.append(f"{q['responses_without_feedback']} responses without feedback")
    if q["responses_without_inner"]:
        problems.append(f"{q['responses_without_inner']} responses without an inner reaction")
    if q["key_prompts"] < 3:
        problems.append(f"{q['key_prompts']} key decisions with a prompt, want 3")
    if q["nodes_without_one_procedure"]:
        problems.append(f"{q['nodes_without_one_procedure']} decisions without exactly one procedure response")
    if sorted(q["ending_kinds"]) != ["breuk", "herstel", "neutraal"]:
        problems.append(f"ending kinds {q['ending_kinds']}")
    if q["content_notes"] < 1:
        problems.append("no content notes")
    for e in a["endings"]:
        if e["paths"] == 0:
            problems.append(f"ending {e['id']} never reached")
    # surface strategies: reading for length must not pay
    for s in a["tells"]["strategies"]:
        if s["strategy"] not in ("longest", "shortest"):
            continue
        if "error" in s:
            problems.append(f"always-{s['strategy']} could not be played: {s['error']}")
        elif s["overall"] >= 0.5 or s["kind"] == "herstel":
            problems.append(f"always-{s['strategy']} scores {s['overall']:.0%} and ends in {s['ending']} ({s['kind']})")
    return problems


def library(analyses):
    best = [w for a in analyses for w in a["tells"]["words"]["best"]]
    other = [w for a in analyses for w in a["tells"]["words"]["other"]]
    decisions = sum(a["tells"]["decisions"] for a in analyses)
    longest = sum(a["tells"]["best_longest"] for a in analyses)
    shortest = sum(a["tells"]["best_shortest"] for a in analyses)
    problems = []
    if not best or not other or not decisions:
        return ["no decisions to measure"]
    ratio = statistics.median(best) / statistics.median(other)
    if not 0.8 <= ratio <= 1.25:
        problems.append(f"median words: best {statistics.median(best):g}, others {statistics.median(other):g} "
                        f"(ratio {ratio:.2f}, want 0.8 to 1.25)")
    if longest * 3 > decisions:
        problems.append(f"the best response is the longest in {longest} of {decisions} decisions (want at most a third)")
    if shortest * 10 < decisions:
        problems.append(f"the best response is the shortest in {shortest} of {decisions} decisions (want at least a tenth)")
    return problems


def main():
    mode, files = sys.argv[1], sys.argv[2:]
    analyses = [json.load(open(f)) for f in files]
    problems = scenario(analyses[0]) if mode == "scenario" else library(analyses)
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


main()
