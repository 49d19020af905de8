"""Choose the main content: the container whose paragraphs look most like prose.

The method is Readability's, measured in characters: every element that directly holds
text is a *unit*; a unit of some length scores by its punctuation and length, less its
share of link text, and hands that score to its parent (in full), grandparent (half) and
further ancestors (less).  The best ancestor, corrected for link density and class hints,
is the article; siblings that score nearly as well (continuation pages, split bodies)
join it.  One walk over the tree gathers every unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from selectolax.lexbor import LexborNode

from newsparse.html.clean import class_and_id
from newsparse.html.text import (
    CJK_WEIGHT,
    comparison_key,
    element_beside,
    is_named_anchor,
    link_density,
    punctuation_count,
    squash,
    weighted_len,
)
from newsparse.patterns.boilerplate import NEGATIVE_CLASS, POSITIVE_CLASS, closing_title
from newsparse.trace import Trace, describe

# Elements that flow inside a paragraph; any other element starts a unit of its own.
INLINE_TAGS = frozenset(
    [
        "a",
        "abbr",
        "acronym",
        "b",
        "bdi",
        "bdo",
        "big",
        "br",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "img",
        "amp-img",
        "ins",
        "kbd",
        "mark",
        "q",
        "rp",
        "rt",
        "ruby",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
        "label",
        "picture",
        "source",
        "nobr",
    ]
)
_TAG_BASE = {
    "div": 5,
    "article": 8,
    "section": 3,
    "main": 5,
    "pre": 3,
    "td": 3,
    "blockquote": 3,
    "address": -3,
    "ol": -3,
    "ul": -3,
    "dl": -3,
    "dd": -3,
    "dt": -3,
    "li": -3,
    "form": -3,
    "h1": -5,
    "h2": -5,
    "h3": -5,
    "h4": -5,
    "h5": -5,
    "h6": -5,
    "th": -5,
}
_NOT_CANDIDATES = frozenset({"html", "a", "p", "span", "li", "h1", "h2", "h3", "h4", "h5", "h6"})
MIN_UNIT_LEN = 25
_PROMISED_TEXT = 250  # weighted characters a box must hold before its name's promise of content counts
_RIVAL_SHARE = 0.7
_HEADLINE_ARTICLE_SHARE = 0.2
_MIN_STORY_HEADLINE = 20  # weighted characters
_MIN_RIVALS = 3
_FEW_STORIES = 8  # other <h1>s a page running on into the next stories shows; more are a portal's
_COUSIN_SHARE = 0.5
_PROSE_LINKS = 0.25  # share of a candidate's text in links, at most, for prose
_LATER_TWIN_SHARE = 0.3  # of the best box's score: a part of the story after it, no notes
_LATER_TWIN_MIN = 2500  # weighted characters: a part of a story, not a disclaimer
_PART_SCORE = 20.0  # a box of prose beside the story's, inside its <article>: some sentences
_PART_MIN = 400  # weighted characters
_SHAPED_PART_SCORE = 40.0  # a part of the story beside its box, nested as the story's own prose is
_SHAPED_PART_SHARE = 0.3  # of the story box's score
_SHAPE_TAGS = 4  # elements from a prose box upward that make its nesting's shape
_MIN_SHAPE = 3  # elements of the shapes that must agree: a div in a div is every box's shape
_COUSIN_LEVELS = 3
_ANCESTOR_LEVELS = 5
_ITEM_LEVELS = 3  # boxes above the best one that may be a list story's entry
_MIN_ITEMS = 3  # entries of one class: fewer are a story's parts, which sibling joining reads
_LEAD_LEVELS = 6  # the headline's box and the body's meet this close, or no lead is sought
LEAD_MIN = 80  # weighted characters: a standfirst, not a dateline
_MAX_LEADS = 3
_PASSABLE_MAX = 200  # a box this long that is no lead is no byline either: the look-back ends
_PASSABLE_TAGS = frozenset({"figure", "picture", "img", "br", "hr"})
_CAPTION_MAX = 300  # weighted characters beside a picture: its caption
_REPEAT_PROBE = 200  # a lead whose opening is the body's opening is the body's first paragraph
_LEAD_LINK_SHARE = 0.1  # a standfirst holds a link or two at most
_MIN_CONTENTS = 2  # links a table of contents holds at least (and a title's words at most besides)
# A sentence ends in it: prose, not a dateline or a row of buttons ("www.site.com 12:30").
_SENTENCE = re.compile(r"[.!?…](?:\s|$)|[。！？]")
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SECTION_HEADINGS = HEADING_TAGS - {"h1"}
_UNENDED_PARAGRAPH = 200  # weighted characters: a line this long ending no sentence is no dateline
_SECTION_TITLE_MAX = 80  # characters: a section's title, not a sentence


@dataclass
class Unit:
    """Text an element holds directly (not through a nested block)."""

    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    # It holds a block or lines (two line breaks): a box of text, not one paragraph in a <div>.
    boxed: bool = False


@dataclass
class Candidate:
    node: LexborNode
    score: float


def collect_units(root: LexborNode, skip: set[LexborNode]) -> dict[LexborNode, Unit]:
    """Every element that holds text of its own, with that text and its link share."""
    units: dict[LexborNode, Unit] = {}
    boxes: set[LexborNode] = set()  # elements holding a block element or lines
    broken: set[LexborNode] = set()  # elements holding a line break
    stack: list[tuple[LexborNode, LexborNode, bool]] = [(root, root, False)]
    while stack:
        node, owner, in_link = stack.pop()
        child = node.child
        while child is not None:
            tag = child.tag
            if tag == "-text":
                text = child.text_content
                if text and not text.isspace():
                    unit = units.get(owner)
                    if unit is None:
                        unit = units[owner] = Unit()
                    unit.parts.append(text)
                    if in_link:
                        unit.link_chars += len(text)
            elif tag is not None and tag[0] != "-" and child not in skip:
                # a named anchor (<a name="top">, left open over the page) is no link
                linked = in_link or (tag == "a" and not is_named_anchor(child))
                if tag in INLINE_TAGS:
                    stack.append((child, owner, linked))
                    if tag == "br":  # a second line break: lines, not one paragraph
                        if owner in broken:
                            boxes.add(owner)
                        broken.add(owner)
                else:
                    # A block inside a link (a teaser card) is link text all the same.
                    stack.append((child, child, linked))
                    boxes.add(owner)
            child = child.next
    for node in boxes:
        unit = units.get(node)
        if unit is not None:
            unit.boxed = True
    return units


def _unit_text(unit: Unit) -> str:
    return squash("".join(unit.parts))


def _hands_points_up(owner: LexborNode, unit: Unit, text: str, units: dict[LexborNode, Unit]) -> bool:
    """A paragraph's points go to the box around it, which may be the story."""
    return owner.tag in _NOT_CANDIDATES or _is_paragraph_div(owner, unit, text, units)


