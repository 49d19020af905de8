"""The whole extraction, in the order the data flows.

bytes -> text -> tree -> declared metadata (before cleaning destroys anything)
-> cleaned tree -> main content -> blocks -> bylines lifted -> Article.
"""

from __future__ import annotations

import re
from functools import cache, partial
from html import unescape
from itertools import pairwise
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse.errors import NotHTMLError
from newsparse.html.blocks import build_blocks
from newsparse.html.clean import (
    ancestors_of,
    class_and_id,
    furniture_nodes,
    furniture_rule,
    is_dialog,
    narrow_screens_only,
    strip_non_content,
)
from newsparse.html.parse import Tree, parse_html
from newsparse.html.recipe import ingredient_box, with_ingredients
from newsparse.html.score import HEADING_TAGS, LEAD_MIN, choose_content, collect_units, shows_several_stories
from newsparse.html.text import SENTENCE_END, comparison_key, has_kana, link_density, squash, weighted_len
from newsparse.html.tidy import drop_closing_headings, drop_repeats, tidy_blocks, trim_counters
from newsparse.input.decode import decode_html
from newsparse.meta.fields import resolve_metadata
from newsparse.meta.jsonld import read_jsonld
from newsparse.meta.lift import lift_bylines
from newsparse.meta.tags import dated_headings, read_markup, subheading_keys, titled_texts
from newsparse.meta.title import (
    choose_title,
    domain_labels,
    headline_from_story,
    headline_shown_elsewhere,
    title_as_shown,
)
from newsparse.meta.visible import read_dateline
from newsparse.model import Article, Block
from newsparse.patterns.boilerplate import CHROME_CLASS, COMMENTS_TITLE, GATED_CLASS
from newsparse.trace import Trace, describe

_TEXT_BLOCKS = frozenset({"paragraph", "list", "quote", "table", "code"})
# A body shorter than this (weighted characters) sends the scorer round once more without
# the furniture marks, as Readability does: class names mislead on some sites.
_MIN_BODY = 500
_MIN_DECLARED_BODY = 1000  # weighted characters: a story, not a summary
_DECLARED_BODY_SHARE = 4  # the page shows less than a quarter of the declared body
# On that second round, furniture inside the chosen text is still left out when it is
# smaller than this (weighted characters) or mostly links: it is a widget, not the story.
_SMALL_BOX = 200
_LINK_BOX_SHARE = 0.5
_KANA_BLOCKS = 8  # blocks read for kana: a Japanese page shows them at once
# A body of less text than this (weighted characters) is no story (a dateline, a caption):
# the element the page marks as its story is taken instead when it holds several times more.
_NO_STORY = 100
_MARKED_STORY_SHARE = 3
_LEAD_BLOCKS = 3  # a lead picture stands among the story's first blocks
_NO_LEAD_PICTURE = re.compile(r"logo|icons?[/_.-]|badge|award|\.svg(?:$|\?)", re.IGNORECASE)
_COMMENTS_TITLE_BLOCKS = 3  # a blog's name and the post's title may stand above a comments' title
_COMMENTS_TITLE_LEVELS = 3  # a comment's box, the list's and the section's
_COMMENTS_TITLE_MAX = 120  # characters: a title, not a paragraph


