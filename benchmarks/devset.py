"""Run newsparse over benchmark sets in ../shared/bench, time it, and score it.

    python benchmarks/devset.py [SET ...] [--bench DIR] [--out DIR]

For each set: extracts every page in one process (bytes in memory, the ``extract`` call
timed per page), writes ``OUT/SET.jsonl``, runs the set's ``score.py`` on it, and prints
the scores with the median and mean milliseconds per page (each page timed --repeat
times, the best kept, since shared machines are noisy).  Sets default to all.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import newsparse

DEFAULT_BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"


def run_set(set_dir: Path, out_dir: Path, repeat: int = 1, transform: Callable[[bytes], bytes] | None = None) -> dict:
    """Extract and score one set; each page's time is the best of ``repeat`` runs.
    ``transform`` alters each page's bytes first (``variants.py``)."""
    pages = sorted((set_dir / "pages").iterdir())
    out = out_dir / f"{set_dir.name}.jsonl"
    timings = []
    with out.open("w", encoding="utf-8") as fh:
        for page in pages:
            data = gzip.decompress(page.read_bytes())
            if transform is not None:
                data = transform(data)
            best = float("inf")
            for _ in range(repeat):
                started = time.perf_counter()
                try:
                    record = newsparse.extract(data).to_dict()
                except newsparse.NewsparseError as exc:
                    record = {"error": str(exc)}
                best = min(best, time.perf_counter() - started)
            timings.append(best)
            record["id"] = page.name.removesuffix(".html.gz")
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    scored = subprocess.run(
        [
            sys.executable,
            str(set_dir.parent / "score.py"),
            str(set_dir),
            str(out),
            "--json",
            str(out.with_suffix(".score.json")),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return {
        "set": set_dir.name,
        "pages": len(pages),
        "median_ms": 1000 * statistics.median(timings),
        "mean_ms": 1000 * statistics.fmean(timings),
        "report": scored.stdout.strip(),
        "scores": json.loads(out.with_suffix(".score.json").read_text()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help="set names (default: all)")
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--out", type=Path, default=Path("/tmp/newsparse-bench"))
    parser.add_argument("--repeat", type=int, default=3, help="time each page N times, keep the best (default 3)")
    args = parser.parse_args()
    if not args.bench.is_dir():
        print(f"benchmark folder {args.bench} not found: nothing to measure", file=sys.stderr)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    names = args.sets or sorted(p.name for p in args.bench.iterdir() if (p / "truth.jsonl").exists())
    for name in names:
        result = run_set(args.bench / name, args.out, args.repeat)
        head = f"== {result['set']} ({result['pages']} pages)"
        print(f"{head}: median {result['median_ms']:.2f} ms/page, mean {result['mean_ms']:.2f} ms/page")
        print(result["report"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
