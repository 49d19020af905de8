"""Choose each metadata field from its candidates, most reliable source first.

Every field lists its candidates with where each came from; the first valid one wins and
its origin is kept (``Metadata.origins``), so a user can ask why a value was chosen.
Orders follow what goes wrong in practice: visible labelled bylines beat CMS author meta
(which often holds the editor or an operator's initials), JSON-LD dates beat ``<meta>``
dates, and the URL is the last resort.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import cache
from typing import Any

from newsparse.html.parse import Tree
from newsparse.html.text import comparison_key, has_cjk
from newsparse.meta.byline import Byline
from newsparse.meta.dates import date_from_url, find_date, parse_date, script_date, short_year_date
from newsparse.meta.language import chinese_script, detect_language, normalize_tag, other_language
from newsparse.meta.people import (
    confirmed_names,
    given_name_first,
    handles,
    is_outlet,
    linked_names,
    names_in_full,
    person_names,
    shown_as_declared,
    spaced_japanese_names,
    staff_credits,
    unlabelled_names,
)
from newsparse.meta.section import declared_section, section_from_breadcrumb, section_from_text_trail
from newsparse.meta.tags import MarkupFacts, author_links, byline_texts, date_texts, name_texts, standalone_dates
from newsparse.meta.title import domain_labels, site_from_title
from newsparse.meta.visible import Dateline
from newsparse.patterns.dates import MODIFIED_META, PUBLISHED_META
from newsparse.patterns.labels import BY_PREFIX, SITE_CHANNEL
from newsparse.urls import host_of, resolve, scheme_of

_TAG_SPLIT = re.compile(r"\s*[,;，；、|]\s*")
_AUTHOR_META = (
    *("author", "byl", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author"),
    *("twitter:creator", "writer", "article:writer", "og:author", "citation_author"),
)
_MAX_TAGS = 30
_PLACEHOLDER = re.compile(r"\{\$|\{\{|\}\}|%%")  # a template's variable left unfilled: "{$…}", "{{…}}", "%%…%%"
_HEADLINE_IN_SITE = 20  # letters: a headline (not a short title naming the site itself) a site name holds
_CARD_LABELS = 4  # label and data pairs a share card carries, at most
_SLASHED_DATE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2,4}\b")
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})([-/.])(\d{1,2})\2\d{4}\b")  # day and month in either order
_TEXT_DATE_ORIGINS = ("dateline", "date element", "labelled date", "date-only element")
_LONG_AUTHOR_LIST = 3  # names: a list of credits, perhaps, more than a byline
_QUARTER_HOUR = timedelta(minutes=15)  # zone offsets come in quarter hours
_FARTHEST_OFFSET = timedelta(hours=14)
_SAME_MINUTE = timedelta(minutes=1)  # a time shown to the minute names the instant kept to the second


# A candidate is a value, or a function computing it when an earlier one has failed.
Candidate = tuple[Any, str]


@dataclass
class Metadata:
    values: dict[str, Any] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)
    # With ``every_candidate`` all candidates are computed and kept, for `explain`;
    # otherwise the search for a field stops at its first value.
    every_candidate: bool = False
    candidates: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def pick(self, name: str, candidates: list[Candidate]) -> None:
        found = []
        for value, origin in candidates:
            value = value() if callable(value) else value
            if value:
                found.append({"value": value, "origin": origin})
                if not self.every_candidate:
                    break
        self.candidates[name] = found
        if found:
            self.values[name] = found[0]["value"]
            self.origins[name] = found[0]["origin"]
        else:
            self.values[name] = [] if name in ("authors", "editors", "tags") else None


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


def _prefer_later_dateline(meta: Metadata, shown: str | None) -> None:
    """The date under the headline wins over a declared one when it is later: a CMS's
    declared date is often the day the record was made (a draft, a reused page), while
    the page shows the day the story went out.  An earlier date shown there is more often
    another item's, and loses."""
    chosen = meta.values.get("published")
    if shown and chosen and meta.origins.get("published") != "dateline" and shown[:10] > chosen[:10]:
        meta.values["published"] = shown
        meta.origins["published"] = f"dateline, later than {meta.origins['published']}"


