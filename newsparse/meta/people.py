"""Who a byline names: person names cleaned out of author fields and credit lines.

Names lose their "By", e-mail, date, role and "Staff"; anything that is not a person's name
is dropped: better fewer authors than wrong ones.  A newsroom's collective credit ("AOL
Staff") is the one exception, taken from author markup where no person is named.  Chinese
names must read as a surname and a given name; Korean and Japanese ones are read apart.
"""

from __future__ import annotations

import re

from newsparse.html.text import squash
from newsparse.meta.title import HOST_NAME
from newsparse.patterns.dates import MONTHS, WEEKDAY_NAMES
from newsparse.patterns.labels import (
    BY_PREFIX,
    BYLINE_END,
    BYLINE_TAIL,
    CJK_INTERFACE,
    CJK_NEWS_OUTLET,
    CJK_ORGANISATION,
    ENGLISH_MONTH,
    KOREAN_OUTLET,
    KOREAN_PHOTO,
    KOREAN_ROLES,
    NAME_SPLIT,
    NEWSROOM_ALONE,
    NEWSROOM_PREFIX,
    NOT_A_NAME,
    NOT_PERSON,
    STAFF_CREDIT,
)
from newsparse.patterns.names import COMPOUND_SURNAMES, COUNTRY_NAMES, SINGLE_SURNAMES

