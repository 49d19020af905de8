"""newsparse against the field, side by side, in one run: writes benchmarks/RESULTS.md.

    python3 benchmarks/compare.py [--sets S ...] [--systems X ...] [--skip-install]

On a fresh machine it builds its own virtualenv (benchmarks/.venv-peers) holding the
peers at pinned versions and newsparse itself (editable), so every system runs under the
same interpreter; peers are never newsparse dependencies.  Then, for every set in
../shared/bench and every system, one process extracts every page (bytes in memory, the
call timed per page in wall and CPU time: benchmarks/systems.py) and
../shared/bench/score.py scores it.
Sets that are absent are reported and skipped.
"""

from __future__ import annotations

import argparse
import datetime
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BENCH = ROOT.parent / "shared" / "bench"
VENV = HERE / ".venv-peers"
WORK = Path("/tmp/newsparse-compare")
PEERS = [
    "trafilatura==2.3.1",
    "lxml_html_clean",
    "readability-lxml==0.9",
    "newspaper4k==0.9.6",
    "goose3==3.1.22",
    "gne==0.4.3",
    "resiliparse==2.0.1",
    "htmldate==1.11.0",
]
SYSTEMS = ["newsparse", "trafilatura", "readability", "newspaper4k", "goose3", "gne", "resiliparse", "htmldate"]
# score.py's figures shown per set, as (label, path into its JSON, format)
COLUMNS = [
    ("body F1 words", ("body_words", "f1")),
    ("body F1 chars", ("body_chars", "f1")),
    ("snippet F1", ("snippets", "f1")),
    ("leaks", ("leaks", "rate")),
    ("title", ("title", "accuracy")),
    ("authors", ("authors", "accuracy")),
    ("date (minute)", ("published", "accuracy")),
    ("date (day)", ("published_day", "accuracy")),
]


def python() -> Path:
    return VENV / "bin" / "python"


def install() -> None:
    if not python().exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    pip = [str(python()), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", str(ROOT)], check=True)
    for peer in PEERS:  # one at a time: a peer that will not install is reported, not fatal
        if subprocess.run([*pip, peer]).returncode != 0:
            print(f"could not install {peer}: its rows will say failed", file=sys.stderr)


def run_system(system: str, set_dir: Path) -> dict:
    out = WORK / f"{set_dir.name}.{system}.jsonl"
    timed = subprocess.run(
        [str(python()), str(HERE / "systems.py"), system, str(set_dir), str(out)],
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if timed.returncode != 0:
        return {"failed": timed.stderr.strip().splitlines()[-1:] or ["no output"]}
    summary = json.loads(timed.stdout.strip().splitlines()[-1])
    scores_file = out.with_suffix(".score.json")
    subprocess.run(
        [sys.executable, str(BENCH / "score.py"), str(set_dir), str(out), "--json", str(scores_file)],
        capture_output=True,
        check=True,
    )
    summary["scores"] = json.loads(scores_file.read_text())
    return summary


def cell(scores: dict, path: tuple[str, str]) -> str:
    value = scores.get(path[0], {}).get(path[1])
    return "" if value is None else f"{value:.3f}"


def table(set_name: str, results: dict[str, dict]) -> list[str]:
    shown = [(label, path) for label, path in COLUMNS if any(cell(r.get("scores", {}), path) for r in results.values())]
    head = ["system", *(label for label, _ in shown), "median ms/page", "median CPU ms/page", "pages/s", "peak RSS MB"]
    lines = [f"### {set_name}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for system, result in results.items():
        if "failed" in result:
            lines.append(f"| {system} | failed: {' '.join(result['failed'])[:80]} |")
            continue
        values = [cell(result["scores"], path) for _, path in shown]
        speed = [f"{result[key]:.1f}" for key in ("median_ms", "median_cpu_ms")]
        speed += [f"{result['pages_per_s']:.0f}", f"{result['peak_rss_mb']:.0f}"]
        lines.append("| " + " | ".join([system, *values, *speed]) + " |")
    ours, theirs = results.get("newsparse", {}), results.get("trafilatura", {})
    if "median_ms" in ours and "median_ms" in theirs:
        wall, cpu = (theirs[key] / ours[key] for key in ("median_ms", "median_cpu_ms"))
        lines += ["", f"trafilatura's median time is {wall:.1f}x newsparse's ({cpu:.1f}x in CPU time)."]
    return [*lines, ""]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="*")
    parser.add_argument("--systems", nargs="*", default=SYSTEMS)
    parser.add_argument("--skip-install", action="store_true")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    if not BENCH.is_dir():
        print(f"{BENCH} is absent: nothing to compare", file=sys.stderr)
        return 0
    if not args.skip_install:
        install()
    WORK.mkdir(parents=True, exist_ok=True)
    sets = args.sets or sorted(p.name for p in BENCH.iterdir() if (p / "truth.jsonl").exists())
    report = [
        "# newsparse against the field",
        "",
        f"Measured {datetime.date.today().isoformat()} on this project's machine (2 cores, shared: compare",
        "times within a table, not across runs). Each system ran in its own process over every page of",
        "the set, bytes in memory, the extraction call timed per page, in wall time and in the process's",
        "own CPU time (which other processes on the machine do not add to; a busy host slows both); scores",
        "by ../shared/bench/score.py. Peak RSS includes the set's pages, held in memory by every system",
        "alike. An empty cell: the system gives no such field. Command:",
        "",
        "    python3 benchmarks/compare.py " + " ".join(sys.argv[1:]),
        "",
    ]
    for set_name in sets:
        results = {}
        for system in args.systems:
            print(f"{set_name}: {system} ...", file=sys.stderr, flush=True)
            results[system] = run_system(system, BENCH / set_name)
        report += table(set_name, results)
        args.out.write_text("\n".join(report), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