def _is_paragraph_div(node: LexborNode, unit: Unit, text: str, units: dict[LexborNode, Unit]) -> bool:
    """A <div> of one run of text (no block in it, at most one line break) that ends a
    sentence, beside a paragraph: one of a story's paragraphs set in <div>s, which
    Readability turns into <p>s.  Scoring each for itself left the box holding them
    all with half their points, below a list of teasers.  A line ending no sentence (a
    dateline, a copyright notice) stays a box of its own, and so does a story of one
    paragraph, whose box around it holds the page's title and tags.  A line longer than
    any dateline is a paragraph whether or not it ends a sentence (a list of names run
    into one line, each state's delegates under a poll)."""
    if node.tag != "div" or unit.boxed:
        return False
    if _SENTENCE.search(text) is None and weighted_len(text) < _UNENDED_PARAGRAPH:
        return False
    return _is_paragraph(element_beside(node, False), units) or _is_paragraph(element_beside(node, True), units)


def _is_paragraph(node: LexborNode | None, units: dict[LexborNode, Unit]) -> bool:
    """A <p>, or a <div> of one run of text mostly outside links (no row of links)."""
    if node is None:
        return False
    if node.tag == "p":
        return True
    unit = units.get(node)
    return node.tag == "div" and unit is not None and not unit.boxed and unit.link_chars * 2 < sum(map(len, unit.parts))


def _class_weight(node: LexborNode) -> int:
    weight = _name_weight(class_and_id(node))
    if node.attrs.get("itemprop", "").lower() == "articlebody":
        weight += 50
    return weight


@lru_cache(maxsize=8192)
def _name_weight(names: str) -> int:
    if not names.strip():
        return 0
    weight = 0
    if NEGATIVE_CLASS.search(names):
        weight -= 25
    if POSITIVE_CLASS.search(names):
        weight += 25
    return weight


