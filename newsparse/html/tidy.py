"""Last pass over the body's blocks: what the container held that is still not the story.

Legal and contact lines (版权所有, ICP证, Copyright) are dropped wherever they stand, and a
heading that opens a section after the story ("Related articles", "Kommentare", 相关新闻)
ends the body when it comes in the second half: what follows it is furniture that shared
the article's container.
"""

from __future__ import annotations

from newsparse.html.text import weighted_len
from newsparse.model import Block
from newsparse.patterns.boilerplate import LEGAL_LINE, TRAILING_SECTION
from newsparse.trace import Trace

_LEGAL_BLOCK_MAX = 300  # a long paragraph that mentions copyright is prose
_MIN_BLOCKS_BEFORE = 2  # a closing section follows some story
_STORY_PARAGRAPH = 400  # weighted characters: longer than a teaser's standfirst


def tidy_blocks(blocks: list[Block], trace: Trace | None = None) -> list[Block]:
    kept = []
    for block in blocks:
        if _is_legal_line(block):
            if trace is not None:
                trace.drop(block.text, "legal or contact line")
        else:
            kept.append(block)
    return _cut_trailing_section(kept, trace)


def _is_legal_line(block: Block) -> bool:
    return bool(block.text and len(block.text) <= _LEGAL_BLOCK_MAX and LEGAL_LINE.search(block.text))


def _cut_trailing_section(blocks: list[Block], trace: Trace | None) -> list[Block]:
    """Cut at a closing-section title: a heading after the story's first blocks, or a plain
    line ("Related:") in the second half, where it cannot be a sentence of the story."""
    half = len(blocks) // 2
    for index in range(_MIN_BLOCKS_BEFORE, len(blocks)):
        block = blocks[index]
        if block.type != "heading" and index < half:
            continue
        if block.type in ("heading", "paragraph") and block.text and TRAILING_SECTION.match(block.text):
            if _story_goes_on(blocks, index):
                continue
            if trace is not None:
                for cut in blocks[index:]:
                    trace.drop(cut.plain_text(), f"after the closing section {block.text!r}")
            return blocks[:index]
    return blocks


def _story_goes_on(blocks: list[Block], index: int) -> bool:
    """A box titled "Related" inside the story, with the story resuming after it: the block
    after the title (its links already dropped as a link list) is a long paragraph of prose."""
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        following is not None
        and following.type == "paragraph"
        and "\n" not in following.text  # one run of prose, not a list of teasers set line by line
        and weighted_len(following.text) >= _STORY_PARAGRAPH
    )
