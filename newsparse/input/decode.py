"""Bytes to text.  Lexbor would read any bytes as UTF-8, so the charset is ours to decide.

Order of evidence: byte-order mark, a charset the caller gives (``--encoding``), strict
UTF-8, the HTTP header's charset, the page's own ``<meta>`` declaration, then
charset-normalizer's statistical guess.
Valid UTF-8 beats a declaration, and a declaration is believed only when its codec decodes
the bytes cleanly, since Chinese CMSs often declare gb2312 for UTF-8 pages and the reverse;
a single-byte Cyrillic codec, which decodes anything, only when its reading looks like a
Cyrillic language; any codec only when the bytes beyond ASCII are shaped as its script's
(a Latin text's stand apart, Chinese or Russian run on), so a template's ISO-8859-1 over
Russian bytes, or gb2312 over an English page, gives way to the guess.  A UTF-8 page's
stray bytes, and the older half of a page mixing two encodings, are read in windows-1252
or the codec guessed for them, not dropped.
Labels map to the superset codec a browser uses, so a page declared ``gb2312`` that uses
GBK characters loses nothing.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from typing import NamedTuple

from newsparse.errors import NotHTMLError
from newsparse.html.text import count_chars
from newsparse.patterns.alphabets import LATIN_ALPHABETS
from newsparse.patterns.scripts import COMMON_CJK
from newsparse.urls import host_of

# The WHATWG Encoding Standard's labels Python's codec registry does not know, or knows as
# another codec than browsers apply (the rest it resolves, and _BROWSER_SUPERSET widens).
CODEC_FOR_LABEL = {
    **dict.fromkeys(("x-gbk", "gb_2312", "gb_2312-80", "csgb2312"), "gb18030"),
    **dict.fromkeys(("x-x-big5", "cn-big5"), "big5hkscs"),
    **dict.fromkeys(("x-sjis", "windows-31j"), "cp932"),
    **dict.fromkeys(("cseuckr", "csksc56011987", "iso-ir-149", "ks_c_5601-1989", "ksc_5601", "windows-949"), "cp949"),
    **dict.fromkeys(("unicode", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"), "utf-8"),
    # a page's own declaration of UTF-16 is one no byte stream can keep: browsers read UTF-8
    **dict.fromkeys(("utf-16", "utf-16le", "utf-16be"), "utf-8"),
    **{f"x-cp125{n}": f"cp125{n}" for n in range(9)},
    **dict.fromkeys(("windows-874", "dos-874"), "cp874"),
    **dict.fromkeys(("iso-8859-8-i", "csiso88598i", "logical", "visual", "csiso88598e", "iso-8859-8-e"), "iso8859-8"),
    **dict.fromkeys(("x-mac-roman", "mac", "csmacintosh"), "mac-roman"),
    **dict.fromkeys(("x-mac-cyrillic", "x-mac-ukrainian"), "mac-cyrillic"),
    **dict.fromkeys(("koi", "koi8"), "koi8-r"),
    "koi8-ru": "koi8-u",
    "csisolatin9": "iso8859-15",
    "sun_eu_greek": "iso8859-7",
    **dict.fromkeys(("csiso88596e", "csiso88596i", "iso-8859-6-e", "iso-8859-6-i"), "iso8859-6"),
    **dict.fromkeys(("x-euc-jp", "cseucpkdfmtjapanese"), "euc_jp"),
}
# ISO-8859 labels as pages spell them: "iso88592", "iso_8859-9:1989", "ISO8859_15"
_ISO_8859_LABEL = re.compile(r"iso[-_]?8859[-_]?(\d{1,2})(?::\d{4})?")
# Codecs a browser reads as their supersets, however the label named them (Python's registry
# knows "iso-ir-58" as gb2312, "ansi_x3.4-1968" as ascii).
_BROWSER_SUPERSET = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF16_SAMPLE = 256  # bytes read for the zeros of UTF-16 without a byte order mark
_UTF16_ZERO_SHARE = 0.9
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""")
_PRESCAN_BYTES = 16384
_CHAOS_MARGIN = 0.05
# How much better a reading in another alphabet must fit its language's letter frequencies
# (charset-normalizer's coherence) to win over the commoner encoding: a short Hebrew page
# fits Hebrew 0.42 in windows-1255 and Bulgarian 0.32 in windows-1251.
_COHERENCE_LEAD = 0.1
_MULTIBYTE = frozenset(("gb18030", "big5hkscs", "big5", "cp932", "euc_jp", "cp949"))
_FEW_ERRORS = 8
# Encodings the detector may answer with (charset-normalizer's names), commonest first.
_WEB_ENCODINGS = (
    "cp1252",
    "gb18030",
    "big5hkscs",
    "big5",
    "cp932",
    "euc_jp",
    "cp949",
    "cp1251",
    "koi8_r",
    "cp1250",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp874",
    "cp1257",
    "iso8859_6",
    "iso8859_5",
)
# The legacy encodings each language wrote its pages in, commonest first: what a browser
# set to that language falls back to.  A page's ``<html lang>`` is the hint, else its
# country domain ("zh-hant" is Taiwan's and Hong Kong's).
_LANGUAGE_ENCODINGS = {
    **dict.fromkeys(("zh",), ("gb18030", "big5hkscs", "big5")),
    **dict.fromkeys(("zh-hant",), ("big5hkscs", "big5", "gb18030")),
    **dict.fromkeys(("ja",), ("cp932", "euc_jp")),
    **dict.fromkeys(("ko",), ("cp949",)),
    **dict.fromkeys(("ru", "bg", "be", "sr", "mk"), ("cp1251", "koi8_r")),
    **dict.fromkeys(("uk",), ("cp1251", "koi8_u")),
    **dict.fromkeys(("cs", "sk", "pl", "hu", "ro", "hr", "sl", "bs"), ("cp1250", "iso8859_2")),
    **dict.fromkeys(("el",), ("cp1253", "iso8859_7")),
    **dict.fromkeys(("tr", "az"), ("cp1254", "iso8859_9")),
    **dict.fromkeys(("he", "iw", "yi"), ("cp1255", "iso8859_8")),
    **dict.fromkeys(("ar", "fa", "ur"), ("cp1256", "iso8859_6")),
    **dict.fromkeys(("lt", "lv", "et"), ("cp1257",)),
    **dict.fromkeys(("th",), ("cp874",)),
    **dict.fromkeys(("vi",), ("cp1258",)),
}
_DETECT_BYTES = 200_000
# Zeros, or control bytes no text holds (but tab, line feed, form feed, carriage return,
# and the escape ISO-2022-JP shifts with) among next to no tags: more than a few in a
# page's first bytes make it binary.  UTF-16's zeros are told apart first.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_TAG_OPENING = re.compile(rb"<[a-zA-Z!/?]")
_BINARY_SAMPLE = 1024
_BINARY_CONTROLS = 16
_FEW_TAGS = 8
_JIS_ESCAPE = b"\x1b$B"  # ESC $ B: ISO-2022-JP's shift into JIS X 0208 (its kanji and kana)
# Letters beyond ASCII that a reading must show to be judged by its language's alphabet, in
# how many characters of it, and by how much a reading must fit it better than the commonest.
# Only those beside an ASCII letter, outside scripts and styles, are read: a word's, not
# a script's data (a dictionary of bytes "¦a", "¹b", "ºc").
_IN_WORD = re.compile(r"(?<=[A-Za-z])[^\x00-\x7f]|[^\x00-\x7f](?=[A-Za-z])")
_SCRIPT_BLOCK = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_LATIN_LETTER = re.compile("[\u00c0-\u024f]")
# A reading in another script has next to no Latin letters; a wrong Latin one, some that
# are no letters of a language ("º" for Romanian "ş"), judged as such.
_LATIN_SHARE = 0.5
# Signs a wrong Latin reading makes of letters, which no text uses as often ("³" and "¹" for
# Polish "ł" and "ą" in windows-1252, "º" for Romanian "ş"): counted as letters of no alphabet.
_LETTERS_MISREAD = frozenset("¤¥¦¨ª¬¯±²³´µ¶¸¹º¼½¾")
_FIT_LETTERS = 20
_FIT_SAMPLE = 50_000
_FIT_LEAD = 0.1
_FIT_CLEAN = 0.9  # the share of its letters a reading must fit to be preferred at all
_PERFECT_FIT_LEAD = 0.05  # the lead a reading fitting every letter needs
# The Latin encodings whose readings are compared by their letters, commonest first.
_LATIN_READINGS = ("cp1252", "cp1250", "iso8859_2", "cp1254", "cp1257")
# The page's own address in its head: the canonical link or og:url, either attribute first.
_PAGE_URL = re.compile(
    rb"""<link[^>]+rel\s*=\s*["']?canonical["']?[^>]*?href\s*=\s*["']?([^"'\s>]+)|"""
    rb"""<meta[^>]+property\s*=\s*["']?og:url["']?[^>]*?content\s*=\s*["']?([^"'\s>]+)""",
    re.IGNORECASE,
)
# Country domains whose pages, when undeclared, were written in a legacy encoding of one
# language (a browser's fallback by domain).
_COUNTRY_LANGUAGE = {
    **dict.fromkeys(("cn",), "zh"),
    **dict.fromkeys(("tw", "hk", "mo"), "zh-hant"),
    **dict.fromkeys(("jp",), "ja"),
    **dict.fromkeys(("kr",), "ko"),
    **dict.fromkeys(("ru", "ua", "by", "bg", "rs", "mk", "kz", "su"), "ru"),
    **{"pl": "pl", "cz": "cs", "sk": "sk", "hu": "hu", "ro": "ro", "hr": "hr", "si": "sl", "ba": "bs"},
    **dict.fromkeys(("gr", "cy"), "el"),
    **{"tr": "tr", "az": "az"},
    **dict.fromkeys(("il",), "he"),
    **dict.fromkeys(("sa", "eg", "ae", "iq", "ir", "sy", "jo", "lb", "ma", "dz", "tn", "ly", "kw", "qa"), "ar"),
    **{"lt": "lt", "lv": "lv", "ee": "et"},
    **dict.fromkeys(("th",), "th"),
    **dict.fromkeys(("vn",), "vi"),
}
_C1_BYTES = re.compile(rb"[\x80-\x9f]")
# Single-byte Cyrillic codecs, and the share of a Cyrillic text's letters among its alphabet's ten commonest
_CYRILLIC_CODECS = ("cp1251", "koi8-r", "koi8-u", "iso8859-5", "cp866")
_CYRILLIC_LETTERS = re.compile(r"[\u0430-\u044f\u0451\u0454\u0456\u0457\u0491\u045e]+")
_SCRIPT_SAMPLE = 30_000  # characters of a reading judged: hundreds of letters, past the page's head
_CJK_CODECS = ("gb18030", "big5hkscs", "cp932", "cp949", "euc_jp")
_CJK_CHARACTERS = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+")
# Codecs of Latin letters, and of scripts whose words run on in bytes beyond ASCII, which a
# page may declare over the other kind's bytes (a template's "ISO-8859-1" kept over Russian or
# Chinese text; a Chinese site's "gb2312" over an English page), each decoding them "cleanly"
# as nonsense ("Ïðàâèòåëüñòâî", "Õþ¸®ÖÜÈý", "’s" as one Chinese character).  A Latin text's
# letters beyond ASCII stand one or two together ("Größe", "ação"); the other scripts' bytes
# run on for whole words (a Chinese character's second byte may be ASCII, so three make a
# run).  No-break spaces and a rule of one repeated byte ("————") are no letters.
_LATIN_CODECS = frozenset(
    {"cp1252", "cp1250", "cp1254", "cp1257", "cp1258", "mac-roman", "iso8859-15", "iso8859-2", "iso8859-3"}
    | {"iso8859-4", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-16"}
)
_RUN_ON_CODECS = frozenset(
    {*_CYRILLIC_CODECS, *_CJK_CODECS, "mac-cyrillic", "cp1253", "iso8859-7", "cp1255", "iso8859-8", "cp1256"}
    | {"iso8859-6", "cp874"}
)
_HIGH_BYTES = bytes(range(0x80, 0x100))
_HIGH_RUN = re.compile(rb"[\x80-\x9f\xa1-\xff]{3,}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_SHAPE_SAMPLE = 4096  # bytes read from the first beyond ASCII
_FOREIGN_BYTES = 100  # bytes in such runs: some twenty Russian words, fifty Chinese characters
_LATIN_BYTES = 6  # bytes standing alone or in pairs: two curly quotes and an accent
_SINGLE_BYTE_CODECS = _LATIN_CODECS | (_RUN_ON_CODECS - set(_CJK_CODECS))
# Codecs of scripts with capitals, whose text is mostly in lower case.
_CASED_CODECS = _LATIN_CODECS | {*_CYRILLIC_CODECS, "mac-cyrillic", "cp1253", "iso8859-7"}
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]+")
_HALFWIDTH_KANA = re.compile("[\uff61-\uff9f]+")
_BOX_IN_WORD = re.compile("[\u0400-\u04ff][\u2500-\u257f]|[\u2500-\u257f][\u0400-\u04ff]")
_CASE_SAMPLE = 65_536  # bytes: the text past a menu set in capitals ("ΑΡΧΙΚΗ ΕΙΔΗΣΕΙΣ")
_CASE_LETTERS = 20  # letters beyond ASCII a reading needs to be judged by their case
# The share of capitals that makes a reading no text: a right one has a tenth or less, a
# script read as another's capitals (Hebrew as KOI8-R, KOI8-R as windows-1251) nine tenths
# and more; Chinese or Arabic read as Latin letters, some two thirds, is left to other tests.
_CAPITALS_SHARE = 0.75
# A UTF-8 character beyond ASCII, as its bytes stand; a page holding this many beside bytes
# no UTF-8 reads, and at least one for every _MIXED_SHARE of those, mixes two encodings.
_UTF8_CHARACTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_MIXED_UTF8 = 3
_MIXED_SHARE = 4
# Two-byte UTF-8 characters (U+0080-U+07FF) in this many of the 128-character blocks their
# lead bytes pick: no text's, but a single-byte codec's letters paired by chance (Thai's)
_CHANCE_BLOCKS = 4
_HTML_LANG = re.compile(rb"""<html[^>]*?\slang\s*=\s*["']?([a-zA-Z]{2,3})\b""", re.IGNORECASE)
# The same hint in <meta>: content-language, or og:locale ("pl_PL"), either attribute first.
_META_LANG = re.compile(
    rb"""<meta[^>]+(?:content-language|og:locale)["']?[^>]*?content\s*=\s*["']?([a-zA-Z]{2,3})(?![a-zA-Z])|"""
    rb"""<meta[^>]+content\s*=\s*["']?([a-zA-Z]{2,3})(?:[_-][a-zA-Z]{2})?["']?[^>]*?(?:content-language|og:locale)""",
    re.IGNORECASE,
)

# Compressed data by its signature, and the format's name: the command line opens the first
# three (input/sources.py), the library, which reads pages, refuses them all.
COMPRESSED_SIGNATURES = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)
# File signatures of formats users mistake for pages.
_NOT_HTML_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    *((signature, f"{name} data") for signature, name in COMPRESSED_SIGNATURES),
    (b"BM", None),  # only with more evidence; "BM" starts plain words too
    (b"\x00\x00\x01\x00", "an icon"),
    (b"OggS", "an Ogg file"),
    (b"ID3", "an MP3 file"),
    (b"\x7fELF", "a program"),
)