def score_candidates(units: dict[LexborNode, Unit]) -> dict[LexborNode, float]:
    """Content score of every ancestor of a unit long enough to count.

    A name that promises content ("detail", "content") counts only for a box holding a
    few sentences outside links: a video's box named "…WithDetails" around one dateline must not
    outscore the story's paragraphs.  A name that warns (sidebar, comment) always counts.
    """
    points: dict[LexborNode, float] = {}
    lengths: dict[LexborNode, float] = {}  # weighted characters outside links
    for owner, unit in units.items():
        raw = "".join(unit.parts)
        if len(raw) < MIN_UNIT_LEN // CJK_WEIGHT:
            continue  # too short whatever its script: skip the measuring
        text = squash(raw)
        length = weighted_len(text)
        if length < MIN_UNIT_LEN:
            continue
        own_link_share = min(unit.link_chars / max(len(text), 1), 1.0)
        unlinked = 1 - own_link_share
        unit_points = (1 + punctuation_count(text) + min(length / 100, 3)) * unlinked
        ancestor = owner.parent if _hands_points_up(owner, unit, text, units) else owner
        for level in range(_ANCESTOR_LEVELS):
            if ancestor is None or ancestor.tag in ("html", "#document", None):
                break
            if ancestor.tag not in _NOT_CANDIDATES:
                divider = 1 if level == 0 else 2 if level == 1 else level * 3
                points[ancestor] = points.get(ancestor, 0.0) + unit_points / divider
                lengths[ancestor] = lengths.get(ancestor, 0.0) + length * unlinked
            ancestor = ancestor.parent
    scores: dict[LexborNode, float] = {}
    for node, earned in points.items():
        weight = _class_weight(node)
        if weight > 0 and lengths[node] < _PROMISED_TEXT:
            weight = 0
        scores[node] = _TAG_BASE.get(node.tag, 0) + earned + weight
    return scores


def choose_content(
    units: dict[LexborNode, Unit],
    body: LexborNode,
    trace: Trace | None = None,
    headline: str | None = None,
    skip: frozenset[LexborNode] | set[LexborNode] = frozenset(),
    heading: LexborNode | None = None,
    several_stories: bool = True,
) -> list[LexborNode]:
    """The article's container, with any sibling that continues it, in document order,
    led by the standfirst between the ``headline`` and the body, if any; ``heading`` is
    the element showing the headline; ``several_stories``: whether the page shows more
    than one headline in an <h1>, where stories in boxes of their own are told apart."""
    scores = score_candidates(units)
    if not scores:
        return [body]
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)[:8]
    link_lengths: dict[LexborNode, int] = {}
    candidates = [Candidate(node, score * (1 - link_density(node, link_lengths))) for node, score in ranked]
    top = max(candidates, key=lambda c: c.score)
    story = _headline_article(top, candidates, heading) or (
        _headline_box(top, candidates, heading, body) if several_stories else None
    )
    if story is not None:  # the page runs on into other stories: keep within this one
        candidates = [c for c in candidates if within(c.node, story)]
        top = max(candidates, key=lambda c: c.score)
    best = top.node  # the box holding most of the story, before any climb
    top = _shared_ancestor(top, candidates, scores, heading) or _climb(top, scores)
    if story is not None and not within(top.node, story):
        top = Candidate(story, top.score)
    chosen = _with_siblings(top, scores, units)
    chosen = _with_cousins(chosen, top, candidates)
    if story is not None:
        chosen = [node for node in chosen if within(node, story)]
    chosen = _with_lead(chosen, headline, skip)
    chosen = _with_twin(chosen, best, candidates, body, heading)
    chosen = _with_items(chosen, best, story or body, body)
    chosen = _before_closing_section(chosen, scores)
    if trace is not None:
        chosen_set = set(chosen)
        trace.candidates = [
            {
                "element": describe(c.node),
                "content_score": round(scores[c.node], 1),
                "final_score": round(c.score, 1),
                "chosen": c.node in chosen_set,
            }
            for c in sorted(candidates, key=lambda c: c.score, reverse=True)
        ]
        trace.candidates += [{"element": describe(n), "chosen": True} for n in chosen if n not in scores]
    return chosen


def _before_closing_section(chosen: list[LexborNode], scores: dict[LexborNode, float]) -> list[LexborNode]:
    """The chosen boxes up to the title of the comments or of a closing section set between
    two of them ("34 Comments", "Related stories"): the boxes after it are that section,
    however well they score (readers' comments outweigh a short story), when a box before
    it holds prose."""
    for at in range(len(chosen) - 1):
        node, after = chosen[at], chosen[at + 1]
        if node.parent is None or after.parent is None or node.parent.mem_id != after.parent.mem_id:
            continue
        between = node.next
        while between is not None and between.mem_id != after.mem_id:
            if between.tag in _SECTION_HEADINGS and _titles_closing_section(between):
                kept = chosen[: at + 1]
                return kept if any(n in scores for n in kept) else chosen
            between = between.next
    return chosen


