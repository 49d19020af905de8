"""The visible dateline under the headline: date, source, author and editor lines.

Chinese portals show ``2023年12月06日 17:35  来源：中新网  责任编辑：冯长海`` between the
headline and the story and declare none of it in markup; English pages show
``By Jane Doe | Dec 6, 2023``.  The lines right after the headline are read, stopping at
the first line long enough to be prose (the story's opening, or a standfirst's, may give
the date); failing a date there, a short line just above the headline may.  A date
labelled as an update counts only when no other is shown.  The page text is read once,
in Lexbor, and kept: the last resorts search it whole for a labelled date or author.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from newsparse.html.parse import Tree
from newsparse.html.text import NODE_BREAK, SENTENCE_END, squash
from newsparse.meta.byline import (
    DASHES,
    LINE_PARTS,
    Byline,
    date_label_alone,
    english_byline,
    english_credit,
    is_dateline,
    labelled_names,
    parse_labelled,
    reporter_credit,
    standalone_byline,
)
from newsparse.meta.dates import closing_short_year, find_date, short_year_date
from newsparse.meta.language import detect_language
from newsparse.patterns.build import occurrences
from newsparse.patterns.dates import PUBLISHED_LABEL, UPDATED_LABEL
from newsparse.patterns.labels import AUTHOR_LINE, BY_PREFIX, RECORD_FIELD

_WINDOW_LINES = 15
_PROSE_LINE = 150
_MAX_LABELS = 5  # the label's word may stand in the text before the dateline does
_RECORD_CHARS = 200  # around an author label, where a book's record would show its other fields
_LABEL_VALUE_CHARS = 160  # characters after a label alone on its line, where its value stands
_LABELLED_DATE_CHARS = 40  # characters after a date's label, where the date stands
# A date shown without its year, or with two digits of it, and its time: "01-14 17:58"
_YEARLESS_DATE = re.compile(r"(?:(?P<y>\d{2})-)?(?P<m>\d{1,2})-(?P<d>\d{1,2})\s+(?P<h>\d{1,2}):(?P<mi>\d{2})(?!\d)")
_MINUTE_PRECISION = len("2020-01-14T17:58")
# The words AUTHOR_LINE opens with, as pages write them (its own forms follow from these)
_AUTHOR_LABEL_WORDS = (
    *("Autor", "autor", "AUTOR", "Author", "author", "AUTHOR", "Auteur", "auteur", "AUTEUR"),
    *("Verfasser", "verfasser", "Written by", "Written By", "written by", "WRITTEN BY"),
)
_OPENING_PROSE_LINES = 2  # the standfirst, then the story
_OPENING_DATE = 32  # characters at the start of the first prose line that may hold its date
_WINDOW_CHARS = 3000
_MAX_HEADLINE_LINES = 3
_ABOVE_LINES = 2  # a kicker and a date line may stand above the headline
_ABOVE_LINE = 60
_ABOVE_FIELD_LINES = 8  # rows of a notice's particulars over its headline, a field each
_ABOVE_FIELD = 80  # characters: a label and its value
_ABOVE_CHARS = 400
_HEADLINE_PART = 20  # characters of a headline the page breaks or shortens, still enough to find it
_LEADING_SEPARATORS = "|•·/ "
# A time of day alone on its line, which a template sets apart from the date above it
_TIME_ALONE = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:uhr|[a-z]{2,4}))?$", re.IGNORECASE)
_ENDS_WITH_LABEL = re.compile(r"[:：]\s*$")
_BY_WORDS = frozenset(("by", "von", "par", "por", "door", "di", "da", "av", "af"))
_NAME_LINE = 40
_FAR_DATE = 100  # characters of titles between the headline and the date: other items'
_NEAR_DATE = 40  # characters of titles: labels and buttons at most
# What joins one linked name to the next ("Jane Doe" "," "John Roe"); after a name without
# one comes something else (the outlet, a role), which is no part of the byline's names.
_NAME_JOINER = re.compile(r"^(?:[,;&]|(?:[,;]\s*)?(?:and|und|et|y|e|i|og|en))$", re.IGNORECASE)
# A given name and a family name set in elements of their own: "by" "Andrea" "Wong".
_GIVEN_NAME_LAST = re.compile(r"(?:^by|,|;|&|\band|\bund|\bet)\s+[^\W\d_][\w'’.\-]*$", re.IGNORECASE)
_FAMILY_NAME = re.compile(r"^[^\W\d_][\w'’\-]*$")
_ENDS_WITH_JOINER = re.compile(r"(?:,|;|&|\band|\bund|\bet|\by|\be|\bi|\bog|\ben)$", re.IGNORECASE)


@dataclass
class Dateline:
    byline: Byline = field(default_factory=Byline)
    date: str | None = None
    # a date on a line of its own between the standfirst and the story: weaker than one
    # right under the headline, since a short story may close on another item's date
    past_standfirst: str | None = None
    # a date labelled as the last change ("Updated March 13, 2024"): the page's modified date
    updated: str | None = None
    page_text: str = ""

    def labelled_date(self) -> str | None:
        """A date anywhere on the page that a label calls the publication date ("发表于 …").

        A search of the whole page text: done only when better evidence is missing.
        """
        text = self.page_text.lower()
        for match, _ in zip(PUBLISHED_LABEL.finditer(text), range(_MAX_LABELS), strict=False):
            found = _date_after(text, match)
            if found:
                return found
        return None

    def shows_without_year(self, declared: str) -> bool:
        """Whether a publication label on the page shows ``declared`` (a date with its
        time) to the minute with the year left out or cut to two digits ("发布时间：01-14
        17:58", "18-03-08 23:16"), as platforms print a story's date: the label vouches for
        a declared date (a "dateUpdate") as the publication's."""
        if len(declared) < _MINUTE_PRECISION:
            return False
        year, month, day = int(declared[:4]), int(declared[5:7]), int(declared[8:10])
        hour, minute = int(declared[11:13]), int(declared[14:16])
        text = self.page_text.lower()
        for label, _ in zip(PUBLISHED_LABEL.finditer(text), range(_MAX_LABELS), strict=False):
            shown = None if UPDATED_LABEL.search(label[0]) else _YEARLESS_DATE.match(text, label.end())
            if (
                shown
                and (month, day, hour, minute) == tuple(int(shown[part]) for part in ("m", "d", "h", "mi"))
                and (shown["y"] is None or int(shown["y"]) == year % 100)
            ):
                return True
        return False

    def labelled_authors(self) -> list[str]:
        """The names an author label gives on a line of its own anywhere on the page
        ("Autor:" / "Fritz Imhof" in a box after the story), when every such label names
        the same people: labels naming others belong to a list of stories.

        A search of the whole page text, done only when nothing else names the author; an
        "Autor:" among a book's "Titel:" and "Verlag:" names the book's author.
        """
        found: list[str] = []
        text = self.page_text
        for match in _author_label_lines(text):
            value = match["value"] or text[match.end() : match.end() + _LABEL_VALUE_CHARS].lstrip().split("\n", 1)[0]
            names = labelled_names(squash(value))
            if not names:
                continue
            if (found and names != found) or RECORD_FIELD.search(
                text[max(0, match.start() - _RECORD_CHARS) : match.end() + _RECORD_CHARS]
            ):
                return []
            found = names
        return found


def _author_label_lines(text: str) -> list[re.Match[str]]:
    """The lines that are an author label, in page order: found by the label's words
    (a few string searches), each line then matched alone, sparing most pages a
    regular-expression scan of their whole text."""
    starts = {text.rfind("\n", 0, at) + 1 for word in _AUTHOR_LABEL_WORDS for at in occurrences(text, word)}
    matches = []
    for start in sorted(starts):
        end = text.find("\n", start)
        match = AUTHOR_LINE.match(text, start, len(text) if end < 0 else end)
        if match:
            matches.append(match)
    return matches


def read_dateline(
    tree: Tree, headline: str | None, updated_texts: Collection[str] = (), caption_lines: Collection[str] = ()
) -> Dateline:
    """The byline and date shown around the ``headline``; ``updated_texts`` are what the
    elements marking the last change show, a date only where no other is shown, and
    ``caption_lines`` the lines of pictures' captions, passed over (a photographer's credit
    under the headline, "Evan Vucci / AP", reads like a byline)."""
    found = Dateline()
    body = tree.body
    if body is None:
        return found
    # One line per text node: a line break inside a node is the source's wrapping, a space
    # on screen ("by JOSH HASKELL and PATRICK\n    REEVELL").
    text = body.text(deep=True, separator=NODE_BREAK).replace("\n", " ").replace(NODE_BREAK, "\n")
    if headline:
        # The headline may stand in a banner or breadcrumb before the article too: the
        # first of its lines followed by a dateline is the one, unless that dateline stands
        # past other items' titles (the headline in a ticker or a slider of teasers, the
        # next item's date after it) and a later one close under the headline.
        spaced, places = _headline_lines(text, squash(headline))
        chosen: Dateline | None = None
        for at, next_at in pairwise([*places, len(spaced)]):
            window = _join_labels(_lines_after(spaced, at, next_at), caption_lines)
            window = [line for line in window if line not in caption_lines]
            reading = Dateline()
            _read_window(window, reading, updated_texts)
            if not (reading.date or reading.past_standfirst or reading.byline.authors or reading.byline.sources):
                continue
            if chosen is None:
                chosen = reading
                # no later place to give way to, no distance to measure
                if next_at == len(spaced) or _titles_before_date(window, reading.date) < _FAR_DATE:
                    break
            elif reading.date and _titles_before_date(window, reading.date) < _NEAR_DATE:
                chosen = reading
                break
        if chosen is not None:
            found = chosen
        if places and (found.date is None or not found.byline.authors):
            _read_above(spaced, places[0], found, caption_lines)
    found.page_text = text
    return found


def _titles_before_date(window: list[str], date: str | None) -> int:
    """The characters of the lines before the line showing ``date`` that are not sentences:
    other items' titles, labels, buttons ("分享", "A+"), but not a standfirst."""
    chars = 0
    for line in window if date else ():
        if (find_date(line) or "")[:10] == date[:10]:
            return chars
        if not line.endswith(SENTENCE_END):
            chars += len(line)
    return 0


def _read_window(window: list[str], found: Dateline, updated_texts: Collection[str]) -> None:
    # the story's language, asked for when a line opens on a word that is "by" in one only
    language = cache(lambda: detect_language(" ".join(window)))
    prose_lines = 0
    updated = None  # a date labelled as the last change: the date only if no other is shown
    after_date = False  # past the standfirst, whether the line before was its date
    bare_date = False  # whether the line before was nothing but the date found
    for line in window:
        if line in updated_texts:  # WordPress themes may show the change's <time> first
            updated = updated or find_date(line)
            continue
        if len(line) > _PROSE_LINE:
            # A story that opens on its date ("01.02.2022 – Der …", "BERLIN, 4 May 2022 –"),
            # or after a standfirst with nothing but the date first ("27.1.2022 - Bei …").
            prose_lines += 1
            # (not once a change's date is shown: a caption's "In this June 20, 2020, file photo")
            if found.date is None and updated is None and (prose_lines == 1 or line[0].isdigit()):
                found.date = find_date(line[:_OPENING_DATE])
            if found.date or prose_lines == _OPENING_PROSE_LINES:
                break
            continue
        if prose_lines:
            # Past the standfirst only the story's opening is read, and a byline or a line
            # of nothing but a date set between the two ("Von Claudia Lindner", "Mittwoch,
            # 01. November 2023", "Publiziert 02/02/2022 um 09:23").
            dated = after_date
            after_date = False
            if found.past_standfirst is None and (is_dateline(line, other_words=0) or _labelled_publication(line)):
                published = UPDATED_LABEL.split(line, maxsplit=1)[0]  # not a change's
                found.past_standfirst = find_date(published) or _labelled_short_year(published)
                after_date = found.past_standfirst is not None
            # not a sentence's "… von X und Y ist", but a byline under the date ("02.02.2022,
            # 11:30 Uhr" over "von Markus Steinrisser")
            if not found.byline.authors and (line[0].isupper() or dated):
                found.byline.merge(Byline(authors=standalone_byline(line)))
            continue
        fields, _ = parse_labelled(line)
        found.byline.merge(fields)
        credit = english_credit(line, language)
        found.byline.merge(credit if credit.authors else Byline(authors=reporter_credit(line) or _credit_in_part(line)))
        change = UPDATED_LABEL.search(line)
        if bare_date and updated is None and change is None and is_dateline(line, other_words=0):
            # Two dates alone, one over the other, no label to tell them apart, the later
            # first: a theme showing the change's date over the publication's.  (The later
            # second may be an event's date the story opens on: the first stands.)
            other = find_date(line)
            if other and found.date and other[:10] < found.date[:10]:
                found.date, updated = other, found.date
        bare_date = False
        if found.date is None:
            before_update = line[: change.start()] if change else line
            found.date = (
                find_date(before_update) or _labelled_short_year(before_update) or closing_short_year(before_update)
            )
            bare_date = found.date is not None and change is None and is_dateline(line, other_words=0)
            if found.date is None and change:
                found.date = _published_after_update(line)
        if change and updated is None:
            # the change's date, up to a publication label after it ("Updated … Published …")
            after = line[change.end() :]
            published = PUBLISHED_LABEL.pattern.search(after.lower())
            updated = find_date(after[: published.start()] if published else after)
    found.updated = updated
    if found.date is None:
        found.date = updated


def _labelled_publication(line: str) -> bool:
    """Whether a line opens on a publication label (not a change's)."""
    label = PUBLISHED_LABEL.pattern.match(line.lower())
    return label is not None and not UPDATED_LABEL.search(label[0])


def _published_after_update(line: str) -> str | None:
    """The date a publication label gives after the last change's on the same line
    ("更新时间：2023-12-07 08:00 发布时间：2023-12-06 17:35", "Updated … Published …")."""
    lowered = line.lower()
    for match in PUBLISHED_LABEL.pattern.finditer(lowered):
        if not UPDATED_LABEL.search(match[0]):
            return _date_after(lowered, match)
    return None


def _date_after(text: str, label: re.Match[str]) -> str | None:
    """The date right after a date's label (a two-digit year too: the label vouches for it)."""
    after = text[label.end() : label.end() + _LABELLED_DATE_CHARS]
    return find_date(after) or short_year_date(after.split("\n", 1)[0])


def _labelled_short_year(line: str) -> str | None:
    """A date with a two-digit year after a publication label ("Veröffentlicht am 6.12.06"):
    the label vouches for what alone could be a version number or a score."""
    lowered = line.lower()
    label = PUBLISHED_LABEL.pattern.match(lowered) if len(lowered) == len(line) else None
    return short_year_date(line[label.end() :]) if label else None


def _credit_in_part(line: str) -> list[str]:
    """The reporters of a credit that shares its line with the date or the outlet, set apart
    by a bar, a slash or a middle dot ("2023-12-06 17:35 | 澎湃新闻记者 张三", "… 聯合報 / 記者王小明／台北報導",
    "홍길동 기자 · 입력 2023.12.06 17:35")."""
    parts = LINE_PARTS.split(line)
    for part in parts if len(parts) > 1 else ():
        names = reporter_credit(part)
        if names:
            return names
    return []


def _lines_after(text: str, at: int, next_at: int) -> list[str]:
    """The non-empty lines after the headline standing at ``at`` (a few at most), up to
    where it stands again (``next_at``): the next window's lines are not this one's."""
    lines = []
    for line in text[at : min(at + _WINDOW_CHARS, next_at)].split("\n")[1:]:
        line = squash(line) if line and not line.isspace() else ""
        if line:
            lines.append(line)
            if len(lines) == _WINDOW_LINES:
                break
    return lines


def _read_above(text: str, at: int, found: Dateline, caption_lines: Collection[str] = ()) -> None:
    """A date, or a dated byline, on a short line just above the headline ("24. April
    2020 | Pressemitteilungen", "04.02.2022 | 13:10 Uhr | Uta Helkenberg"): what the
    lines under it did not show, and the fields a label names; a date labelled as a change
    is the last change's.  A picture's caption credits no one ("(Quelle: Kauer/DJV)")."""
    lines = [line for line in (squash(line) for line in text[max(0, at - _ABOVE_CHARS) : at].split("\n")) if line]
    # a label and its value in cells of their own, as a government page's table of the
    # notice's particulars sets them ("发布机构：" + "某某市人民政府"), a few rows over the headline
    rows: list[str] = []
    for line in lines[-2 * _ABOVE_FIELD_LINES :]:
        if rows and _ENDS_WITH_LABEL.search(rows[-1]):
            rows[-1] += line
        else:
            rows.append(line)
    for line in rows[-_ABOVE_FIELD_LINES:]:
        if len(line) <= _ABOVE_FIELD and (":" in line or "：" in line) and line not in caption_lines:
            fields, _ = parse_labelled(line)  # "05.02.2020 - Redaktion: Eberhard Fuhr"
            found.byline.merge(fields)
    for line in lines[-_ABOVE_LINES:]:
        if len(line) <= _ABOVE_LINE:
            if line not in caption_lines and not found.byline.authors:
                found.byline.merge(Byline(authors=english_byline(line)))
            if UPDATED_LABEL.search(line):  # "(обновлено: 15:05 12.03.2024)": the last change's
                found.updated = found.updated or find_date(line)
            else:
                found.date = found.date or find_date(line)
    if found.date is None:
        found.date = found.updated  # the change's date the only one shown, as under the headline


def _headline_lines(text: str, headline: str) -> tuple[str, list[int]]:
    """Where the headline stands as a line of its own (else its first mention).

    The text comes back too, with its spaces made plain (and its soft hyphens gone) when
    the headline's differed.
    """
    if headline not in text and ("\xa0" in text or "\u3000" in text):  # spaced differently
        text = text.replace("\xa0", " ").replace("\u3000", " ")
    if headline not in text and "\xad" in text:  # hyphenation hints, which the headline has lost
        text = text.replace("\xad", "")
    if headline not in text and len(headline) > _HEADLINE_PART:
        # Found by its start, or by its end where a kicker set in an element of its own
        # breaks it into two lines ("Ehezoff" / "der Pochers eskaliert - Jetzt …").
        start, end = headline[:_HEADLINE_PART], headline[-_HEADLINE_PART:]
        headline = start if start in text or f"{end}\n" not in text else end
    found, at = [], text.find(headline)
    first = at
    while at >= 0 and len(found) < _MAX_HEADLINE_LINES:
        before = text[max(0, at - 40) : at].rsplit("\n", 1)[-1]
        after = text[at + len(headline) : at + len(headline) + 40].split("\n", 1)[0]
        if not before.strip() and not after.strip():
            found.append(at)
        at = text.find(headline, at + 1)
    return text, found or ([first] if first >= 0 else [])


def _join_labels(lines: list[str], caption_lines: Collection[str] = ()) -> list[str]:
    """Rejoin labels and the values Lexbor reported as separate text nodes.

    "来源：" + "中新网" (a linked value), and "By" + "Jane Doe" + "," + "John Roe": names
    linked one by one after a "By" are joined while the lines stay short; a line of a
    picture's caption only to a "By" alone ("by Jane Doe," + "Evan Vucci / AP" is a
    byline beside a photographer's credit).
    """
    joined: list[str] = []
    in_byline = False
    for line in lines:
        if joined and line.startswith(DASHES) and is_dateline(joined[-1], other_words=0):
            joined[-1] = f"{joined[-1]} {line}"  # the date, then "- Nadja Podbregar" in an element of its own
            continue
        if joined and _TIME_ALONE.match(line) and is_dateline(joined[-1], other_words=0):
            joined[-1] = f"{joined[-1]} {line}"  # "December 15, 2016" over "3:33 PM ET"
            continue
        if joined and date_label_alone(joined[-1], line):
            joined[-1] = f"{joined[-1]} {line}"  # "Updated" then "6 March 2023", "수정" then "2023.12.07."
            continue
        line = line.lstrip(_LEADING_SEPARATORS) or line  # "yas!" "| By" "Cara Stiles": the "|" parts them
        if joined and _ENDS_WITH_LABEL.search(joined[-1]):
            in_byline = in_byline or _by_alone(joined[-1])  # "By:" then names
            joined[-1] = f"{joined[-1]}{line}"
        elif (
            joined
            and in_byline
            and len(line) <= _NAME_LINE
            and len(joined[-1]) <= _PROSE_LINE
            and (
                _by_alone(joined[-1])
                or (
                    line not in caption_lines
                    and (
                        _NAME_JOINER.match(line)
                        or _ENDS_WITH_JOINER.search(joined[-1])
                        or (_GIVEN_NAME_LAST.search(joined[-1]) and _FAMILY_NAME.match(line) and line[0].isupper())
                    )
                )
            )
        ):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
            # "By A, B" then ", and" then "C,": names linked one by one after a byline's first
            in_byline = _by_alone(line) or (len(line) <= _PROSE_LINE and BY_PREFIX.match(line) is not None)
            continue
        in_byline = in_byline and not find_date(line)
    return joined


def _by_alone(line: str) -> bool:
    """A line that is nothing but the "by" before names set in elements of their own: "By",
    "Von", "By:", "Ein Artikel von", "Posted by"."""
    label = BY_PREFIX.match(line)
    return bool(label) and label.end() == len(line) and line.rstrip(":： ").rsplit(None, 1)[-1].lower() in _BY_WORDS
