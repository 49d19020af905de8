"""How well newsparse reads pages that declare no charset, on real pages.

    python benchmarks/undeclared_encodings.py [SET ...] [--bench DIR] [--with-url]

The scored sets' pages declare their charset (or are UTF-8), so they never exercise
detection.  This takes every page that names its language in ``<html lang>``, removes the
page's charset and language declarations, writes it in the legacy encoding a page in that
language used (windows-1252 for Western languages, windows-1250 for Polish and Czech,
windows-1251 for Russian, GBK, Shift_JIS, ...), and checks that ``decode_html`` gets
the text back exactly.  The canonical link and og:url stay, as a saved page keeps them;
``--with-url`` also passes the truth's URL, as ``newsparse URL`` and the benchmark do.
``--declared LABEL`` declares every copy in LABEL instead (``--declared iso-8859-1``: a
template's Latin declaration kept over pages in every language), which must be believed
where it is right and doubted where the bytes are of another script.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from newsparse.input.decode import _LANGUAGE_ENCODINGS, decode_html

DEFAULT_BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
_HTML_LANG = re.compile(r"<html[^>]*\slang\s*=\s*[\"']?([a-zA-Z]{2})", re.IGNORECASE)
_DECLARATIONS = re.compile(
    r"<meta[^>]+charset[^>]*>|<meta[^>]+(?:content-language|og:locale)[^>]*>|<\?xml[^>]*>|"
    r"\slang\s*=\s*[\"']?[\w-]+[\"']?",
    re.IGNORECASE,
)


def legacy_copy(html: str, declared: str | None = None) -> tuple[str, bytes] | None:
    """The page undeclared (or declared as ``declared``), in its language's legacy encoding,
    with that encoding's name; None for a page naming no language or holding no letter
    outside ASCII."""
    lang = _HTML_LANG.search(html[:5000])
    if lang is None:
        return None
    encoding = _LANGUAGE_ENCODINGS.get(lang.group(1).lower(), ("cp1252",))[0]
    declaration = f'<meta charset="{declared}">' if declared else ""
    data = (declaration + _DECLARATIONS.sub(" ", html)).encode(encoding, "xmlcharrefreplace")
    return None if data.isascii() else (encoding, data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--with-url", action="store_true", help="pass each page's URL, as the benchmark does")
    parser.add_argument("--declared", metavar="LABEL", help="declare every copy in this charset instead")
    args = parser.parse_args()
    sets = args.sets or sorted(p.name for p in args.bench.iterdir() if (p / "truth.jsonl").exists())
    read, misread = 0, Counter()
    for name in sets:
        set_dir = args.bench / name
        urls = {}
        for line in (set_dir / "truth.jsonl").open(encoding="utf-8"):
            truth = json.loads(line)
            urls[truth["id"]] = truth.get("url")
        for page in sorted((set_dir / "pages").iterdir()):
            copy = legacy_copy(decode_html(gzip.decompress(page.read_bytes())).text, args.declared)
            if copy is None:
                continue
            encoding, data = copy
            url = urls.get(page.name.removesuffix(".html.gz")) if args.with_url else None
            if decode_html(data, url=url).text == data.decode(encoding):
                read += 1
            else:
                misread[f"{name}: {encoding}"] += 1
    print(f"read exactly: {read} of {read + sum(misread.values())} pages")
    for where, count in misread.most_common():
        print(f"  misread {count:4d}  {where}")


if __name__ == "__main__":
    main()
