"""newsparse batch: folders, lists and URLs in parallel, nothing lost, nothing half-written."""

from __future__ import annotations

import gzip
import json
import lzma
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsparse.batch.inputs import discover, plan
from newsparse.batch.pool import run_all
from newsparse.batch.worker import Outcome, Task
from newsparse.convert import Settings
from tests.conftest import FIXTURES

PAGES = ["blog-wordpress.html", "chinanews-henan.html", "english-jsonld.html", "german-news.html"]


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsparse", "batch", *args],
        input=stdin,
        capture_output=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=120,
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """saved/ with pages at two depths, one gzipped, one xz-compressed, and a file that is no page."""
    saved = tmp_path / "saved"
    (saved / "2024" / "03").mkdir(parents=True)
    shutil.copy(FIXTURES / PAGES[0], saved / PAGES[0])
    shutil.copy(FIXTURES / PAGES[1], saved / "2024" / PAGES[1])
    (saved / "2024" / "03" / f"{PAGES[2]}.xz").write_bytes(lzma.compress((FIXTURES / PAGES[2]).read_bytes()))
    (saved / "2024" / "03" / "german-news.html.gz").write_bytes(gzip.compress((FIXTURES / PAGES[3]).read_bytes()))
    (saved / "notes.txt").write_text("not a page")
    return saved


