"""Published and modified: each from its candidates, and the readings that mend them.

JSON-LD dates beat ``<meta>`` ones, the dateline under the headline beats dates elsewhere
on the page, and the URL is a last resort.  A date read day-first is read month-first where
the URL or the page shows it so; a date without its time takes the time another candidate
gives the same day, in the zone the page writes it in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from newsparse.html.parse import Tree
from newsparse.meta.candidates import Candidate, Metadata
from newsparse.meta.dates import date_from_url, find_date, parse_date, script_date, short_year_date
from newsparse.meta.tags import MarkupFacts, date_texts, standalone_dates
from newsparse.meta.visible import Dateline
from newsparse.patterns.dates import MODIFIED_META, PUBLISHED_META

_SLASHED_DATE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2,4}\b")
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})([-/.])(\d{1,2})\2\d{4}\b")  # day and month in either order
_TEXT_DATE_ORIGINS = ("dateline", "date element", "labelled date", "date-only element")
_QUARTER_HOUR = timedelta(minutes=15)  # zone offsets come in quarter hours
_FARTHEST_OFFSET = timedelta(hours=14)
_SAME_MINUTE = timedelta(minutes=1)  # a time shown to the minute names the instant kept to the second


# The one zone of the countries a page's language is spoken in (see assume_zone).
_LANGUAGE_ZONES = {"ja": "+09:00", "ko": "+09:00", "vi": "+07:00", "th": "+07:00", "hi": "+05:30"}
_CHINESE_ZONE = "+08:00"
_CHINESE_DOMAINS = (".cn", ".hk", ".mo", ".tw", ".sg")


def assume_zone(meta: Metadata, language: str | None, url: str | None) -> None:
    """Give a time shown without its zone the one zone its page's clock can be in: a
    Japanese or Korean page's is UTC+9, a Vietnamese or Thai page's UTC+7, a Hindi page's
    UTC+5:30 (one zone each, no summer time), a Chinese page's on a domain of mainland
    China, Hong Kong, Macau, Taiwan or Singapore UTC+8.  Chinese pages elsewhere (overseas
    papers) keep their times as shown."""
    zone = _LANGUAGE_ZONES.get((language or "")[:2])
    if zone is None and (language or "").startswith("zh") and url:
        host = (urlsplit(url).hostname or "").lower()
        zone = _CHINESE_ZONE if host.endswith(_CHINESE_DOMAINS) else None
    if zone is None:
        return
    for name in ("published", "modified"):
        value = meta.values.get(name)
        if value and _precision(value) == 1:
            meta.values[name] = value + zone
            meta.origins[name] = f"{meta.origins[name]}, its zone the page's language's ({zone})"


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


def _first_short_year(texts: list[str]) -> str | None:
    return next(filter(None, map(short_year_date, texts)), None)


def pick_dates(
    meta: Metadata, markup: MarkupFacts, jsonld: dict[str, Any], dateline: Dateline, tree: Tree, source: str
) -> None:
    """Pick ``published`` and ``modified`` into ``meta``, whose ``url`` is chosen already.
    ``source``: the page's HTML, whose scripts the tree no longer holds."""
    first = markup.first_meta
    url_date = date_from_url(meta.values["url"])
    date_only = cache(lambda: standalone_dates(tree))  # the last resorts' dear query, made once
    dated = cache(lambda: date_texts(tree))  # elements whose names say date or time
    published = [
        (parse_date(jsonld.get("published")), "json-ld datePublished"),
        *((parse_date(first(name)), f"meta {name}") for name in PUBLISHED_META),
        *((parse_date(v), "microdata datePublished") for v in markup.microdata.get("datepublished", [])),
        # The dateline is anchored on the headline; the page's first <time> may be a sidebar's.
        (dateline.date, "dateline"),
        (dateline.past_standfirst, "dateline, past the standfirst"),
        *((parse_date(v), "time datetime") for v in markup.time_values[:1]),
        (lambda: _first_date(dated()), "date element"),
        # "<time>19.10.19, 08:16 Uhr</time>": a short year, where the element says it is a date
        (lambda: _first_short_year(dated()), "date element, a short year"),
        (dateline.labelled_date, "labelled date"),
        (url_date, "url"),
        (lambda: script_date(source), "script data"),
        (lambda: _first_date(date_only()), "date-only element"),
        (lambda: _first_short_year(date_only()), "date-only element, a short year"),
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
