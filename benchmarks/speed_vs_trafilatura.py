"""Time newsparse and trafilatura on the same pages, interleaved, in one process.

    python benchmarks/speed_vs_trafilatura.py [SET] [--bench DIR]

Run it with an interpreter that has both installed (trafilatura is never a dependency of
newsparse: install it in a separate virtualenv beside an editable newsparse).  Each page
is handed to both extractors in turn, three times, keeping each one's best time: on a
shared machine the load changes by the second, and interleaving makes both see the same.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import statistics
import sys
import time
from pathlib import Path

import trafilatura

import newsparse

DEFAULT_BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"


def best_of(call, data, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        with contextlib.suppress(Exception):  # a peer's failure still costs its time
            call(data)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set", nargs="?", default="scrapinghub")
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    args = parser.parse_args()
    pages = sorted((args.bench / args.set / "pages").iterdir())
    ours, theirs = [], []
    for page in pages:
        data = gzip.decompress(page.read_bytes())
        ours.append(best_of(newsparse.extract, data))
        theirs.append(best_of(lambda d: trafilatura.extract(d, output_format="json", with_metadata=True), data))
    med_ours, med_theirs = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
    print(f"{args.set}: {len(pages)} pages, median ms/page: newsparse {med_ours:.2f}, trafilatura {med_theirs:.2f}")
    print(f"trafilatura / newsparse = {med_theirs / med_ours:.1f}x (median of per-page best-of-3 times)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
