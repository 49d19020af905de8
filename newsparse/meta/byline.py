"""Bylines: who wrote it, who edited it, where it came from, as one line of text says.

Three kinds of people-and-outlet data are kept apart, since pages mix them up and so do
other extractors: ``authors`` (作者/记者/By), ``editors`` (责任编辑/编辑/Edited by) and
``source`` (来源/Source: an outlet, never a person).  An editor is never an author.  Each
reader here takes one line (a labelled field, a reporter's credit, an English byline, a
news service's dateline) and gives a ``Byline``; ``lift`` decides which lines of the story
are such matter, and ``people`` which values name persons.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from newsparse.html.blocks import is_filler
from newsparse.html.text import squash
from newsparse.meta.dates import find_date, short_year_date
from newsparse.meta.people import (
    DATE_OR_TIME,
    HAN_CHARACTER,
    HANGUL,
    VALUE_TRIM,
    cjk_names,
    is_person,
    korean_names,
    person_names,
    reads_as_cjk_name,
    written_as_name,
)
from newsparse.patterns.boilerplate import PAGE_WIDGET_FIELD
from newsparse.patterns.dates import (
    JALALI_MONTHS,
    MONTHS,
    PUBLISHED_LABEL,
    RELATIVE_DATE_LINE,
    UPDATED_LABEL,
    WEEKDAY_ALTERNATION,
)
from newsparse.patterns.labels import (
    AGENCY_AFTER_NAME,
    AGENCY_IN_BRACKETS_AFTER,
    AGENCY_LINE,
    BY_PREFIX,
    BYLINE_FIELD,
    BYLINE_TAIL,
    CJK_DATE_LABEL,
    CREDIT_EDITOR_ROLE,
    CREDIT_PART,
    CREDIT_PHOTO_ROLE,
    EDITOR_LABEL_RE,
    ISSUER_LABEL_RE,
    JAPANESE_REPORTER,
    KOREAN_CREDIT_PART,
    KOREAN_DATE_LABEL,
    KOREAN_PHOTO,
    KOREAN_REPORTER,
    LABEL_MARKS,
    NAME_SPLIT,
    NAMES_THEN_ROLE,
    NO_SOURCE,
    NOT_A_NAME,
    NOT_PERSON,
    OPENING_CREDIT,
    OWN_OUTLET,
    PHOTO_LABEL_RE,
    PHOTO_ROLE_IN_CREDIT,
    REPORTED_FROM,
    REPORTER_CREDIT,
    REPORTER_LABEL,
    SERVICE_DATELINE,
    SOURCE_LABEL_RE,
    SUPPLIED_BY,
    WIRE_CREDIT,
    WIRE_CREDIT_PART,
    WIRE_PLACE,
)
from newsparse.patterns.names import DATELINE_PLACES

_TITLED_OUTLET = re.compile(r"^\s*《[^》]{1,20}》\s*")
# A run of a date's and a time's characters opening or closing a line ("记者 张三 2023-12-06 17:35"),
# perhaps after its label ("發布時間：2023/12/06 17:35 記者 王小明", "홍길동 기자 입력 2023.12.06 17:35
# 수정 2023.12.07 08:00"): a Chinese one takes a colon, a Korean one need not; the time may
# be told as of the morning or the afternoon ("2023年12月6日 下午5:35", "오후 5:35")
_DATE_CHARS = r"(?:[\d\s:：/.\-年月日号時时分秒년월일시분]|[上下中]午|晚上|凌晨|오[전후])+"
_DATE_LABEL = rf"(?:[\u4e00-\u9fff]{{1,4}}\s*[:：]|(?:기사)?{KOREAN_DATE_LABEL}\s*:?)"
_LABELLED_DATES = rf"(?:{_DATE_LABEL}\s*)?{_DATE_CHARS}(?:{_DATE_LABEL}{_DATE_CHARS})*"
_DATE_AT_END = re.compile(rf"^{_LABELLED_DATES}(?=\s)|(?<=\s){_LABELLED_DATES}$")
# A credit for the pictures after the writer's ("Text von Anna Berg, Fotos von Tim Hahn",
# "Words by Anna Berg / Photos: Tim Hahn"), or the writer's standing ("By Jane Doe Special
# to The Times"): the byline's names end before it.
_BYLINE_GOES_ON = re.compile(
    r"[\s,;|/]+(?:fotos?|bilder|photos?|photographs|pictures|images|illustrations?|illustrationen|"
    r"fotografías?|fotografie|grafiken?)\s*(?:von|by|de|par|di|door|:)\s|\s+special\s+to\s",
    re.IGNORECASE,
)
# One word after a byline's last comma ("…, Berlin"): a place where it follows a full name.
_PLACE_AFTER_NAME = re.compile(r",\s*[^\W\d_][\w'’.-]*\s*$")
_ONE_WORD = re.compile(r"^\s*[^\W\d_][\w'’.-]*\s*$")
# What ends a label that has no mark: the "by" of "Edited by" and its kin ("Editado por")
_LABEL_WORD_END = re.compile(r"(?:by|By|BY|por|POR|par|PAR|von|door|av|af) ")
MAX_BYLINE_BLOCK = 120
_MAX_DATELINE = 100
_LABEL_ALONE = 30  # characters: "Zuletzt aktualisiert am", "Last updated on"
_MAX_NAME_LINE = 80
_WITH = r"(?:with|mit|avec|con|com|met)"  # a credit's "with", in six languages
_WITH_COWRITER = re.compile(rf",?\s+{_WITH}\s+(?=[A-ZÀ-Þ])")
_WITH_AGENCY = re.compile(rf"\s{_WITH}\s+(?P<agency>[^,;|/]{{2,40}})$", re.IGNORECASE)
# What a byline without "By" may set after the names: the outlet's initials ("Jane Doe, CNN"),
# the writer's handle ("Jane Doe @janedoe"), the reading time ("Jane Doe · 5 min read")
_INITIALS = re.compile(r"^[A-Z]{2,5}$")
_HANDLE_AFTER = re.compile(r"\s+(?:@\w{2,30}|\(@\w{2,30}\))$")
# An outlet named with its article after the names ("Jane Doe and John Roe, The Conversation",
# "Maria Silva, O Globo", "Juan Pérez, El Universal", "Mario Rossi, Il Messaggero")
_OUTLET_WITH_ARTICLE = re.compile(r"^(?:The|O|A|El|La|Le|Il|Lo|Der|Die|Das)(?:\s+[A-Z][\w'’.&-]*){1,4}$")
# A blog platform's byline sets the reading time and the date beside the names, in either
# order ("Jane Doe · 4 min read · Mar 5, 2023"), the parts often in elements of their own
# run together ("Jane Doe·4 min read")
_BYLINE_PARTS = re.compile(r"\s*[·•|｜]\s*")
_READING_TIME = re.compile(r"\d{1,2}\s*min(?:ute)?s?\.?\s+read", re.IGNORECASE)
_MAX_CREDIT = 40
_MAX_WIRE_CREDIT = 400  # characters: an agency's closing credit, with its places and roles
_MAX_STANDALONE_BYLINE = 60  # characters: "Von Markus Balser, Berlin", not a sentence opening with "Von"
_BRACKETS = {"】": "【", "]": "[", "）": "（", ")": "("}
# A credit's role after a name ("Raphael Bischof (Text), Stefan Scheuteri (Bild)"): a
# "Quelle:" so labelled names people, no outlet.
_CREDIT_ROLE = re.compile(r"\((?:text|texte|texto|bild|bilder|foto|fotos|photos?|video)\)", re.IGNORECASE)
# A source that opens on a picture's word credits the pictures ("Quelle: Foto Steven Vangermain")
_PICTURE_SOURCE = re.compile(r"(?:fotos?|photos?|bilder?|images?|pictures?)\b|图片|圖片", re.IGNORECASE)
# "By" in a language where the word is a name or another word elsewhere: Romanian "de"
# (the "of" of French and Spanish names: "De Villepin"), Indonesian and Malay "Oleh" (a
# Ukrainian given name: "Oleh Sukhov"), Filipino "Ni", Catalan "Per" (Italian "for"),
# Swahili "Na" (its "and").  A label only in a story written in it.
_LANGUAGE_BY = re.compile(r"^\s*(?P<word>de|oleh|ni|per|na)\s+(?=[^\W\d_])", re.IGNORECASE)
_LANGUAGE_OF_BY = {"de": "ro", "oleh": "id", "ni": "tl", "per": "ca", "na": "sw"}
_DATE_THEN_BY = re.compile(r"^(?P<date>.{6,60}?)\s+(?:by|von|par|por|door|di)\s+(?P<names>\S.*)$", re.IGNORECASE)
_AFTER_NAMES = re.compile(r"[/(|]")  # an agency ("/SP-X"), a note ("(eg)"), a separator
_NAME_WORDS = (2, 3)  # words of a full name a date follows on its line
_DIGIT = re.compile(r"\d")
_BYLINE_SEPARATOR = re.compile(r"\s[|•–—-]\s")
_SPACED_DASH = re.compile(r"\s[–—-]\s")
_CREDIT_SEPARATOR = re.compile(r"\s*[,;|/•]\s*|\s[–—-]\s")  # between a byline's names, outlet and notes
_DATELINE_CJK_LABEL = 4  # characters: a CJK label ("发布时间"), not a sentence run together
# Lower-case words, matched against the line lower-cased.
_DATELINE_WORDS = re.compile(
    # CJK labels whole, before their characters are read as units ("發布時間", "更新日期"), the
    # weekday and the part of the day ("星期三", "下午 05:35", "午後5時", "오후 5:35"), and Korean's
    # labels ("입력 2023.12.06. 오후 5:35 수정 …")
    rf"{CJK_DATE_LABEL}|(?:发布|發布|發佈|发表|發表)(?:于|於)|{KOREAN_DATE_LABEL}|"
    # every label the date readers know, in its many languages ("Опубликовано:", "Julkaistu")
    rf"{PUBLISHED_LABEL.pattern.pattern}|{UPDATED_LABEL.pattern}|"
    r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|上午|下午|中午|晚上|凌晨|早上|傍晚|午前|午後|오전|오후|"
    # French and Portuguese hours ("à 14h30", "às 9h"), whose "h" no word boundary parts from the digits
    r"\d{1,2}h(?:\d{2})?\b|"
    # digits and the units CJK dates write after them (2019年3月1日 13時16分, 2024년 3월 14일)
    r"\d+|[^\w\s]|[年月日時时分秒号號년월일시분초]|\b(?:published|updated|posted|modified|created|original|first|last|on|at|by|am|pm|"
    r"a\.\s?m|p\.\s?m|et|est|edt|pt|pst|pdt|gmt|utc|cet|cest|bst|ist|uhr|le|am|um|kl|klo|kello|"
    r"mon|tue|wed|thu|fri|sat|sun|" + WEEKDAY_ALTERNATION + "|"
    # the same labels in other languages: "Publiziert:", "Aktualisiert am", "Ultima modifica"
    r"publiziert|aktualisiert|veröffentlicht|erstellt|stand|pubblicato|ultima|modifica|modificato|il|publié|modifié|"
    r"mis|à|jour|modificado|"
    r"publicado|actualizado|el|atualizado|em|gepubliceerd|bijgewerkt|op|opublikowano|zaktualizowano|date|time|"
    # the words between a Romance date's parts and before its time: "12 de março de 2023, às 14h30"
    r"de|del|às|as|a las|alle|ore|h|"
    # Vietnamese: "Thứ Ba, ngày 12 tháng 10 năm 2021"; Arabic: "نشر في … الساعة 14:30", "آخر تحديث"
    r"ngày|tháng|năm|thứ|نشر|النشر|بتاريخ|في|الساعة|آخر|تحديث|التحديث)\b|"
    # Hindi's and Thai's labels, whose vowel signs are no word characters to a regex: no \b
    # about them ("วันที่ … พ.ศ. … เวลา 14:30 น.": date, Buddhist era, time, o'clock)
    r"अपडेटेड|प्रकाशित|अपडेट|วันที่|เวลา|อัปเดต|พ\.ศ|น\.|"
    # Persian: the weekdays, "hour" and the Solar Hijri months
    r"(?:یک|دو|سه‌?|چهار|پنج)?\s?شنبه|جمعه|ساعت|"
    # the months, whole words: "mar" is no month inside "Danmark"
    r"(?<![^\W\d_])(?:" + "|".join(sorted([*MONTHS, *JALALI_MONTHS], key=len, reverse=True)) + r")(?![^\W\d_])"
)
_JAPANESE_NAME_SPLIT = re.compile(r"[・、\s]+")
_CNA_SEPARATOR = re.compile(r"[、，]")
_PLACES_LONGEST_FIRST = sorted(DATELINE_PLACES, key=len, reverse=True)
_USUAL_NAME = 3  # characters: a surname and a given name of two
# Between the parts of a dateline: the outlet, the reporter's credit, the date ("홍길동 기자 · 입력 …")
LINE_PARTS = re.compile(r"\s+[|｜/·]\s+")
DASHES = ("- ", "– ", "— ")  # a dash and a space opening a line: what follows is set apart from the line before


@dataclass
class Byline:
    """People and outlet named on the page, in the order found."""

    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    # a newsroom's collective credit ("By AOL Staff"): the author only where no one is named
    credits: list[str] = field(default_factory=list)

    def merge(self, other: Byline) -> None:
        for mine, theirs in (
            (self.authors, other.authors),
            (self.editors, other.editors),
            (self.sources, other.sources),
            (self.credits, other.credits),
        ):
            mine.extend(v for v in theirs if v not in mine)


def _clean_source(value: str) -> str | None:
    """The outlet a 来源 label names, or None where it names none."""
    value = DATE_OR_TIME.split(value)[0].strip(VALUE_TRIM)
    for opening, closing in ("《》", "()", "“”", "「」"):
        if value.count(opening) > value.count(closing):
            # its bracket or quotation mark closed the value: "光明网-《光明日报》", "House of
            # Clio (Sony Music)", "微信公众号“某某”"
            value += closing
    if _names_no_one(value) or _CREDIT_ROLE.search(value) or _PICTURE_SOURCE.match(value):
        return None
    return value or None


def _names_no_one(value: str) -> bool:
    """A label's value that names no one: "网络" (the web), "本站原创" (this site's own),
    "佚名" (anonymous), "综合" (compiled)."""
    value = value.strip(VALUE_TRIM)
    return value in NOT_A_NAME or value in NO_SOURCE


def parse_labelled(line: str) -> tuple[Byline, str]:
    """Labelled fields in one line (来源：X 作者：Y 责任编辑：Z), and the line's other text."""
    found = Byline()
    if "：" in line or "【" in line:  # a Chinese page's widgets among the fields, read as none
        line = PAGE_WIDGET_FIELD.sub(" ", line)
    rest = line
    if (
        not any(map(line.__contains__, LABEL_MARKS))
        and _LABEL_WORD_END.search(line) is None
        and "载自" not in line
        and "載自" not in line
    ):
        return found, rest  # every label ends in a colon, a bar or a slash, but "Edited by", "转载自" and their kin
    for match in BYLINE_FIELD.finditer(line):
        label, value = match.group("label"), _before_unopened_bracket(match.group("value"))
        if PHOTO_LABEL_RE.match(label):
            pass  # the photographer: no author of the text
        elif SOURCE_LABEL_RE.match(label):
            # the paper, then its reporter with no label of his own ("來源：聯合報 記者王小明")
            reporter = REPORTER_LABEL.search(value)
            if reporter is not None and reporter.start() > 0 and value[reporter.start() - 1].isspace():
                found.authors.extend(reporter_credit(value[reporter.start() :]))
                value = value[: reporter.start()].rstrip()
            source = _clean_source(value)
            if source:
                found.sources.append(source)
        elif EDITOR_LABEL_RE.match(label):
            found.editors.extend(cjk_names(value) or person_names(value))
        elif ISSUER_LABEL_RE.match(label):
            found.authors.append(value.strip())  # an office, no person: read whole
        else:
            # "采写：南都见习记者 林子沛": the outlet and the role before the names, and the
            # roles between them ("文|特约记者 李四 通讯员 王五")
            reporter = REPORTER_LABEL.search(value)
            value = REPORTER_LABEL.sub(" ", value[reporter.end() :]) if reporter is not None else value
            found.authors.extend(cjk_names(value) or person_names(value))
        rest = rest.replace(match.group(0), " ", 1)
    return found, rest


