"""Time newsparse and trafilatura on the same pages, interleaved, in one process.

    python benchmarks/speed_vs_trafilatura.py [SET] [--bench DIR]

Run it with an interpreter that has both installed (trafilatura is never a dependency of
newsparse: install it in a separate virtualenv beside an editable newsparse).  Each page
is handed to each extractor --repeat times (5) in a row, newsparse then trafilatura,
keeping each one's best time: on a shared machine the load changes by the second, and
interleaving page by page makes both see the same.  (Alternating call by call instead
lets each evict the other's working set from the CPU caches; newsparse, the faster,
then loses a quarter of its speed, a cost no user running one extractor pays.)
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


def timed(call, data) -> float:
    started = time.perf_counter()
    with contextlib.suppress(Exception):  # a peer's failure still costs its time
        call(data)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set", nargs="?", default="scrapinghub")
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pages = sorted((args.bench / args.set / "pages").iterdir())
    ours, theirs = [], []

    def peer(data: bytes) -> object:
        return trafilatura.extract(data, output_format="json", with_metadata=True)

    for page in pages:
        data = gzip.decompress(page.read_bytes())
        ours.append(min(timed(newsparse.extract, data) for _ in range(args.repeat)))
        theirs.append(min(timed(peer, data) for _ in range(args.repeat)))
    med_ours, med_theirs = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
    print(f"{args.set}: {len(pages)} pages, median ms/page: newsparse {med_ours:.2f}, trafilatura {med_theirs:.2f}")
    print(f"trafilatura / newsparse = {med_theirs / med_ours:.1f}x (median of per-page best-of-{args.repeat} times)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
