"""CI quality gate: body F1 on development sets must not fall below benchmarks/floors.json.

    python benchmarks/gate.py [--bench DIR]

Runs newsparse (not the peers) over each set named in floors.json, scores it with the
set's score.py, and exits 1 if any figure is under its floor.  Where ../shared/bench is
absent (a user's clone), it says so and passes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from devset import DEFAULT_BENCH, run_set

FLOORS = Path(__file__).resolve().parent / "floors.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--out", type=Path, default=Path("/tmp/newsparse-gate"))
    args = parser.parse_args()
    floors = {name: figures for name, figures in json.loads(FLOORS.read_text()).items() if not name.startswith("_")}
    missing = [name for name in floors if not (args.bench / name / "truth.jsonl").exists()]
    if missing:
        print(f"quality gate skipped: {', '.join(missing)} not found under {args.bench}")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    failed = False
    for name, figures in floors.items():
        scores = run_set(args.bench / name, args.out)["scores"]
        for key, floor in figures.items():
            group, metric = key.split(".")
            value = scores[group][metric]
            verdict = "ok" if value >= floor else "BELOW FLOOR"
            failed = failed or value < floor
            print(f"quality gate: {name} {key} = {value:.4f} (floor {floor}) {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