def _titles_closing_section(heading: LexborNode) -> bool:
    """Whether a heading is the title of the comments or of a closing section ("34
    Comments", "Related stories")."""
    text = squash(heading.text(deep=True))
    return len(text) <= _SECTION_TITLE_MAX and closing_title(text) is not None


def _with_cousins(chosen: list[LexborNode], top: Candidate, candidates: list[Candidate]) -> list[LexborNode]:
    """Add strong candidates close to the chosen text but not beside it, in page order.

    A lead paragraph in the headline's box and the body in another box two levels away
    are one story; sibling joining cannot see it.  A cousin must score half as well as the
    top and share an ancestor with it within ``_COUSIN_LEVELS`` levels.
    """
    near = _ancestors(top.node)[:_COUSIN_LEVELS]
    if not near:
        return chosen
    chosen_set = set(chosen)
    around_chosen = {ancestor for c in chosen for ancestor in _ancestors(c)}
    near_set = set(near)
    one_story = _one_story(top.node)
    cousins = []
    for candidate in candidates:
        node = candidate.node
        if candidate.score < _COUSIN_SHARE * top.score or node in chosen_set or node.tag in ("ul", "ol"):
            continue  # a list scoring like a story beside it is a list of teasers
        if one_story and _another_story(node, top.node):
            continue
        lineage = _ancestors(node)
        if node in around_chosen or chosen_set.intersection(lineage):
            continue  # inside or around what is chosen already
        if not near_set.isdisjoint(lineage[:_COUSIN_LEVELS]):
            cousins.append((node, lineage))
            # A weaker cousin inside or around this one would print its text twice.
            chosen_set.add(node)
            around_chosen.update(lineage)
    if not cousins:
        return chosen
    lineages = [set(lineage) for _, lineage in cousins]  # sets: a list's "in" serialises nodes
    common = next((a for a in near if all(a in lineage for lineage in lineages)), None)
    if common is None:
        return chosen
    # Page order: by each node's path of sibling positions down from ``common``.
    placed = [(path_under(node, common), order, node) for order, node in enumerate(chosen)]
    placed += [(path_under(node, common), len(chosen) + n, node) for n, (node, _) in enumerate(cousins)]
    return [node for _, _, node in sorted(placed, key=lambda item: (item[0], item[1]))]


def _with_twin(
    chosen: list[LexborNode],
    best: LexborNode,
    candidates: list[Candidate],
    body: LexborNode,
    heading: LexborNode | None,
) -> list[LexborNode]:
    """Add the story's other part from its other box, of the best box's element and class,
    holding prose.  Templates cut a story in two at an advertisement's row ("story-text" /
    ad row / "story-text") or at a section break (a magazine's "body__inner-container"
    chunks), one part too far away in the tree for the cousins' search.  A part before
    the best box, after the headline, is its opening; a part after it must be a story's
    worth of prose, since after the story a box classed alike holds notes, an address.  One
    twin at most: a list's items are many (a short box classed alike after the best one,
    an author's note, is no item and does not count)."""
    names = best.attrs.get("class")
    if not names:
        return chosen
    twins = [c for c in candidates if c.node.mem_id != best.mem_id and c.node.tag == best.tag]
    twins = [c for c in twins if c.node.attrs.get("class") == names]
    spot = path_under(best, body)
    placed = [(path_under(c.node, body), c) for c in twins]
    parts = [(place, c) for place, c in placed if place < spot or _story_worth(c, best, candidates)]
    if len(parts) != 1:
        return chosen
    place, part = parts[0]
    twin = part.node
    if heading is not None and place < path_under(heading, body):
        return chosen
    if any(within(twin, node) or within(node, twin) for node in chosen):
        return chosen
    story = _article_of(best) or best
    if _another_story(twin, story) or link_density(twin) >= _PROSE_LINKS or weighted_len(twin.text()) < LEAD_MIN:
        return chosen
    return sorted([*chosen, twin], key=lambda node: path_under(node, body))