def _month_first(meta: Metadata, name: str, why: str) -> None:
    """Read the field's date again with its day and month swapped (``why``: what says so)."""
    value = meta.values[name]
    meta.values[name] = f"{value[:4]}-{value[8:10]}-{value[5:7]}{value[10:]}"
    meta.origins[name] = f"{meta.origins[name]}, month first as {why}"


def _read_month_first_if_the_url_says(meta: Metadata, in_url: str | None) -> None:
    """A date read off the page as day first ("10/11/2022": 10 November) that the URL dates
    month first (/2022/10/11/) is a United States date: the URL settles the ambiguity."""
    chosen = meta.values.get("published")
    if not chosen or not in_url or not meta.origins.get("published", "").startswith(_TEXT_DATE_ORIGINS):
        return  # declared dates are written year first
    year, month, day = chosen[:4], chosen[5:7], chosen[8:10]
    if month != day and f"{year}-{day}-{month}" == in_url:
        _month_first(meta, "published", "the url")


def _read_month_first_if_the_page_shows_it(meta: Metadata, raw: str | None, shown: Callable[[], str | None]) -> None:
    """A meta date written with slashes ("11/01/2023 12:43:42", as ASP.NET writes it) is
    read day first; the page showing the date the other way round (Erstellt am: 01.11.2023)
    says the software wrote it month first.  Year-first dates are never in doubt."""
    chosen = meta.values.get("published")
    if not chosen or not raw or not _SLASHED_DATE.match(raw):
        return
    year, month, day = chosen[:4], chosen[5:7], chosen[8:10]
    if month != day and int(day) <= 12 and (shown() or "")[:10] == f"{year}-{day}-{month}":
        _month_first(meta, "published", "the page shows it")


def _read_month_first_as_the_other_meta_dates(meta: Metadata, markup: MarkupFacts) -> None:
    """A meta date written with its day and month in doubt ("05-04-2021") is read day
    first; another date the page declares that can be read only month first
    ("12-15-2016") says its software writes them so."""
    for name in ("published", "modified"):
        origin = meta.origins.get(name, "")
        if not origin.startswith("meta "):
            continue
        meta_name = origin.removeprefix("meta ").split(" ", 1)[0]  # less what a later step added
        written = _NUMERIC_DATE.match(markup.first_meta(meta_name) or "")
        if not written or int(written[1]) > 12 or int(written[3]) > 12 or written[1] == written[3]:
            continue
        declared = filter(None, map(markup.first_meta, (*PUBLISHED_META, *MODIFIED_META)))
        proofs = (_NUMERIC_DATE.match(other) for other in declared)
        if any(proof and proof[2] == written[2] and int(proof[3]) > 12 >= int(proof[1]) for proof in proofs):
            _month_first(meta, name, "the page's other dates")


def _add_time_of_day(meta: Metadata, name: str, candidates: list[Candidate], zoned: Callable[[], list[str]]) -> None:
    """Make a date as precise as the page allows: a weaker candidate for the same day lends
    its time to a day-only date, or its zone to a date without one; a UTC time is shown in
    the publisher's local offset when the page gives it away, or as the day the page shows
    when the two disagree (see ``_local_reading``)."""
    chosen = meta.values.get(name)
    if not chosen:
        return
    in_utc = _utc_instant(chosen)
    if in_utc is not None:
        local = _local_reading(in_utc, candidates, zoned)
        if local is not None:
            value, origin = local
            meta.values[name] = value
            meta.origins[name] = f"{meta.origins[name]} + local time from {origin}"
        return
    if _precision(chosen) == 2:
        return
    for candidate, origin in candidates:
        if callable(candidate):  # a search of the page, worth it for a date, not for its time
            continue
        value = candidate
        if value and value[:10] == chosen[:10] and _precision(value) > _precision(chosen):
            meta.values[name] = value
            meta.origins[name] = f"{meta.origins[name]} + precision from {origin}"
            return