_GBK_SPACE = "\ue5e5"
_C1_CONTROL = re.compile("[\x80-\x9f]")
# Central European pages are declared ISO-8859-2 and written in windows-1250 so often that a
# letter of the latter's in 80-9F (Š Ś Ť Ž Ź š ś ť ž ź), which the former leaves to controls,
# shows it; the two place most of their other letters apart ("ą" B9 and B1).
_CP1250_C1_LETTER = re.compile(rb"[\x8a\x8c-\x8f\x9a\x9c-\x9f]")
# The Windows codec each ISO-8859 codec's script has, for what it keeps in 80-9F.
_WINDOWS_SIBLING = {
    "iso8859-2": "cp1250",
    "iso8859-4": "cp1257",
    "iso8859-13": "cp1257",
    "iso8859-5": "cp1251",
    "iso8859-6": "cp1256",
    "iso8859-7": "cp1253",
    "iso8859-8": "cp1255",
}


@lru_cache(maxsize=16)
def _windows_c1(codec: str) -> dict[int, str]:
    """The characters of bytes 80-9F in ``codec``'s Windows sibling (windows-1252 for the
    Western ones), those it leaves undefined kept as they are."""
    windows = _WINDOWS_SIBLING.get(codec, "cp1252")
    table = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode(windows)
        except UnicodeDecodeError:
            continue
    return table