_NOTE_AFTER = re.compile(r"(?<=\w)\s*[(（](?P<note>[^()（）]{1,30})[)）]\s*$")
_WEB_ADDRESS = re.compile(r"www\.|https?:|\w\.(?:com|org|net|de|fr|uk|info)\b", re.IGNORECASE)
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
_STAFF_CODE = re.compile(r"(?<=[\u4e00-\u9fff])[_＿][A-Za-z]{0,6}\d{2,}$")
_KANJI_NAME_PART = re.compile(r"^[\u4e00-\u9fff々]{1,3}$")  # a Japanese family or given name
# A Japanese name may give its given name in hiragana ("小暮ひさのり"): a name only where a
# label or the markup says so, since words are written so too ("詳しく").
_KANA_NAME = re.compile(r"^[\u4e00-\u9fff]{1,3}[\u3041-\u3096]{2,5}$")
# A foreign name, or a pen name, in katakana, its parts set apart by "・" ("ジョン・スミス"):
# likewise a name only where a label or the markup says so ("ニュース" is a word).
_KATAKANA_NAME = re.compile(r"^[\u30a1-\u30fa\u30fc]{2,10}(?:[・･][\u30a1-\u30fa\u30fc]{2,10}){0,2}$")
HANGUL = re.compile(r"[가-힣]")
_KOREAN_NAME = re.compile(r"^[가-힣]{2,4}$")
_KOREAN_SPLIT = re.compile(r"[·,、/|]|\s(?:및|와|과)\s")
_KOREAN_EMAIL = re.compile(r"\S+@\S+")
_CJK_OUTLET = re.compile(r"^[\u4e00-\u9fff\w·]{2,16}$")
HAN_CHARACTER = re.compile(r"[\u4e00-\u9fff]")
# A name's letters; the vowel signs of the Indic scripts and Thai are marks, not word
# characters, to a regex ("राहुल शर्मा").
_NAME_CHARS = r"[\w'’.\-\u0300-\u036f\u0900-\u0dff\u0e00-\u0e7f]"
_LATIN_NAME = re.compile(rf"^[^\W\d_]{_NAME_CHARS}*(?:\s+[^\W\d_]{_NAME_CHARS}*){{0,4}}$")
_NICKNAME = re.compile(r"(?<=\w)\s+[\"“„'‘][^\"“”„'‘’]{2,30}[\"”“'’]\s+(?=\w)")
VALUE_TRIM = " \t:：,，;；|｜/\\()（）[]【】<>《》\"'“”"
# Emoji and pictographs a writer decorates a name with ("Jenny Smith ❤️"): no name's letters.
_PICTOGRAPHS = re.compile(r"[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+")
DATE_OR_TIME = re.compile(r"\d{4}[-/.年]\d{1,2}|\d{1,2}:\d{2}")
# A date in words after a newsroom's credit: a word opening on a digit, or a month's before one
# ("12 de marzo 2024", "March 12, 2024"), where a digit inside a word is the outlet's ("News4Max")
_CLOSING_DATE = re.compile(rf"\s+(?:{ENGLISH_MONTH}\s+)?\d.*$", re.IGNORECASE | re.DOTALL)
# Lower-case words inside a name: Romance, Filipino ("Juan dela Cruz"), Dutch ("Jan ter Horst"),
# German and Arabic particles.  Not those that also go on a sentence after a name (Portuguese
# "do", "das", Spanish "el", Dutch "ten": "Por Juan Pérez el lunes").
_NAME_PARTICLES = frozenset(
    "de da di du dela delos del della la le van von der den ter al bin ibn y zu".split()  # noqa: SIM905
)
# German-speaking doctorates name their faculty in lower case after "Dr." ("Dr. med. Anna
# Berg", "Dr. rer. nat. Eva Schmidt"): the title's part, not the name's end.
_FACULTIES = frozenset(
    "med. rer. nat. phil. jur. vet. dent. oec. theol. habil. pol. sc. techn. agr. troph. biol. paed. h.c.".split()  # noqa: SIM905
)
# Credits for other work than the writing, before "von"/"de" and a name ("Fotos von Anna
# Berg", "Geprüft von Dr. …", a medical reviewer's): no author's name, the particle read as a name's.
_OTHER_CREDITS = frozenset(
    (
        *("fotos", "foto", "bilder", "bild", "fotografie", "illustration", "illustrationen", "grafik", "grafiken"),
        *("video", "kamera", "übersetzt", "übersetzung", "geprüft", "überprüft", "photos"),
        *("ilustración", "ilustraciones"),
    )
)
# Degrees and licences written after a name ("Grant Tinsley, PhD"): no name themselves.
_CREDENTIAL = re.compile(r"^(?:Ph\.?\s?D|M\.?D|MPH|RDN?|RN|DVM|MSc|MBA|BSc|LCSW|CPT|Esq)\.?$")
_WEEKDAYS = frozenset(("mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "wed", "thu", "fri", "sat", "sun"))
# "in" and its kin in capitals, as a template writes its byline's words ("VON Sina Giebel IN
# Fashion"): after a name not itself in capitals, the section or place follows, no name.
_PLACE_WORDS_IN_CAPITALS = frozenset({"IN", "AT", "ON", "FOR", "IM", "AM", "BEI", "DANS", "EN", "SUR", "PER"})
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
_FAMILY_COMMA_GIVEN = re.compile(r"^\s*(?P<family>[^\W\d_][\w'’-]+),\s*(?P<given>[^\W\d_][\w'’-]+)\s*$")
_ABBREVIATION = 4  # characters with the dot: "Jr.", "Sr.", "Fr." end names; a longer word's dot ends a sentence


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
        if HANGUL.search(value):
            names.extend(name for name in korean_names(value) if name not in names)
            continue
        while BY_PREFIX.match(value):
            value = BY_PREFIX.sub("", value, count=1)
        if HAN_CHARACTER.search(value):
            value = DATE_OR_TIME.split(value, maxsplit=1)[0]  # "谢若含 2017-03-01 14:27:02"
        else:
            rest = _after_sections(value)  # past them, no section opens it: one call deeper at most
            if rest != value and person_names(rest):
                value = rest  # the sections before the names: "Politik · Jochen Bittner, Tina Hildebrandt"
            value = BYLINE_END.sub("", value)
            if value.endswith(":"):
                continue  # a label whose value was the date ("Stand: 20. April 2020")
        parts = NAME_SPLIT.split(value)
        addressed = len(parts) > 1 and (
            HOST_NAME.match(parts[0].strip()) is not None or parts[-1].strip(VALUE_TRIM).casefold() in COUNTRY_NAMES
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
            part = BY_PREFIX.sub("", part.strip(VALUE_TRIM)).strip(VALUE_TRIM)
            name = BYLINE_TAIL.sub("", part).strip(VALUE_TRIM)
            if name != part and " " not in name:
                continue  # the beat before a role ("Culture Writer"), not a one-word name
            name = _name_words(name)
            # a nickname in quotes between the names ('Amanda "Tania Mae" Tan') is a name's part
            if is_person(_NICKNAME.sub(" ", name)) and name not in names:
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
        if text and len(text.split()) > 1 and is_person(text.title()) and text not in names:
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
    if HAN_CHARACTER.search(name):
        return name
    words = name.split()
    if len(words) >= 3 and words[0] == "de" and all(word[0].isupper() for word in words[1:]):
        words = words[1:]  # Romanian's "by" ("de Ion Popescu"): a particle leads no full name
    if words and len(words[-1]) > _ABBREVIATION and words[-1].endswith("."):
        words[-1] = words[-1][:-1]  # the sentence's full stop ("Recueilli par Patrick ANGEVIN."), not "Jr."
    if len(words) > 2 and words[1] in _NAME_PARTICLES and words[0].lower() in _OTHER_CREDITS:
        return ""
    for index, word in enumerate(words[1:], 1):
        if word in _FACULTIES and (words[index - 1] == "Dr." or words[index - 1] in _FACULTIES):
            continue
        if word in _PLACE_WORDS_IN_CAPITALS and index > 1 and not words[index - 1].isupper():
            words = words[:index]  # the section after a template's "IN": "Sina Giebel IN Fashion"
            break
        if word[0].islower() and word not in _NAME_PARTICLES:
            if index == 1:
                return ""  # one capitalised word opening a sentence: "Please enter your name"
            words = words[:index]
            if len(words) > 1 and words[-1] in ("A", "An", "The"):
                words.pop()  # the article that opened the bio: "Daniel Lemire A computer …"
            elif len(words) > 2 and words[-1] == words[0]:
                words.pop()  # the given name that opened the bio: "Martin Chikilian Martin is …"
            break
    if "The" in words[2:]:
        words = words[: words.index("The", 2)]  # the outlet after the name: "Jane Doe The Washington Post"
    if len(words) > 2 and words[-1].lower().rstrip(".,") in _WEEKDAYS:
        words = words[:-1]  # the date's weekday after the name: "Heiko Sauer Do, 12.03.2020"
    for size in range(len(words) // 2, 0, -1):  # "Ellyn Shook Ellyn Shook Creating"
        if words[:size] == words[size : 2 * size]:
            words = words[:size]
            break
    return " ".join(words)


def korean_names(value: str) -> list[str]:
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


def cjk_names(value: str) -> list[str]:
    """Chinese names separated by spaces or 、 (``张三 李四``, ``郭爱青、王五``), each without
    the staff code a CMS may join to an editor's name ("杨倩_NF4425")."""
    names = []
    for part in re.split(r"[\s、，,;；/&＆]+", value.strip(VALUE_TRIM)):
        part = _STAFF_CODE.sub("", part.strip(VALUE_TRIM))
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


def is_person(name: str) -> bool:
    # no underscore: a user name's ("sv_team") or a gender form's ("Besucher_in"), never a name's
    if not name or len(name) > 60 or name in NOT_A_NAME or "_" in name:
        return False
    if HAN_CHARACTER.search(name):
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


def reads_as_cjk_name(name: str, surname_test: bool) -> bool:
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
    return [name for name in names if not HAN_CHARACTER.search(name) or reads_as_cjk_name(name, surname_test)]


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
        # the date a byline element goes on to ("ZDNet Japan Staff 2019年04月28日 08時00分",
        # "Redacción El Tiempo 12 de marzo 2024")
        text = _CLOSING_DATE.sub("", DATE_OR_TIME.split(text, maxsplit=1)[0])
        credit = NEWSROOM_PREFIX.sub("", _CREDIT_PREFIX.sub("", squash(BY_PREFIX.sub("", text))))
        if (
            (STAFF_CREDIT.match(credit) or NEWSROOM_ALONE.fullmatch(credit))
            and credit.split(maxsplit=1)[0].lower() not in _NOT_CREDIT_WORDS
            and credit not in found
        ):
            found.append(credit)
    return found


def written_as_name(text: str, surname_test: bool) -> bool:
    """Every word capitalised, two to four of them, no article in front: "Meg Kinnard".

    A Chinese name reads as one: "胡平".
    """
    if HAN_CHARACTER.search(text):
        return reads_as_cjk_name(text, surname_test)
    words = text.split()
    return 2 <= len(words) <= 4 and all(word[0].isupper() for word in words) and words[0].lower() not in _NOT_NAME_START


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
