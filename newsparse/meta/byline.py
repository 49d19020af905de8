"""Bylines: who wrote it, who edited it, where it came from.

Three kinds of people-and-outlet data are kept apart, since pages mix them up and so do
other extractors: ``authors`` (作者/记者/By), ``editors`` (责任编辑/编辑/Edited by) and
``source`` (来源/Source: an outlet, never a person).  An editor is never an author.
Names are cleaned (no "By", e-mail, date, "Staff") and anything that is not a person's
name is dropped: better fewer authors than wrong ones.  A newsroom's collective credit
("AOL Staff") is the one exception, taken from author markup where no person is named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from newsparse.html.blocks import is_filler
from newsparse.html.text import comparison_key, squash
from newsparse.meta.dates import find_date, short_year_date
from newsparse.meta.language import detect_language
from newsparse.meta.title import HOST_NAME
from newsparse.model import Block
from newsparse.patterns.dates import JALALI_MONTHS, MONTHS, RELATIVE_DATE_LINE, WEEKDAY_ALTERNATION, WEEKDAY_NAMES
from newsparse.patterns.labels import (
    AGENCY_LINE,
    BY_PREFIX,
    BYLINE_END,
    BYLINE_FIELD,
    BYLINE_TAIL,
    CJK_DATE_LABEL,
    CJK_INTERFACE,
    CJK_NEWS_OUTLET,
    CJK_ORGANISATION,
    CREDIT_EDITOR_ROLE,
    CREDIT_PART,
    CREDIT_PHOTO_ROLE,
    EDITOR_LABEL_RE,
    FORUM_POSTER,
    INSTITUTION,
    JAPANESE_REPORTER,
    KOREAN_CREDIT_PART,
    KOREAN_DATE_LABEL,
    KOREAN_OUTLET,
    KOREAN_PHOTO,
    KOREAN_REPORTER,
    KOREAN_ROLES,
    LABEL_MARKS,
    NAME_SPLIT,
    NAMES_THEN_ROLE,
    NEWSROOM_ALONE,
    NEWSROOM_PREFIX,
    NO_ONE_CREDIT,
    NO_SOURCE,
    NOT_A_NAME,
    NOT_PERSON,
    OPENING_AGENCY,
    OPENING_CREDIT,
    OWN_OUTLET,
    PHOTO_LABEL_RE,
    PHOTO_ROLE_IN_CREDIT,
    REPORTED_FROM,
    REPORTER_CREDIT,
    REPORTER_LABEL,
    SERVICE_DATELINE,
    SOURCE_LABEL_RE,
    STAFF_CREDIT,
    SUPPLIED_BY,
    TRAILING_AUTHOR,
    TRAILING_EDITOR,
    TRAILING_NAME,
    WIRE_CREDIT,
    WIRE_CREDIT_PART,
    WIRE_PLACE,
)
from newsparse.patterns.names import COMPOUND_SURNAMES, COUNTRY_NAMES, DATELINE_PLACES, SINGLE_SURNAMES
from newsparse.trace import Trace

_NOTE_AFTER = re.compile(r"(?<=\w)\s*[(（](?P<note>[^()（）]{1,30})[)）]\s*$")
_WEB_ADDRESS = re.compile(r"www\.|https?:|\w\.(?:com|org|net|de|fr|uk|info)\b", re.IGNORECASE)
_BRACKETED_LINE = re.compile(r"^\s*[（(【\[]\s*(?P<inside>[^（()）【】\[\]]+?)\s*[)）】\]]\s*$")
_TITLED_OUTLET = re.compile(r"^\s*《[^》]{1,20}》\s*")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
_STAFF_CODE = re.compile(r"(?<=[\u4e00-\u9fff])[_＿][A-Za-z]{0,6}\d{2,}$")
# The marks Chinese papers set before a byline line ("□本报记者 张三", "■ 张三")
_BYLINE_MARKS = "□■◎●○◆◇▲△"
_KANJI_NAME_PART = re.compile(r"^[\u4e00-\u9fff々]{1,3}$")  # a Japanese family or given name
# A Japanese name may give its given name in hiragana ("小暮ひさのり"): a name only where a
# label or the markup says so, since words are written so too ("詳しく").
_KANA_NAME = re.compile(r"^[\u4e00-\u9fff]{1,3}[\u3041-\u3096]{2,5}$")
# A foreign name, or a pen name, in katakana, its parts set apart by "・" ("ジョン・スミス"):
# likewise a name only where a label or the markup says so ("ニュース" is a word).
_KATAKANA_NAME = re.compile(r"^[\u30a1-\u30fa\u30fc]{2,10}(?:[・･][\u30a1-\u30fa\u30fc]{2,10}){0,2}$")
_HANGUL = re.compile(r"[가-힣]")
_KOREAN_NAME = re.compile(r"^[가-힣]{2,4}$")
_KOREAN_SPLIT = re.compile(r"[·,、/|]|\s(?:및|와|과)\s")
_KOREAN_EMAIL = re.compile(r"\S+@\S+")
_CJK_OUTLET = re.compile(r"^[\u4e00-\u9fff\w·]{2,16}$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A name's letters; the vowel signs of the Indic scripts and Thai are marks, not word
# characters, to a regex ("राहुल शर्मा").
_NAME_CHARS = r"[\w'’.\-\u0300-\u036f\u0900-\u0dff\u0e00-\u0e7f]"
_LATIN_NAME = re.compile(rf"^[^\W\d_]{_NAME_CHARS}*(?:\s+[^\W\d_]{_NAME_CHARS}*){{0,4}}$")
_NICKNAME = re.compile(r"(?<=\w)\s+[\"“„'‘][^\"“”„'‘’]{2,30}[\"”“'’]\s+(?=\w)")
_VALUE_TRIM = " \t:：,，;；|｜/\\()（）[]【】<>《》\"'“”"
# Emoji and pictographs a writer decorates a name with ("Jenny Smith ❤️"): no name's letters.
_PICTOGRAPHS = re.compile(r"[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+")
_DATE_OR_TIME = re.compile(r"\d{4}[-/.年]\d{1,2}|\d{1,2}:\d{2}")
# A run of a date's and a time's characters opening or closing a line ("记者 张三 2023-12-06 17:35"),
# perhaps after its label ("發布時間：2023/12/06 17:35 記者 王小明", "홍길동 기자 입력 2023.12.06 17:35
# 수정 2023.12.07 08:00"): a Chinese one takes a colon, a Korean one need not
_DATE_CHARS = r"[\d\s:：/.\-年月日号時时分秒년월일시분]+"
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
# What ends every label: its mark, or the "by" of "Edited by" and its kin ("Editado por")
_LABEL_ENDS = (*LABEL_MARKS, "by ", "By ", "BY ", "por ", "POR ", "par ", "PAR ", "von ")
_MAX_BYLINE_BLOCK = 120
_MAX_DATELINE = 100
_MAX_NAME_LINE = 80
_WITH = r"(?:with|mit|avec|con|com|met)"  # a credit's "with", in six languages
_WITH_COWRITER = re.compile(rf",?\s+{_WITH}\s+(?=[A-ZÀ-Þ])")
_WITH_AGENCY = re.compile(rf"\s{_WITH}\s+(?P<agency>[^,;|/]{{2,40}})$", re.IGNORECASE)
# What a byline without "By" may set after the names: the outlet's initials ("Jane Doe, CNN"),
# the writer's handle ("Jane Doe @janedoe"), the reading time ("Jane Doe · 5 min read")
_INITIALS = re.compile(r"^[A-Z]{2,5}$")
_HANDLE_AFTER = re.compile(r"\s+@\w{2,30}$")
_READING_TIME_AFTER = re.compile(r"\s*[·•|]\s*\d{1,2}\s*min(?:ute)?s?\.?\s+read$", re.IGNORECASE)
_MAX_CREDIT = 40
_MAX_WIRE_CREDIT = 400  # characters: an agency's closing credit, with its places and roles
_WIRE_CREDIT_BLOCKS = 2  # the last paragraphs, where an agency's credit stands
# "Theo X" (according to X) closing a Vietnamese story, after the writer's name in brackets
# or alone: its source
_VIETNAMESE_SOURCING = re.compile(
    r"^\s*(?:(?P<writer>[^()]{2,40}?)\s*[(（]\s*theo\s+(?P<bracketed>[^()（）]{2,40})[)）]|theo\s+(?P<alone>[^()]{2,40}))\s*$",
    re.IGNORECASE,
)
_LANGUAGE_BLOCKS = 3  # paragraphs read for the story's language
_MAX_STANDALONE_BYLINE = 60  # characters: "Von Markus Balser, Berlin", not a sentence opening with "Von"
_BRACKETS = {"】": "【", "]": "[", "）": "（", ")": "("}
# Lower-case words inside a name: Romance, Filipino ("Juan dela Cruz"), Dutch ("Jan ter Horst"),
# German and Arabic particles.  Not those that also go on a sentence after a name (Portuguese
# "do", "das", Spanish "el", Dutch "ten": "Por Juan Pérez el lunes").
_NAME_PARTICLES = frozenset(
    "de da di du dela delos del della la le van von der den ter al bin ibn y zu".split()  # noqa: SIM905
)
# Degrees and licences written after a name ("Grant Tinsley, PhD"): no name themselves.
_CREDENTIAL = re.compile(r"^(?:Ph\.?\s?D|M\.?D|MPH|RDN?|RN|DVM|MSc|MBA|BSc|LCSW|CPT|Esq)\.?$")
_WEEKDAYS = frozenset(("mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "wed", "thu", "fri", "sat", "sun"))
# A user name a blog signs posts with: one word of letters, digits and dots, a letter first.
_HANDLE = re.compile(r"^[A-Za-z][A-Za-z0-9._-]{2,29}$")
_NO_DIGITS = str.maketrans("", "", "0123456789")
_NO_HANDLE = frozenset(
    (
        *("admin", "administrator", "webmaster", "editor", "redaktion", "redacción", "rédaction", "redazione"),
        *("author", "autor", "auteur", "user", "guest", "gast", "anonymous", "anonym", "unknown", "root"),
        *("moderator", "system", "team", "staff", "red.", "publisher"),
        # the link's words where it names no one ("more" posts by the author)
        *("more", "mehr", "plus", "más", "altro", "meer", "posts", "beiträge", "articles", "artikel", "bio"),
    )
)
_NOT_NAME_START = frozenset(
    (
        *("the", "a", "an", "this", "that", "these", "our", "your", "my", "other", "from"),
        *("related", "similar", "more", "read", "share", "top", "latest", "recent", "featured", "home", "news"),
        *("promoted", "sponsored", "suggested", "recommended", "trending", "popular"),
        *("many", "some", "all", "new", "how", "why", "what", "when", "where"),
        # determiners and quantifiers of other languages, which capitalise nouns or open a
        # heading with them ("Viele Genesungswünsche"); those that also lead a family name
        # ("de", "der", "la", "le", "del") are not among them
        *("die", "das", "ein", "eine", "einige", "viele", "alle", "weitere", "unsere", "keine", "neue"),
        *("ähnliche", "andere", "aktuelle", "aus", "autres", "otras", "otros", "altri", "altre"),
        *("les", "une", "des", "nos", "los", "las", "una", "unos", "todos", "nuestros", "gli", "alcuni", "tutti"),
    )
)
# Words opening a menu's link or a heading, no credit ("Meet the Team", "Our Staff").
_NOT_CREDIT_WORDS = _NOT_NAME_START | {"meet", "contact", "join", "about", "with"}
_CREDIT_PREFIX = re.compile(r"^(?:vom|from(?: the)?)\s+", re.IGNORECASE)  # "vom Support Team", "From the … Team"
_DATE_THEN_BY = re.compile(r"^(?P<date>.{6,60}?)\s+(?:by|von|par|por|door|di)\s+(?P<names>\S.*)$", re.IGNORECASE)
_AFTER_NAMES = re.compile(r"[/(|]")  # an agency ("/SP-X"), a note ("(eg)"), a separator
_NAME_WORDS = (2, 3)  # words of a full name a date follows on its line
_DIGIT = re.compile(r"\d")
_BYLINE_SEPARATOR = re.compile(r"\s[|•–—-]\s")
_SPACED_DASH = re.compile(r"\s[–—-]\s")
# Between the parts of a dateline: the outlet, the reporter's credit, the date ("홍길동 기자 · 입력 …")
LINE_PARTS = re.compile(r"\s+[|｜/·]\s+")
DASHES = ("- ", "– ", "— ")  # a dash and a space opening a line: what follows is set apart from the line before
_CREDIT_SEPARATOR = re.compile(r"\s*[,;|/•]\s*|\s[–—-]\s")  # between a byline's names, outlet and notes
_DATELINE_CJK_LABEL = 4  # characters: a CJK label ("发布时间"), not a sentence run together
# Lower-case words, matched against the line lower-cased.
_DATELINE_WORDS = re.compile(
    # CJK labels whole, before their characters are read as units ("發布時間", "更新日期"), the
    # weekday and the part of the day ("星期三", "下午 05:35")
    rf"{CJK_DATE_LABEL}|(?:发布|發布|發佈|发表|發表)(?:于|於)|"
    r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|上午|下午|中午|晚上|凌晨|早上|傍晚|"
    # digits and the units CJK dates write after them (2019年3月1日 13時16分, 2024년 3월 14일)
    r"\d+|[^\w\s]|[年月日時时分秒号號년월일시분초]|\b(?:published|updated|posted|modified|created|original|first|last|on|at|by|am|pm|"
    r"a\.m|p\.m|et|est|edt|pt|pst|pdt|gmt|utc|cet|cest|bst|ist|uhr|le|am|um|kl|klo|kello|"
    r"mon|tue|wed|thu|fri|sat|sun|" + WEEKDAY_ALTERNATION + "|"
    # the same labels in other languages: "Publiziert:", "Aktualisiert am", "Ultima modifica"
    r"publiziert|aktualisiert|veröffentlicht|erstellt|stand|pubblicato|ultima|modifica|il|publié|mis|à|jour|"
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
_FAMILY_COMMA_GIVEN = re.compile(r"^\s*(?P<family>[^\W\d_][\w'’-]+),\s*(?P<given>[^\W\d_][\w'’-]+)\s*$")
_ABBREVIATION = 4  # characters with the dot: "Jr.", "Sr.", "Fr." end names; a longer word's dot ends a sentence
_JAPANESE_NAME_SPLIT = re.compile(r"[・、\s]+")
_CNA_SEPARATOR = re.compile(r"[、，]")
_PLACES_LONGEST_FIRST = sorted(DATELINE_PLACES, key=len, reverse=True)
_USUAL_NAME = 3  # characters: a surname and a given name of two
_TOP_BLOCKS = 4  # bylines and datelines stand among the first blocks
_HEADLINE_TAG = 4  # letters of a tag set before a repeated headline ("原创")
_DATE_DIGITS = 14  # digits of a date and time set before a repeated headline ("23.01.2022 14:30")
_TITLE_SLACK = 20  # characters a repeated headline may add in spacing and punctuation


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


def _after_sections(value: str) -> str:
    """What follows the one-word names set before a byline with " · " (its sections), or
    the value itself."""
    rest = value
    section, dot, after = rest.partition(" · ")
    while dot and " " not in section.strip():
        rest = after
        section, dot, after = rest.partition(" · ")
    return rest


def person_names(raw: str | list[str]) -> list[str]:
    """Person names in a byline value, cleaned; organisations and junk dropped."""
    values = raw if isinstance(raw, list) else [raw]
    names: list[str] = []
    for value in values:
        if not value.isascii():
            value = _PICTOGRAPHS.sub(" ", value)
        value = squash(value)
        if _HANGUL.search(value):
            names.extend(name for name in _korean_names(value) if name not in names)
            continue
        while BY_PREFIX.match(value):
            value = BY_PREFIX.sub("", value, count=1)
        if _CJK.search(value):
            value = _DATE_OR_TIME.split(value, maxsplit=1)[0]  # "谢若含 2017-03-01 14:27:02"
        else:
            rest = _after_sections(value)  # past them, no section opens it: one call deeper at most
            if rest != value and person_names(rest):
                value = rest  # the sections before the names: "Politik · Jochen Bittner, Tina Hildebrandt"
            value = BYLINE_END.sub("", value)
            if value.endswith(":"):
                continue  # a label whose value was the date ("Stand: 20. April 2020")
        parts = NAME_SPLIT.split(value)
        addressed = len(parts) > 1 and (
            HOST_NAME.match(parts[0].strip()) is not None or parts[-1].strip(_VALUE_TRIM).casefold() in COUNTRY_NAMES
        )
        for index, part in enumerate(parts):
            opening = part.split(maxsplit=1)
            if index and opening and opening[0] in _NAME_PARTICLES:
                continue  # the outlet after a name ("Por Maria Silva, da Folha"), no co-author
            if addressed and len(opening) == 1:
                continue  # an address: "hessenschau.de, Frankfurt, Germany", "Kirche und Leben, Münster, Germany"
            note = _NOTE_AFTER.search(part)  # "Max Mustermann (dpa)": the agency, a place, a role
            if note is not None:
                if _abbreviates(note.group("note"), part[: note.start()]):
                    continue  # "Deutsche Welle (DW)": a body and its initials, no one's name
                part = part[: note.start()]
            part = BY_PREFIX.sub("", part.strip(_VALUE_TRIM)).strip(_VALUE_TRIM)
            name = BYLINE_TAIL.sub("", part).strip(_VALUE_TRIM)
            if name != part and " " not in name:
                continue  # the beat before a role ("Culture Writer"), not a one-word name
            name = _name_words(name)
            # a nickname in quotes between the names ('Amanda "Tania Mae" Tan') is a name's part
            if _is_person(_NICKNAME.sub(" ", name)) and name not in names:
                names.append(name)
    return names


def _abbreviates(note: str, words: str) -> bool:
    """Whether ``note`` names a body the ``words`` are: their initials ("AA" of "Auswärtige
    Autoren") or its web address ("Deutsche Welle (www.dw.com)")."""
    if _WEB_ADDRESS.search(note):
        return True
    initials = "".join(word[0] for word in words.split() if word[0].isalpha())
    return len(initials) > 1 and note.replace(".", "").strip().upper() == initials.upper()


def shown_as_declared(declared: list[str], shown: list[str]) -> list[str]:
    """Declared authors the page shows, written as it shows them: a CMS's user field in lower
    case ("cindy mangomini") is a name when the byline prints the same words ("Cindy
    mangomini"), however the name's owner writes it.  Only two words or more: a single one
    may be a login ("admin")."""
    shown_by_key = {squash(text).casefold(): squash(text) for text in shown}
    names = []
    for value in declared:
        text = shown_by_key.get(squash(value).casefold())
        if text and len(text.split()) > 1 and _is_person(text.title()) and text not in names:
            names.append(text)
    return names


def given_name_first(value: str) -> str:
    """ "Gillman, Steve" as "Steve Gillman": a declared author written family name first,
    as catalogues write it (two single capitalised words around one comma)."""
    match = _FAMILY_COMMA_GIVEN.match(value)
    if match and match["family"][0].isupper() and match["given"][0].isupper():
        return f"{match['given']} {match['family']}"
    return value


def _name_words(name: str) -> str:
    """A Latin name ends at its first lower-case word ("Nicole Gallucci on Twitter"), and a
    name printed twice (desktop and mobile copies of the byline) counts once, whatever
    follows the second copy."""
    if _CJK.search(name):
        return name
    words = name.split()
    if len(words) >= 3 and words[0] == "de" and all(word[0].isupper() for word in words[1:]):
        words = words[1:]  # Romanian's "by" ("de Ion Popescu"): a particle leads no full name
    if words and len(words[-1]) > _ABBREVIATION and words[-1].endswith("."):
        words[-1] = words[-1][:-1]  # the sentence's full stop ("Recueilli par Patrick ANGEVIN."), not "Jr."
    for index, word in enumerate(words[1:], 1):
        if word[0].islower() and word not in _NAME_PARTICLES:
            if index == 1:
                return ""  # one capitalised word opening a sentence: "Please enter your name"
            words = words[:index]
            if len(words) > 1 and words[-1] in ("A", "An", "The"):
                words.pop()  # the article that opened the bio: "Daniel Lemire A computer …"
            elif len(words) > 2 and words[-1] == words[0]:
                words.pop()  # the given name that opened the bio: "Martin Chikilian Martin is …"
            break
    if len(words) > 2 and words[-1].lower().rstrip(".,") in _WEEKDAYS:
        words = words[:-1]  # the date's weekday after the name: "Heiko Sauer Do, 12.03.2020"
    for size in range(len(words) // 2, 0, -1):  # "Ellyn Shook Ellyn Shook Creating"
        if words[:size] == words[size : 2 * size]:
            words = words[:size]
            break
    return " ".join(words)


def _korean_names(value: str) -> list[str]:
    """Korean names of a byline: "김철수 기자" (reporter), "취재 김철수·이영희 기자", "글 김철수";
    a photographer's credit ("사진 김철수") names no author."""
    value = _KOREAN_EMAIL.sub(" ", value)
    names = []
    for part in _KOREAN_SPLIT.split(value):
        words = part.split()
        if words and words[0] in KOREAN_PHOTO:
            continue
        words = [w for w in words if w not in KOREAN_ROLES]
        if len(words) == 1 and _KOREAN_NAME.match(words[0]) and not KOREAN_OUTLET.search(words[0]):
            names.append(words[0])
    return names


def _cjk_names(value: str) -> list[str]:
    """Chinese names separated by spaces or 、 (``张三 李四``, ``郭爱青、王五``), each without
    the staff code a CMS may join to an editor's name ("杨倩_NF4425")."""
    names = []
    for part in re.split(r"[\s、，,;；/&＆]+", value.strip(_VALUE_TRIM)):
        part = _STAFF_CODE.sub("", part.strip(_VALUE_TRIM))
        if _shaped_as_cjk_name(part) and part not in NOT_A_NAME and not CJK_INTERFACE.search(part):
            names.append(part)
    return names


def spaced_japanese_names(names: list[str], page_text: str) -> list[str]:
    """Two names in kanji read apart that the page writes as one with a space between
    ("著者：山田 太郎"): one person's family and given names, as Japanese pages space them;
    a Chinese list sets its names apart the same way ("作者：张三 李四"), so this is for
    Japanese pages alone."""
    joined: list[str] = []
    at = 0
    while at < len(names):
        spaced = _spaced_as_one(names[at : at + 2], page_text)
        joined.append(spaced or names[at])
        at += 2 if spaced else 1
    return joined


def _spaced_as_one(pair: list[str], page_text: str) -> str | None:
    if len(pair) != 2 or not all(_KANJI_NAME_PART.match(name) for name in pair):
        return None
    family, given = pair
    shown = any(f"{family}{space}{given}" in page_text for space in (" ", "\u3000"))
    return f"{family} {given}" if shown else None


def _shaped_as_cjk_name(name: str) -> bool:
    """Two to five Chinese characters, or a Japanese family name and a given name in kana,
    or a name in katakana."""
    return bool(_CJK_NAME.match(name) or _KANA_NAME.match(name) or _KATAKANA_NAME.match(name))


def _is_person(name: str) -> bool:
    # no underscore: a user name's ("sv_team") or a gender form's ("Besucher_in"), never a name's
    if not name or len(name) > 60 or name in NOT_A_NAME or "_" in name:
        return False
    if _CJK.search(name):
        return _shaped_as_cjk_name(name) and not CJK_ORGANISATION.search(name) and not CJK_INTERFACE.search(name)
    if NOT_PERSON.search(name) or not _LATIN_NAME.match(name):
        return False
    words = name.split()
    if words[0][0].islower() and (words[0] not in _NAME_PARTICLES or NEWSROOM_ALONE.fullmatch(words[-1])):
        return False  # "the U.S." out of "by the U.S. government", "der Redaktion" out of "Von der Redaktion"
    if len(words) == 1:  # a lone word is a name only as "Madonna", never "CNN", "admin", "Dezember" or "PhD"
        return (
            name[0].isupper()
            and not name.isupper()
            and len(name) > 2
            and name.lower() not in MONTHS
            and name.lower() not in WEEKDAY_NAMES
            and name.lower() not in _NOT_NAME_START  # "The", "Related", "Home": no one's name
            and not _CREDENTIAL.match(name)
        )
    return True


def is_outlet(value: str) -> bool:
    """A Chinese news outlet's name: it ends in its kind (…网, …报, …社, …新闻, …消息)."""
    return bool(_CJK_OUTLET.match(value)) and bool(CJK_NEWS_OUTLET.search(value))


def _reads_as_cjk_name(name: str, surname_test: bool) -> bool:
    """A surname and a given name of one or two characters: "胡平", "欧阳修".

    The test for a Chinese name that no label vouches for (a line alone in the body, an
    element classed "author"), where a short word stands as often.  Without
    ``surname_test`` (Japanese names differ) any two to five characters do.
    """
    if not surname_test:
        return bool(_CJK_NAME.match(name))
    if name[:2] in COMPOUND_SURNAMES:
        return len(name) in (3, 4)
    return len(name) in (2, 3) and name[0] in SINGLE_SURNAMES


def unlabelled_names(text: str | list[str], surname_test: bool) -> list[str]:
    """Person names in a text that no label introduces: Chinese ones must read as names."""
    names = person_names(text)
    return [name for name in names if not _CJK.search(name) or _reads_as_cjk_name(name, surname_test)]


def linked_names(texts: list[str], surname_test: bool) -> list[str]:
    """The names of links to an author's page: people's names, or else the handles a blog
    signs its posts with, which the link vouches for as names."""
    return unlabelled_names(texts, surname_test) or handles(texts)


def handles(texts: list[str]) -> list[str]:
    """User names a blog signs its posts with ("gizzmo", "karstenruppert"): names only
    where markup says they are the author's (a link to the author's page, JSON-LD)."""
    found: list[str] = []
    for text in texts:
        handle = text.strip()
        if (
            _HANDLE.match(handle)
            and handle.lower() not in _NO_HANDLE
            and "admin" not in handle.lower()  # "wordpressadmin", "jdadmin"
            and not NOT_PERSON.search(handle.translate(_NO_DIGITS))  # digits are a handle's own ("freeman1984")
            and handle not in found
        ):
            found.append(handle)
    return found


def staff_credits(texts: list[str]) -> list[str]:
    """A newsroom's collective credit where markup says author ("AOL Staff", "BWW News
    Desk"): the last resort for a page that names no person, which the page does credit.

    Read from author fields, author links and byline elements only, whole up to a date: "Meet
    the Team" in a menu is none, nor a credit inside a longer line.
    """
    found: list[str] = []
    for text in texts:
        # the date a byline element goes on to ("ZDNet Japan Staff 2019年04月28日 08時00分")
        text = _DATE_OR_TIME.split(text, maxsplit=1)[0]
        credit = NEWSROOM_PREFIX.sub("", _CREDIT_PREFIX.sub("", squash(BY_PREFIX.sub("", text))))
        if (
            (STAFF_CREDIT.match(credit) or NEWSROOM_ALONE.fullmatch(credit))
            and credit.split(maxsplit=1)[0].lower() not in _NOT_CREDIT_WORDS
            and credit not in found
        ):
            found.append(credit)
    return found


def _written_as_name(text: str, surname_test: bool) -> bool:
    """Every word capitalised, two to four of them, no article in front: "Meg Kinnard".

    A Chinese name reads as one: "胡平".
    """
    if _CJK.search(text):
        return _reads_as_cjk_name(text, surname_test)
    words = text.split()
    return 2 <= len(words) <= 4 and all(word[0].isupper() for word in words) and words[0].lower() not in _NOT_NAME_START


def _clean_source(value: str) -> str | None:
    """The outlet a 来源 label names, or None where it names none."""
    value = _DATE_OR_TIME.split(value)[0].strip(_VALUE_TRIM)
    if value.count("《") > value.count("》"):
        value += "》"  # the paper's title closed its value: "光明网-《光明日报》"
    return None if _names_no_one(value) else value or None


def _names_no_one(value: str) -> bool:
    """A label's value that names no one: "网络" (the web), "本站原创" (this site's own),
    "佚名" (anonymous), "综合" (compiled)."""
    value = value.strip(_VALUE_TRIM)
    return value in NOT_A_NAME or value in NO_SOURCE


def parse_labelled(line: str) -> tuple[Byline, str]:
    """Labelled fields in one line (来源：X 作者：Y 责任编辑：Z), and the line's other text."""
    found = Byline()
    rest = line
    if not any(map(line.__contains__, _LABEL_ENDS)):
        return found, rest  # every label ends in a colon, a bar or a slash, but "Edited by" and its kin
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
            found.editors.extend(_cjk_names(value) or person_names(value))
        else:
            # "采写：南都见习记者 林子沛": the outlet and the role before the names, and the
            # roles between them ("文|特约记者 李四 通讯员 王五")
            reporter = REPORTER_LABEL.search(value)
            value = REPORTER_LABEL.sub(" ", value[reporter.end() :]) if reporter is not None else value
            found.authors.extend(_cjk_names(value) or person_names(value))
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
    if len(text) > _MAX_BYLINE_BLOCK:
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
        len(word) <= _DATELINE_CJK_LABEL or not _CJK.search(word) for word in words
    )


def is_name_line(text: str, surname_test: bool) -> list[str]:
    """Names of a line that holds nothing but them, their roles and their outlets.

    "Steve Peoples, Ap National Political Writer", "Meg Kinnard and Errin Haines,
    Associated Press", "Anna Berg, dpa": a byline without "By", as wire stories print it.
    """
    text = _HANDLE_AFTER.sub("", _READING_TIME_AFTER.sub("", text))
    if len(text) > _MAX_NAME_LINE or text.endswith((".", "!", "?", "。")) or any(c.isdigit() for c in text):
        return []
    if "\n" in text:  # a line break sets the parts apart as a comma does, and a place may close them
        names, _, place = text.rpartition("\n")
        is_place = _ONE_WORD.match(place) is not None and place.strip()[0].isupper()  # "María García<br>Madrid"
        text = (names if is_place else text).replace("\n", ", ")
    # a dash between spaces sets a role apart ("Maria Silva - Repórter da Agência Brasil"),
    # but a name after it stands against the first ("Joe Biden - Donald Trump")
    credit, *role = _SPACED_DASH.split(BY_PREFIX.sub("", text), maxsplit=1)
    parts = [p.strip(_VALUE_TRIM) for p in NAME_SPLIT.split(credit) if p.strip(_VALUE_TRIM)]
    names = [p for p in parts if _is_person(p) and _written_as_name(p, surname_test) and not p.isupper()]
    others = [p for p in parts if p not in names]
    others += [p.strip(_VALUE_TRIM) for r in role for p in NAME_SPLIT.split(r) if p.strip(_VALUE_TRIM)]
    if not names or any(
        not (NOT_PERSON.search(p) or BYLINE_TAIL.match(p) or _INITIALS.match(p) or AGENCY_LINE.match(p)) for p in others
    ):
        return []
    return names


def credit_line(text: str) -> Byline | None:
    """The people of a line of credits set without colons ("编辑 刘晓阳 校对 李铭"), when
    the line holds nothing else."""
    if len(text) > _MAX_CREDIT or not _CJK.search(text):
        return None
    text = _TITLED_OUTLET.sub("", _without_date_ends(text))  # "《棱镜》作者 周纯": the column or paper first
    found = _credit_parts(text, CREDIT_PART)
    if found is None:
        # no label before the names vouches for them ("上海/文" is no one's credit)
        found = _credit_parts(text, NAMES_THEN_ROLE)
        people = found.authors + found.editors if found else []
        if not all(_reads_as_cjk_name(name, True) for name in people):
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
        role, names = match["role"] or match.groupdict().get("short_role"), _cjk_names(match["names"])
        if CREDIT_EDITOR_ROLE.match(role):
            found.editors.extend(names)
        elif not CREDIT_PHOTO_ROLE.match(role):
            found.authors.extend(names)


def opening_credit(text: str) -> Byline:
    """The reporters, and the agency or paper, a news service's dateline credits at the
    story's start, in brackets ("新华社巴黎12月9日电（记者唐霁）…", "【ワシントン＝山田太郎】…",
    "(서울=연합뉴스) 홍길동 기자 = …", "（中央社記者王小明台北12日電）", "【明報專訊】"): the paragraph is
    story text and stays.  Words of the trade share a Chinese credit's brackets ("整合",
    compiled; "实习生", intern): a name there starts with a surname."""
    service = SERVICE_DATELINE.match(text)
    sources = [service["agency"]] if service and service["agency"] not in OWN_OUTLET else []
    match = OPENING_CREDIT.match(text)
    if match is None:
        return Byline(sources=sources)
    agency = match["korean_agency"] or match["cna_agency"] or match["outlet"]
    sources = [agency] if agency else sources
    if match["japanese"]:  # the bracket's form vouches for the names, which need no Chinese surname
        names = _cjk_names(match["japanese"])
    elif match["cna"]:
        names = _names_before_place(match["cna"])
    elif match["korean"]:
        names = _korean_names(match["korean"])
    elif match["credit"] or match["report"]:
        names = [n for n in _names_after_labels(match["credit"] or match["report"]) if _reads_as_cjk_name(n, True)]
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
    if len(text) > _MAX_BYLINE_BLOCK:
        return []
    text = _without_date_ends(squash(text))
    if len(text) > _MAX_CREDIT:
        return []
    korean = KOREAN_REPORTER.match(text)
    if korean:
        return [name.strip() for name in re.split(r"[·,]", korean["names"])]
    if _HANGUL.search(text):
        return _korean_credit(text)
    if not REPORTER_CREDIT.match(text):
        return []
    return _names_after_labels(REPORTED_FROM.sub("", text))


def _without_date_ends(text: str) -> str:
    """A credit line without the date and time set before or after it on the same line
    ("记者 张三 2023-12-06 17:35", "2023.12.06 17:35 홍길동 기자"): the names alone are the credit."""
    if _DATE_OR_TIME.search(text) is None:
        return text
    return _DATE_AT_END.sub(lambda run: "" if _DATE_OR_TIME.search(run[0]) else run[0], text).strip()


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


def _japanese_credit(text: str) -> list[str]:
    """Reporters of a Japanese credit line ("編集委員　中沢克二", "山田太郎記者")."""
    if len(text) > _MAX_CREDIT:
        return []
    match = JAPANESE_REPORTER.match(squash(text))
    if match is None:
        return []
    if match["spaced"]:
        return [squash(match["spaced"])]
    return _JAPANESE_NAME_SPLIT.split(match["before"] or match["after"])


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
    return [name for name in (*names, last[:cut]) if _reads_as_cjk_name(name, True)]


def _names_after_labels(credit: str) -> list[str]:
    """The Chinese names after each reporter's label of a credit ("记者 王五 通讯员 赵六"),
    once each; what stands before the first label is the outlet, and after a photographer's
    role ("记者 张三 摄影 李四") the photographers."""
    names: list[str] = []
    for part in REPORTER_LABEL.split(credit)[1:]:
        part = PHOTO_ROLE_IN_CREDIT.split(part, maxsplit=1)[0]
        names.extend(name for name in _cjk_names(part) if name not in names)
    return names


def confirmed_names(names: list[str], declared: list[str]) -> list[str]:
    """Names read off the page, each cut back to a declared name it starts with: the
    visible byline runs into the next words ("Luke Koppa Ski", "Creeny Standard")
    where the markup holds the name alone."""
    confirmed = []
    for name in names:
        shorter = [d for d in declared if name.startswith(f"{d} ")]
        name = max(shorter, key=len) if shorter else name
        if name not in confirmed:
            confirmed.append(name)
    return confirmed


def names_in_full(names: list[str], written_out: list[str]) -> list[str]:
    """Given names ("Nils") the page writes out in full elsewhere ("Nils Pickert" closing
    the story), the reverse of ``confirmed_names``: blogs sign with the first name in the
    template and the full name in the text."""
    full = []
    for name in names:
        longer = [n for n in written_out if n.startswith(f"{name} ")] if " " not in name else []
        full.append(min(longer, key=len) if longer else name)
    return list(dict.fromkeys(full))


def labelled_names(value: str) -> list[str]:
    """The names an author label gives, up to the first part that is none: the role, the
    employer or the agency after them ("Uta Staschewski, Projektleiterin der HSS",
    "Peter Maahn/SP-X")."""
    names: list[str] = []
    for part in NAME_SPLIT.split(_AFTER_NAMES.split(value, maxsplit=1)[0]):
        part = part.strip(_VALUE_TRIM)
        if not (_written_as_name(part, True) and _is_person(part)):
            break
        names.append(part)
    return names


def english_byline(text: str) -> list[str]:
    """Authors of a "By Jane Doe and John Roe" line (nothing if the line is not one), or of
    a line that gives the date first ("Posted on September 21, 2020 by Adi Tzlil")."""
    if len(text) > _MAX_BYLINE_BLOCK:
        return []
    label = BY_PREFIX.match(text)
    if not label:
        return _dated_byline(text)
    # The byline ends at its date, at the pictures' credit or the writer's standing, or at
    # a separator before the team ("… and Kiran C Nair - Chrome team")
    names = _BYLINE_GOES_ON.split(_DATE_OR_TIME.split(text[label.end() :])[0])[0]
    # a co-writer "with" the first ("By Jane Doe with Tom Smith"); an agency so credited is no name
    names = _WITH_COWRITER.sub(", ", names)
    if label[0].lower().rstrip(" :").endswith("door"):
        names = names.replace(" en ", ", ")  # Dutch "and", which the name split leaves: "en" is Spanish "in"
    return person_names(_without_place(_BYLINE_SEPARATOR.split(names)[0]))


def english_credit(text: str) -> Byline:
    """A "By …" line's authors, and the news agency it credits beside them ("By Jane Doe,
    Reuters | Updated …", "Von Max Mustermann, dpa"): the story's source."""
    names = english_byline(text)
    return Byline(authors=names, sources=credited_agency(text)) if names else Byline()


def credited_agency(byline: str) -> list[str]:
    """The news agency a byline names after its first part, before any date, or "with" the
    writer ("Par Jean Dupont avec AFP", "Anna Schmidt mit dpa", "María López con EFE")."""
    credit = _DATE_OR_TIME.split(byline)[0]
    parts = _CREDIT_SEPARATOR.split(credit)
    agencies = [part.strip() for part in parts[1:] if AGENCY_LINE.match(part)]
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
                and _written_as_name(name.strip(), True)
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
        if not date or not _written_as_name(name, True):
            continue  # the cheap tests first: most lines open on no name
        # a weekday's name is no person's ("Thứ Tư, 6/12/2023"), where one word of a date's is
        # ("Jan Kowalski", "April Ryan")
        if _DATELINE_WORDS.sub(" ", name.lower()).strip() and is_dateline(date, other_words=0):
            # the whole of it a name, no initials' word: not a teaser's title over its date
            # ("Going For Growth April 25, 2022", "GOJ Minute 2, April 25, 2022")
            shouted = [word.isupper() for word in name.split()]
            return [name] if person_names(name) == [name] and (all(shouted) or not any(shouted)) else []
    return []


def lift_bylines(
    blocks: list[Block], title: str | None, trace: Trace | None = None, surname_test: bool = True
) -> tuple[list[Block], Byline]:
    """Take byline, source and editor lines out of the body and read them.

    A standalone line of labelled fields anywhere, and near the top a "By ..." line, a
    bare date, or a list of such lines, are lifted; so is an editor's note closing the last
    paragraph.  A closing author credit such as ``(郭愛青)``, and the reporters a news
    service's opening dateline credits, are read but left in the text, where they are
    part of the story.
    """
    found = Byline()
    kept: list[Block] = []
    title_key = comparison_key(title)
    for index, block in enumerate(blocks):
        if (
            index < _TOP_BLOCKS
            and title
            and block.text
            and len(block.text) < 2 * len(title) + _TITLE_SLACK  # a paragraph is not keyed in vain
            and _repeats_headline(comparison_key(block.text), title_key)
        ):
            if trace is not None:
                trace.drop(block.text, "the headline repeated")
            continue
        if index < _TOP_BLOCKS and _headline_then_byline(block, title, found, surname_test):
            if trace is not None:
                trace.drop(block.text or "", "the headline repeated, its byline read into metadata")
            continue
        if block.type == "paragraph" and block.text and "\n" in block.text:
            block = _without_edge_credits(block, found)
        lines = block.items if block.type == "list" else [block.text] if block.type == "paragraph" else []
        if (lines and all(_lift_line(line or "", index < _TOP_BLOCKS, found, surname_test) for line in lines)) or (
            block.type == "heading" and _lift_heading(block.text or "", index < _TOP_BLOCKS, found)
        ):
            if trace is not None:
                trace.drop(block.plain_text(), "byline or dateline, read into metadata")
            continue
        kept.append(block)
    _read_opening_credit(kept, found)
    _read_closing_credits(kept, found, surname_test)
    return kept, found


def _without_edge_credits(block: Block, found: Byline) -> Block:
    """A paragraph of lines whose first or last lines are labelled credits: those are read
    and the block keeps the rest.  Pages set the editor under the story's last line with a
    line break ("…的反应。<br>责任编辑：张三"), or the credits above the site's sign-off
    ("编辑|X<br>责编|Y<br>扫描下方二维码…"); a block of nothing but credits is lifted whole."""
    lines = block.text.split("\n") if block.text else []
    credits = Byline()
    start = 0
    while start < len(lines) - 1 and _lift_credits(lines[start], credits):
        start += 1
    end = len(lines)
    while end > start + 1 and _lift_credits(lines[end - 1], credits):
        end -= 1
    if start == 0 and end == len(lines):
        return block
    found.merge(credits)
    return replace(block, text="\n".join(lines[start:end]))


def _read_opening_credit(blocks: list[Block], found: Byline) -> None:
    """The reporters and the agency a news service's dateline credits as the story opens.
    The story's opening is the first paragraph among the top blocks that opens so, not
    just the first: a promo the page set above the story ("【点击投票】…") may come first."""
    for block in blocks[:_TOP_BLOCKS]:
        if block.type != "paragraph" or not block.text:
            continue
        credited = opening_credit(block.text)
        wire = OPENING_AGENCY.match(block.text)  # "WASHINGTON (AP) — …": the story's source
        if credited.authors or credited.sources or wire:
            found.authors.extend(name for name in credited.authors if name not in found.authors)
            found.sources.extend(credited.sources)
            if wire:
                found.sources.append(wire["agency"])
            return


def _read_vietnamese_sourcing(blocks: list[Block], found: Byline) -> bool:
    """A Vietnamese story's closing line that gives its source ("Theo VnExpress", according
    to VnExpress), after the writer's name or alone ("Minh Anh (theo Reuters)"): read and
    lifted.  "Theo" is a given name elsewhere, so only a story in Vietnamese is read so."""
    if not blocks or blocks[-1].type not in ("paragraph", "heading"):
        return False
    sourcing = _VIETNAMESE_SOURCING.match(blocks[-1].text or "")
    if sourcing is None or detect_language(" ".join(b.text or "" for b in blocks[:_LANGUAGE_BLOCKS])) != "vi":
        return False
    if sourcing["writer"]:
        found.authors.extend(n for n in person_names(sourcing["writer"]) if n not in found.authors)
    found.sources.append((sourcing["bracketed"] or sourcing["alone"]).strip())
    del blocks[-1]
    return True


def _lift_credits(line: str, found: Byline) -> bool:
    """Whether a line is labelled credits (read into ``found``): "作者：X", "编辑 X 校对 Y".
    A short line in bold, a heading to the block builder, is lifted only as such."""
    is_byline, fields = is_byline_line(line)
    credits = fields if is_byline else credit_line(line)
    if credits is None:
        return False
    found.merge(credits)
    return True


def _headline_then_byline(block: Block, title: str | None, found: Byline, surname_test: bool) -> bool:
    """The headline shown with its byline after it, as one heading sets them apart only by
    a line break ("米朝首脳直通電話…の成否<br>編集委員　中沢克二"): the byline is read."""
    text = block.text or ""
    if not title or block.type not in ("heading", "paragraph") or not text.startswith(title):
        return False
    rest = text[len(title) :].strip()
    return bool(rest) and _lift_line(rest, True, found, surname_test)


def _repeats_headline(key: str, title_key: str) -> bool:
    """The headline again, perhaps after a tag of a few characters ("原创", "Exclusive") or
    after its date ("23.01.2022 - Headline")."""
    if not title_key or not key.endswith(title_key):
        return False
    before = key[: len(key) - len(title_key)]
    return len(before) <= _HEADLINE_TAG or (before.isdigit() and len(before) <= _DATE_DIGITS)


def standalone_byline(text: str) -> list[str]:
    """The names of a short "By …" line that stands apart from the story (a heading, the
    closing line), each written as a name: "Von der Planung bis …" opens a sentence."""
    if len(text) > _MAX_STANDALONE_BYLINE:
        return []
    names = english_byline(text)
    return names if all(_written_as_name(name, True) for name in names) else []


def _lift_heading(text: str, near_top: bool, found: Byline) -> bool:
    """A heading that is labelled credits, or near the top a "By …" line ("By Giovanni
    Gaggero | 12/10/2020" set as an <h4>)."""
    if _lift_credits(text, found):
        return True
    reporters = reporter_credit(text)  # "澎湃新闻记者 段彦超 廖艳" set in bold
    if reporters:
        found.merge(Byline(authors=reporters))
        return True
    names = standalone_byline(text) if near_top else []
    found.merge(Byline(authors=names))
    return bool(names)


def _lift_line(line: str, near_top: bool, found: Byline, surname_test: bool) -> bool:
    """Whether a line is byline matter (read into ``found``) rather than story text."""
    if line[:1] in _BYLINE_MARKS:
        line = line.lstrip(_BYLINE_MARKS).lstrip() or line
    if _lift_credits(line, found):
        return True
    # a reporters' credit may stand in brackets of its own ("（记者 张三）")
    bracketed = _BRACKETED_LINE.match(line)
    reporters = reporter_credit(bracketed["inside"] if bracketed else line) or _credit_beside_dateline(line)
    if not reporters and not surname_test:
        reporters = _japanese_credit(line)
    if reporters:
        found.merge(Byline(authors=reporters))
        return True
    if (near_top or not _CJK.search(line)) and is_dateline(line):
        # A line of nothing but a date and its labels is no story text anywhere, but for a
        # Chinese document's closing date under its issuer (落款) and a timeline's dates.
        return True
    poster = FORUM_POSTER.match(line)
    if poster:
        found.merge(Byline(authors=[poster["name"]]))
        return True
    if not near_top:
        return False
    if RELATIVE_DATE_LINE.match(line) or NO_ONE_CREDIT.match(line):
        return True  # "昨天", "3 hours ago": when it was shown; "From staff reports": no one
    agency, _, rest = line.partition("\n")  # "The Associated Press<br>Published Monday, …"
    agency = BY_PREFIX.sub("", agency)  # "By The Associated Press"
    if AGENCY_LINE.match(agency) and (not rest or is_dateline(rest)):
        found.merge(Byline(sources=[agency.strip()]))
        return True
    # A Japanese line of a few kanji is a section, a place or a label as often as a name
    # ("政治", "東京", "情報元"): there a name needs its role.
    bare_names = surname_test or not _CJK.search(line)
    credits = staff_credits([line]) if len(line) <= _MAX_BYLINE_BLOCK else []
    # a newsroom credited alone is no one's name, whatever particle precedes it ("Von der Redaktion")
    newsroom = bool(credits) and NEWSROOM_ALONE.fullmatch(credits[0]) is not None
    names = [] if newsroom else english_byline(line) or (is_name_line(line, surname_test) if bare_names else [])
    if names:
        found.merge(Byline(authors=names, sources=credited_agency(line)))
        return True
    if credits:  # "By AOL Staff": no person, but a credit
        found.merge(Byline(credits=credits))
    return bool(credits)


def _credit_beside_dateline(line: str) -> list[str]:
    """The reporters of a line that sets their credit and the date apart by a separator
    ("홍길동 기자 · 입력 2023.12.06 17:35"): a line of nothing but the two is byline matter."""
    if len(line) > _MAX_BYLINE_BLOCK:
        return []
    parts = LINE_PARTS.split(line)
    names: list[str] = []
    for part in parts if len(parts) > 1 else ():
        if not is_dateline(part):
            credited = reporter_credit(part)
            if not credited:
                return []
            names.extend(credited)
    return names


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


def _dashed_signature(text: str, surname_test: bool) -> list[str]:
    """The names of a line that is a dash and nothing but them ("- Nadja Podbregar", "— Jane
    Doe and John Roe"): a signature set apart under the story."""
    if text[:2] not in DASHES:
        return []
    return is_name_line(text[2:].strip(), surname_test)


def _read_closing_credits(blocks: list[Block], found: Byline, surname_test: bool) -> None:
    if _read_vietnamese_sourcing(blocks, found):
        return
    # An agency's credit, in the last paragraphs (a copyright line may follow it), stays
    # in the text; its reporters are the authors when nothing else named them.
    for block in blocks[-_WIRE_CREDIT_BLOCKS:]:
        if block.type != "paragraph":
            continue
        credit = wire_credit(block.text or "")
        if not found.authors:
            found.authors.extend(credit.authors)
        found.editors.extend(n for n in credit.editors if n not in found.editors)
    if len(blocks) > 1 and blocks[-1].type == "heading":
        # A heading heads nothing at the very end: a name set there in bold is the signature
        # ("<p><b>Stefan Wasmer</b></p>" closing a report).
        text = blocks[-1].text or ""
        signature = not text.endswith((":", "：")) and (standalone_byline(text) or is_name_line(text, surname_test))
        if signature:
            found.authors.extend(n for n in signature if n not in found.authors)
            del blocks[-1]
            return
    at = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].type == "paragraph" and blocks[i].text), None)
    if at is None:
        return
    last = blocks[at]
    text = last.text or ""
    closing = (standalone_byline(text) or _dashed_signature(text, surname_test)) if len(blocks) > 1 else []
    if closing:  # "Von Cosima Künzel" or "- Nadja Podbregar" closing the story
        found.authors.extend(n for n in closing if n not in found.authors)
        del blocks[at]
        return
    editor = TRAILING_EDITOR.search(text)
    if editor:
        found.editors.extend(n for n in _cjk_names(editor.group("names")) if n not in found.editors)
        last.text = text = text[: editor.start()].rstrip()
        if not text:
            del blocks[at]
            return
    signed = TRAILING_NAME.search(text)
    if signed and not _CJK.search(signed["names"]):
        names = [
            n for n in person_names(signed["names"]) if _written_as_name(n, surname_test) and not INSTITUTION.search(n)
        ]
        found.authors.extend(n for n in names if n not in found.authors)
        return
    author = TRAILING_AUTHOR.search(text)
    if author:
        names = _cjk_names(author.group("names"))
        found.authors.extend(n for n in names if n not in found.authors and _reads_as_cjk_name(n, surname_test))
