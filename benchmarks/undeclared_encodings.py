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
where it is right and doubted where the bytes are of another script.  ``--alternative``
writes each copy in its language's second legacy encoding where it has one (KOI8-R for
Russian, ISO-8859-2 for Polish, ISO-8859-7 for Greek, EUC-JP for Japanese, Big5 for
Chinese, ...), the pages' other common kind.  ``--mixed`` writes
each copy's first half in UTF-8 and the rest in the legacy encoding, as a UTF-8 template
around an article kept in an older one is served.
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


def legacy_copy(
    html: str, declared: str | None = None, mixed: bool = False, alternative: bool = False
) -> tuple[str, bytes, str] | None:
    """The page undeclared (or declared as ``declared``), in its language's legacy encoding
    (``mixed``: its second half only, the first in UTF-8), with that encoding's name and the
    text a right reading gives; None for a page naming no language or holding no letter
    outside ASCII, and with ``alternative`` for one whose language has a single encoding."""
    lang = _HTML_LANG.search(html[:5000])
    if lang is None:
        return None
    encodings = _LANGUAGE_ENCODINGS.get(lang.group(1).lower(), ("cp1252",))
    if alternative and len(encodings) < 2:
        return None
    encoding = encodings[1] if alternative else encodings[0]
    declaration = f'<meta charset="{declared}">' if declared else ""
    page = declaration + _DECLARATIONS.sub(" ", html)
    half = len(page) // 2 if mixed else 0
    head, rest = page[:half].encode("utf-8"), page[half:].encode(encoding, "xmlcharrefreplace")
    data = head + rest
    if data.isascii() or (mixed and (head.isascii() or rest.isascii())):
        return None
    return encoding, data, page[:half] + rest.decode(encoding)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--with-url", action="store_true", help="pass each page's URL, as the benchmark does")
    parser.add_argument("--declared", metavar="LABEL", help="declare every copy in this charset instead")
    parser.add_argument("--mixed", action="store_true", help="write each copy's first half in UTF-8")
    parser.add_argument("--alternative", action="store_true", help="write each copy in its language's second encoding")
    args = parser.parse_args()
    sets = args.sets or sorted(p.name for p in args.bench.iterdir() if (p / "truth.jsonl").exists())
    read, misread, tried = 0, Counter(), Counter()
    for name in sets:
        set_dir = args.bench / name
        urls = {}
        for line in (set_dir / "truth.jsonl").open(encoding="utf-8"):
            truth = json.loads(line)
            urls[truth["id"]] = truth.get("url")
        for page in sorted((set_dir / "pages").iterdir()):
            copy = legacy_copy(
                decode_html(gzip.decompress(page.read_bytes())).text, args.declared, args.mixed, args.alternative
            )
            if copy is None:
                continue
            encoding, data, text = copy
            tried[encoding] += 1
            url = urls.get(page.name.removesuffix(".html.gz")) if args.with_url else None
            if decode_html(data, url=url).text == text:
                read += 1
            else:
                misread[f"{name}: {encoding}"] += 1
    print(f"read exactly: {read} of {read + sum(misread.values())} pages")
    for where, count in misread.most_common():
        print(f"  misread {count:4d}  {where}")
    print("copies per encoding:", ", ".join(f"{encoding} {count}" for encoding, count in tried.most_common()))


if __name__ == "__main__":
    main()