def _before_unopened_bracket(value: str) -> str:
    """A value up to a closing bracket it did not open: the end of a bracketed field
    ("【编辑:刘欢】 返回…"), while "中新網(wǎng)河南" keeps its own brackets."""
    for index, char in enumerate(value):
        opener = _BRACKETS.get(char)
        if opener is not None and opener not in value[:index]:
            return value[:index]
    return value


def is_byline_line(text: str) -> tuple[bool, Byline]:
    """Whether a short line is nothing but byline fields, a date, separators and a
    reporter's credit without a colon."""
    if len(text) > MAX_BYLINE_BLOCK:
        return False, Byline()
    found, rest = parse_labelled(text)
    supplied = SUPPLIED_BY.search(rest) if "供稿" in rest else None
    if supplied:
        found.sources.append(supplied["office"])
        rest = rest.replace(supplied.group(0), " ", 1)
    if not (found.authors or found.editors or found.sources) and (
        rest == text  # no label at all: most lines, spared a second search
        or not any(_names_no_one(match.group("value")) for match in BYLINE_FIELD.finditer(text))
    ):
        return False, found  # no field; a label naming no one ("来源：网络") still is one
    leftover = re.sub(r"[\d\s:：/年月日号時时分秒.\-|｜·•【】\[\]（）()]+", "", rest)
    # what is left is the reporters' credit, which takes no colon ("记者 王小明 来源：人民网"),
    # or a date in words and its label ("Publish Date:Sat, 28 Nov 2020 01:34 PM (IST)")
    reporters = reporter_credit(rest) if leftover else []
    found.authors.extend(reporters)
    return bool(reporters) or len(leftover) <= 4 or is_filler(leftover) or is_dateline(rest.strip()), found


