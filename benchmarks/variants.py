"""How far newsparse leans on what a page declares: the sets run again with it taken away.

    python benchmarks/variants.py {metadata,classes,paragraphs,sections,breaks,breaks+classes} [SET ...]
        [--bench DIR] [--out DIR]

The development pages mostly declare their title, authors and date in meta tags and
JSON-LD, and name their boxes in class attributes; pages we never see may do neither.
``metadata`` removes every <meta> but the charset's, the JSON-LD scripts and the
microdata and RDFa attributes, so the fields must come from the visible page (headings,
bylines, datelines); ``classes`` removes every class and id attribute, so the story must
be chosen on structure and text alone; ``paragraphs`` makes every <p> a <div>, as some
templates set their paragraphs, so the story must be found without the tag that marks
prose; ``sections`` makes HTML5's <article>, <main>, <section>, <header>, <footer>, <nav>,
<aside>, <figure> and <figcaption> <div>s and <time> a <span>, as older templates are
written; ``breaks`` sets every paragraph as a run of text closed by two <br>s, as older
CMSs and many Chinese sites write a story (and with ``classes`` as well, a page of the
table era).  All but the first read each page through the parser and write it back in UTF-8
first.  Each set is scored as it is and as altered, side by side; a rule that helps
only the first is leaning on the declaration.
"""

from __future__ import annotations

import argparse
import codecs
import re
import sys
from pathlib import Path

from devset import DEFAULT_BENCH, run_set
from selectolax.lexbor import LexborHTMLParser

from newsparse.input.decode import decode_html

_JSON_LD = re.compile(rb"<script[^>]*ld\+json[^>]*>.*?</script>", re.DOTALL | re.IGNORECASE)
_META = re.compile(rb"<meta\b(?![^>]*(?:charset|http-equiv))[^>]*>", re.IGNORECASE)
_MICRODATA = re.compile(rb"""\s(?:itemprop|itemtype|itemscope|property)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.I)
_NAMES = ("class", "id")
_PARAGRAPH = re.compile(r"<(/?)p(?=[\s>])")
_SECTIONING = re.compile(r"<(/?)(?:article|main|section|header|footer|nav|aside|figure|figcaption)(?=[\s>])")
_TIME = re.compile(r"<(/?)time(?=[\s>])")
_PARAGRAPH_OPEN = re.compile(r"<p(?=[\s>])[^>]*>")


def without_metadata(page: bytes) -> bytes:
    return _MICRODATA.sub(b"", _META.sub(b"", _JSON_LD.sub(b"", page)))


def without_classes(page: bytes) -> bytes:
    """Every class and id removed by the parser: pages that write attributes with no space
    between them (``id="a"class="b"``) defeat a pattern."""
    tree = LexborHTMLParser(decode_html(page).text)
    for node in tree.root.traverse() if tree.root is not None else ():
        if not node.is_element_node:
            continue
        attributes = node.attrs
        for name in _NAMES:
            if name in attributes:
                del attributes[name]
    return _utf8(tree.html or "")


def _parsed(page: bytes) -> str:
    """The page through the parser and back, so that each element ends where a browser ends
    it (pages leave most <p>s open: renamed as they stand, they would nest)."""
    return LexborHTMLParser(decode_html(page).text).html or ""


def _utf8(html: str) -> bytes:
    return codecs.BOM_UTF8 + html.encode()  # the BOM outranks the charset the page declares


def without_paragraphs(page: bytes) -> bytes:
    return _utf8(_PARAGRAPH.sub(r"<\1div", _parsed(page)))


def without_sections(page: bytes) -> bytes:
    return _utf8(_TIME.sub(r"<\1span", _SECTIONING.sub(r"<\1div", _parsed(page))))


def without_paragraph_tags(page: bytes) -> bytes:
    return _utf8(_PARAGRAPH_OPEN.sub("", _parsed(page)).replace("</p>", "<br><br>"))


def in_table_era(page: bytes) -> bytes:
    return without_classes(without_paragraph_tags(page))


VARIANTS = {
    "metadata": without_metadata,
    "classes": without_classes,
    "paragraphs": without_paragraphs,
    "sections": without_sections,
    "breaks": without_paragraph_tags,
    "breaks+classes": in_table_era,
}
# The figures each variant moves: the fields, or the body.
_WATCHED = {
    "metadata": ("title", "authors", "published", "published_day"),
    "classes": ("body_words", "body_chars", "snippets", "leaks"),
    "paragraphs": ("body_words", "body_chars", "snippets", "leaks"),
    "sections": ("body_words", "body_chars", "snippets", "leaks", "published"),
    "breaks": ("body_words", "body_chars", "snippets", "leaks"),
    "breaks+classes": ("body_words", "body_chars", "snippets", "leaks"),
}


def _figure(scores: dict, name: str) -> float | None:
    entry = scores.get(name)
    if not isinstance(entry, dict):
        return None
    return entry.get("accuracy", entry.get("f1", entry.get("rate")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("variant", choices=sorted(VARIANTS))
    parser.add_argument("sets", nargs="*", help="set names (default: all with truth)")
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--out", type=Path, default=Path("/tmp/newsparse-variants"))
    args = parser.parse_args()
    if not args.bench.is_dir():
        print(f"benchmark folder {args.bench} not found: nothing to measure", file=sys.stderr)
        return 0
    names = args.sets or sorted(p.name for p in args.bench.iterdir() if (p / "truth.jsonl").exists())
    print(f"| set | figure | as served | without {args.variant} |\n|---|---|---|---|")
    for name in names:
        results = []
        for label, transform in (("served", None), (args.variant, VARIANTS[args.variant])):
            out = args.out / label
            out.mkdir(parents=True, exist_ok=True)
            results.append(run_set(args.bench / name, out, transform=transform)["scores"])
        for figure in _WATCHED[args.variant]:
            served, altered = (_figure(scores, figure) for scores in results)
            if served is not None and altered is not None:
                print(f"| {name} | {figure} | {served:.3f} | {altered:.3f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
