"""Time the working tree's newsparse against a commit's, in one process, page by page.

    .venv/bin/python benchmarks/ab_speed.py COMMIT [SET ...] [--bench DIR]

A speed change of a few percent is lost in this machine's noise when two runs are timed
minutes apart (medians move by 20% between runs of the same code).  Here the commit's
package is copied beside the working tree's under another name (``newsparse_base``), and
every page goes through both, alternating which goes first: whatever the machine does,
both see it.  Each page is timed once per version, cold as in compare.py, since most of
a page's class names and lines are new to the process and the caches that serve a
repeated page would hide what a first reading costs.  The figure to read is the median of
the per-page ratios; the totals' ratio follows the large pages.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = REPO.parent / "shared" / "bench"
_PACKAGE_NAME = re.compile(r"\bnewsparse(?=[.\s])")


def base_package(commit: str, into: Path) -> None:
    """The commit's package as ``newsparse_base``: its files from git, its imports renamed."""
    listing = subprocess.run(
        ["git", "-C", str(REPO), "ls-tree", "-r", "--name-only", commit, "newsparse"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for name in listing:
        if not name.endswith(".py"):
            continue
        source = subprocess.run(
            ["git", "-C", str(REPO), "show", f"{commit}:{name}"], capture_output=True, text=True, check=True
        ).stdout
        target = into / name.replace("newsparse", "newsparse_base", 1)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_PACKAGE_NAME.sub("newsparse_base", source))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("commit", help="the commit to compare against (a hash, a tag, HEAD~1)")
    parser.add_argument("sets", nargs="*", default=["scrapinghub", "trafilatura-eval"])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    args = parser.parse_args()
    if not args.bench.is_dir():
        print(f"ab_speed: no development sets at {args.bench}: skipped", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        base_package(args.commit, Path(scratch))
        sys.path[:0] = [scratch, str(REPO)]
        import newsparse_base

        import newsparse

        print(f"| set | pages | {args.commit} median ms | working tree median ms | per-page ratio | totals' ratio |")
        print("|---|---|---|---|---|---|")
        for name in args.sets:
            pages = [gzip.decompress(p.read_bytes()) for p in sorted((args.bench / name / "pages").iterdir())]
            base_times, new_times = [], []
            for index, data in enumerate(pages):
                pair = [(newsparse_base, base_times), (newsparse, new_times)]
                for module, times in pair if index % 2 else pair[::-1]:
                    started = time.perf_counter()
                    with contextlib.suppress(module.NewsparseError):  # a refusal costs its time too
                        module.extract(data)
                    times.append(time.perf_counter() - started)
            ratio = statistics.median(new / base for base, new in zip(base_times, new_times, strict=True))
            print(
                f"| {name} | {len(pages)} | {1000 * statistics.median(base_times):.2f} "
                f"| {1000 * statistics.median(new_times):.2f} | {ratio:.3f} | {sum(new_times) / sum(base_times):.3f} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
