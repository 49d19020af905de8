"""Dates in any of the shapes pages use, out as ISO 8601.

A time is kept when the page gives one (``YYYY-MM-DDTHH:MM:SS``), a zone only when the
page states one; nothing is shifted or invented.  Full-width digits (２０２３年) are read
through NFKC, Arabic-Indic, Persian, Devanagari and Thai ones (٢٠٢٠, २०२४) as the digits
they are.  Impossible dates (month 13, 31 February, a year before the web or after next
year) are rejected rather than guessed at.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timezone
from email.utils import parsedate_tz

from newsparse.patterns.build import occurrences
from newsparse.patterns.dates import (
    DAYLIGHT_ZONES,
    JALALI_MONTHS,
    JAPANESE_ERAS,
    MONTH_FIRST_ZONES,
    MONTHS,
    ROMAN_MONTHS,
    SCRIPT_CREATED,
    SCRIPT_EPOCH,
    SCRIPT_PUBLISHED,
    TEXT_DATES,
    TIME_AFTER,
    URL_DATE,
    WEEKDAY_WORD,
    WEEKDAYS,
    ZONE_OFFSETS,
)

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})"
    # the time after a "T" or a space, or right after a date of eight digits ("20190315093000")
    r"(?:(?:[T ]|(?<=\d{8}))(?P<h>\d{2}):?(?P<mi>\d{2})(?::?(?P<s>\d{2}))?(?:[.,:]\d+)?\s*"
    r"(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$"
)
# a Taiwanese official year has three digits ("112年"), a Japanese era's one or two ("令和5年")
_YEAR_DIGITS = re.compile(r"\d{4}|\d{3}\s*年|" + "|".join(JAPANESE_ERAS))
_SHORT_YEAR_DATE = re.compile(
    # the month in digits or a name's ("27 Mar 20 à 9:21", as French sites print it)
    r"^\s*(?P<d>\d{1,2})(?:\.(?P<m>\d{1,2})\.|\.?\s+(?P<mon>[^\W\d_]{3,10})\.?\s+)(?P<y>\d{2})"
    r"(?:[\s,|]+(?:um\s+|à\s+|at\s+)?(?P<h>\d{1,2})[:h](?P<mi>\d{2})(?:\s*uhr)?)?\s*$",
    re.IGNORECASE,
)
# Where such a date starts in a line that closes on it ("Von Dieter Sieckmeyer 19.10.19, 11:29 Uhr")
_SHORT_YEAR_START = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{2}(?![\d.])")
_BYLINE_BARS = ("|", "·", "•")
_EPOCH = re.compile(r"^\s*(\d{10})(\d{3})?\s*$")
_FIRST_YEAR = 1995
_WEEKDAY_REACH = 25  # characters either side of a date where the weekday it names stands
# Arabic-Indic, Persian, Devanagari and Thai digits, written as the ASCII ones the formats expect.
_NATIVE_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९๐๑๒๓๔๕๖๗๘๙", "0123456789" * 4)
_AFTERNOON = frozenset(("pm", "م", "مساء", "مساءً", "오후", "下午", "午後", "petang", "malam"))
_BUDDHIST_ERA = 543  # years the Thai calendar counts before the common era's
_ROC_ERA = 1911  # the year before the Republic of China's first, which Taiwan counts from
_JALALI_EPOCH = 356033  # the Solar Hijri day count less Python's ordinal of the same day
# The stem of every key SCRIPT_PUBLISHED knows, as sources write it ("datePublished",
# "PUBLISH_DATE"), and how far its key and value reach around the stem
# ('"first_published_date": "2023-12-06T17:35:00+08:00"').
_KEY_STEMS = ("ublish", "UBLISH")
_CREATED_STEMS = ("reated", "REATED")  # SCRIPT_CREATED's: "createdAt", "CREATED_AT"
_KEY_BEFORE_STEM = 24
_KEY_AFTER_STEM = 120


def _last_year() -> int:
    return date.today().year + 1


def _zone(tz: str | None, day: date | None = None) -> str:
    """The offset a zone is written as: "+08:00", "Z", "GMT+8", "EDT", or "ET" on ``day``."""
    if not tz:
        return ""
    tz = tz.upper().replace(" ", "")
    if tz in ZONE_OFFSETS:
        return ZONE_OFFSETS[tz]
    if tz in DAYLIGHT_ZONES:
        if day is None:
            return ""
        hours = DAYLIGHT_ZONES[tz] + (1 if _us_daylight_time(day) else 0)
        return f"-{-hours:02d}:00"
    if tz in ("Z", "UTC", "GMT"):
        return "+00:00"
    tz = tz.removeprefix("UTC").removeprefix("GMT")
    hours, _, minutes = tz[1:].partition(":")
    if not minutes and len(hours) == 4:
        hours, minutes = hours[:2], hours[2:]
    return f"{tz[0]}{int(hours):02d}:{int(minutes or 0):02d}"


def _us_daylight_time(day: date) -> bool:
    """Whether North America keeps daylight saving time on ``day``: from the second Sunday
    of March to the first of November (since 2007; before, from April's first Sunday to
    October's last)."""
    if day.year >= 2007:
        start, end = _nth_sunday(day.year, 3, 2), _nth_sunday(day.year, 11, 1)
    else:
        start, end = _nth_sunday(day.year, 4, 1), _nth_sunday(day.year, 10, 5)
    return start <= day < end


def _nth_sunday(year: int, month: int, n: int) -> date:
    """The ``n``th Sunday of the month; the last one when the month has fewer."""
    first = date(year, month, 1)
    sunday = first.toordinal() + (6 - first.weekday()) % 7 + 7 * (n - 1)
    while date.fromordinal(sunday).month != month:
        sunday -= 7
    return date.fromordinal(sunday)


def _format(
    y: int, m: int, d: int, h: int | None = None, mi: int | None = None, s: int | None = None, tz: str = ""
) -> str | None:
    if not _FIRST_YEAR <= y <= _last_year():
        return None
    try:
        day = date(y, m, d)
        if h is None:
            return day.isoformat()
        moment = datetime(y, m, d, h, mi or 0, s or 0)
    except ValueError:
        return None
    return moment.isoformat() + tz


def _from_match(match: re.Match[str], time: re.Match[str] | None = None) -> str | None:
    """The ISO date of a format's match, and of the ``time`` found after it."""
    groups = match.groupdict()
    end = match.end()
    if time is not None and time["h"] is not None:
        groups |= time.groupdict()
        end = time.end()
    if groups.get("jy"):
        solar = _jalali_day(groups)
        if solar is None:
            return None
        year, month, day = solar.year, solar.month, solar.day
    else:
        if groups.get("mon"):
            month = MONTHS.get(groups["mon"].lower().rstrip("."))
            if month is None:
                return None
        elif groups.get("rom"):
            month = ROMAN_MONTHS[groups["rom"]]
        else:
            month = int(groups["m"])
        day = int(groups["d"])
        year = _year(groups)
        numbered_day_first = bool(groups.get("m")) and match.start("d") < match.start("m")
        if numbered_day_first and _month_first(match, end, groups.get("tz"), year, day, month):
            day, month = month, day  # 9/17/2004: the United States write the month first
    hour = groups.get("h")
    h = int(hour) if hour is not None else None
    ampm = (groups.get("ampm") or groups.get("meridiem") or "").replace(".", "").replace(" ", "").lower()
    if h is not None and ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm in _AFTERNOON else 0)
    minute = groups.get("mi")
    second = groups.get("s")
    try:
        zone = _zone(groups.get("tz") or groups.get("tz_bracketed"), date(year, month, day))
    except ValueError:
        return None  # 31 February
    return _format(
        year,
        month,
        day,
        h,
        int(minute) if minute is not None else None,
        int(second) if second is not None else None,
        zone,
    )


