#!/usr/bin/env python3
"""Regression guard for who-said-what: scores the CLI's extraction on the shared gold sets and
fails when a figure falls under its floor (the floors are what the rules reach today).

Usage: quote-floors.py ISNAD_BINARY EVAL_DIR
"""
import re
import subprocess
import sys
from pathlib import Path

# Set at the figures reached; raise them as the rules improve, never lower them to pass.
FLOORS = {
    "quotes": {"F1": 1.0, "speaker": 1.0, "statements recall": 1.0, "statements speaker": 1.0},
    "quotes-dev": {"F1": 0.94, "speaker": 0.97, "statements recall": 0.935, "statements speaker": 0.895},
}
LINE = re.compile(
    r"F1 (?P<f1>[\d.]+) speaker (?P<spk>[\d.]+) .*statements: recall (?P<rec>[\d.]+) speaker (?P<rspk>[\d.]+)"
)


def score(isnad, eval_dir, name):
    gold = eval_dir / name
    articles = gold / "articles.jsonl"
    cmd = [isnad, "quotes", "--json"] + ([str(articles)] if articles.exists() else [])
    pred = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    out_path = Path("target") / f"quotes-{name}.jsonl"
    out_path.write_text(pred, encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(eval_dir / "quotes" / "score.py"), str(gold), str(out_path)],
        check=True, capture_output=True, text=True,
    ).stdout
    last = scored.strip().splitlines()[-1]
    m = LINE.search(last)
    if not m:
        sys.exit(f"quote floors: cannot read the score line: {last}")
    return last, {
        "F1": float(m["f1"]), "speaker": float(m["spk"]),
        "statements recall": float(m["rec"]), "statements speaker": float(m["rspk"]),
    }


def main():
    isnad, eval_dir = sys.argv[1], Path(sys.argv[2])
    if not (eval_dir / "quotes" / "score.py").exists():
        sys.exit(f"quote floors: no gold sets at {eval_dir}")
    failed = []
    for name, floors in FLOORS.items():
        line, got = score(isnad, eval_dir, name)
        print(f"{name}: {line}")
        for key, floor in floors.items():
            if got[key] + 1e-9 < floor:
                failed.append(f"{name} {key} {got[key]:.3f} < floor {floor:.3f}")
    if failed:
        print("quote extraction fell under its floors:\n  " + "\n  ".join(failed))
        sys.exit(1)
    print("quote floors: all met")


if __name__ == "__main__":
    main()