def is_dateline(text: str, other_words: int = 2) -> bool:
    """A short line that is only dates, times and their labels.

    "March 14, 2024 at 9:30 a.m.", "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: …",
    "2019年3月1日 13時16分"; a CJK label may stand before it ("发布时间："), a sentence not.
    """
    if len(text) > _MAX_DATELINE or find_date(text) is None:
        return False
    # matched lower-cased: a case-blind match of so many words is three times slower
    words = _DATELINE_WORDS.sub(" ", text.lower()).split()
    return len(words) <= other_words and all(
        len(word) <= _DATELINE_CJK_LABEL or not HAN_CHARACTER.search(word) for word in words
    )


def date_label_alone(label: str, line: str) -> bool:
    """Whether ``label`` is a date's label and nothing else, set in an element of its own
    before the date's ``line`` ("Published", "Last updated", "수정"): the label's pattern
    reads it whole, the date after it."""
    if len(label) > _LABEL_ALONE or not line[:1].isalnum():
        return False
    # a Korean label is read only before a digit: the line's first character is enough
    found = PUBLISHED_LABEL.pattern.match(label.lower()) or UPDATED_LABEL.match(f"{label} {line[0]}")
    if found is None or (found.end() < len(label) and _DATELINE_WORDS.sub(" ", label[found.end() :].lower()).split()):
        return False  # what the label's pattern leaves may be a colon or "on", no other word
    return not any(c.isdigit() for c in label) and is_dateline(line, other_words=0)


