"""Choose each metadata field from its candidates, most reliable source first.

Every field lists its candidates with where each came from; the first valid one wins and
its origin is kept (``Metadata.origins``), so a user can ask why a value was chosen.
Orders follow what goes wrong in practice: visible labelled bylines beat CMS author meta
(which often holds the editor or an operator's initials), JSON-LD dates beat ``<meta>``
dates, and the URL is the last resort.  Authors, editors and source are picked in
``credits``, the dates in ``published``; ``candidates`` holds the choosing itself.
"""

from __future__ import annotations

import re
from typing import Any

from newsparse.html.parse import Tree
from newsparse.html.text import comparison_key
from newsparse.meta.byline import Byline
from newsparse.meta.candidates import Metadata
from newsparse.meta.credits import pick_credits
from newsparse.meta.language import chinese_script, detect_language, normalize_tag, other_language
from newsparse.meta.published import assume_zone, pick_dates
from newsparse.meta.section import declared_section, section_from_breadcrumb, section_from_text_trail
from newsparse.meta.tags import MarkupFacts
from newsparse.meta.title import site_from_title
from newsparse.meta.visible import Dateline
from newsparse.urls import resolve, scheme_of

_TAG_SPLIT = re.compile(r"\s*[,;，；、|]\s*")
_MAX_TAGS = 30
_PLACEHOLDER = re.compile(r"\{\$|\{\{|\}\}|%%")  # a template's variable left unfilled: "{$…}", "{{…}}", "%%…%%"
_HEADLINE_IN_SITE = 20  # letters: a headline (not a short title naming the site itself) a site name holds


def _absolute(url: str | None, base: str | None) -> str | None:
    if not url:
        return None
    url = url.strip()
    if url.startswith("//"):
        return f"{scheme_of(base) or 'https'}:{url}"
    return resolve(base, url)


def _named(value: str | None) -> str | None:
    """A value that is a name, not an address, a page's number or a handle ("161385360554578",
    "Business.Insider.Deutschland")."""
    if not value or "/" in value or value.startswith("@") or not any(c.isalpha() for c in value):
        return None
    return value if " " in value or "." not in value else None


def _site_name(value: str | None, headline_key: str) -> str | None:
    """A site's name as declared, if it is one: not an address ("https://www.fr.de"), not a
    template's unfilled placeholder ("{$plugin.tx_news.opengraph.site_name}"), not a field
    a CMS filled with the page's title (the headline, with or without the name after it)."""
    if not value or _is_http(value.strip()) or _PLACEHOLDER.search(value):
        return None
    if len(headline_key) >= _HEADLINE_IN_SITE and headline_key in comparison_key(value):
        return None
    return value


def _is_http(url: str | None) -> bool:
    return scheme_of(url) in ("http", "https")


def _tags(raw: list[str]) -> list[str]:
    tags: list[str] = []
    for value in raw:
        for tag in _TAG_SPLIT.split(value):
            tag = tag.strip()
            if tag and tag not in tags and len(tag) <= 60:
                tags.append(tag)
    return tags[:_MAX_TAGS]


def _logo_in_title(markup: MarkupFacts) -> str | None:
    """The site's name an <h1> logo shows, when the ``<title>`` names it beside something
    else: a template's home-link <h1> may hold anything ("...", the headline itself)."""
    title = comparison_key(markup.title_tag)
    for logo in markup.logos:
        key = comparison_key(logo)
        if len(key) >= 2 and key in title and key != title:
            return logo
    return None


