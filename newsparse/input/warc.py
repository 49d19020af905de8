"""Pages out of web archives (WARC files), streamed a record at a time.

fastwarc (from resiliparse) does the reading: it is a C++ parser several times faster
than warcio and handles gzip, zstd and lz4 framing.  A record is read, checked and handed
on before the next is touched, so memory stays flat however large the archive.

Only HTTP responses with HTML bodies are pages.  Revisit records (a crawler's "same as
before"), records the crawler marked ``WARC-Truncated``, bodies cut short by the end of
the file, non-2xx answers and non-HTML bodies are skipped, each kind counted for the
run's summary.  A page is named by its archive and record id, ``crawl.warc.gz#<id>``.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import brotli
from fastwarc.stream_io import ChunkedReader
from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from newsparse.errors import InputError, NotHTMLError
from newsparse.input.decode import check_is_html

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".warc.zst", ".warc.lz4")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class ArchivedPage:
    source: str  # archive#record-id, as the page is reported
    record_id: str  # the id without its <urn:uuid: ...> wrapping, fit for a file name
    url: str | None
    data: bytes
    charset: str | None  # from the HTTP Content-Type header


def is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def archived_pages(archive: str, skipped: Counter[str], max_bytes: int = 0) -> Iterator[ArchivedPage]:
    """The HTML pages of ARCHIVE (a path or fsspec URL) in file order.

    Records that are no page are counted in ``skipped`` by reason.  Pages larger than
    ``max_bytes`` are skipped too ("too large"): the archive is read either way.
    """
    try:
        records = ArchiveIterator(
            archive, record_types=WarcRecordType.response | WarcRecordType.revisit, auto_decode="none"
        )
        for record in records:
            reason, page = _page(archive, record, max_bytes)
            if page is None:
                skipped[reason] += 1
            else:
                yield page
    except OSError as exc:
        raise InputError(f"cannot read the archive {archive} ({exc})") from None


def _page(archive: str, record: WarcRecord, max_bytes: int) -> tuple[str, ArchivedPage | None]:
    if record.record_type == WarcRecordType.revisit:
        return "revisit", None
    if record.headers.get("WARC-Truncated"):
        return "truncated", None
    status = record.http_headers.status_code if record.http_headers is not None else None
    if status is None:
        return "truncated" if record.content_length == 0 else "not HTTP", None
    if not 200 <= status < 300:
        return "not 2xx", None
    if max_bytes and record.content_length > max_bytes:
        return "too large", None
    expected = record.content_length
    raw = record.reader.read()
    if len(raw) < expected:
        return "truncated", None
    try:
        data = _decoded(raw, record)
    except (OSError, EOFError, zlib.error, brotli.error):
        return "undecodable", None
    if not _is_html(record.http_content_type, data):
        return "not HTML", None
    record_id = record.record_id or f"offset-{record.stream_pos}"
    name = record_id.strip("<>").removeprefix("urn:uuid:")
    url = record.headers.get("WARC-Target-URI")
    return "", ArchivedPage(f"{archive}#{record_id.strip('<>')}", name, url, data, record.http_charset)


def _is_html(content_type: str | None, data: bytes) -> bool:
    """As the server said; bytes only looked at when it said nothing."""
    if content_type:
        return content_type.lower() in _HTML_TYPES
    try:
        check_is_html(data)
    except NotHTMLError:
        return False
    return True


def _decoded(raw: bytes, record: WarcRecord) -> bytes:
    """The body as the server meant it: chunked transfer and gzip/deflate/br undone.

    Decoding here rather than in the reader lets a body cut short be told apart first.
    """
    headers = record.http_headers
    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
        raw = ChunkedReader(io.BytesIO(raw)).read(len(raw))
    coding = (headers.get("Content-Encoding") or "").strip().lower()
    if coding in ("gzip", "x-gzip"):
        return gzip.decompress(raw)
    if coding == "deflate":
        return zlib.decompress(raw, -zlib.MAX_WBITS if raw[:1] != b"\x78" else zlib.MAX_WBITS)
    if coding == "br":
        return brotli.decompress(raw)
    return raw