@dataclass(frozen=True)
class DecodedText:
    """Text of a page and how its encoding was decided (for ``--verbose`` and tests)."""

    text: str
    encoding: str
    source: str  # "bom", "given", "http", "meta", "utf-8", "detected", "fallback"
    dropped: int = 0  # undecodable byte sequences left out
    doubted: str | None = None  # the codec the page declared, where its bytes belied it
    verbatim: bool = False  # the page's bytes are this text in UTF-8, byte for byte

    def __post_init__(self) -> None:
        # GBK's byte pair A3A0 is a full-width space in every browser (the WHATWG index
        # maps it so); Python's gb18030 codec gives a private-use character, U+E5E5, that
        # shows as a box where Chinese pages indent their paragraphs with two of them.
        if self.encoding == "gb18030" and _GBK_SPACE in self.text:
            object.__setattr__(self, "text", self.text.replace(_GBK_SPACE, "\u3000"))
        # The ISO-8859 codecs leave bytes 80-9F to control characters no text holds; a page
        # declaring one and holding them was typed in its Windows sibling ("“" and "ś" as
        # windows-1252 and -1250 have them), its letters otherwise as declared.
        elif self.encoding.startswith("iso8859-") and _C1_CONTROL.search(self.text):
            object.__setattr__(self, "text", self.text.translate(_windows_c1(self.encoding)))


