"""Web archives in batch runs: every HTML response a page, everything else counted."""

from __future__ import annotations

import json
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest

import newsparse
from newsparse.input.warc import archived_pages
from tests.test_batch import run
from tests.warc_builder import Archive, crawl, cut_short, http_response

COPIES = 16  # 12 fixture pages x 16 + 1 encoded page + 6 records that are no page = 199 records


@pytest.fixture(scope="module")
def archive() -> Archive:
    return crawl(COPIES)


@pytest.fixture
def warc(archive: Archive, tmp_path: Path) -> Path:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(archive.data)
    return path


def expected(page) -> dict:
    """The record of the same page given to the library as text, under the archive's name."""
    return newsparse.extract(page.text, url=page.url).to_dict()


def test_archive_pages_equal_the_pages_extracted_alone(archive: Archive, warc: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(str(warc), "-o", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert (
        "193 converted, 4 skipped (1 not HTML, 1 revisit, 1 truncated, 1 not 2xx), 0 failed" in result.stderr.decode()
    )
    written = sorted(p.name for p in (out / "crawl").iterdir())
    assert len(written) == len(archive.pages) == 193
    for page in archive.pages:
        name = page.record_id.strip("<>").removeprefix("urn:uuid:")
        record = json.loads((out / "crawl" / f"{name}.json").read_text(encoding="utf-8"))
        assert record["input"] == f"{warc}#{page.record_id.strip('<>')}"
        assert record == {**expected(page), "input": record["input"]}, page.url


def test_jsonl_names_each_record_by_archive_and_id(archive: Archive, warc: Path) -> None:
    result = run(str(warc), "--jobs", "1")
    lines = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert sorted(line["input"] for line in lines) == sorted(f"{warc}#{p.record_id.strip('<>')}" for p in archive.pages)
    chinese = next(line for line in lines if line["url"].endswith("/0/chinanews-henan.html"))
    assert chinese["title"].startswith("濮陽市婦聯") and "\ufffd" not in chinese["text"]


def test_a_record_cut_off_by_the_end_of_the_file_is_counted(archive: Archive, tmp_path: Path) -> None:
    damaged = Archive(list(archive.records))
    cut_short(damaged, "https://news.example/last.html", (tmp_path.parent / "x").as_posix() * 2000)
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(damaged.data)
    result = run(str(path), "-o", str(tmp_path / "out"), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert "193 converted, 5 skipped (2 truncated, 1 not HTML, 1 revisit, 1 not 2xx)" in result.stderr.decode()


def test_resume_and_overwrite_rules_hold_for_archives(warc: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(str(warc), "-o", str(out)).returncode == 0
    refused = run(str(warc), "-o", str(out))
    assert refused.returncode == 2 and b"--skip-existing" in refused.stderr
    resumed = run(str(warc), "-o", str(out), "--skip-existing")
    assert resumed.returncode == 0
    assert "0 converted, 197 skipped (193 output exists, 1 not HTML" in resumed.stderr.decode()


def test_an_unreadable_archive_fails_alone(warc: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00" + b"garbage" * 100)
    page = tmp_path / "page.html"
    page.write_bytes((Path(__file__).parent.parent / "fixtures" / "german-news.html").read_bytes())
    result = run(str(broken), str(page), "-o", str(tmp_path / "out"))
    assert result.returncode == 1
    assert b"broken.warc.gz: cannot read the archive" in result.stderr
    assert (tmp_path / "out" / "page.json").exists()


def test_records_are_streamed_not_held(tmp_path: Path) -> None:
    """300 pages of 100 kB each: memory holds one page at a time, not 30 MB of them."""
    archive = Archive()
    for number in range(300):
        body = f"<html><body><p>{number}</p>{'x' * 100_000}</body></html>".encode()
        archive.add("response", f"https://news.example/{number}", http_response(body, "text/html"))
    path = tmp_path / "big.warc.gz"
    path.write_bytes(archive.data)
    tracemalloc.start()
    try:
        count = sum(1 for _ in archived_pages(str(path), Counter()))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 300
    assert peak < 2_000_000


def test_extract_points_to_batch_for_an_archive(warc: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "newsparse", "extract", str(warc)], capture_output=True)
    assert result.returncode == 66
    assert b"is a web archive of many pages (newsparse batch reads archives)" in result.stderr