def is_name_line(text: str, surname_test: bool) -> list[str]:
    """Names of a line that holds nothing but them, their roles and their outlets.

    "Steve Peoples, Ap National Political Writer", "Meg Kinnard and Errin Haines,
    Associated Press", "Anna Berg, dpa": a byline without "By", as wire stories print it.
    """
    text = _HANDLE_AFTER.sub("", _without_time_parts(text))
    if len(text) > _MAX_NAME_LINE + _MAX_DATELINE:
        return []
    # the date alone under the name ("Jane Doe<br>Jan 5, 2024 · 4 min read"), or after it
    names_above, _, below = text.rpartition("\n")
    text = names_above if names_above and is_dateline(below, other_words=0) else _less_closing_date(text)
    if len(text) > _MAX_NAME_LINE or text.endswith((".", "!", "?", "。")) or any(c.isdigit() for c in text):
        return []
    if "\n" in text:  # a line break sets the parts apart as a comma does, and a place may close them
        names, _, place = text.rpartition("\n")
        is_place = _ONE_WORD.match(place) is not None and place.strip()[0].isupper()  # "María García<br>Madrid"
        text = (names if is_place else text).replace("\n", ", ")
    # a dash between spaces sets a role apart ("Maria Silva - Repórter da Agência Brasil"),
    # but a name after it stands against the first ("Joe Biden - Donald Trump")
    credit, *role = _SPACED_DASH.split(BY_PREFIX.sub("", text), maxsplit=1)
    # the agency after the name: "Tom Davies Associated Press", "Max Mustermann (dpa)"
    agency = AGENCY_AFTER_NAME.search(credit) or AGENCY_IN_BRACKETS_AFTER.search(credit)
    if agency is not None:
        credit, role = credit[: agency.start()], [agency["agency"], *role]
    parts = [p.strip(VALUE_TRIM) for p in NAME_SPLIT.split(credit) if p.strip(VALUE_TRIM)]
    if len(parts) > 2 and AGENCY_LINE.match(parts[-2]) and _ONE_WORD.match(parts[-1]) and parts[-1][0].isupper():
        parts.pop()  # the place an agency's reporter files from: "María López / EFE | Madrid"
    # the outlet named with its article after the names, set apart as a name is (not after a dash:
    # "Angela Merkel - Die Biografie" is a book's title)
    outlets = [p for p in parts[1:] if _OUTLET_WITH_ARTICLE.match(p)]
    names = [
        p for p in parts if p not in outlets and is_person(p) and written_as_name(p, surname_test) and not p.isupper()
    ]
    others = [p for p in parts if p not in names and p not in outlets]
    others += [p.strip(VALUE_TRIM) for r in role for p in NAME_SPLIT.split(r) if p.strip(VALUE_TRIM)]
    if not names or any(
        not (NOT_PERSON.search(p) or BYLINE_TAIL.match(p) or _INITIALS.match(p) or AGENCY_LINE.match(p)) for p in others
    ):
        return []
    return names