def extract(
    data: bytes | str,
    url: str | None = None,
    *,
    input: str | None = None,
    encoding: str | None = None,
    transport_charset: str | None = None,
    trace: Trace | None = None,
) -> Article:
    """Extract the article from one page's HTML (bytes in any encoding, or text).

    ``url`` is the page's address, used to resolve relative links and as a date clue;
    ``input`` is recorded as given (a path or URL) for batch users; ``encoding`` overrides
    charset detection; ``transport_charset`` is an HTTP header's charset, if fetched.
    Raises ``NotHTMLError`` for data that is not a web page.  A page with no article text
    gives an Article with no blocks (the CLI reports it as an error).  A ``trace`` records
    every decision on the way (``newsparse explain``).
    """
    utf8 = None  # the bytes, when they are the text in UTF-8 already
    if isinstance(data, str):
        text, provenance = data, {"encoding": "str", "encoding_source": "given"}
    else:
        decoded = decode_html(data, encoding, transport_charset, url)
        text, provenance = decoded.text, {"encoding": decoded.encoding, "encoding_source": decoded.source}
        if decoded.dropped:
            provenance["undecodable"] = str(decoded.dropped)
        if decoded.doubted:
            provenance["encoding_doubted"] = decoded.doubted
        if decoded.verbatim:
            utf8 = data
    if text.find("<", 0, 100_000) < 0:  # no slice copied
        raise NotHTMLError("not an HTML page: no markup found")
    tree = parse_html(text, utf8)

    markup = read_markup(tree)
    jsonld = read_jsonld(markup.jsonld)
    dialogs = strip_non_content(tree, markup.article_bodies)
    site_hint = markup.first_meta("og:site_name") or jsonld.get("site_name")
    declared_titles = [
        markup.first_meta("og:title"),
        jsonld.get("title"),
        markup.first_meta("twitter:title"),
        markup.first_meta("articletitle"),  # China's standard for government sites' pages
    ]
    subheadings = cache(partial(subheading_keys, tree))  # read only where a title rule asks
    headline = choose_title(
        markup.h1s,
        declared_titles,
        markup.title_tag,
        site_hint,
        markup.h1_parts,
        tuple(markup.logos),
        domain_labels(url or markup.canonical or markup.first_meta("og:url")),
        subheadings,
    )
    title_part = headline[0] if headline[1] == "title" else None  # what the <title> gives besides the site
    headline = headline_shown_elsewhere(
        headline, markup.h1s, site_hint, lambda: dated_headings(tree), lambda: titled_texts(tree), subheadings
    )
    dateline = read_dateline(tree, headline[0], markup.updated_time_texts, markup.caption_lines)
    headline = title_as_shown(headline, dateline.page_text)

    ingredients = jsonld.get("ingredients") or markup.ingredients
    blocks = _body_blocks(
        tree,
        url or markup.canonical,
        headline[0],
        ingredients,
        markup.article_bodies,
        dialogs,
        trace,
        shows_several_stories(markup.h1s),
    )
    blocks = _declared_body(blocks, jsonld.get("body"), headline[0], trace)
    blocks = tidy_blocks(blocks, trace)  # the declared body is tidied like the page's own
    headline = headline_from_story(headline, markup.h1s, markup.title_tag, declared_titles, blocks, site_hint)
    # Chinese names no label vouches for must start with a surname; Japanese ones need not.
    surname_test = not any(block.text and has_kana(block.text) for block in blocks[:_KANA_BLOCKS])
    blocks, body_byline = lift_bylines(blocks, headline[0], trace, surname_test)
    blocks = drop_closing_headings(trim_counters(drop_repeats(blocks, trace), trace), trace)
    if not _has_text(blocks):
        if trace is not None and blocks:
            trace.notes.append("only headings or pictures were left: no article")
        blocks = []

    article = Article(input=input, blocks=blocks, provenance=provenance)
    meta = resolve_metadata(
        markup,
        jsonld,
        dateline,
        body_byline,
        article.text or "",
        _lead_picture(blocks),
        url,
        headline,
        tree,
        trace is not None,
        surname_test,
        text,
        title_part,
    )
    for name, value in meta.values.items():
        setattr(article, name, value)
    article.provenance.update(meta.origins)
    if trace is not None:
        trace.fields = meta.candidates
    return article


def _lead_picture(blocks: list[Block]) -> str | None:
    """The picture the story opens with, among its first blocks: the page's image where it
    declares none (a picture further down illustrates a passage, or is the writer's).  Not
    a logo's or an icon's, named so or drawn as a vector graphic."""
    return next(
        (b.src for b in blocks[:_LEAD_BLOCKS] if b.type == "image" and b.src and not _NO_LEAD_PICTURE.search(b.src)),
        None,
    )


class _Story(NamedTuple):
    """What the page says of its story before its text is chosen."""

    headline: str | None
    heading: LexborNode | None  # the element showing the headline
    ingredients: list[str]  # a recipe's, as the page declares them
    bodies: list[LexborNode]  # elements marked as its body (itemprop=articleBody)
    several_stories: bool  # whether the page shows several headlines in <h1>s


