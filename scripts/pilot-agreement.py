#!/usr/bin/env python3
"""How often pilot readers agree with the authored best response.

  scripts/pilot-agreement.py KEY ANSWERS...

KEY is what scripts/pilot-sheet.lua wrote to standard error ("node-id B" per
decision, or "node-id B|E" where the best depends on a condition). Each ANSWERS file has a line per decision, "node-id B ..." (the
newcomer's pick) or "node-id B>D>A>C ..." (the informed reader's ranking,
best first). Prints, per file, how many decisions its first choice matches
the key, and the decisions where it does not.
"""
import sys


def read(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        parts = line.split(None, 2)
        if len(parts) >= 2:
            out[parts[0]] = parts[1].split(">")[0].strip().upper()
    return out


def read_key(path):
    return {n: set(v.split("|")) for n, v in read(path).items()}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    key = read_key(sys.argv[1])
    for path in sys.argv[2:]:
        got = read(path)
        same = [n for n in key if got.get(n) in key[n]]
        missing = [n for n in key if n not in got]
        print(f"{path}: {len(same)} of {len(key)} agree with the authored best"
              + (f"; {len(missing)} unanswered" if missing else ""))
        for n in key:
            if n in got and got[n] not in key[n]:
                print(f"  {n}: chose {got[n]}, authored best {'|'.join(sorted(key[n]))}")


main()
