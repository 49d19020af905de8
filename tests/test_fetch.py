"""Fetching URLs from a local HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

import newsparse
from newsparse.convert import Settings, convert
from newsparse.input.fetch import fetch
from newsparse.input.sources import LoadOptions
from tests.http_server import FIRST_WORDS


def test_charset_from_http_header(server: str) -> None:
    article = convert(f"{server}/gbk", Settings())
    assert article.blocks[0].text.startswith(FIRST_WORDS)
    assert article.provenance["encoding_source"] == "http"
    assert article.url == f"{server}/gbk"


def test_compressed_response(server: str) -> None:
    assert convert(f"{server}/gzip", Settings()).blocks[0].text.startswith(FIRST_WORDS)


def test_redirect_records_final_url(server: str) -> None:
    article = convert(f"{server}/moved", Settings())
    assert article.url == f"{server}/gbk" and article.input == f"{server}/moved"


def test_retry_after_a_503(server: str) -> None:
    assert convert(f"{server}/flaky", Settings()).blocks


@pytest.mark.parametrize(
    ("path", "error", "message"),
    [
        ("/missing", newsparse.FetchError, "HTTP 404"),
        ("/broken", newsparse.FetchError, "HTTP 500"),
        ("/loop", newsparse.FetchError, "redirects"),
        ("/pdf", newsparse.NotHTMLError, "application/pdf"),
        ("/huge", newsparse.FetchError, "larger than"),
        ("/bad-gzip", newsparse.FetchError, "cannot decode the response"),  # had raised httpx's own error
    ],
)
def test_fetch_failures(server: str, path: str, error: type, message: str) -> None:
    settings = Settings(load=LoadOptions(max_bytes=1_000_000, timeout=5))
    with pytest.raises(error, match=message):
        convert(f"{server}{path}", settings)


def test_slow_server_times_out(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(newsparse.FetchError, match="timed out"):
        convert(f"{server}/slow", Settings(load=LoadOptions(timeout=0.5)))
    assert time.monotonic() - started < 5


def test_trickling_server_is_cut_off(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(newsparse.FetchError, match="timed out"):
        convert(f"{server}/trickle", Settings(load=LoadOptions(timeout=0.5)))
    assert time.monotonic() - started < 5


def test_only_http_and_https_are_fetched(server: str) -> None:
    with pytest.raises(newsparse.FetchError, match="only http"):
        fetch("ftp://127.0.0.1/file.html")
    # Other URLs name files on storage fsspec reaches; an unreachable one is a clean input error.
    with pytest.raises(newsparse.InputError, match="cannot open ftp:// storage"):
        convert("ftp://127.0.0.1:9/file.html", Settings())


def test_cli_fetch_and_exit_codes(server: str) -> None:
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "newsparse", "extract", *args],
            capture_output=True,
            env={**os.environ, "NO_COLOR": "1"},
            timeout=60,
        )

    ok = run(f"{server}/gbk")
    assert ok.returncode == 0 and json.loads(ok.stdout)["url"] == f"{server}/gbk"
    assert run(f"{server}/missing").returncode == 69
    assert run(f"{server}/slow", "--timeout", "0.5").returncode == 75
    pdf = run(f"{server}/pdf")
    assert pdf.returncode == 66 and b"application/pdf" in pdf.stderr


def test_the_http_client_and_batchs_machinery_are_loaded_only_when_used() -> None:
    # httpx takes some 40 ms to import, batch's pools and progress bars 20: a run on a saved page needs neither
    modules = ("httpx", "newsparse.batch.pool", "newsparse.batch.session", "rich.progress")
    probe = f"import sys, newsparse.cli; print([m for m in {modules!r} if m in sys.modules])"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