def _body_blocks(
    tree: Tree,
    base_url: str | None,
    headline: str | None,
    ingredients: list[str],
    marked_bodies: list[LexborNode],
    dialogs: list[LexborNode],
    trace: Trace | None,
    several_stories: bool,
) -> list[Block]:
    """The story's blocks; ``ingredients`` are those a recipe page declares (in JSON-LD or
    microdata), whose box joins the story; ``marked_bodies`` are the elements marked up as
    its body; ``dialogs`` the boxes laid over the page, furniture however named."""
    body = tree.body
    if body is None:
        return []
    story = _Story(headline, _headline_heading(body, headline), ingredients, marked_bodies, several_stories)
    furniture = furniture_nodes(tree, story.bodies, story.heading, dialogs)
    if trace is not None:
        trace.furniture = [{"element": describe(node), "rule": furniture_rule(node)} for node in furniture]
    blocks, chosen = _blocks_from(body, furniture, base_url, story, trace)
    if furniture and _body_size(blocks) < _MIN_BODY:
        relaxed_trace = Trace() if trace is not None else None
        chrome = {node for node in furniture if _is_chrome(node)}
        relaxed, relaxed_chosen = _blocks_from(body, chrome, base_url, story, relaxed_trace, furniture)
        # the same text with more pictures' captions: a gallery the furniture marks hid
        if (_body_size(relaxed), _caption_size(relaxed)) > (_body_size(blocks), _caption_size(blocks)):
            _adopt(trace, relaxed_trace, "body too short: chosen again without the furniture marks")
            blocks, chosen = relaxed, relaxed_chosen
    section = _comment_section(chosen)
    comments = _opens_on_comments(blocks) or bool(section)
    if (comments or not _has_text(blocks)) and body not in chosen:
        # A box of headings (a notice set in <h6>), or the comments under a short post,
        # outscored the story: the next box is tried, the furniture marks set aside as on
        # the relaxed pass.
        retry_trace = Trace() if trace is not None else None
        retry, _ = _blocks_from(body, {*chosen, *section}, base_url, story, retry_trace, furniture)
        if _has_text(retry):
            held = "held the comments (it opened on or stood under their title)" if comments else "held no paragraph"
            _adopt(trace, retry_trace, f"the chosen box {held}: chosen again without it")
            blocks = retry
    if _body_size(blocks) < _NO_STORY:
        marked_trace = Trace() if trace is not None else None
        marked = _marked_story(body, furniture, base_url, marked_trace)
        if marked and _body_size(marked) > _MARKED_STORY_SHARE * _body_size(blocks):
            _adopt(
                trace, marked_trace, "no box scored as a story: the element marked as the page's story is taken whole"
            )
            return marked
    return blocks


def _comment_section(chosen: list[LexborNode]) -> list[LexborNode]:
    """The comment section's title the chosen box stands under, outside it, and what follows
    the title beside it (a list of comments after "<h3>Comments</h3>", one comment of many
    under "<h2>Top Rated Comments</h2>"): what ``_opens_on_comments`` sees in the text,
    seen in the tree.  At each level out, the title is the first element with words before
    the box, or else the last heading before it.  What stands before the title, in the same
    box, may be the post itself."""
    node = chosen[0] if chosen else None
    for _ in range(_COMMENTS_TITLE_LEVELS):
        if node is None or node.parent is None:
            return []
        title = _title_before(node)
        if title is not None:
            element, text = title
            return _with_following_siblings(element) if COMMENTS_TITLE.match(text) else []
        node = node.parent
    return []


def _title_before(node: LexborNode) -> tuple[LexborNode, str] | None:
    """The title a box stands under among its siblings, and its text, if one: see
    ``_comment_section``."""
    before, nearest = node.prev, True
    while before is not None:
        if before.is_element_node and (nearest or before.tag in HEADING_TAGS):
            text = squash(before.text(deep=True))
            if text and (
                before.tag in HEADING_TAGS or (len(text) <= _COMMENTS_TITLE_MAX and COMMENTS_TITLE.match(text))
            ):
                return before, text
            nearest = nearest and not text
        before = before.prev
    return None


def _with_following_siblings(node: LexborNode) -> list[LexborNode]:
    """``node`` and the elements after it among its siblings."""
    found = []
    while node is not None:
        if node.is_element_node:
            found.append(node)
        node = node.next
    return found


def _marked_story(
    body: LexborNode, furniture: set[LexborNode], base_url: str | None, trace: Trace | None
) -> list[Block] | None:
    """The last resort for a page where no box scored as a story (a page of deals, most of
    its text links): the element the page marks as its story, <article> or else <main>,
    the one holding most text, whole, its links and all (the offers are the story)."""
    marked = body.css("article") or body.css("main")
    if not marked:
        return None
    story = max(marked, key=lambda node: len(node.text(deep=True)))
    if trace is not None:
        trace.candidates = [{"element": describe(story), "chosen": True}]
    return build_blocks([story], furniture, base_url, trace, links_kept=True)


def _adopt(trace: Trace | None, second: Trace | None, note: str) -> None:
    """The explanation follows the second choice the body was taken from."""
    if trace is not None and second is not None:
        trace.notes.append(note)
        trace.candidates, trace.dropped = second.candidates, second.dropped


def _has_text(blocks: list[Block]) -> bool:
    return any(block.type in _TEXT_BLOCKS for block in blocks)


