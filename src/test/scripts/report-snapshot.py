#!/usr/bin/env python3
"""Write every report the checker gives on a fixed set of drafts, to compare two builds.

    python3 src/test/scripts/report-snapshot.py OUT_DIR [--command "java -jar target/factcheck-cli.jar"]
    python3 src/test/scripts/report-snapshot.py --diff BEFORE_DIR AFTER_DIR

The set: every fixture (its language and date from expected.json), the seeds (2025-11-25), the 140 real articles
of ../shared/corpus/real/{fr,en} (2025-11-25) and ../shared/eval-dev (each file's referenceDate and language).
Each report is written as OUT_DIR/<set>/<name>.json, its findings and sections (persons, dates, figures, quotes)
as the CLI prints them. --diff lists, file by file, the findings and section entries one side has and the other
has not, and exits 1 when any differ. Standard library only; what ../shared lacks is skipped with a message.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
from collections import OrderedDict

PROJECT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SHARED = os.path.join(os.path.dirname(PROJECT), "shared")
SECTIONS = ["findings", "persons", "dates", "figures", "quotes"]


def groups():
    """(set, name, path, lang or None, date) for every draft of the set."""
    out = []
    fixtures = os.path.join(PROJECT, "fixtures")
    for dirpath, _, files in sorted(os.walk(fixtures)):
        if "expected.json" not in files:
            continue
        with open(os.path.join(dirpath, "expected.json"), encoding="utf-8") as f:
            exp = json.load(f)
        draft = [x for x in files if x.startswith("draft.")][0]
        lang = None if exp.get("detect") else exp.get("language")
        out.append(("fixtures", os.path.relpath(dirpath, fixtures).replace(os.sep, "__"),
                    os.path.join(dirpath, draft), lang, exp.get("date") or "2025-11-25"))
    if not os.path.isdir(SHARED):
        sys.stderr.write("report-snapshot: no ../shared beside the project: fixtures only\n")
        return out
    seeds = os.path.join(SHARED, "seeds")
    for name in sorted(os.listdir(seeds)):
        out.append(("seeds", name, os.path.join(seeds, name), None, "2025-11-25"))
    for lang in ("fr", "en"):
        folder = os.path.join(SHARED, "corpus", "real", lang)
        for name in sorted(os.listdir(folder)):
            out.append(("real-" + lang, name, os.path.join(folder, name), lang, "2025-11-25"))
    evaldev = os.path.join(SHARED, "eval-dev")
    with open(os.path.join(evaldev, "truth.json"), encoding="utf-8") as f:
        for e in json.load(f):
            out.append(("eval-dev", e["file"].replace("/", "__"), os.path.join(evaldev, e["file"]),
                        e["language"], e["referenceDate"]))
    return out


def snapshot(out_dir, command):
    batches = OrderedDict()
    for item in groups():
        batches.setdefault((item[3], item[4]), []).append(item)
    total = 0
    for (lang, date), items in batches.items():
        argv = shlex.split(command) + ["check", "--format", "json", "--fail-on", "never", "--date", date]
        if lang:
            argv += ["--lang", lang]
        argv += [i[2] for i in items]
        proc = subprocess.run(argv, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        reports = json.loads(proc.stdout.decode("utf-8"))
        if len(reports) != len(items):
            sys.exit(f"{len(items)} drafts but {len(reports)} reports: {' '.join(argv[:8])} ...")
        for item, report in zip(items, reports):
            folder = os.path.join(out_dir, item[0])
            os.makedirs(folder, exist_ok=True)
            report.pop("source", None)
            with open(os.path.join(folder, item[1] + ".json"), "w", encoding="utf-8") as f:
                json.dump(report, f, ensure_ascii=False, indent=1, sort_keys=True)
            total += 1
    print(f"{total} reports written to {out_dir}")


def entries(report, section):
    rows = report.get(section) or []
    out = []
    for r in rows:
        r = dict(r)
        r.pop("id", None)  # finding ids are positional
        out.append(json.dumps(r, ensure_ascii=False, sort_keys=True))
    return out


def diff(before, after):
    changed = 0
    files = set()
    for d in (before, after):
        for dirpath, _, names in os.walk(d):
            for n in names:
                files.add(os.path.relpath(os.path.join(dirpath, n), d))
    for rel in sorted(files):
        a = b = {}
        if os.path.exists(os.path.join(before, rel)):
            with open(os.path.join(before, rel), encoding="utf-8") as f:
                a = json.load(f)
        if os.path.exists(os.path.join(after, rel)):
            with open(os.path.join(after, rel), encoding="utf-8") as f:
                b = json.load(f)
        lines = []
        if a.get("text") != b.get("text"):
            lines.append("  text differs")
        if a.get("document") != b.get("document"):
            lines.append(f"  document: {a.get('document')} -> {b.get('document')}")
        for s in SECTIONS:
            ea, eb = entries(a, s), entries(b, s)
            for x in ea:
                if x not in eb:
                    lines.append(f"  - {s}: {x}")
            for x in eb:
                if x not in ea:
                    lines.append(f"  + {s}: {x}")
        if lines:
            changed += 1
            print(rel)
            print("\n".join(lines))
    print(f"{len(files)} reports compared, {changed} differ")
    return 1 if changed else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--command", default="java -jar target/factcheck-cli.jar")
    ap.add_argument("--diff", nargs=2, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.diff:
        return diff(*args.diff)
    if not args.out:
        ap.error("OUT_DIR or --diff BEFORE AFTER")
    snapshot(os.path.abspath(args.out), args.command)
    return 0


if __name__ == "__main__":
    sys.exit(main())