def _month_first(match: re.Match[str], end: int, zone: str | None, year: int, day: int, month: int) -> bool:
    """Whether a date written with numbers, read day first, was written month first: its
    "month" cannot be one (9/17/2004), its time is given in a North American zone
    ("10/04/2016 05:07 AM EDT"), or the weekday named beside it falls on the other
    reading's day ("Tuesday, 03/05/2024" is 5 March) near it (``end``: where the date and
    its time end)."""
    if month > 12 >= day:
        return True
    if day > 12 or day == month:
        return False
    if zone in MONTH_FIRST_ZONES:
        return True
    text = match.string
    named = WEEKDAY_WORD.search(text, max(0, match.start() - _WEEKDAY_REACH), end + _WEEKDAY_REACH)
    if named is None:
        return False
    weekday = WEEKDAYS[named[0].lower()]
    try:
        return date(year, month, day).weekday() != weekday and date(year, day, month).weekday() == weekday
    except ValueError:
        return False


def _year(groups: dict[str, str | None]) -> int:
    """The common era's year of a Buddhist era's, a Taiwanese or Japanese official one, or
    a plain one."""
    if groups.get("be"):
        return int(groups["be"] or 0) - _BUDDHIST_ERA
    if groups.get("roc"):
        return int(groups["roc"] or 0) + _ROC_ERA
    era = groups.get("era")
    if era:
        return JAPANESE_ERAS[era] + (1 if groups["ey"] == "元" else int(groups["ey"] or 0))
    return int(groups["y"] or 0)


