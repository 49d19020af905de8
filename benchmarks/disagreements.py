"""Where newsparse's text disagrees with trafilatura's and Readability's both.

    python benchmarks/disagreements.py SET --ours OUT/SET.jsonl [--peers DIR] [--min CHARS] [--top N]

Two lists, the largest first: sentences both peers keep and newsparse does not (a story
cut short, the wrong box chosen), and sentences newsparse alone keeps (furniture leaking
in, or a story the peers missed).  On a set no truth scores the bodies of (htmldate-eval),
or that truth scores by a few snippets a page (trafilatura-eval), the peers' agreement is
the nearest thing to a truth: each line is a page to read, not a score.  Session 32 found
a teaser list outscoring a page's introduction, teaser cards closing stories and a
Tailwind layout read as a sidebar this way.

``--ours`` is a JSON Lines file of newsparse records for the set (``devset.py --out``
writes one); ``--peers`` the folder of compare.py's records (its default work folder,
after a run).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

DEFAULT_PEERS = Path("/tmp/newsparse-compare")
PEERS = ("trafilatura", "readability")
_WORD = re.compile(r"\w+")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?。！？])\s+|\n+")
_SENTENCE_WORDS = 8  # words a sentence needs to count: a line of furniture is shorter


def texts(path: Path) -> dict[str, str]:
    """Each record's text by page id."""
    found = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            found[record["id"]] = record.get("text") or ""
    return found


def words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def sentences(text: str) -> set[str]:
    """The text's sentences of some length, each reduced to its words."""
    found = set()
    for piece in _SENTENCE_BREAK.split(text):
        reduced = words(piece)
        if reduced.count(" ") + 1 >= _SENTENCE_WORDS:
            found.add(reduced)
    return found


def disagreements(ours: dict[str, str], peers: list[dict[str, str]]) -> tuple[list, list]:
    """(missing, extra): per page, the characters and sentences the peers agree on that
    ours lacks, and those ours alone has."""
    missing, extra = [], []
    for page, text in ours.items():
        ours_words = words(text)
        peer_words = [words(peer.get(page, "")) for peer in peers]
        agreed = set.intersection(*(sentences(peer.get(page, "")) for peer in peers))
        lacking = sorted(s for s in agreed if s not in ours_words)
        alone = sorted(s for s in sentences(text) if not any(s in theirs for theirs in peer_words))
        if lacking:
            missing.append((sum(map(len, lacking)), page, lacking))
        if alone:
            extra.append((sum(map(len, alone)), page, alone))
    return sorted(missing, reverse=True), sorted(extra, reverse=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set", help="the set's name, as compare.py named its records")
    parser.add_argument("--ours", type=Path, required=True, help="newsparse's records for the set (JSON Lines)")
    parser.add_argument("--peers", type=Path, default=DEFAULT_PEERS, help="compare.py's folder of records")
    parser.add_argument("--min", type=int, default=300, help="characters of disagreement a page needs to be listed")
    parser.add_argument("--top", type=int, default=40, help="pages listed each way")
    args = parser.parse_args()
    peer_files = [args.peers / f"{args.set}.{peer}.jsonl" for peer in PEERS]
    absent = [str(path) for path in [args.ours, *peer_files] if not path.exists()]
    if absent:
        print(f"disagreements: no such file: {', '.join(absent)} (run compare.py first)", file=sys.stderr)
        return 2
    missing, extra = disagreements(texts(args.ours), [texts(path) for path in peer_files])
    for title, rows in (("kept by both peers, not by newsparse", missing), ("kept by newsparse alone", extra)):
        rows = [row for row in rows if row[0] >= args.min]
        print(f"{title}: {len(rows)} pages")
        for size, page, found in rows[: args.top]:
            print(f"  {size:6}  {page}  {[s[:80] for s in found[:2]]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
