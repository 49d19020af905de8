"""Web archives built in code: the pages of fixtures/ as a crawler would have stored them.

Records are written by hand here (the WARC format is a header block and a payload) so
a test can make exactly the damaged or unusual records it needs: a revisit, a record
the crawler marked truncated, one cut off by the end of the file, a PDF, a 404, a body
sent chunked and gzipped.
"""

from __future__ import annotations

import gzip
import re
import uuid
from dataclasses import dataclass, field

from tests.conftest import FIXTURES

_META_CHARSET = re.compile(r"""<meta[^>]+charset=[^>]*>""", re.IGNORECASE)

# (fixture, the codec its bytes are in, the codec the archive stores it in, declared only in HTTP)
PAGES = [
    ("chinanews-henan.html", "utf-8", "gbk"),
    ("chinese-portal-gbk.html", "gbk", "gb18030"),
    ("chinese-big5.html", "big5", "big5"),
    ("english-jsonld.html", "utf-8", "utf-8"),
    ("blog-wordpress.html", "utf-8", "windows-1252"),
    ("german-news.html", "utf-8", "iso-8859-1"),
    ("lists-and-table.html", "utf-8", "utf-8"),
    ("encodings/ja-utf8.html", "utf-8", "shift_jis"),
    ("encodings/ru-utf8.html", "utf-8", "windows-1251"),
    ("encodings/fr-utf8.html", "utf-8", "windows-1252"),
    ("encodings/zh-hant-utf8.html", "utf-8", "big5"),
    ("encodings/zh-utf8.html", "utf-8", "gbk"),
]


@dataclass
class StoredPage:
    record_id: str  # <urn:uuid:...>
    url: str
    text: str  # the page as the reader should see it


@dataclass
class Archive:
    records: list[bytes] = field(default_factory=list)  # each a gzip member, as crawlers write them
    pages: list[StoredPage] = field(default_factory=list)

    @property
    def data(self) -> bytes:
        return b"".join(self.records)

    def add(self, kind: str, url: str, block: bytes, *extra: tuple[str, str]) -> str:
        record_id = f"<urn:uuid:{uuid.uuid4()}>"
        headers = [
            ("WARC-Type", kind),
            ("WARC-Record-ID", record_id),
            ("WARC-Date", "2024-03-05T06:07:08Z"),
            ("WARC-Target-URI", url),
            ("Content-Type", "application/http; msgtype=response" if kind != "warcinfo" else "application/warc-fields"),
            *extra,
            ("Content-Length", str(len(block))),
        ]
        head = "WARC/1.0\r\n" + "".join(f"{name}: {value}\r\n" for name, value in headers) + "\r\n"
        self.records.append(gzip.compress(head.encode("utf-8") + block + b"\r\n\r\n"))
        return record_id

    def add_page(self, url: str, text: str, codec: str) -> None:
        """An HTML response whose charset is declared in the HTTP header only."""
        body = _META_CHARSET.sub("", text).encode(codec, "xmlcharrefreplace")
        record_id = self.add("response", url, http_response(body, f"text/html; charset={codec}"))
        self.pages.append(StoredPage(record_id, url, _META_CHARSET.sub("", text)))


def http_response(body: bytes, content_type: str, status: str = "200 OK", *headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}", *headers]
    if not any(h.lower().startswith("transfer-encoding") for h in headers):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def chunked(body: bytes, size: int = 1000) -> bytes:
    parts = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in parts) + b"0\r\n\r\n"


def crawl(copies: int) -> Archive:
    """Every fixture page ``copies`` times under different URLs, plus the records that are no page."""
    archive = Archive()
    archive.add("warcinfo", "", b"software: tests\r\n")
    for copy in range(copies):
        for name, stored_in, codec in PAGES:
            text = (FIXTURES / name).read_bytes().decode(stored_in)
            archive.add_page(f"https://news.example/{copy}/{name.replace('/', '-')}", text, codec)
    html = (FIXTURES / "english-jsonld.html").read_text(encoding="utf-8")
    archive.add("request", "https://news.example/request", b"GET / HTTP/1.1\r\nHost: news.example\r\n\r\n")
    archive.add("response", "https://news.example/report.pdf", http_response(b"%PDF-1.4 ...", "application/pdf"))
    archive.add(
        "revisit",
        "https://news.example/0/english-jsonld.html",
        b"HTTP/1.1 200 OK\r\n\r\n",
        ("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"),
    )
    archive.add(
        "response",
        "https://news.example/cut-by-crawler",
        http_response(html.encode("utf-8")[:4000], "text/html"),
        ("WARC-Truncated", "length"),
    )
    archive.add(
        "response",
        "https://news.example/gone",
        http_response(b"<html><p>Not found</p></html>", "text/html", "404 Not Found"),
    )
    # Sent gzipped and chunked, stored as sent: the reader must undo both.
    record_id = archive.add(
        "response",
        "https://news.example/encoded.html",
        http_response(
            chunked(gzip.compress(html.encode("utf-8"))),
            "text/html; charset=utf-8",
            "200 OK",
            "Content-Encoding: gzip",
            "Transfer-Encoding: chunked",
        ),
    )
    archive.pages.append(StoredPage(record_id, "https://news.example/encoded.html", html))
    return archive


def cut_short(archive: Archive, url: str, text: str) -> None:
    """A last record whose body the end of the file cuts off (a crawl killed mid-write)."""
    whole = Archive()
    whole.add("response", url, http_response(text.encode("utf-8"), "text/html"))
    archive.records.append(gzip.compress(gzip.decompress(whole.data)[:-2000]))