def _less_closing_date(text: str) -> str:
    """A line less the date that closes it with no mark between ("Jane Doe, Senior Reporter
    March 12, 2024"); the line as it is where no date closes it."""
    if _DIGIT.search(text) is None or find_date(text) is None:
        return text  # a line with no date has none at its end: most lines end here
    words = text.split()
    for count in range(1, len(words)):
        if is_dateline(" ".join(words[count:]), other_words=0):
            return " ".join(words[:count])
    return text


def _without_time_parts(text: str) -> str:
    """A byline less the reading time and the date set apart beside the names, given or told
    relative to now ("Updated 2 hours ago"); the line as it is where no part is either ("Jane
    Doe | John Roe")."""
    parts = [part for part in _BYLINE_PARTS.split(text) if part]
    if len(parts) < 2:
        return text
    names = [
        part
        for part in parts
        if not (_READING_TIME.fullmatch(part) or is_dateline(part, other_words=0) or RELATIVE_DATE_LINE.match(part))
    ]
    return ", ".join(names) if len(names) < len(parts) else text


def credit_line(text: str) -> Byline | None:
    """The people of a line of credits set without colons ("编辑 刘晓阳 校对 李铭"), when
    the line holds nothing else."""
    if len(text) > _MAX_CREDIT or not HAN_CHARACTER.search(text):
        return None
    text = _TITLED_OUTLET.sub("", _without_date_ends(text))  # "《棱镜》作者 周纯": the column or paper first
    found = _credit_parts(text, CREDIT_PART)
    if found is None:
        # no label before the names vouches for them ("上海/文" is no one's credit)
        found = _credit_parts(text, NAMES_THEN_ROLE)
        people = found.authors + found.editors if found else []
        if not all(reads_as_cjk_name(name, True) for name in people):
            return None
    return found