def _local_reading(
    in_utc: datetime, candidates: list[Candidate], zoned: Callable[[], list[str]]
) -> tuple[str, str] | None:
    """The UTC instant in the publisher's offset (the day a reader of the page sees:
    21:11 -05:00, not 02:11 UTC the next day), when the page gives that offset away:
    a candidate naming the same instant with its offset, a local time of the same
    instant with no zone (16:38 beside 00:38 UTC: -08:00), or the offset of another of
    the page's dates that turns the instant into the day the page shows."""
    shown_day = None
    # An instant on the hour is often a local midnight kept in UTC (23:00Z for a day in
    # Berlin): then the page's own date is worth searching for.
    on_the_hour = in_utc.minute == in_utc.second == 0
    for value, origin in candidates:
        if callable(value):
            if not on_the_hour or shown_day:
                continue
            value = value()
        if not value:
            continue
        precision = _precision(value)
        if precision == 2:
            instant = _instant(value)
            if _utc_instant(value) is None and instant is not None and abs(instant - in_utc) < _SAME_MINUTE:
                # the same instant, shown to the minute in the publisher's zone ("11:26 PM ET")
                offset = instant.utcoffset()
                return (value, origin) if instant == in_utc or offset is None else (_shifted(in_utc, offset), origin)
            continue
        shown_day = shown_day or value[:10]
        if precision == 1:
            offset = _offset_between(_instant(value), in_utc)
            if offset is not None:
                return _shifted(in_utc, offset), origin
    if shown_day is None or shown_day == in_utc.date().isoformat():
        return None
    for value in zoned():  # the page's dates with a zone, read only now that they are needed
        instant = _instant(value)
        offset = instant.utcoffset() if instant is not None else None
        if offset and _shifted(in_utc, offset)[:10] == shown_day:
            return _shifted(in_utc, offset), "the offset of another date on the page"
    # No offset to be had: the day the page shows, if the instant falls on it somewhere
    # on Earth, rather than a UTC time that a reader's [:10] would take for another day.
    start = datetime.fromisoformat(shown_day) - _FARTHEST_OFFSET
    if start <= in_utc.replace(tzinfo=None) < start + timedelta(days=1) + 2 * _FARTHEST_OFFSET:
        return shown_day, "the day the page shows"
    return None


def _offset_between(local: datetime | None, in_utc: datetime) -> timedelta | None:
    """The zone offset that makes ``local`` (no zone, perhaps no seconds) read ``in_utc``."""
    if local is None:
        return None
    gap = local - in_utc.replace(tzinfo=None, second=0, microsecond=0)
    quarters = round(gap / _QUARTER_HOUR)
    if abs(gap) > _FARTHEST_OFFSET or quarters == 0 or abs(gap - quarters * _QUARTER_HOUR) >= timedelta(minutes=1):
        return None
    return quarters * _QUARTER_HOUR


def _shifted(in_utc: datetime, offset: timedelta) -> str:
    return in_utc.astimezone(timezone(offset)).isoformat()


def _instant(iso: str) -> datetime | None:
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None


def _utc_instant(iso: str) -> datetime | None:
    """The instant of a time given in UTC (Z or +00:00), else None."""
    if _precision(iso) != 2:
        return None
    instant = _instant(iso)
    return instant if instant is not None and instant.utcoffset() == timedelta(0) else None


def _precision(iso: str) -> int:
    """0: a day; 1: a local time; 2: a time with its zone."""
    if "T" not in iso:
        return 0
    return 2 if iso.endswith("Z") or "+" in iso[10:] or "-" in iso[10:] else 1