def _opens_on_comments(blocks: list[Block]) -> bool:
    """Whether the chosen text opens on the title of a comment section ("评论", "34
    Comments") before any paragraph: it is the comments, which pages without class names
    to mark them set in a box of their own under a post they may outweigh."""
    for block in blocks[:_COMMENTS_TITLE_BLOCKS]:
        if block.type in ("heading", "paragraph") and COMMENTS_TITLE.match(block.text or ""):
            return True
        if block.type != "heading":
            return False
    return False


def _headline_heading(body: LexborNode, headline: str | None) -> LexborNode | None:
    """The <h1> (else <h2>) showing the headline, after any kicker: where the story is, for
    the stages that must tell it from the page around it."""
    wanted = comparison_key(headline)
    if not wanted:
        return None
    matches = [h for h in body.css("h1, h2") if comparison_key(h.text(deep=True)).endswith(wanted)]
    return next((h for h in matches if h.tag == "h1"), matches[0] if matches else None)


def _blocks_from(
    body: LexborNode,
    skip: set[LexborNode],
    base_url: str | None,
    story: _Story,
    trace: Trace | None,
    unmarked: set[LexborNode] | None = None,
) -> tuple[list[Block], list[LexborNode]]:
    """Blocks of the best container (and the containers chosen), skipping ``skip``.  On the relaxed pass the scorer
    ignores the ``unmarked`` furniture, but inside the chosen text a marked box that is
    short or mostly links (a share bar, a likes widget) is still left out."""
    units = collect_units(body, skip)
    containers = choose_content(units, body, trace, story.headline, skip, story.heading, story.several_stories)
    if story.ingredients:
        containers = with_ingredients(containers, ingredient_box(units, story.ingredients), body, trace)
    if unmarked:
        skip = _small_furniture(unmarked, containers)
    return build_blocks(containers, skip, base_url, trace), containers


def _small_furniture(furniture: set[LexborNode], containers: list[LexborNode]) -> set[LexborNode]:
    holders = ancestors_of(containers)
    return {
        node
        for node in furniture
        if node not in holders
        and (
            weighted_len(node.text(deep=True)) < _SMALL_BOX or link_density(node) > _LINK_BOX_SHARE or _is_chrome(node)
        )
    }


def _is_chrome(node: LexborNode) -> bool:
    """A menu, a header, a sign-in dialog, a consent box, a box declared a dialog, a
    paywall's offer (a paywall holding the story is no furniture) or a box only phones
    show: no story goes on inside one, whatever the relaxed pass lets back in."""
    names = class_and_id(node)
    return (
        CHROME_CLASS.search(names) is not None
        or GATED_CLASS.search(names) is not None
        or is_dialog(node.attrs)
        or narrow_screens_only(node)
    )


def _declared_body(blocks: list[Block], declared: str | None, headline: str | None, trace: Trace | None) -> list[Block]:
    """The JSON-LD articleBody's paragraphs, when the page's own text is a fraction of it.

    Pages rendered by a script in the browser serve the story only in their data (a
    caption and an author box are all the markup shows); the declared body is then the
    story.  It loses the markup's structure, so it is a fallback, never a rival.  A
    paywalled page shows its standfirst under the headline, which the data leaves out:
    it leads the declared body.
    """
    if not declared or weighted_len(declared) < _MIN_DECLARED_BODY:
        return blocks
    if _body_size(blocks) * _DECLARED_BODY_SHARE >= weighted_len(declared):
        return blocks
    if "<" in declared:  # some CMSs declare the body as HTML
        declared = LexborHTMLParser(declared).text(separator="\n")
    paragraphs = [squash(unescape(line)) for line in declared.splitlines()]
    if trace is not None:
        trace.notes.append("the page shows a fraction of its JSON-LD articleBody: the body is taken from it")
    lead = _lead_under_headline(blocks, headline)
    if lead is not None and lead not in declared:
        paragraphs.insert(0, lead)
    return [Block("paragraph", text=text) for text in paragraphs if text]


def _lead_under_headline(blocks: list[Block], headline: str | None) -> str | None:
    """The paragraph of prose right under the heading that shows the headline, if any."""
    wanted = comparison_key(headline)
    shown = [block for block in blocks if block.type != "image"]
    for heading, lead in pairwise(shown):
        if heading.type == "heading" and wanted and comparison_key(heading.text) == wanted:
            text = lead.text or ""
            if lead.type == "paragraph" and weighted_len(text) >= LEAD_MIN and text.endswith(SENTENCE_END):
                return text
            return None
    return None


def _body_size(blocks: list[Block]) -> int:
    return sum(weighted_len(block.plain_text()) for block in blocks)


def _caption_size(blocks: list[Block]) -> int:
    return sum(weighted_len(block.caption or "") for block in blocks if block.type == "image")