def _credit_parts(text: str, part: re.Pattern[str]) -> Byline | None:
    """The people of ``text`` if it is nothing but credits of the form ``part`` matches,
    one after another with spaces between.  Each is matched where the last one ended, not
    searched for: most lines are no credits, and a search tries the pattern at every place."""
    found, at, length, matched = Byline(), 0, len(text), False
    while True:
        while at < length and text[at].isspace():
            at += 1
        if at == length:
            return found if matched else None
        match = part.match(text, at)
        if match is None or match.end() == at:
            return None
        at, matched = match.end(), True
        role, names = match["role"] or match.groupdict().get("short_role"), cjk_names(match["names"])
        if CREDIT_EDITOR_ROLE.match(role):
            found.editors.extend(names)
        elif not CREDIT_PHOTO_ROLE.match(role):
            found.authors.extend(names)


def opening_credit(text: str) -> Byline:
    """The reporters, and the agency or paper, a news service's dateline credits at the
    story's start, in brackets ("新华社巴黎12月9日电（记者唐霁）…", "【ワシントン＝山田太郎】…",
    "(서울=연합뉴스) 홍길동 기자 = …", "（中央社記者王小明台北12日電）", "【明報專訊】", "[서울신문]"), or
    a local paper's brackets alone ("（记者 张三 通讯员 李四）近日，…"): the paragraph is
    story text and stays.  Words of the trade share a Chinese credit's brackets ("整合",
    compiled; "实习生", intern): a name there starts with a surname."""
    service = SERVICE_DATELINE.match(text)
    sources = [service["agency"]] if service and service["agency"] not in OWN_OUTLET else []
    match = OPENING_CREDIT.match(text)
    if match is None:
        return Byline(sources=sources)
    agency = match["korean_agency"] or match["cna_agency"] or match["outlet"] or match["korean_outlet"]
    sources = [agency] if agency else sources
    credit = match["credit"] or match["report"] or match["local"] or match["runin"]
    if match["japanese"]:  # the bracket's form vouches for the names, which need no Chinese surname
        names = cjk_names(match["japanese"])
    elif match["cna"]:
        names = _names_before_place(match["cna"])
    elif match["korean"] or match["korean_reporters"]:
        names = korean_names(match["korean"] or match["korean_reporters"])
    elif credit:
        names = [n for n in _names_after_labels(credit) if reads_as_cjk_name(n, True)]
    else:
        names = []  # a paper's mark on its own story names no reporter
    return Byline(authors=names, sources=sources)


def reporter_credit(text: str) -> list[str]:
    """Reporters of a Chinese credit line without colons ("新京报记者 彭冲 山东冠县报道"), or
    of a Korean one ("이용민 기자").

    ``text`` comes with its white space squashed (a block's lines joined by line breaks):
    a length test comes first, sparing the long paragraphs any work, and another once the
    dates around the credit are gone.
    """
    if len(text) > MAX_BYLINE_BLOCK:
        return []
    text = _without_date_ends(squash(text))
    if len(text) > _MAX_CREDIT:
        return []
    korean = KOREAN_REPORTER.match(text)
    if korean:
        return [name.strip() for name in re.split(r"[·,]", korean["names"])]
    if HANGUL.search(text):
        return _korean_credit(text)
    if not REPORTER_CREDIT.match(text):
        return []
    return _names_after_labels(REPORTED_FROM.sub("", text))


def _without_date_ends(text: str) -> str:
    """A credit line without the date and time set before or after it on the same line
    ("记者 张三 2023-12-06 17:35", "2023.12.06 17:35 홍길동 기자"): the names alone are the credit."""
    if DATE_OR_TIME.search(text) is None:
        return text
    return _DATE_AT_END.sub(lambda run: "" if DATE_OR_TIME.search(run[0]) else run[0], text).strip()


