"""A local HTTP server on 127.0.0.1 for fetch and batch tests (never the internet)."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

ARTICLE = (
    "<html><head><title>寒潮来袭_新闻</title></head><body><h1>寒潮来袭</h1>"
    "<p>受强冷空气影响，我省今冬首场寒潮于十四日夜间来袭，多地最低气温跌破零下十度，气象台发布预警。</p>"
    "<p>省交通运输厅已启动冬季恶劣天气应急预案，组织除冰车辆和人员对重点路段进行巡查。</p></body></html>"
)
FIRST_WORDS = "受强冷空气影响"


class Handler(BaseHTTPRequestHandler):
    hits: ClassVar[dict[str, int]] = {}

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        self.hits[self.path] = self.hits.get(self.path, 0) + 1
        route = getattr(self, "route_" + self.path.strip("/").split("?")[0].replace("-", "_"), None)
        if route is None:
            self.send_error(404, "Not Found")
        else:
            route()

    def send_page(self, body: bytes, content_type: str = "text/html", headers: dict | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def route_gbk(self) -> None:  # charset only in the header
        self.send_page(ARTICLE.encode("gbk"), "text/html; charset=GBK")

    def route_gzip(self) -> None:
        self.send_page(gzip.compress(ARTICLE.encode()), "text/html; charset=utf-8", {"Content-Encoding": "gzip"})

    def route_bad_gzip(self) -> None:  # declared gzip, but no gzip stream
        self.send_page(b"\x1f\x8b\x08 not a gzip stream at all", "text/html", {"Content-Encoding": "gzip"})

    def route_moved(self) -> None:
        self.send_response(301)
        self.send_header("Location", "/gbk")
        self.end_headers()

    def route_loop(self) -> None:
        self.send_response(302)
        self.send_header("Location", "/loop")
        self.end_headers()

    def route_broken(self) -> None:
        self.send_error(500, "Internal Server Error")

    def route_flaky(self) -> None:
        if self.hits[self.path] == 1:
            self.send_response(503)
            self.send_header("Retry-After", "0")
            self.end_headers()
        else:
            self.send_page(ARTICLE.encode())

    def route_pdf(self) -> None:
        self.send_page(b"%PDF-1.7\n...", "application/pdf")

    def route_huge(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        chunk = b"<p>" + b"x" * 65536 + b"</p>"
        try:
            for _ in range(100):
                self.wfile.write(chunk)
        except OSError:
            pass

    def route_slow(self) -> None:
        time.sleep(3)
        self.send_page(ARTICLE.encode())

    def route_trickle(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(200):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