def _story_worth(twin: Candidate, best: LexborNode, candidates: list[Candidate]) -> bool:
    """Whether a twin after the best box holds a story's part: a good share of its score
    and a story's length of text."""
    best_score = next((c.score for c in candidates if c.node.mem_id == best.mem_id), 0.0)
    return twin.score >= _LATER_TWIN_SHARE * best_score and weighted_len(twin.node.text()) >= _LATER_TWIN_MIN


def _with_items(chosen: list[LexborNode], best: LexborNode, story: LexborNode, body: LexborNode) -> list[LexborNode]:
    """Add the other entries of the list the best box stands in (within ``story``), when
    the story is that list.

    A listicle gives each entry a box of one class, its heading the entry's text and a
    picture or a paragraph below it; the entry with the most prose wins the scoring and its
    siblings, mostly a heading and a picture each, score too little to join it.  Entries of
    a list of teasers have their headings in links; stories one after another, an <h1> each.
    """
    node = best
    for _ in range(_ITEM_LEVELS):
        parent = node.parent
        if parent is None or parent.mem_id == story.mem_id:
            return chosen
        names = node.attrs.get("class")
        if names:
            items = [n for n in _element_children(parent) if n.tag == node.tag and n.attrs.get("class") == names]
            if len(items) >= _MIN_ITEMS:
                return _join_items(chosen, node, items, body)
        node = parent
    return chosen


def _join_items(
    chosen: list[LexborNode], item: LexborNode, items: list[LexborNode], body: LexborNode
) -> list[LexborNode]:
    """``chosen`` with all ``items`` in, if they are a story's entries: most headed by a
    line of their own, in links little of their text."""
    if any(within(item.parent, node) for node in chosen):
        return chosen  # the whole list is in already
    headed = 0
    for node in items:
        heading = node.css_first("h2, h3, h4")
        if (
            heading is not None
            and heading.css_first("a") is None
            and weighted_len(heading.text()) >= _MIN_STORY_HEADLINE
        ):
            headed += 1
    if headed * 2 < len(items):
        return chosen
    if any(link_density(node) >= _PROSE_LINKS for node in items):
        return chosen
    kept = [node for node in chosen if not any(within(node, i) for i in items)]
    return sorted([*kept, *items], key=lambda node: path_under(node, body))


def _with_lead(chosen: list[LexborNode], headline: str | None, skip: set[LexborNode] | frozenset) -> list[LexborNode]:
    """Add the standfirst that templates set between the headline and the body's box.

    Looking back from the body (and from its ancestors, up to ``_LEAD_LEVELS``): prose boxes are
    taken, short boxes (a byline, a date, a share bar) and pictures passed over, and the
    look-back must end at the headline, an <h1> or a heading that shows the headline;
    anything else (a link list, a long box that is not prose) and nothing is added.
    """
    leads: list[LexborNode] = []
    node = chosen[0]
    for _ in range(_LEAD_LEVELS):
        verdict = _look_back(node.prev, headline, skip, leads, depth=0)
        if verdict is not None:
            if not verdict or not leads:
                return chosen
            body_start = squash(chosen[0].text(deep=True))[:_REPEAT_PROBE]
            fresh = [lead for lead in reversed(leads) if squash(lead.text(deep=True))[:_REPEAT_PROBE] not in body_start]
            return [*fresh, *chosen]
        node = node.parent
        if node is None or node.tag in ("body", "html"):
            break
    return chosen


def _look_back(
    node: LexborNode | None,
    headline: str | None,
    skip: set[LexborNode] | frozenset,
    leads: list[LexborNode],
    depth: int,
) -> bool | None:
    """Walk back over ``node`` and its earlier siblings: True at the headline, False at
    something that is neither lead nor passable, None when the siblings run out."""
    while node is not None:
        if node.is_element_node and node not in skip and node.tag not in _PASSABLE_TAGS and not _is_contents(node):
            if node.tag in HEADING_TAGS:
                return _shows_headline(node, headline)
            heading = node.css_first("h1, h2, h3")
            if heading is not None:
                if depth >= _LEAD_LEVELS:
                    return False
                verdict = _look_back(node.last_child, headline, skip, leads, depth + 1)
                return bool(verdict)
            text = squash(node.text(deep=True))
            length = weighted_len(text)
            if (length < _CAPTION_MAX and node.css_first("img") is not None) or node.css_first("figure") is not None:
                pass  # a picture with its caption
            elif length >= LEAD_MIN and node.tag not in ("ul", "ol", "table") and link_density(node) < _LEAD_LINK_SHARE:
                if not _SENTENCE.search(text) or len(leads) == _MAX_LEADS:
                    return False
                leads.append(node)
            elif length >= _PASSABLE_MAX:
                return False
        node = node.prev
    return None