def resolve_metadata(
    markup: MarkupFacts,
    jsonld: dict[str, Any],
    dateline: Dateline,
    body_byline: Byline,
    body_text: str,
    lead_picture: str | None,
    given_url: str | None,
    headline: tuple[str | None, str],
    tree: Tree,
    every_candidate: bool = False,
    surname_test: bool = True,
    source: str = "",
    title_part: str | None = None,
) -> Metadata:
    """Every field from its candidates, most reliable first.  ``surname_test``: Chinese
    names that no label vouches for must start with a surname (not on a Japanese page).
    ``source``: the page's HTML, whose scripts the tree no longer holds.  ``title_part``:
    the <title>'s part besides the site's name, where the headline came from elsewhere on
    a page whose <title> gives no headline ("energieverbraucher.de | Gaspreise")."""
    meta = Metadata(every_candidate=every_candidate)
    m = markup.meta
    first = markup.first_meta

    og_url = _absolute(first("og:url"), given_url or markup.base_href)
    twitter_url = _absolute(first("twitter:url"), given_url or markup.base_href)
    # a canonical link given as a path is resolved against the page's other addresses
    address = given_url or next(filter(_is_http, (og_url, twitter_url, markup.base_href)), None)
    canonical = _absolute(markup.canonical, address)
    meta.pick(
        "url",
        [
            (given_url, "given"),
            (canonical if _is_http(canonical) else None, "canonical"),
            (og_url if _is_http(og_url) else None, "og:url"),
            (twitter_url if _is_http(twitter_url) else None, "twitter:url"),
        ],
    )
    base = meta.values["url"] or markup.base_href
    meta.pick("canonical_url", [(canonical, "link rel=canonical"), (og_url, "og:url")])

    title, title_origin = headline
    meta.pick("title", [(title, title_origin)])
    site_candidates = [
        (first("og:site_name"), "og:site_name"),
        (jsonld.get("site_name"), "json-ld publisher"),
        # most pages give their Facebook page's address here, some their name
        (_named(first("article:publisher")), "meta article:publisher"),
        (first("application-name", "apple-mobile-web-app-title"), "meta application-name"),
        # the fields China's standard for government sites asks every page to fill
        (first("sitename"), "meta SiteName"),
        (_logo_in_title(markup), "h1 naming the site"),
        (site_from_title(markup.title_tag, title) or site_from_title(markup.title_tag, title_part), "title suffix"),
    ]
    headline_key = comparison_key(title)
    meta.pick("site_name", [(_site_name(value, headline_key), origin) for value, origin in site_candidates])

    pick_credits(meta, markup, jsonld, dateline, body_byline, tree, surname_test)
    meta.pick(
        "section",
        [
            (declared_section(first("article:section")), "article:section"),
            (declared_section(jsonld.get("section")), "json-ld articleSection"),
            (declared_section((markup.microdata.get("articlesection") or [None])[0]), "microdata"),
            (declared_section(first("columnname")), "meta ColumnName"),
            (lambda: section_from_breadcrumb(tree, title, markup.breadcrumbs, title_part), "breadcrumb"),
            (lambda: section_from_text_trail(dateline.page_text, title), "breadcrumb set as text"),
        ],
    )

    pick_dates(meta, markup, jsonld, dateline, tree, source)

    declared_lang = normalize_tag(
        jsonld.get("language") or markup.html_lang or first("content-language", "og:locale", "language")
    )
    if declared_lang == "zh":
        declared_lang = chinese_script(body_text[:4000])
    if declared_lang:
        meta.pick(
            "language",
            [
                (
                    lambda: other_language(body_text, declared_lang),
                    "detected: the text is not in the declared language",
                ),
                (declared_lang, "declared"),
            ],
        )
    else:
        meta.pick("language", [(detect_language(body_text), "detected")])
    assume_zone(meta, meta.values.get("language"), meta.values.get("url"))
    meta.pick(
        "description",
        [
            (first("og:description"), "og:description"),
            (first("description"), "meta description"),
            (jsonld.get("description"), "json-ld description"),
            (first("twitter:description"), "twitter:description"),
        ],
    )
    meta.pick(
        "image",
        [
            (_absolute(first("og:image", "og:image:url", "og:image:secure_url"), base), "og:image"),
            (_absolute(first("twitter:image", "twitter:image:src"), base), "twitter:image"),
            (_absolute(jsonld.get("image"), base), "json-ld image"),
            (lead_picture, "the story's lead picture"),
        ],
    )
    meta.pick(
        "tags",
        [
            (_tags(m.get("article:tag", [])), "article:tag"),
            (_tags(jsonld.get("tags", [])), "json-ld keywords"),
            (_tags(m.get("news_keywords", [])), "meta news_keywords"),
            (_tags(m.get("keywords", [])), "meta keywords"),
        ],
    )
    return meta