# Python's text codecs that no page is written in: names for other kinds of text, and UTF-7.
_NO_PAGE_CHARSET = frozenset({"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "utf-7"})


def codec_for(label: str) -> str | None:
    """The Python codec for a charset label, or None if the label names no charset a page
    can be written in: unknown, or one of Python's codecs that are no character set
    (``base64``, ``rot13``, ``idna``, ``unicode_escape``; a page declaring one had crashed
    the decoding), or UTF-7, which browsers refuse to read pages in."""
    label = label.strip().strip("\"'").lower()
    label = CODEC_FOR_LABEL.get(label, label)
    iso = _ISO_8859_LABEL.fullmatch(label)
    if iso:
        label = f"iso8859-{iso[1]}"
    try:
        codec = codecs.lookup(label)
    except LookupError:
        return None
    if not codec._is_text_encoding or codec.name in _NO_PAGE_CHARSET:
        return None
    return _BROWSER_SUPERSET.get(codec.name, codec.name)


def check_is_html(data: bytes) -> None:
    """Refuse bytes whose signature shows another format, before any decoding work."""
    head = data[:8]
    for magic, what in _NOT_HTML_MAGIC:
        if what and head.startswith(magic):
            raise NotHTMLError(f"not an HTML page: the data is {what}")
    sample = data[:_BINARY_SAMPLE]
    if (
        (sample.count(b"\x00") > _BINARY_CONTROLS or _is_noise(sample))
        and not data.startswith(tuple(bom for bom, _ in _BOMS))
        and _utf16_without_bom(data) is None
    ):
        raise NotHTMLError("not an HTML page: the data is binary")
    if (data.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI ")) or data[4:12] in (
        b"ftypisom",
        b"ftypmp42",
    ):
        raise NotHTMLError("not an HTML page: the data is a media file")


def _is_noise(sample: bytes) -> bool:
    """Control bytes throughout and next to no tag: compressed or random data, where a page
    may hold a few such bytes (an ad server's separators in a comment) among its tags."""
    return len(_CONTROL_BYTES.findall(sample)) > _BINARY_CONTROLS and len(_TAG_OPENING.findall(sample)) < _FEW_TAGS


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without its byte order mark (as some Windows tools write pages): markup
    in ASCII leaves every other byte zero, the odd ones in little-endian order."""
    head = data[:_UTF16_SAMPLE]
    if len(head) < _UTF16_SAMPLE // 4:
        return None
    even, odd = head[0::2], head[1::2]
    for codec, zeros, letters in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) >= _UTF16_ZERO_SHARE * len(zeros) and letters.count(0) <= len(letters) // 10:
            return codec
    return None


def _declared_charset(data: bytes) -> str | None:
    head = data[:_PRESCAN_BYTES]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _page_language(head: bytes, url: str | None) -> str:
    """The language a page declares (``<html lang>``, content-language, og:locale), else the
    one its address's country domain speaks: the page's own URL (given, else its canonical
    or og:url), as a browser falls back by the domain (.pl, .cz, .gr, .co.il)."""
    lang = _HTML_LANG.search(head) or _META_LANG.search(head)
    if lang:
        return next(filter(None, lang.groups()), b"").decode("ascii").lower()  # whichever alternative matched
    if not url:
        found = _PAGE_URL.search(head)
        url = next(filter(None, found.groups()), b"").decode("ascii", "replace") if found else None
    host = host_of(url)
    return _COUNTRY_LANGUAGE.get(host.rsplit(".", 1)[-1], "")


def _detect(data: bytes, url: str | None = None) -> str | None:
    """charset-normalizer's guess among encodings the web uses, ties going to the commoner.

    Short texts fit several codecs about equally well (French reads as Baltic, a Chinese
    sentence as Thai), and its coherence scores are too close to rank them; a browser would
    read an undeclared Western page as windows-1252.  So among the least chaotic readings
    the encodings of the page's language come first (Hebrew read as Cyrillic, Turkish as
    Western otherwise), then the commonest encoding on the web.  The page's own declaration
    is not the detector's to weigh (it puts a declared codec first): a declared page comes
    here only when its declaration is doubted.
    """
    from charset_normalizer import from_bytes

    language = _page_language(data[:_PRESCAN_BYTES], url)
    hinted = _LANGUAGE_ENCODINGS.get(language, ())
    candidates = [*hinted, *(e for e in _WEB_ENCODINGS if e not in hinted)]
    matches = list(from_bytes(data[:_DETECT_BYTES], cp_isolation=candidates, preemptive_behaviour=False))
    if not matches:
        return None
    high, in_runs = _shape(data)
    if high >= _LATIN_BYTES and in_runs * 2 < high:
        # Letters beyond ASCII standing one or two together are a Latin text's, however
        # little chaos a Chinese reading of them shows (or a Russian one of soft hyphens).
        matches = [m for m in matches if codec_for(m.encoding) in _LATIN_CODECS] or matches
    # A reading in capitals throughout (Hebrew read as KOI8-R's upper-case Cyrillic), or in
    # half-width katakana (KOI8-R's lower case, EUC-JP's kana, read as Shift_JIS), is no
    # page's text, however little chaos the detector sees in a short one; with no other
    # reading left, the detector has none, and the bytes' shape is read instead.
    sample = _sample_beyond_ascii(data)
    matches = [m for m in matches if not _reads_as_no_text(sample, m.encoding)]
    if not matches:
        return None
    least_chaos = min(m.chaos for m in matches)
    close = [m for m in matches if m.chaos <= least_chaos + _CHAOS_MARGIN]
    # A reading stands for every encoding that gives the same text (German in cp1250 is
    # German in cp1252): it ranks as the commonest of them.
    rank = {encoding: place for place, encoding in enumerate(candidates)}
    best_match = min(close, key=lambda m: min(rank.get(e, len(rank)) for e in m.could_be_from_charset))
    # Between alphabets, a reading that fits a language's letter frequencies far better wins
    # over the commoner encoding (Hebrew reads as Cyrillic letters too, but as no Cyrillic
    # language's).  Not against Chinese or Japanese, whose short texts fit Thai as well; nor
    # between two Latin readings, which the letters they make tell apart better (Polish read
    # as windows-1257 fits Polish's frequencies better than read right, with "ŕ" for "ą").
    alphabetic = [m for m in close if m.encoding not in _MULTIBYTE]
    fitting = max(alphabetic, key=lambda m: m.coherence, default=best_match)
    both_latin = codec_for(best_match.encoding) in _LATIN_CODECS and codec_for(fitting.encoding) in _LATIN_CODECS
    if (
        not both_latin
        and best_match.encoding not in _MULTIBYTE
        and fitting.coherence >= best_match.coherence + _COHERENCE_LEAD
    ):
        best_match = fitting
    best = min(best_match.could_be_from_charset, key=lambda e: rank.get(e, len(rank)))
    best = _koi8_variant(best, sample)
    if best == "cp1250" and not _C1_BYTES.search(data):
        # windows-1250 keeps š, ž and ś in 0x80-0x9F, which Czech and Polish text seldom
        # lacks; ISO-8859-2 keeps nothing there, and reads the rest the same (but "ą",
        # "ś" and "ź", which the letters below tell).
        best = "iso8859_2"
    if codec_for(best) in _LATIN_CODECS:
        # the page's own language's letters where it names one; a French page quoting Czech
        # names ("Babiš", "Čapí") fits Slovak's letters better read as windows-1250
        alphabet = LATIN_ALPHABETS.get(language)
        best = _best_alphabet_fit(
            data[:_DETECT_BYTES], best, (alphabet,) if alphabet else tuple(LATIN_ALPHABETS.values())
        )
    return codec_for(best)


def _koi8_variant(codec: str, sample: bytes) -> str:
    """KOI8-U for a KOI8-R reading that draws a box's line inside a word ("в╕второк"):
    KOI8-U is KOI8-R with Ukrainian's і, ї, є and ґ where KOI8-R draws boxes."""
    if codec_for(codec) == "koi8-r" and _BOX_IN_WORD.search(sample.decode("koi8_r")):
        return "koi8-u"
    return codec


def _sample_beyond_ascii(data: bytes, size: int = _CASE_SAMPLE) -> bytes:
    """``size`` bytes of the page from its first beyond ASCII on: its title or its text, not
    its head."""
    first = _HIGH_BYTE.search(data)
    return data[first.start() : first.start() + size] if first else b""


def _reads_as_no_text(sample: bytes, encoding: str) -> bool:
    """Whether ``encoding`` reads ``sample`` as no language writes: the letters beyond ASCII
    of a script with cases nearly all capitals, or Shift_JIS's half-width katakana outnumbering
    its kana and kanji (old Japanese pages set a katakana word so, never their text)."""
    codec = codec_for(encoding)
    if codec not in _CASED_CODECS and codec != "cp932":
        return False
    beyond = "".join(_BEYOND_ASCII.findall(sample.decode(codec, "ignore")))
    if codec == "cp932":
        halfwidth = count_chars(_HALFWIDTH_KANA, beyond)
        return halfwidth >= _CASE_LETTERS and halfwidth > count_chars(_CJK_CHARACTERS, beyond)
    letters = sum(map(str.isalpha, beyond))
    return letters >= _CASE_LETTERS and sum(map(str.isupper, beyond)) > _CAPITALS_SHARE * letters


def _best_alphabet_fit(
    sample: bytes, commonest: str, alphabets: tuple[str, ...], commonest_fit: float | None = None
) -> str:
    """Of the Latin encodings, the one whose reading's letters beyond ASCII keep to one
    language's alphabet: Czech read as windows-1252 has "rozpoèet" and "mìsta", "è" and "ì"
    no Czech letters and "ý" and "š" no Italian or French ones, where windows-1250 gives
    "rozpočet" and "města", all Czech; Turkish "þehir" for "şehir"; Polish "by³o" in
    windows-1252, "siź" in windows-1257 for "się".  The detector weighs these few letters too
    lightly, and its sense of chaos may keep the right reading from its short list.  The
    commonest encoding stands unless another's reading fits one of ``alphabets`` cleanly and
    clearly better; a reading in another script is not compared (an Arabic reading of
    Spanish fits Arabic's letters as well as the Spanish one fits Spanish's).
    ``commonest_fit`` stands for the commonest's reading where it does not decode cleanly
    (a declared windows-1252 over windows-1250's "Ź", a byte it leaves undefined)."""
    fits: dict[str, float] = {} if commonest_fit is None else {commonest: commonest_fit}
    for codec in dict.fromkeys((commonest, *_LATIN_READINGS)):
        if codec in fits:
            continue
        text = _strict(sample, codec)
        fit = _alphabet_fit(text, alphabets) if text is not None else None
        if fit is not None:
            fits[codec] = fit
    floor = fits.get(commonest)
    if floor is None:
        return commonest
    best = max(fits, key=fits.__getitem__)
    if fits[best] == 1 and floor <= 1 - _PERFECT_FIT_LEAD:
        return best  # every letter one language's, against a few of another's (Turkish read as Icelandic)
    return best if fits[best] >= max(floor + _FIT_LEAD, _FIT_CLEAN) else commonest


def _alphabet_fit(reading: str, alphabets: tuple[str, ...]) -> float | None:
    """The largest share of a reading's letters beyond ASCII that one of the Latin alphabets holds;
    None for too few letters to judge, or letters of another script."""
    beyond = Counter(c.lower() for c in _IN_WORD.findall(_SCRIPT_BLOCK.sub(" ", reading)[:_FIT_SAMPLE]))
    letters = {c: n for c, n in beyond.items() if c.isalpha() and c not in _LETTERS_MISREAD}
    latin = sum(n for c, n in letters.items() if _LATIN_LETTER.match(c))
    total = sum(letters.values()) + sum(n for c, n in beyond.items() if c in _LETTERS_MISREAD)
    if total < _FIT_LETTERS or latin < sum(letters.values()) * _LATIN_SHARE:
        return None
    return max(sum(n for c, n in letters.items() if c in alphabet) for alphabet in alphabets) / total


def _mostly(data: bytes, codec: str, source: str) -> DecodedText | None:
    """The reading in ``codec`` if it decodes all but a few bytes (dropped and counted).

    A truncated character or two does not make a declaration false; many do.
    """
    text = _strict(data, codec)
    if text is not None:
        return DecodedText(text, codec, source)
    text = data.decode(codec, "replace")
    broken = text.count("\ufffd")
    if broken > max(_FEW_ERRORS, len(data) // 2000):
        return None
    if codec == "utf-8":
        if sum(1 for ch in text if ord(ch) > 127) < 10 * broken + broken:
            return None  # too few good multi-byte characters to call the rest UTF-8
        text = data.decode(codec, _strays_read_in("cp1252"))
        broken = text.count("\ufffd")
    return DecodedText(text.replace("\ufffd", ""), codec, source, broken)


def _stray(codec: str, error: UnicodeError) -> tuple[str, int]:
    """A byte a UTF-8 page cannot hold, read as ``codec`` has it: a Latin-1 "ü" pasted into
    the page ("Mitgef\\xfchl", "pr\\xe4\\xadven" with its soft hyphen).  But a character
    cut short, as a template truncates a teaser before its ellipsis ("papieros\\xc3..."), or
    at the page's end, is left out (counted): elsewhere a Latin-1 "café." or "«é»" reads
    as it was written."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    stray, after = error.object[error.start : error.end], error.object[error.end : error.end + 3]
    if 0xC2 <= stray[0] <= 0xF4 and after in (b"...", b"\xe2\x80\xa6", b""):
        return "\ufffd", error.end  # a character's first bytes before "..." or the end
    return stray.decode(codec, "replace"), error.end


@cache
def _strays_read_in(codec: str) -> str:
    """The name of a decoding error handler that reads UTF-8's stray bytes in ``codec``."""
    name = f"newsparse-strays-{codec}"
    codecs.register_error(name, partial(_stray, codec))
    return name


def _mixed(data: bytes, url: str | None) -> DecodedText | None:
    """A page part UTF-8, part a single-byte codec (a UTF-8 template around an article kept
    in windows-1252 or -1251): its UTF-8 characters as they are, its other bytes beyond
    ASCII in the codec the detector finds for them alone.  None where the page holds too
    few UTF-8 characters beside them to be one ("NESCAFÉ®" in windows-1252 is one by
    chance, and a windows-1251 text makes some, "Ві" among them), or the page reads whole
    in a multi-byte codec (GBK's pairs are often UTF-8's by chance too)."""
    legacy, characters = _UTF8_CHARACTER.subn(b"", data)
    strays = len(legacy) - len(legacy.translate(None, _HIGH_BYTES))
    if characters < _MIXED_UTF8 or characters * _MIXED_SHARE < strays:
        return None
    if any(_strict(data, codec) is not None for codec in _CJK_CODECS) or _paired_by_chance(data):
        return None
    codec = _detect(legacy, url)
    if codec not in _SINGLE_BYTE_CODECS:
        return None
    text = data.decode("utf-8", _strays_read_in(codec))
    return DecodedText(text.replace("\ufffd", ""), f"utf-8+{codec}", "detected", text.count("\ufffd"))


def _paired_by_chance(data: bytes) -> bool:
    """Whether a page's UTF-8 characters are another encoding's bytes that pair as UTF-8's do
    by chance: TIS-620 gives Thai's consonants both a lead byte's values and a continuation
    byte's, and its text so makes Cyrillic, Armenian, Hebrew and Arabic letters side by side,
    where a UTF-8 template's characters keep to a script or two and punctuation."""
    blocks = {pair[0] >> 1 for pair in _UTF8_CHARACTER.findall(data) if len(pair) == 2}
    return len(blocks) >= _CHANCE_BLOCKS


def _runs_of(letters: Iterable[str]) -> re.Pattern[str]:
    return re.compile(f"[{''.join(sorted(letters))}]+")


class _Script(NamedTuple):
    """Codecs that decode each other's bytes without an error, and how a right reading of
    their script looks: most of its letters among the commonest few."""

    codecs: tuple[str, ...]
    letters: re.Pattern[str]  # runs of the script's letters
    common: re.Pattern[str]  # runs of its commonest letters
    minimum: int  # letters a text needs to be judged
    nonsense: float  # a reading whose common share is below this may be a wrong one
    language: float  # a reading whose common share reaches this reads as the language
    margin: float  # by which another reading's share must beat the declared one's


_SCRIPTS = (
    # Every byte decodes in windows-1251 and KOI8-R alike: "зПТПДУЛПК" for "городской".
    _Script(_CYRILLIC_CODECS, _CYRILLIC_LETTERS, _runs_of("оеаинтсрвл"), 200, 0.5, 0.55, 0.0),
    # Big5 decodes as GBK, GBK as Shift_JIS: characters from all over the table.
    _Script(_CJK_CODECS, _CJK_CHARACTERS, _runs_of(COMMON_CJK), 50, 0.5, 0.5, 0.2),
)


def _script_checked(data: bytes, found: DecodedText, url: str | None) -> DecodedText:
    """The declared codec's reading, unless it reads as nonsense in its script and another
    codec of the script, decoding the bytes cleanly, reads as the language: a page declaring
    one and written in the other decodes "cleanly" as nonsense, where the commonest letters
    of the language are rare.  Nonsense that no codec of the script reads better is another
    script's bytes (Chinese under "windows-1251"): the detector's reading then, in a codec
    of another script."""
    for script in _SCRIPTS:
        if found.encoding not in script.codecs:
            continue
        judged = False  # the declared reading, once another codec reads the bytes: most CJK
        for codec in script.codecs:  # codecs fail on the first byte pair they cannot read, cheaply
            text = _strict(data, codec) if codec != found.encoding else None
            if text is None:
                continue
            if not judged:
                declared, judged = _common_share(found.text, script), True
                if declared is None or declared >= script.nonsense:
                    return found  # too few letters to judge, or the language's own
            share = _common_share(text, script)
            if share is not None and share >= script.language and share >= declared + script.margin:
                return DecodedText(text, codec, "detected", doubted=found.encoding)
        detected = _detect(data, url) if judged else None
        text = _strict(data, detected) if detected and detected not in script.codecs else None
        if text is not None:
            return DecodedText(text, detected, "detected", doubted=found.encoding)
    return found


def _shape(data: bytes) -> tuple[int, int]:
    """Bytes beyond ASCII, and those of them in runs of three and more that are not one
    byte repeated."""
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    return high, sum(len(run) for run in _HIGH_RUN.findall(data) if run.count(run[0]) < len(run))


def _shape_checked(data: bytes, found: DecodedText, url: str | None) -> DecodedText:
    """The declared codec's reading, unless the bytes beyond ASCII are shaped as another
    kind of script's: a Latin text's accents stand one or two together, where the letters
    of Cyrillic, Greek, Arabic or Chinese run on for whole words.  A Latin codec declared
    over bytes that mostly run on gives way to the first codec of a script that reads the
    bytes as its language (its commonest letters), else to the detector's reading in
    another script's codec (which a page's head, all markup, may keep Latin: the
    declaration then stands).  Another script's codec declared over bytes that mostly stand
    alone (an English page's curly quotes under a Chinese site's "gb2312") gives way to
    the detector's reading in a Latin codec."""
    latin = found.encoding in _LATIN_CODECS
    if not latin and found.encoding not in _RUN_ON_CODECS:
        return found  # UTF-8 with a few broken bytes, or a codec of neither kind
    if not latin:
        # A page in the declared script shows it in its first stretch beyond ASCII: that
        # spares the whole page's scan (a Chinese page's runs are thousands of pieces).
        high, in_runs = _shape(_sample_beyond_ascii(data, _SHAPE_SAMPLE))
        if high >= _LATIN_BYTES and in_runs * 2 >= high:
            return found
    high, in_runs = _shape(data)
    runs_on = in_runs * 2 >= high
    if (latin and (in_runs < _FOREIGN_BYTES or not runs_on)) or (not latin and (high < _LATIN_BYTES or runs_on)):
        return found
    # Over a Latin codec, a codec of Cyrillic or CJK that reads the bytes as its language
    # (their commonest letters) is the surer word: the detector's may be another script's
    # with no such test (Chinese read as Arabic).
    read = _read_as_a_language(data) if latin else None
    if read is not None:
        return replace(read, doubted=found.encoding)
    detected = _detect(data, url)
    text = _strict(data, detected) if detected and (detected in _LATIN_CODECS) != latin else None
    if text is not None:
        return DecodedText(text, detected, "detected", doubted=found.encoding)
    return found


def _alphabet_checked(data: bytes, found: DecodedText, url: str | None) -> DecodedText:
    """The declared Latin codec's reading, unless the page's language names an alphabet
    another Latin codec's reading fits clearly better: Polish under "iso-8859-1" reads
    "Rz¹d og³asza", Czech "opatøení", Turkish "açýkladý", each a letter of no such
    alphabet.  A reading that fits the language's letters is left unread in the others."""
    if found.encoding not in _LATIN_CODECS:
        return found
    alphabet = LATIN_ALPHABETS.get(_page_language(data[:_PRESCAN_BYTES], url))
    if alphabet is None:
        return found
    declared = _alphabet_fit(found.text, (alphabet,))
    if declared is None or declared > 1 - _PERFECT_FIT_LEAD:
        return found
    best = _best_alphabet_fit(data[:_DETECT_BYTES], found.encoding, (alphabet,), declared)
    text = _strict(data, best) if best != found.encoding else None
    return DecodedText(text, best, "detected", doubted=found.encoding) if text is not None else found


def _runs_on(data: bytes) -> bool:
    """Whether the bytes beyond ASCII run on as another script's than Latin's do."""
    high, in_runs = _shape(data)
    return in_runs >= _FOREIGN_BYTES and in_runs * 2 >= high


def _read_as_a_language(data: bytes) -> DecodedText | None:
    """The reading, in the first script that reads the bytes as its language (its
    commonest letters, in whatever case: Greek read as KOI8-R is Russian's common letters
    in capitals, no text), by the codec that reads them best, for bytes that run on as no
    Latin text's do.  The best, not the first: EUC-JP's kana are GB18030's too, so
    Japanese read as Chinese passes on its kana, its kanji gone to nonsense."""
    sample = _sample_beyond_ascii(data)
    for script in _SCRIPTS:
        best: tuple[float, str, str] | None = None
        for codec in script.codecs:
            text = _strict(data, codec)
            share = _common_share(text, script) if text is not None else None
            better = share is not None and share >= script.language and (best is None or share > best[0])
            if better and text is not None and not _reads_as_no_text(sample, codec):
                best = (share, codec, text)
        if best is not None:
            _, codec, text = best
            variant = _koi8_variant(codec, sample)
            return DecodedText(text if variant == codec else data.decode(variant), variant, "detected")
    return None


def _common_share(text: str, script: _Script) -> float | None:
    """The share of the script's commonest letters among a text's letters in it: some two
    thirds in a right reading of Russian, Chinese or Japanese, a third or less in a wrong
    one; None for a text of too few of its letters to judge."""
    # from the script's first letter: a page's head of scripts and styles may run for tens
    # of thousands of characters before its text
    first = script.letters.search(text)
    if first is None:
        return None
    sample = text[first.start() : first.start() + _SCRIPT_SAMPLE].lower()
    letters = count_chars(script.letters, sample)
    if letters < script.minimum:
        return None
    # counted by deleting runs, in C: a loop over each letter cost a Chinese page a millisecond
    return count_chars(script.common, sample) / letters


def decode_html(
    data: bytes, encoding: str | None = None, transport_charset: str | None = None, url: str | None = None
) -> DecodedText:
    """Decode page bytes; ``encoding`` (a label) overrides every other piece of evidence.

    ``transport_charset`` is what an HTTP ``Content-Type`` header said; like the page's own
    declaration it is believed only if its codec decodes the bytes cleanly.  ``url``, the
    page's address, hints an undeclared page's language by its country domain.
    """
    check_is_html(data)
    if encoding:
        codec = codec_for(encoding)
        if codec is None:
            raise LookupError(f"unknown encoding: {encoding}")
        return DecodedText(data.decode(codec, "replace"), codec, "given")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return DecodedText(data[len(bom) :].decode(codec, "replace"), codec, "bom")
    utf16 = _utf16_without_bom(data) if b"\x00" in data[:2] else None
    if utf16:
        return DecodedText(data.decode(utf16, "replace"), utf16, "detected")

    # ISO-2022-JP (older Japanese pages, mail archives) is seven-bit: valid UTF-8 too, but
    # its escapes into JIS X 0208 say what it is, declared or not.
    if b"\x1b" in data and _JIS_ESCAPE in data:  # a lone byte's search is the fast one
        text = _strict(data, "iso2022_jp")
        if text is not None:
            return DecodedText(text, "iso2022_jp", "detected")
    # Bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever the page declares:
    # no other encoding produces such sequences by chance over a whole page.
    text = _strict(data, "utf-8")
    if text is not None:
        return DecodedText(text, "utf-8", "utf-8", verbatim=True)

    codec = None
    meta_charset = _declared_charset(data)
    if codec_for(transport_charset or "") == "cp1252" and meta_charset and codec_for(meta_charset) != "cp1252":
        # ISO-8859-1 in a header is most often a server's default, a <meta> the author's own
        # word ("windows-1251" under "text/html; charset=ISO-8859-1"): the page's word first.
        transport_charset = None
    tried = set()  # codecs read already, the header's and the page's often the same
    for declared, source in ((transport_charset, "http"), (meta_charset, "meta")):
        codec = codec_for(declared) if declared else None
        if codec == "iso8859-2" and _CP1250_C1_LETTER.search(data):
            codec = "cp1250"  # "ś", "ź", "š" where ISO-8859-2 has none: windows-1250 throughout
        if codec and codec not in tried and not codec.startswith(("utf-16", "utf-32")):
            tried.add(codec)
            found = _mostly(data, codec, source)
            if found is not None:
                return _alphabet_checked(data, _shape_checked(data, _script_checked(data, found, url), url), url)
    if not data.isascii():
        # Undeclared, and UTF-8 but for a few corrupt bytes: still UTF-8; or UTF-8 and an
        # older encoding side by side.
        found = (None if "utf-8" in tried else _mostly(data, "utf-8", "utf-8")) or _mixed(data, url)
        if found is not None:
            return found

    detected = _detect(data, url)
    # A large page's markup can outweigh its text in the detector's samples (or its text lie
    # past them), which then see a Latin page in Chinese bytes: the bytes' shape says otherwise.
    if (detected is None or detected in _LATIN_CODECS) and _runs_on(data):
        read = _read_as_a_language(data)
        if read is not None:
            return read
    text = _strict(data, detected) if detected else None
    if text is not None:
        return DecodedText(text, detected, "detected")
    # Nothing decodes cleanly (a truncated or corrupt byte sequence): keep the declared or
    # detected reading and leave out the broken bytes, counting them so callers can say so.
    # With neither (the detector found every reading too chaotic: soft hyphens throughout),
    # windows-1252, a browser's default, loses a byte or two where UTF-8 lost every letter.
    # A declared UTF-8 keeps what of it is UTF-8 and reads the rest as windows-1252 too.
    fallback = codec or detected or "cp1252"
    text = data.decode(fallback, _strays_read_in("cp1252") if fallback == "utf-8" else "replace")
    broken = text.count("\ufffd")
    return DecodedText(text.replace("\ufffd", ""), fallback, "fallback", broken)