def _is_contents(node: LexborNode) -> bool:
    """Whether a box is the story's table of contents, between its standfirst and its body
    ("Die Themen im Überblick:" over links to the sections): a list of links within the
    page, each "#…", and nothing much besides."""
    if node.tag in HEADING_TAGS or node.css_first("ul, ol") is None:
        return False
    anchors = node.css("a")
    if len(anchors) < _MIN_CONTENTS or not all((a.attrs.get("href") or "").startswith("#") for a in anchors):
        return False
    # measured squashed, not as link_density measures: the white space between a list's
    # items, which the template indents, would pass for words outside the links
    unlinked = len(squash(node.text(deep=True))) - sum(len(squash(a.text(deep=True))) for a in anchors)
    return unlinked <= _SECTION_TITLE_MAX


def _shows_headline(node: LexborNode, headline: str | None) -> bool:
    if node.tag == "h1":
        return True
    if not headline:
        return False
    text, wanted = comparison_key(node.text(deep=True)), comparison_key(headline)
    return bool(text) and (text in wanted or wanted in text)


def path_under(node: LexborNode, common: LexborNode) -> tuple[int, ...]:
    """Where ``node`` stands below ``common``: the position among its siblings at each level
    (tuples of them sort in page order)."""
    common_id = common.mem_id
    path = []
    while node is not None and node.mem_id != common_id:
        position, sibling = 0, node.prev
        while sibling is not None:
            position += 1
            sibling = sibling.prev
        path.append(position)
        node = node.parent
    return tuple(reversed(path))


def _element_children(node: LexborNode) -> list[LexborNode]:
    children = []
    child = node.child
    while child is not None:
        if child.is_element_node:
            children.append(child)
        child = child.next
    return children


def _shared_ancestor(
    top: Candidate, candidates: list[Candidate], scores: dict[LexborNode, float], heading: LexborNode | None
) -> Candidate | None:
    """When three rivals score nearly as well and share an ancestor with the top, take it.

    A story cut into several boxes (one per paragraph group, as some CMSs do) shows as
    several good candidates; their common ancestor is the story (Readability's rule).
    When they share none with the top short of the page's body but one with the
    ``heading`` showing the headline, that is the story, and the top a box apart from it
    (a site's motto in a side panel outscoring each of the post's many boxes).
    """
    rivals = [c.node for c in candidates if c is not top and c.score >= _RIVAL_SHARE * top.score]
    if len(rivals) < _MIN_RIVALS:
        return None
    rival_ancestors = [set(_ancestors(node)) for node in rivals]
    for start in (top.node, heading):
        for ancestor in _ancestors(start) if start is not None else ():
            if ancestor.tag in ("body", "html"):
                break
            if sum(ancestor in found for found in rival_ancestors) >= _MIN_RIVALS:
                return Candidate(ancestor, max(scores.get(ancestor, 0.0), top.score))
    return None


def _headline_article(top: Candidate, candidates: list[Candidate], heading: LexborNode | None) -> LexborNode | None:
    """On a page that runs on into the next stories (one <article> each, as infinite
    scrolling serves them), the story is the <article> showing the headline's ``heading``,
    even when a later story is longer: if a candidate in it scores a fifth of the top's;
    and when the top stands in it, their common ancestor is no story split in boxes."""
    article = _article_of(top.node)
    if article is None or heading is None or not _has_headline(article):
        return None  # the top's <article> is a box of this story ("Zubereitung"), not the next story
    own = _article_of(heading)
    if own is None:
        return None
    if own.mem_id == article.mem_id:
        # the top is in the headline's story: it is the story when the next stories rival it
        return own if any(_another_story(c.node, own) for c in candidates) else None
    strong = any(c.score >= _HEADLINE_ARTICLE_SHARE * top.score and within(c.node, own) for c in candidates)
    return own if strong else None


def shows_several_stories(h1_texts: list[str]) -> bool:
    """Whether a page shows several <h1>s, one of them headline-long: the one test cheap
    enough for every page before the next stories' boxes are sought (most pages show one)."""
    return len(h1_texts) > 1 and any(weighted_len(text) >= _MIN_STORY_HEADLINE for text in h1_texts)