def _first_date(texts: list[str]) -> str | None:
    return next((found for found in map(find_date, texts) if found), None)


def _byline_within(declared: list[tuple[list[str], str]], shown_byline: Callable[[], list[str]]) -> list[str]:
    """The byline's names, when the first declared list is long and holds them all.

    A CMS may list everyone credited (photographers, producers) as the page's authors,
    where the byline names the writer.
    """
    names = next((names for names, _ in declared if names), [])
    if len(names) < _LONG_AUTHOR_LIST:
        return []
    shown = shown_byline()
    return shown if shown and set(shown) < set(names) else []


def _labelled_in_card(m: dict[str, list[str]]) -> list[str]:
    """The name a share card's label pair gives as the writer: SEO plugins (Yoast's on
    WordPress) add "twitter:label1" "Written by" / "Verfasst von" and "twitter:data1" the
    post's user, on pages whose markup names no author otherwise."""
    names = []
    for number in range(1, _CARD_LABELS + 1):
        label = next(iter(m.get(f"twitter:label{number}", ())), "")
        if label and not BY_PREFIX.sub("", label).strip():
            names += m.get(f"twitter:data{number}", [])
    return names


def _declared_outlet(meta_authors: list[str], site_names: set[str]) -> str | None:
    """A Chinese outlet declared as the author ("参考消息", "新浪科技"): the story's source,
    unless it is the site itself."""
    for value in meta_authors:
        value = value.strip()
        if has_cjk(value) and is_outlet(value) and comparison_key(value) not in site_names:
            return value
    return None


def _first_names(texts: list[tuple[str, bool]], surname_test: bool) -> list[str]:
    """Names from the first byline element that has any: later ones are often other stories'.
    An element named for the author's name vouches for a pen name ("加拿大必读") and for a
    user name ("kingname")."""
    for text, named in texts:
        names = unlabelled_names(text, surname_test and not named) or (handles([text]) if named else [])
        full = [n for n in names if " " in n or has_cjk(n)]
        if full:
            names = full  # one word beside full names is a place or a role ("…, London, Beat Bumbacher")
        if names:
            return names
    return []


def _linked(names: list[str], linked: list[str]) -> list[str]:
    """A byline element's names, cut back to the author links inside it: the element's text
    runs on into the next words ("Cem Basman Life", "… Redaktion Alles, Heimkino") where
    each link holds a name alone."""
    if not names or not linked:
        return names
    cut = confirmed_names(names, linked)
    return [name for name in cut if name in linked] or cut