def _jalali_day(groups: dict[str, str | None]) -> date | None:
    """The Gregorian day of a Solar Hijri date, by the arithmetic of its 33-year cycle of
    leap years (as Iran's calendar software counts)."""
    name = groups.get("jmon")
    month = JALALI_MONTHS.get(name.replace("ي", "ی")) if name else int(groups["jm"] or 0)
    day = int(groups["jd"] or 0)
    if not month or not 1 <= month <= 12 or not 1 <= day <= (31 if month < 7 else 30):
        return None
    year = int(groups["jy"] or 0) + 1595
    days = 365 * year + (year // 33) * 8 + (year % 33 + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    return date.fromordinal(days - _JALALI_EPOCH)


def parse_date(value: str | None) -> str | None:
    """ISO 8601 for a date written in a meta field, an attribute or a line of text."""
    if not value:
        return None
    value = unicodedata.normalize("NFKC", value).strip()
    if not value:
        return None
    match = _ISO.match(value)
    if match:
        return _from_match(match)
    match = _EPOCH.match(value)
    if match:
        moment = datetime.fromtimestamp(int(match.group(1)), tz=timezone.utc)
        return _format(moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second, "+00:00")
    found = find_date(value)
    if found:
        return found  # the RFC 2822 parser below drops a "PM" ("November 19, 2019, 07:47 PM EST")
    rfc = parsedate_tz(value) if "," in value or value[:3].isalpha() else None
    if rfc and rfc[0]:
        y, m, d, h, mi, s = rfc[:6]
        offset = rfc[9]
        tz = (
            ""
            if offset is None
            else _zone(f"{'+' if offset >= 0 else '-'}{abs(offset) // 3600:02d}{abs(offset) % 3600 // 60:02d}")
        )
        return _format(y, m, d, h, mi, s, tz)
    return None


def find_date(text: str) -> str | None:
    """The first well-formed date in free text, trying the most specific formats first."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_NATIVE_DIGITS)
    if not _YEAR_DIGITS.search(text):
        return None  # every format writes the year in four digits: most lines end here
    best: tuple[int, str] | None = None
    asked, absent = None, False  # the last script test and its answer: formats in a row share one
    for pattern, shown, timed in TEXT_DATES:
        if shown is not None:
            if shown is not asked:
                asked, absent = shown, shown.search(text) is None
            if absent:
                continue
        for match in pattern.finditer(text):
            iso = _from_match(match, TIME_AFTER.match(text, match.end()) if timed else None)
            if iso:
                if best is None or match.start() < best[0]:
                    best = (match.start(), iso)
                break
    return best[1] if best else None


def date_from_url(url: str | None) -> str | None:
    """A day encoded in the URL path (/2023/12/06/, /20231206/, /2023/12/6/, /29-10-2021), the
    weakest evidence."""
    if not url:
        return None
    match = URL_DATE.search(url)
    if not match:
        return None
    if match["y"]:
        return _format(int(match["y"]), int(match["m"]), int(match["d"]))
    if match["y3"]:
        return _format(int(match["y3"]), int(match["m3"]), int(match["d3"]))  # /2023/12/6/
    return _format(int(match["y2"]), int(match["m2"]), int(match["d2"]))  # /29-10-2021


def short_year_date(text: str) -> str | None:
    """A date written day first with a two-digit year, and nothing else ("02.12.19",
    "28.09.19 12:44", "27 Mar 20 à 9:21"): read only from an element that holds nothing
    but it, where no version number or score stands (every other format wants four digits)."""
    match = _SHORT_YEAR_DATE.match(text)
    month = (MONTHS.get(match["mon"].lower()) if match["mon"] else int(match["m"])) if match else None
    if match is None or month is None:
        return None
    year = 2000 + int(match["y"])
    if year > _last_year():
        year -= 100
    h, mi = match["h"], match["mi"]
    return _format(year, month, int(match["d"]), int(h) if h else None, int(mi) if mi else None)


def closing_short_year(line: str) -> str | None:
    """A two-digit-year date closing a dateline's line after a byline, vouched for by the
    time after it or the bar before it ("Jane Doe | 06.11.23"): a version number or a score
    has neither."""
    starts = [match.start() for match in _SHORT_YEAR_START.finditer(line)]
    found = short_year_date(line[starts[-1] :]) if starts else None  # the date and its time close the line
    if found is None or not ("T" in found or line[: starts[-1]].rstrip().endswith(_BYLINE_BARS)):
        return None
    return found


def script_date(html: str) -> str | None:
    """The first publication date held in a script's data, searched in the page's source:
    the tree has no scripts left when the metadata is read.

    The pattern is case-blind, and a case-blind scan of a whole source costs half a
    millisecond; every key it knows spells "publish", which a plain search finds ten times
    faster, so the pattern runs only around those places.  Failing those, the record's
    creation time (a CMS's "createdAt"), found the same way, or one a script assigns in
    seconds since 1970 (WeChat's ``var ct``).
    """
    found = _keyed_date(html, _KEY_STEMS, SCRIPT_PUBLISHED) or _keyed_date(html, _CREATED_STEMS, SCRIPT_CREATED)
    if found:
        return found
    epoch = SCRIPT_EPOCH.search(html)
    return parse_date(epoch.group(1)) if epoch else None


def _keyed_date(html: str, stems: tuple[str, ...], key: re.Pattern[str]) -> str | None:
    """The first date a key holds, the key's pattern run around each place its stem stands."""
    for at in sorted(i for stem in stems for i in occurrences(html, stem)):
        match = key.search(html, max(at - _KEY_BEFORE_STEM, 0), at + _KEY_AFTER_STEM)
        found = parse_date(match.group(1)) if match else None
        if found:
            return found
    return None