def outputs(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_tree_is_mirrored(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(str(tree), "-o", str(out), "--format", "md")
    assert result.returncode == 0, result.stderr
    assert outputs(out) == [
        "2024/03/english-jsonld.md",
        "2024/03/german-news.md",
        "2024/chinanews-henan.md",
        "blog-wordpress.md",
    ]
    assert (out / "blog-wordpress.md").read_text(encoding="utf-8").startswith("---\ntitle: ")
    assert "4 converted, 0 skipped, 0 failed" in result.stderr.decode()


def test_format_alias_writes_its_format(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(str(tree), "-o", str(out), "--format", "txt", "--glob", "*.gz").returncode == 0
    assert outputs(out) == ["2024/03/german-news.txt"]


def test_glob_chooses_files(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(str(tree), "-o", str(out), "--glob", "*.gz").returncode == 0
    assert outputs(out) == ["2024/03/german-news.json"]


def test_jsonl_to_stdout_every_line_valid(tree: Path) -> None:
    result = run(str(tree))
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert sorted(Path(r["input"]).name for r in records) == sorted(
        [*PAGES[:2], f"{PAGES[2]}.xz", "german-news.html.gz"]
    )


def test_bad_files_fail_alone(tree: Path, tmp_path: Path) -> None:
    (tree / "2024" / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (tree / "2024" / "gone.html").symlink_to(tmp_path / "nowhere.html")
    out, errors = tmp_path / "out", tmp_path / "errors.jsonl"
    result = run(str(tree), "-o", str(out), "--errors", str(errors))
    assert result.returncode == 1
    assert len(outputs(out)) == 4
    failures = {Path(r["input"]).name: r for r in map(json.loads, errors.read_text().splitlines())}
    assert failures["image.html"]["error"] == "NotHTMLError"
    assert failures["gone.html"]["message"] == "no such file"
    assert "4 converted, 0 skipped, 2 failed" in result.stderr.decode()


def test_an_errors_report_that_cannot_be_made_stops_the_run_at_once_with_exit_74(tree: Path, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("a file where a folder was meant")
    errors = tmp_path / "notes.txt" / "errors.jsonl"
    result = run(str(tree), "-o", str(tmp_path / "out"), "--errors", str(errors))
    assert result.returncode == 74
    assert result.stderr.decode().startswith(f"newsparse: error: cannot write {errors}: ")
    assert not (tmp_path / "out").exists()  # refused before any page was converted


def test_an_output_folder_that_is_a_file_is_a_usage_error(tree: Path, tmp_path: Path) -> None:
    (tmp_path / "out").write_text("a file where a folder was meant")
    result = run(str(tree), "-o", str(tmp_path / "out"))
    assert result.returncode == 2  # had failed every page, one by one
    assert "is a file: --output-dir names a folder" in " ".join(result.stderr.decode().replace("│", " ").split())


def test_a_malformed_url_in_a_list_fails_alone(tmp_path: Path) -> None:
    listed = tmp_path / "pages.txt"
    listed.write_text(f"http://[::1\n{FIXTURES / 'blog-wordpress.html'}\n")
    result = run("--from-file", str(listed), "-o", str(tmp_path / "out"))
    assert result.returncode == 1  # planning it had ended the run in a traceback
    assert "http://[::1: not a valid URL" in result.stderr.decode()
    assert "1 converted, 0 skipped, 1 failed" in result.stderr.decode()


def test_existing_outputs_are_not_silently_replaced(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(str(tree), "-o", str(out)).returncode == 0
    (out / "blog-wordpress.json").unlink()
    refused = run(str(tree), "-o", str(out))
    assert refused.returncode == 2 and b"--skip-existing" in refused.stderr
    resumed = run(str(tree), "-o", str(out), "--skip-existing")
    assert resumed.returncode == 0
    assert "1 converted, 3 skipped, 0 failed" in resumed.stderr.decode()
    assert run(str(tree), "-o", str(out), "--overwrite").returncode == 0


def test_one_and_two_workers_write_identical_files(tree: Path, tmp_path: Path) -> None:
    for jobs in ("1", "2"):
        assert run(str(tree), "-o", str(tmp_path / jobs), "--jobs", jobs).returncode == 0
    assert outputs(tmp_path / "1") == outputs(tmp_path / "2")
    for name in outputs(tmp_path / "1"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()


def test_from_file_with_paths_and_urls(tree: Path, tmp_path: Path, server: str) -> None:
    listing = f"# pages\n{tree / PAGES[0]}\n\n{server}/gbk\n{server}/missing\n{server}/news/story.html?id=7\n"
    out = tmp_path / "out"
    result = run("--from-file", "-", "-o", str(out), stdin=listing.encode())
    assert result.returncode == 1
    assert outputs(out) == ["127.0.0.1_" + server.rsplit(":", 1)[1] + "/gbk.json", "blog-wordpress.json"]
    assert b"/missing: HTTP 404" in result.stderr


def slow_page() -> str:
    """A long article (seconds of work) built from ordinary markup."""
    paragraphs = "".join(
        f"<p>Paragraph {i} with <b>some</b> words and <a href='/x{i}'>a link</a>.</p>" for i in range(30000)
    )
    return f"<html><body><article>{paragraphs}</article></body></html>"


def test_page_timeout_fails_the_page_not_the_run(tree: Path) -> None:
    (tree / "slow.html").write_text(slow_page())
    started = time.monotonic()
    result = run(str(tree), "--page-timeout", "0.3", "--verbose", "--jobs", "2")
    assert result.returncode == 1
    assert b"slow.html: took longer than 0.3 s" in result.stderr
    assert b"4 converted, 0 skipped, 1 failed" in result.stderr
    assert time.monotonic() - started < 30


def test_usage_errors(tree: Path) -> None:
    assert run(str(tree), "--format", "md").returncode == 2  # md needs -o
    assert run().returncode == 2
    assert run(str(tree / "no-such-folder")).returncode == 1


@pytest.mark.parametrize(("stop", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupt_leaves_only_whole_files(tmp_path: Path, stop: int, code: int) -> None:
    many = tmp_path / "many"
    many.mkdir()
    for n in range(400):
        shutil.copy(FIXTURES / PAGES[n % 4], many / f"{n:03d}-{PAGES[n % 4]}")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsparse", "batch", str(many), "-o", str(out), "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "NO_COLOR": "1"},
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not out.exists() or len(outputs(out)) < 20):
        time.sleep(0.05)
    proc.send_signal(stop)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == code, stderr
    written = outputs(out)
    assert 0 < len(written) < 400
    assert not [name for name in written if name.endswith(".part")]
    for name in written:
        json.loads((out / name).read_text(encoding="utf-8"))
    resumed = run(str(many), "-o", str(out), "--skip-existing")
    assert resumed.returncode == 0 and len(outputs(out)) == 400


def test_output_names_for_urls_and_duplicates(tmp_path: Path) -> None:
    found = discover(
        [
            "https://example.com/news/2024/",
            "https://example.com/a.html?x=1&y=2",
            "a/x.html",
            "b/x.html",
            "crawls/CC-MAIN-1.warc.gz",
            "memory://bucket/x.html",
        ],
        (),
    )
    jobs = plan(found, str(tmp_path), ".json")
    assert [Path(j.output).relative_to(tmp_path).as_posix() for j in jobs] == [
        "example.com/news/2024/index.json",
        "example.com/a_x_1_y_2.json",
        "x.json",
        "x~2.json",
        "CC-MAIN-1",
        "x~3.json",
    ]
    assert plan(found[:1], "s3://bucket/out/", ".md")[0].output == "s3://bucket/out/example.com/news/2024/index.md"


def _die_on_second(task: Task) -> Outcome:
    if task.source == "second":
        os._exit(1)
    return Outcome(task.source, f"done {task.source}")


def test_a_crashing_worker_costs_only_its_page() -> None:
    tasks = [Task(name, "json", Settings(), 0) for name in ("first", "second", "third", "fourth")]
    seen: dict[str, Outcome] = {}
    run_all(iter(tasks), 2, lambda outcome: seen.setdefault(outcome.source, outcome), work=_die_on_second)
    assert seen["second"].error == "WorkerCrash"
    assert {name: seen[name].text for name in ("first", "third", "fourth")} == {
        "first": "done first",
        "third": "done third",
        "fourth": "done fourth",
    }
