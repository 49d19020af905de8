"""Pages per second on one web archive: local --jobs 1, --jobs 2, and Dask with 2 workers.

    python benchmarks/warc_speed.py [--bench DIR] [--rounds 3]

Builds one WARC (gzip per record, as crawlers write them) from every page of the
development sets in ../shared/bench (each page a 200 text/html response under its set's
URL), then runs ``newsparse batch ARCHIVE -o OUT`` with each engine, alternating the
engines round by round (the machine's load changes by the minute), and prints the median
wall time, pages/s and the CPU seconds per page of the whole process tree (the figure a
cluster is billed for).  The Dask run includes starting its LocalCluster.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.warc_builder import Archive, http_response  # noqa: E402 -- the test suite's WARC writer

DEFAULT_BENCH = ROOT.parent / "shared" / "bench"
ENGINES = {
    "local --jobs 1": ["--jobs", "1"],
    "local --jobs 2": ["--jobs", "2"],
    "dask, 2 workers": ["--engine", "dask", "--jobs", "2"],
}


def build(bench: Path, target: Path) -> int:
    archive = Archive()
    for truth in sorted(bench.glob("*/truth.jsonl")):
        urls = {}
        for line in truth.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            urls[record["id"]] = record.get("url")
        for page in sorted((truth.parent / "pages").iterdir()):
            page_id = page.name.removesuffix(".gz").removesuffix(".html")
            url = urls.get(page_id) or f"https://{truth.parent.name}.example/{page_id}"
            archive.add("response", url, http_response(gzip.decompress(page.read_bytes()), "text/html"))
    target.write_bytes(archive.data)
    return len(archive.records)


def timed(archive: Path, out: Path, options: list[str]) -> tuple[float, float, str]:
    shutil.rmtree(out, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "batch", str(archive), "-o", str(out), "--quiet", *options],
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.stderr.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not args.bench.is_dir():
        sys.exit(f"skipped: no development sets at {args.bench}")
    with tempfile.TemporaryDirectory() as temp:
        archive = Path(temp) / "devsets.warc.gz"
        records = build(args.bench, archive)
        size = archive.stat().st_size / 1e6
        print(f"{archive.name}: {records} records, {size:.1f} MB gzipped")
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in ENGINES}
        for _ in range(args.rounds):
            for name, options in ENGINES.items():
                wall, cpu, stderr = timed(archive, Path(temp) / "out", options)
                runs[name].append((wall, cpu))
                if stderr:
                    print(f"  {name}: {stderr.splitlines()[-1]}", file=sys.stderr)
        converted = sum(1 for _ in (Path(temp) / "out").rglob("*.json"))
        print(f"{converted} pages converted per run\n")
        print("| engine | median wall s | pages/s | CPU ms/page (all processes) |")
        print("|---|---|---|---|")
        for name, timings in runs.items():
            wall = statistics.median(t[0] for t in timings)
            cpu = statistics.median(t[1] for t in timings)
            print(f"| {name} | {wall:.1f} | {converted / wall:.0f} | {1000 * cpu / converted:.1f} |")


if __name__ == "__main__":
    main()
