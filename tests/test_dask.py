"""--engine dask: the same run on a Dask cluster gives the same files, failures and summary."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.test_batch import run, slow_page
from tests.warc_builder import crawl

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """Pages, a web archive, and inputs that fail: no article, not HTML, too slow."""
    folder = tmp_path / "in"
    (folder / "news").mkdir(parents=True)
    for name in ("chinanews-henan.html", "english-jsonld.html", "german-news.html", "no-article.html"):
        shutil.copy(FIXTURES / name, folder / "news" / name)
    (folder / "report.html").write_bytes(b"%PDF-1.7\n...")
    (folder / "slow.html").write_text(slow_page())
    (folder / "crawl.warc.gz").write_bytes(crawl(2).data)
    return folder


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def batch(source: str, out: str, errors: Path, *engine: str) -> tuple[int, str]:
    result = run(source, "-o", out, "--errors", str(errors), "--page-timeout", "0.5", "--jobs", "2", *engine)
    summary = re.sub(r" in [\d.]+ s \([\d.]+ pages/s\)", "", result.stderr.decode().splitlines()[-1])
    return result.returncode, summary


def error_lines(path: Path) -> list[dict]:
    return sorted((json.loads(line) for line in path.read_text().splitlines()), key=lambda e: e["input"])


def test_dask_output_is_byte_for_byte_the_local_output(inputs: Path, tmp_path: Path, scheduler: str) -> None:
    local = batch(str(inputs), str(tmp_path / "local"), tmp_path / "local.jsonl")
    on_dask = batch(
        str(inputs), str(tmp_path / "dask"), tmp_path / "dask.jsonl", "--engine", "dask", "--scheduler", scheduler
    )
    assert (
        local
        == on_dask
        == (1, "newsparse: 28 converted, 4 skipped (1 not HTML, 1 revisit, 1 truncated, 1 not 2xx), 3 failed")
    )
    assert files(tmp_path / "local") == files(tmp_path / "dask")
    assert len(files(tmp_path / "dask")) == 28
    errors = error_lines(tmp_path / "dask.jsonl")
    assert errors == error_lines(tmp_path / "local.jsonl")
    assert [(Path(e["input"]).name, e["error"]) for e in errors] == [
        ("no-article.html", "NoArticleError"),
        ("report.html", "NotHTMLError"),
        ("slow.html", "Timeout"),
    ]


def test_dask_reads_and_writes_storage_urls(inputs: Path, tmp_path: Path) -> None:
    """fsspec URLs in and out ('local://' is fsspec's own file system), on a cluster of --jobs workers."""
    source, out = f"local://{inputs}", f"local://{tmp_path / 'dask'}"
    on_dask = batch(source, out, tmp_path / "dask.jsonl", "--engine", "dask")
    local = batch(source, f"local://{tmp_path / 'local'}", tmp_path / "local.jsonl")
    assert (
        on_dask
        == local
        == (1, "newsparse: 28 converted, 4 skipped (1 not HTML, 1 revisit, 1 truncated, 1 not 2xx), 3 failed")
    )
    written = files(tmp_path / "dask")
    assert written == files(tmp_path / "local")
    assert json.loads(written["news/german-news.json"])["input"] == f"{source}/news/german-news.html"


def test_engine_usage_errors(inputs: Path) -> None:
    result = run(str(inputs), "--scheduler", "tcp://127.0.0.1:1")
    assert result.returncode == 2 and b"--scheduler goes with --engine dask" in result.stderr
    unreachable = run(str(inputs / "news"), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "--timeout", "1")
    assert unreachable.returncode == 69
    assert b"cannot reach the Dask scheduler at tcp://127.0.0.1:9" in unreachable.stderr
    assert b"Traceback" not in unreachable.stderr


def test_a_page_that_kills_its_worker_costs_only_itself() -> None:
    """Pages travel a few to a Dask task; after a crash each runs alone to find the culprit."""
    from newsparse.batch.dask_engine import dask_engine
    from newsparse.batch.worker import Task
    from newsparse.convert import Settings
    from tests.test_batch import _die_on_second

    names = ["first", "second", "third", "fourth", "fifth"]
    seen: dict[str, object] = {}
    engine = dask_engine(None, 5)
    tasks = iter([Task(name, "json", Settings(), 0) for name in names])
    engine(tasks, 2, lambda outcome: seen.setdefault(outcome.source, outcome), work=_die_on_second)
    assert seen["second"].error == "WorkerCrash"
    assert {name: seen[name].text for name in names if name != "second"} == {
        name: f"done {name}" for name in names if name != "second"
    }


def test_ctrl_c_on_a_terminal_stops_the_cluster_run_in_order(tmp_path: Path) -> None:
    """A terminal sends SIGINT to the whole process group, Dask's workers included."""
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(crawl(40).data)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsparse", "batch", str(archive), "-o", str(out), "--engine", "dask", "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "NO_COLOR": "1"},
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or len(list(out.rglob("*.json"))) < 20):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert b"Traceback" not in stderr and b"interrupted" in stderr
    written = list(out.rglob("*"))
    assert not [p for p in written if p.name.endswith(".part")]
    assert 0 < len(written) < 12 * 40
    resumed = run(str(archive), "-o", str(out), "--skip-existing")
    assert resumed.returncode == 0
    assert len(list((out / "crawl").iterdir())) == 12 * 40 + 1
