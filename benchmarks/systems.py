"""Run one extraction system over one benchmark set, in its own process.

    python benchmarks/systems.py SYSTEM SET_DIR OUT.jsonl

Reads every page of the set into memory first, then times the extraction call alone,
page by page, and writes one JSON Lines record a page in newsparse's field names (so
``score.py`` reads every system alike).  Prints a JSON summary: pages, median and mean
ms/page, pages/s, peak RSS.  Each system gets the page bytes when its API takes bytes,
else the bytes decoded as UTF-8 (with replacement), as a caller without newsparse would.
"""

from __future__ import annotations

import gzip
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Record = dict[str, Any]


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def newsparse_system() -> Callable[[bytes, str | None], Record]:
    import newsparse

    def run(data: bytes, url: str | None) -> Record:
        try:
            return newsparse.extract(data, url=url).to_dict()
        except newsparse.NewsparseError as exc:
            return {"error": str(exc)}

    return run


def trafilatura_system() -> Callable[[bytes, str | None], Record]:
    import trafilatura

    def run(data: bytes, url: str | None) -> Record:
        found = trafilatura.extract(data, url=url, output_format="json", with_metadata=True)
        if not found:
            return {}
        doc = json.loads(found)
        return {
            "title": doc.get("title"),
            "authors": doc.get("author"),
            "published": doc.get("date"),
            "site_name": doc.get("sitename"),
            "text": doc.get("text"),
        }

    return run


def readability_system() -> Callable[[bytes, str | None], Record]:
    import lxml.html
    from readability import Document

    def run(data: bytes, url: str | None) -> Record:
        doc = Document(data, url=url)
        summary = doc.summary(html_partial=True)
        text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
        return {"title": doc.short_title(), "text": text}

    return run


def newspaper_system() -> Callable[[bytes, str | None], Record]:
    import newspaper

    def run(data: bytes, url: str | None) -> Record:
        # fetch_images off: it downloads pictures to size them, and this machine has no network
        article = newspaper.Article(url or "http://example.com/", fetch_images=False)
        article.download(input_html=_text(data))
        article.parse()
        date = article.publish_date.isoformat() if article.publish_date else None
        return {"title": article.title, "authors": article.authors, "published": date, "text": article.text}

    return run


def goose_system() -> Callable[[bytes, str | None], Record]:
    from goose3 import Goose

    goose = Goose()

    def run(data: bytes, url: str | None) -> Record:
        article = goose.extract(raw_html=_text(data))
        date = article.publish_date
        return {"title": article.title, "authors": article.authors, "published": date, "text": article.cleaned_text}

    return run


def gne_system() -> Callable[[bytes, str | None], Record]:
    from gne import GeneralNewsExtractor

    extractor = GeneralNewsExtractor()

    def run(data: bytes, url: str | None) -> Record:
        found = extractor.extract(_text(data))
        return {
            "title": found.get("title"),
            "authors": found.get("author"),
            "published": found.get("publish_time"),
            "text": found.get("content"),
        }

    return run


def resiliparse_system() -> Callable[[bytes, str | None], Record]:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    def run(data: bytes, url: str | None) -> Record:
        tree = HTMLTree.parse(bytes_to_str(data, detect_encoding(data)))
        return {"text": extract_plain_text(tree, main_content=True)}

    return run


def htmldate_system() -> Callable[[bytes, str | None], Record]:
    from htmldate import find_date

    def run(data: bytes, url: str | None) -> Record:
        return {"published": find_date(_text(data), url=url, original_date=True)}

    return run


SYSTEMS = {
    "newsparse": newsparse_system,
    "trafilatura": trafilatura_system,
    "readability": readability_system,
    "newspaper4k": newspaper_system,
    "goose3": goose_system,
    "gne": gne_system,
    "resiliparse": resiliparse_system,
    "htmldate": htmldate_system,
}


def main() -> int:
    system, set_dir, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    urls = {}
    for line in (set_dir / "truth.jsonl").open(encoding="utf-8"):
        truth = json.loads(line)
        urls[truth["id"]] = truth.get("url")
    pages = [
        (p.name.removesuffix(".html.gz"), gzip.decompress(p.read_bytes()))
        for p in sorted((set_dir / "pages").iterdir())
    ]
    run = SYSTEMS[system]()
    timings, cpu_timings = [], []
    with out.open("w", encoding="utf-8") as handle:
        for page_id, data in pages:
            started, cpu_started = time.perf_counter(), time.process_time()
            try:
                record = run(data, urls.get(page_id))
            except Exception as exc:  # a peer's crash is its empty output, not ours to fix
                record = {"error": f"{type(exc).__name__}: {exc}"[:300]}
            timings.append(time.perf_counter() - started)
            cpu_timings.append(time.process_time() - cpu_started)
            record = {key: value for key, value in record.items() if value not in (None, "", [])}
            record["id"] = page_id
            handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    elapsed = sum(timings)
    summary = {
        "pages": len(pages),
        "median_ms": 1000 * statistics.median(timings),
        # the process's own CPU time: what other work on a shared machine does not add to
        "median_cpu_ms": 1000 * statistics.median(cpu_timings),
        "mean_ms": 1000 * statistics.fmean(timings),
        "pages_per_s": len(pages) / elapsed if elapsed else 0.0,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