def _headline_box(
    top: Candidate, candidates: list[Candidate], heading: LexborNode | None, body: LexborNode
) -> LexborNode | None:
    """The same on a page whose stories stand in boxes of another tag, each under an <h1>
    (the widest box around it that holds no other): the box of the headline's <h1>, when
    it holds the top and a candidate stands in another's (the next story), or when the top
    stands in another's and a candidate in it scores a fifth of the top's."""
    if heading is None or heading.tag != "h1":
        return None
    # a section's title ("Anwendung", "Zubereitung") is a word or two, a story's headline longer
    others = [
        h1
        for h1 in body.css("h1")
        if h1.mem_id != heading.mem_id and weighted_len(h1.text(deep=True).strip()) >= _MIN_STORY_HEADLINE
    ]
    if not others or len(others) > _FEW_STORIES:
        return None
    box = _box(heading, others)
    if box is heading:
        return None
    other_boxes = [other for h1 in others if (other := _box(h1, [heading])) is not h1]
    if within(top.node, box):
        in_next = any(within(c.node, other) for c in candidates for other in other_boxes)
        return box if in_next else None
    if not any(within(top.node, other) for other in other_boxes):
        return None
    strong = any(c.score >= _HEADLINE_ARTICLE_SHARE * top.score and within(c.node, box) for c in candidates)
    return box if strong else None


def _box(h1: LexborNode, others: list[LexborNode]) -> LexborNode:
    """The widest element around ``h1`` that holds none of the ``others`` (``h1`` itself
    when its parent holds one)."""
    around_others = {node.mem_id for other in others for node in (other, *_ancestors(other))}
    box = h1
    while box.parent is not None and box.parent.tag != "body" and box.parent.mem_id not in around_others:
        box = box.parent
    return box


def _one_story(node: LexborNode) -> bool:
    """An <article> holding a story, headline and all: the next <article> with a headline of
    its own is the next story (as infinite scrolling serves them), never its continuation."""
    return node.tag == "article" and _has_headline(node)


def _another_story(node: LexborNode, story: LexborNode) -> bool:
    """Whether ``node`` is, or stands in, an <article> with a headline other than ``story``."""
    article = _article_of(node)
    return article is not None and article.mem_id != story.mem_id and _has_headline(article)


def _has_headline(article: LexborNode) -> bool:
    """Whether an <article> opens like a story, with an <h1> or a headline-long <h2>: a
    section's title ("Zubereitung") is a word or two."""
    heading = article.css_first("h1, h2")
    if heading is None:
        return False
    return heading.tag == "h1" or weighted_len(heading.text(deep=True).strip()) >= _MIN_STORY_HEADLINE


def _article_of(node: LexborNode) -> LexborNode | None:
    while node is not None and node.tag != "article":
        node = node.parent
    return node


def within(node: LexborNode, holder: LexborNode) -> bool:
    holder_id = holder.mem_id
    while node is not None:
        if node.mem_id == holder_id:
            return True
        node = node.parent
    return False


def _ancestors(node: LexborNode) -> list[LexborNode]:
    found = []
    parent = node.parent
    while parent is not None and parent.tag not in ("html", "#document"):
        found.append(parent)
        parent = parent.parent
    return found


def _climb(top: Candidate, scores: dict[LexborNode, float]) -> Candidate:
    """Prefer a parent that scores better (the article split into several children)."""
    node, last = top.node, top.score
    threshold = top.score / 3
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        parent_score = scores.get(parent)
        if parent_score is not None:
            if parent_score < threshold:
                break
            if parent_score > last:
                return Candidate(parent, parent_score)
            last = parent_score
        parent = parent.parent
    # A lone child says nothing its parent does not: take the wider box.
    while (
        node.parent is not None and node.parent.tag not in ("body", "html") and len(_element_children(node.parent)) == 1
    ):
        node = node.parent
    return Candidate(node, top.score)


def _with_siblings(top: Candidate, scores: dict[LexborNode, float], units: dict[LexborNode, Unit]) -> list[LexborNode]:
    parent = top.node.parent
    if parent is None:
        return [top.node]
    threshold = max(10.0, top.score * 0.2)
    top_class = top.node.attrs.get("class")
    top_id = top.node.mem_id  # LexborNode's == serialises both nodes' HTML
    one_story = _one_story(top.node)
    in_article = _article_of(parent) is not None
    shaped = _shaped_parts(top, scores)
    chosen: list[LexborNode] = []
    sibling = parent.child
    while sibling is not None:
        if sibling.mem_id == top_id:
            chosen.append(sibling)
        elif sibling.is_element_node and not (one_story and _another_story(sibling, top.node)):
            same_class = bool(top_class) and sibling.attrs.get("class") == top_class
            bonus = top.score * 0.2 if same_class else 0
            score = scores.get(sibling)
            # A box of the article's kind may wrap its part of the story a level deeper (a
            # story split into sections, the first in a wrapper of its own).
            wraps_part = score is None and same_class and _best_prose_within(sibling, scores) >= threshold
            if (
                wraps_part
                or sibling.mem_id in shaped
                or _continues_article(sibling, score, bonus, threshold, units)
                or (in_article and _story_part(sibling, scores))
            ):
                chosen.append(sibling)
        sibling = sibling.next
    return chosen