def _korean_credit(text: str) -> list[str]:
    """The writers of a Korean line of roles and names and nothing else ("글 김철수 · 사진
    이영희"); the photographer is left out."""
    names, end = [], 0
    for match in KOREAN_CREDIT_PART.finditer(text):
        if match.start() != end:
            return []
        end = match.end()
        if match["role"] not in KOREAN_PHOTO:
            names.append(match["name"])
    return names if end == len(text) else []


def japanese_credit(text: str) -> list[str]:
    """Reporters of a Japanese credit line ("編集委員　中沢克二", "山田太郎記者", "文・山田太郎"),
    or the writer a name given with its reading signs ("山田太郎（やまだ・たろう）")."""
    if len(text) > _MAX_CREDIT:
        return []
    match = JAPANESE_REPORTER.match(squash(text))
    if match is None:
        return []
    if match["spaced"]:
        return [squash(match["spaced"])]
    return _JAPANESE_NAME_SPLIT.split(match["before"] or match["after"] or match["text_by"] or match["read"])


def _names_before_place(run: str) -> list[str]:
    """The reporters of a dateline that runs names and place together ("王小明、李大華台北"):
    the place is cut from the last name by a list of datelines' places, else by a name's
    usual length, and every name must start with a surname."""
    names = [part for part in _CNA_SEPARATOR.split(run) if part]
    if not names:
        return []
    last = names.pop()
    place = next((p for p in _PLACES_LONGEST_FIRST if last.endswith(p) and len(last) - len(p) >= 2), "")
    # else a place of two characters at least, the name of three where the run allows
    cut = len(last) - len(place) if place else min(_USUAL_NAME, len(last) - 2)
    return [name for name in (*names, last[:cut]) if reads_as_cjk_name(name, True)]


def _names_after_labels(credit: str) -> list[str]:
    """The Chinese names after each reporter's label of a credit ("记者 王五 通讯员 赵六"),
    once each; what stands before the first label is the outlet, and after a photographer's
    role ("记者 张三 摄影 李四") the photographers."""
    names: list[str] = []
    for part in REPORTER_LABEL.split(credit)[1:]:
        part = PHOTO_ROLE_IN_CREDIT.split(part, maxsplit=1)[0]
        names.extend(name for name in cjk_names(part) if name not in names)
    return names


def labelled_names(value: str) -> list[str]:
    """The names an author label gives, up to the first part that is none: the role, the
    employer or the agency after them ("Uta Staschewski, Projektleiterin der HSS",
    "Peter Maahn/SP-X")."""
    names: list[str] = []
    for part in NAME_SPLIT.split(_AFTER_NAMES.split(value, maxsplit=1)[0]):
        part = part.strip(VALUE_TRIM)
        if not (written_as_name(part, True) and is_person(part)):
            break
        names.append(part)
    return names


def english_byline(text: str, language: Callable[[], str | None] | None = None) -> list[str]:
    """Authors of a "By Jane Doe and John Roe" line (nothing if the line is not one), or of
    a line that gives the date first ("Posted on September 21, 2020 by Adi Tzlil").
    ``language`` tells the story's language when asked, for the "by" words of one language."""
    if len(text) > MAX_BYLINE_BLOCK:
        return []
    label = BY_PREFIX.match(text) or _language_label(text, language)
    if not label:
        return _dated_byline(text)
    # The byline ends at its date, at the pictures' credit or the writer's standing, or at
    # a separator before the team ("… and Kiran C Nair - Chrome team")
    names = _BYLINE_GOES_ON.split(DATE_OR_TIME.split(text[label.end() :])[0])[0]
    # a co-writer "with" the first ("By Jane Doe with Tom Smith"); an agency so credited is no name
    names = _WITH_COWRITER.sub(", ", names)
    if label[0].lower().rstrip(" :").endswith("door"):
        names = names.replace(" en ", ", ")  # Dutch "and", which the name split leaves: "en" is Spanish "in"
    return person_names(_without_place(_BYLINE_SEPARATOR.split(names)[0]))


def _language_label(text: str, language: Callable[[], str | None] | None) -> re.Match[str] | None:
    """The "by" word of the language the story is in, opening ``text``."""
    label = _LANGUAGE_BY.match(text)
    if label is None or language is None or language() != _LANGUAGE_OF_BY[label["word"].lower()]:
        return None
    return label


def english_credit(text: str, language: Callable[[], str | None] | None = None) -> Byline:
    """A "By …" line's authors, and the news agency it credits beside them ("By Jane Doe,
    Reuters | Updated …", "Von Max Mustermann, dpa"): the story's source."""
    names = english_byline(text, language)
    return Byline(authors=names, sources=credited_agency(text)) if names else Byline()


