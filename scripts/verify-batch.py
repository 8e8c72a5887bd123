#!/usr/bin/env python3
"""Checks a batch report against the files of a corpus: every file exactly once in the JSON and in the CSV,
the broken files as errors, and the summary adding up (plans = checked + errors).

    scripts/verify-batch.py DIR REPORT.json REPORT.csv --broken K

Prints one line per check and exits 1 if any fails. Used by scripts/bench.sh on the 10,000-plan corpus.
"""
import argparse
import collections
import csv
import json
import os
import sys


def corpus_files(root):
    out = []
    for folder, _, names in os.walk(root):
        out += [os.path.join(folder, n) for n in names if not n.startswith(".")]
    return sorted(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("json_report")
    ap.add_argument("csv_report")
    ap.add_argument("--broken", type=int, required=True, help="how many broken files the corpus holds")
    args = ap.parse_args()

    files = corpus_files(args.dir)
    expected = collections.Counter(files)
    failures = 0

    def check(ok, what):
        nonlocal failures
        print(("ok    " if ok else "FAIL  ") + what)
        failures += 0 if ok else 1

    with open(args.json_report, encoding="utf-8") as f:
        report = json.load(f)
    plans = report["plans"]
    in_json = collections.Counter(p["path"] for p in plans)
    errors = [p for p in plans if p["error"] is not None]
    check(in_json == expected, f"JSON: {len(plans)} plan entries for {len(files)} files, each file exactly once")
    check(len(errors) == args.broken, f"JSON: {len(errors)} error entries for {args.broken} broken files")
    s = report["summary"]
    check(s["plans"] == len(files) and s["plans"] == s["checked"] + s["errors"],
          f"JSON summary: plans {s['plans']} = checked {s['checked']} + errors {s['errors']}")

    with open(args.csv_report, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[1:]
    in_csv = set(r[0] for r in rows)
    check(in_csv == set(files), f"CSV: {len(in_csv)} distinct paths in {len(rows)} rows for {len(files)} files")
    error_rows = collections.Counter(r[0] for r in rows if r[7] == "error")
    check(len(error_rows) == args.broken and all(n == 1 for n in error_rows.values()),
          f"CSV: {len(error_rows)} plans with one error row each for {args.broken} broken files")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