def _shaped_parts(top: Candidate, scores: dict[LexborNode, float]) -> set[int]:
    """The boxes beside the story's (their ``mem_id``) whose best prose sits in the same
    nesting of elements as the story's own best prose.  A template that cuts a story into
    chunks at its pictures and pull quotes writes each chunk with one partial, often a
    level or two deeper in wrappers of their own; without class names to tie them, the
    shape of the markup around the prose does.  A box of comments or teasers is written by
    another partial."""
    parent = top.node.parent
    floor = max(_SHAPED_PART_SCORE, top.score * _SHAPED_PART_SHARE)
    best: dict[int, tuple[float, LexborNode, LexborNode]] = {}
    for node, score in scores.items():
        if score < floor:
            continue
        holder = node
        while holder.parent is not None and holder.parent.mem_id != parent.mem_id:
            holder = holder.parent
        if holder.parent is None or score <= best.get(holder.mem_id, (0.0,))[0]:
            continue
        prose = _prose_score(node, score)
        if prose > best.get(holder.mem_id, (0.0,))[0]:
            best[holder.mem_id] = (prose, node, holder)
    own = best.pop(top.node.mem_id, None)
    if own is None or not best:
        return set()
    own_shape = _shape(own[1], top.node)
    parts = set()
    for prose, node, holder in best.values():
        shape = _shape(node, holder)
        agree = min(len(shape), len(own_shape))
        if prose >= floor and agree >= _MIN_SHAPE and shape[:agree] == own_shape[:agree]:
            parts.add(holder.mem_id)
    return parts


def _shape(node: LexborNode, holder: LexborNode) -> tuple[str, ...]:
    """The tags from ``node`` up to ``holder``, the nearest first, at most _SHAPE_TAGS."""
    tags = []
    while node.mem_id != holder.mem_id and len(tags) < _SHAPE_TAGS:
        tags.append(node.tag)
        node = node.parent
    return tuple(tags)


def _story_part(sibling: LexborNode, scores: dict[LexborNode, float]) -> bool:
    """Inside an <article>, a box beside the story's holding prose of its own is a part of
    the story however the longest part outscores it (a story cut by a picture or an
    advertisement into boxes no class name ties together)."""
    return weighted_len(sibling.text(deep=True)) >= _PART_MIN and _best_prose_within(sibling, scores) >= _PART_SCORE


def _best_prose_within(holder: LexborNode, scores: dict[LexborNode, float]) -> float:
    """The best score of the prose candidates inside ``holder`` (few of their words in
    links: a list of teasers scores too)."""
    best = 0.0
    for node, score in scores.items():
        if score > best and within(node, holder):
            best = max(best, _prose_score(node, score))
    return best


def _prose_score(node: LexborNode, score: float) -> float:
    """A candidate's score less the share of its words in links; none for a box mostly
    links, which a list of teasers is however well it scores."""
    links = link_density(node)
    return score * (1 - links) if links < _PROSE_LINKS else 0.0


def _continues_article(
    sibling: LexborNode, score: float | None, bonus: float, threshold: float, units: dict[LexborNode, Unit]
) -> bool:
    if score is not None and score + bonus >= threshold:
        return score * (1 - link_density(sibling)) + bonus >= threshold
    unit = units.get(sibling)
    if sibling.tag == "p" or (unit is not None and _is_paragraph_div(sibling, unit, _unit_text(unit), units)):
        return _reads_like_prose(sibling, units)
    # The lead picture often stands beside the text box rather than in it.
    return sibling.tag == "figure" and sibling.css_first("img") is not None


def _reads_like_prose(node: LexborNode, units: dict[LexborNode, Unit]) -> bool:
    unit = units.get(node)
    if unit is None:
        return False
    text = _unit_text(unit)
    length = weighted_len(text)
    share = unit.link_chars / max(len(text), 1)
    if length > 80:
        return share < 0.25
    return share == 0 and text.endswith((".", "。", "!", "?", "！", "？"))