def credited_agency(byline: str) -> list[str]:
    """The news agency a byline names after its first part or at its end, before any date,
    or "with" the writer ("Par Jean Dupont avec AFP", "Anna Schmidt mit dpa", "María López
    con EFE", "Tom Davies Associated Press", "Jean Dupont (avec AFP)")."""
    credit = DATE_OR_TIME.split(byline)[0]
    parts = _CREDIT_SEPARATOR.split(credit)
    agencies = [part.strip() for part in parts[1:] if AGENCY_LINE.match(part)]
    if after_name := AGENCY_AFTER_NAME.search(parts[0]):  # "Tom Davies Associated Press"
        agencies.insert(0, after_name["agency"])
    elif in_brackets := AGENCY_IN_BRACKETS_AFTER.search(_less_closing_date(credit.strip())):
        agencies.insert(0, in_brackets["agency"])
    joined = _WITH_AGENCY.search(credit)
    if joined and AGENCY_LINE.match(joined["agency"]):
        agencies.append(joined["agency"].strip())
    return agencies[:1]


def _without_place(names: str) -> str:
    """A byline less the one word a comma sets after a full name: the place the reporter
    writes from ("Von Marion Kraske, Sarajevo", "Por Juan Pérez, Madrid"), no co-author."""
    place = _PLACE_AFTER_NAME.search(names)
    if place and " " in names[: place.start()].rsplit(",", 1)[-1].strip():
        return names[: place.start()]
    return names


def _dated_byline(text: str) -> list[str]:
    """The names after a date: "06.11.2023 13:30 von Olga", or set apart from it by a bar or
    a dash, after it or before it ("04.02.2022 | 13:10 Uhr | Uta Helkenberg", "Jane Doe —
    Dec 6, 2023", "Jane Doe | 06.11.23"), where a place may stand as well ("24.04.2020 -
    Berlin"): a name set apart so must be one full name and nothing else.  Failing those,
    a full name the date follows with no mark between."""
    by = _DATE_THEN_BY.match(text)
    if by:  # nothing but the date and its labels before the "by"
        return person_names(by["names"]) if is_dateline(by["date"], other_words=0) else []
    parts = _BYLINE_SEPARATOR.split(text)
    if len(parts) > 1:
        # the date first, or the name first ("Jane Doe — Dec 6, 2023")
        for name, dates in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
            shown = " ".join(dates)
            # a two-digit year is a date here, the separator vouching for it ("Jane Doe | 06.11.23")
            if (
                (is_dateline(shown) or short_year_date(shown))
                and "," not in name
                and written_as_name(name.strip(), True)
            ):
                return person_names(name)
    # else a place, a section, or a headline that opens on a name ("23.01.2022 - Dorothea Wierer darf …")
    return _name_before_date(text)


def _name_before_date(text: str) -> list[str]:
    """The full name a line opens with when nothing but a date follows it, with no mark
    between the two ("Amelie Siekmann 04. Dezember 2022", "Bianca Praetorius 2. Okt. 2022",
    "Amelie Siekmann, am Sonntag, 11.12.2022")."""
    if _DIGIT.search(text) is None:
        return []  # every date this reads has a digit
    words = text.split()
    for count in _NAME_WORDS:
        name, date = " ".join(words[:count]).rstrip(","), " ".join(words[count:])
        if not date or not written_as_name(name, True):
            continue  # the cheap tests first: most lines open on no name
        # a weekday's name is no person's ("Thứ Tư, 6/12/2023"), where one word of a date's is
        # ("Jan Kowalski", "April Ryan")
        if _DATELINE_WORDS.sub(" ", name.lower()).strip() and is_dateline(date, other_words=0):
            # the whole of it a name, no initials' word: not a teaser's title over its date
            # ("Going For Growth April 25, 2022", "GOJ Minute 2, April 25, 2022")
            shouted = [word.isupper() for word in name.split()]
            return [name] if person_names(name) == [name] and (all(shouted) or not any(shouted)) else []
    return []


def standalone_byline(text: str) -> list[str]:
    """The names of a short "By …" line that stands apart from the story (a heading, the
    closing line), each written as a name: "Von der Planung bis …" opens a sentence."""
    if len(text) > _MAX_STANDALONE_BYLINE:
        return []
    names = english_byline(text)
    return names if all(written_as_name(name, True) for name in names) else []


def wire_credit(text: str) -> Byline:
    """A news agency's closing credit ("(Reporting by Jane Doe in London; Editing by John
    Roe)"): the reporters and writers, and the editors.  Those of additional reporting
    contributed, and are left out, as are graphics and research."""
    found = Byline()
    if len(text) > _MAX_WIRE_CREDIT or not WIRE_CREDIT.match(text):
        return found
    for part in WIRE_CREDIT_PART.finditer(text):
        role = part["role"].lower()
        if not role.endswith(("reporting", "writing", "editing")) or role.startswith(("additional", "with")):
            continue
        names = person_names([WIRE_PLACE.sub("", name) for name in NAME_SPLIT.split(part["names"])])
        (found.editors if role.endswith("editing") else found.authors).extend(names)
    return found