def _declared_handles(jsonld: dict[str, Any], markup: MarkupFacts, url: str | None, site_names: set[str]) -> list[str]:
    """User names declared as the author (JSON-LD, microdata), less the site's own name or
    domain, which many CMSs declare as every story's author ("lecker.de", "Makronom")."""
    host = comparison_key(host_of(url))
    return [
        name
        for name in handles([*jsonld.get("authors", []), *markup.microdata.get("author", [])])
        if comparison_key(name) not in site_names and comparison_key(name) not in host
    ]


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
) -> Metadata:
    """Every field from its candidates, most reliable first.  ``surname_test``: Chinese
    names that no label vouches for must start with a surname (not on a Japanese page).
    ``source``: the page's HTML, whose scripts the tree no longer holds."""
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
        (_logo_in_title(markup), "h1 naming the site"),
        (site_from_title(markup.title_tag, title), "title suffix"),
    ]
    headline_key = comparison_key(title)
    meta.pick("site_name", [(_site_name(value, headline_key), origin) for value, origin in site_candidates])

    # The site's own name as the author ("NBCNews", "网易" of 网易财经) names no one.
    site = comparison_key(meta.values.get("site_name"))
    site_names = {site, SITE_CHANNEL.sub("", site)} if site else set()

    shown_texts = cache(lambda: byline_texts(tree))  # a dear query, wanted by up to four readings below

    @cache
    def shown_byline() -> list[str]:
        return _first_names(shown_texts(), surname_test)

    # The site's name, declared or spelled by its host name ("ITmedia" of itmedia.co.jp), is
    # the outlet a CMS filled the author field with, no person.  Shown on the page, in a
    # byline or on the author's link, it is a blog's owner ("surfguard" of surfguard.wordpress.com).
    outlet_keys = site_names | {comparison_key(label) for label in domain_labels(meta.values["url"])}

    def declared_people(values: list[str]) -> list[str]:
        names = person_names([given_name_first(v) for v in values])
        return [n for n in names if comparison_key(n) not in outlet_keys]

    meta_authors = [v for k in _AUTHOR_META for v in m.get(k, []) if not v.startswith("http")]
    declared_values = [
        (jsonld.get("authors", []), "json-ld author"),
        (markup.microdata.get("author", []), "microdata author"),
        (meta_authors, "meta author"),
    ]
    declared_authors = [(declared_people(values), origin) for values, origin in declared_values]
    declared_texts = [value for values, _ in declared_values for value in values]  # as written
    within = _byline_within(declared_authors, shown_byline)
    declared_authors.insert(0, (within, "byline element, within the declared list"))
    byline_names = [a for a in dateline.byline.authors]
    if byline_names:
        declared = [n for names, _ in declared_authors for n in names]
        if not declared and not has_cjk(byline_names[0]):
            declared = shown_byline()
        byline_names = confirmed_names(byline_names, declared)

    link_texts = cache(lambda: author_links(tree))

    @cache
    def linked_authors() -> list[str]:
        return linked_names(link_texts(), surname_test)

    def shown_credits() -> list[str]:
        """The author links' and byline elements' texts, as the page shows them."""
        return [*link_texts(), *(text for text, _ in shown_texts())]

    def declared_as_shown() -> list[str]:
        """A declared author the name tests refused, vouched for by the page's byline; not
        the publication's name ("selbst ist der Mann" of selbst.de)."""
        names = shown_as_declared(declared_texts, shown_credits())
        return [n for n in names if not {comparison_key(word) for word in n.split()} & outlet_keys]

    def credited_newsroom() -> list[str]:
        return staff_credits([*declared_texts, *shown_credits()]) or [*dateline.byline.credits, *body_byline.credits]

    def credited_publication() -> list[str]:
        """The publication itself, when its byline credits it ("By The New York Times") as
        the author field does: the page's own word, where a declared site name alone is a
        CMS's default."""
        declared = {comparison_key(value): value for value in declared_texts}
        for text, _ in shown_texts():
            rest = BY_PREFIX.sub("", text)
            key = comparison_key(rest)
            if rest != text and key in outlet_keys and key in declared:
                return [declared[key]]
        return []

    meta.pick(
        "authors",
        [
            (byline_names, "dateline"),
            *declared_authors,
            (lambda: _linked(shown_byline(), linked_authors()), "byline element"),
            (linked_authors, "author link"),
            (declared_as_shown, "declared author, as the page shows it"),
            (body_byline.authors, "body byline"),
            (dateline.labelled_authors, "labelled author line"),
            (lambda: declared_people(_labelled_in_card(m)), "twitter:label author"),
            (lambda: _declared_handles(jsonld, markup, meta.values["url"], site_names), "json-ld user name"),
            (credited_newsroom, "staff credit"),
            (credited_publication, "byline crediting the publication"),
        ],
    )
    if any(" " not in name and not has_cjk(name) for name in meta.values["authors"]):
        written_out = [
            *body_byline.authors,
            *shown_byline(),
            *linked_authors(),
            *(n for ns, _ in declared_authors for n in ns),
            *person_names(name_texts(tree)),
        ]
        full = names_in_full(meta.values["authors"], written_out)
        if full != meta.values["authors"]:
            meta.values["authors"] = full
            meta.origins["authors"] = f"{meta.origins['authors']} + the full name from the page"
    editors = [*dateline.byline.editors, *(e for e in body_byline.editors if e not in dateline.byline.editors)]
    meta.pick("editors", [(editors, "byline")])
    meta.values["authors"] = [a for a in meta.values["authors"] if a not in editors]
    if not surname_test:  # a Japanese page
        meta.values["authors"] = spaced_japanese_names(meta.values["authors"], dateline.page_text)
    meta.pick(
        "source",
        [
            ((dateline.byline.sources or [None])[0], "dateline"),
            ((body_byline.sources or [None])[0], "body byline"),
            (first("source", "og:article:source"), "meta source"),
            (lambda: _declared_outlet(meta_authors, site_names), "meta author, an outlet"),
        ],
    )
    meta.pick(
        "section",
        [
            (declared_section(first("article:section")), "article:section"),
            (declared_section(jsonld.get("section")), "json-ld articleSection"),
            (declared_section((markup.microdata.get("articlesection") or [None])[0]), "microdata"),
            (lambda: section_from_breadcrumb(tree, title, markup.breadcrumbs), "breadcrumb"),
            (lambda: section_from_text_trail(dateline.page_text, title), "breadcrumb set as text"),
        ],
    )

    url_date = date_from_url(meta.values["url"])
    date_only = cache(lambda: standalone_dates(tree))  # the last resorts' dear query, made once
    published = [
        (parse_date(jsonld.get("published")), "json-ld datePublished"),
        *((parse_date(first(name)), f"meta {name}") for name in PUBLISHED_META),
        *((parse_date(v), "microdata datePublished") for v in markup.microdata.get("datepublished", [])),
        # The dateline is anchored on the headline; the page's first <time> may be a sidebar's.
        (dateline.date, "dateline"),
        (dateline.past_standfirst, "dateline, past the standfirst"),
        *((parse_date(v), "time datetime") for v in markup.time_values[:1]),
        (lambda: _first_date(date_texts(tree)), "date element"),
        (dateline.labelled_date, "labelled date"),
        (url_date, "url"),
        (lambda: script_date(source), "script data"),
        (lambda: _first_date(date_only()), "date-only element"),
        (lambda: next(filter(None, map(short_year_date, date_only())), None), "date-only element, a short year"),
    ]
    modified = [
        (parse_date(jsonld.get("modified")), "json-ld dateModified"),
        *((parse_date(first(name)), f"meta {name}") for name in MODIFIED_META),
        *((parse_date(v), "microdata dateModified") for v in markup.microdata.get("datemodified", [])),
        *((parse_date(v), "time datetime, classed updated") for v in markup.updated_time_values[:1]),
        # shown under the headline as the change's, beside another date: not the only date shown
        (dateline.updated if dateline.updated != dateline.date else None, "dateline, labelled as the change"),
    ]
    meta.pick("published", published)
    _prefer_later_dateline(meta, dateline.date)
    _read_month_first_if_the_url_says(meta, url_date)
    origin = meta.origins.get("published", "")
    if origin.startswith("meta "):
        _read_month_first_if_the_page_shows_it(
            meta, first(origin.removeprefix("meta ")), lambda: dateline.date or dateline.labelled_date()
        )

    def zoned() -> list[str]:
        declared = [v for v, _ in [*published, *modified] if isinstance(v, str)]
        times = [*markup.time_values, *markup.updated_time_values]
        return [v for v in [*declared, *filter(None, map(parse_date, times))] if _precision(v) == 2]

    _add_time_of_day(meta, "published", published, zoned)
    meta.pick("modified", modified)
    _read_month_first_as_the_other_meta_dates(meta, markup)
    changed = meta.values.get("modified")
    if not meta.values.get("published") and changed and dateline.shows_without_year(changed):
        meta.values["published"] = changed
        meta.origins["published"] = f"{meta.origins['modified']}, shown as published without its year"

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
