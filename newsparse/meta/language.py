"""The article's language as a BCP 47 tag: declared if the page says, else read off the text.

Tags are reduced to the primary language (``en-US`` -> ``en``), except Chinese, where the
script matters to readers: ``zh-Hant`` for traditional characters, ``zh`` otherwise.
Detection is deliberately small (scripts, then function words of the common Latin-script
languages): a wrong guess is worse than ``null``.
"""

from __future__ import annotations

import re
from collections import Counter

from newsparse.html.text import KANA_CLASS, count_chars

_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z0-9]{2,8}))*$")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_KANA = re.compile(KANA_CLASS + "+")
_HANGUL = re.compile(r"[\uac00-\ud7af]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
_ARABIC = re.compile(r"[\u0600-\u06ff]+")
# Scripts that one language writes, nearly alone, on the web.
_ONE_LANGUAGE_SCRIPTS = (
    (re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]+"), "el"),
    (re.compile(r"[\u0590-\u05ff]+"), "he"),
    (re.compile(r"[\u0e00-\u0e7f]+"), "th"),
    (re.compile(r"[\u0530-\u058f]+"), "hy"),
    (re.compile(r"[\u10a0-\u10ff]+"), "ka"),
)
# Characters frequent in one Chinese script and absent from the other.
_TRADITIONAL = frozenset("們個這來說時國會為後發經對學過還當點體與開關於聯應變從實義區報導從網讓該語麼無")
_SIMPLIFIED = frozenset("们个这来说时国会为后发经对学过还当点体与开关于联应变从实义区报导网让该语么无")
_TRADITIONAL_RE = re.compile(f"[{''.join(sorted(_TRADITIONAL))}]")
_SIMPLIFIED_RE = re.compile(f"[{''.join(sorted(_SIMPLIFIED))}]")
_FUNCTION_WORDS = {
    "en": "the and of to in is that for with was on are as it",
    "de": "der die und das ist nicht mit den von sich auch auf ein eine für",
    "fr": "le la les et des est une dans pour que qui sur pas du au",
    "es": "el la los las y que de en por una para con del se es",
    "it": "il di che la per una sono con non del della gli è anche",
    "pt": "o os que de da do em uma para com não por mais as é",
    "nl": "de het een van en is dat op te niet met voor zijn ook",
    "pl": "i w nie na się z że do jest to jak po od tak",
    "sv": "och att det som en på är av för med till den har inte om",
    "da": "og at det er en til på af med for den de ikke som har",
    "no": "og i det er en til på av med for som ikke har den",
    "fi": "ja on ei se että oli hän mutta kun myös tai ovat joka kuin",
    "hu": "az és hogy nem is egy meg van volt már csak ez azt",
    "ro": "și şi în cu pe care nu este mai din pentru fost sunt",
    "tr": "ve bir bu da için ile çok olarak gibi daha ama ne olan",
    "id": "yang dan di ini itu dengan untuk dari tidak dalam akan pada",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]+")
_SAMPLE = 4000
_MIN_SHARE = 0.08  # of the words: function words of the language the text is in
_CLEAR_LEAD = 1.5  # times the next language's count, where the two are close kin
_CLOSE_LANGUAGES = frozenset(("sv", "da", "no"))


def normalize_tag(tag: str | None) -> str | None:
    """``en-US`` -> ``en``; ``zh-TW``/``zh-HK``/``zh-Hant`` -> ``zh-Hant``; junk -> None."""
    if not tag:
        return None
    tag = tag.strip().replace("_", "-")
    if not _TAG.match(tag):
        return None
    parts = tag.lower().split("-")
    primary = parts[0]
    if primary in ("und", "mul", "zxx"):
        return None
    if primary == "zh" and any(p in ("hant", "tw", "hk", "mo") for p in parts[1:]):
        return "zh-Hant"
    return primary


def detect_language(text: str) -> str | None:
    sample = text[:_SAMPLE]
    if not sample:
        return None
    letters = count_chars(_LETTER, sample) or 1
    if count_chars(_KANA, sample) > 0.05 * letters:
        return "ja"
    if count_chars(_HANGUL, sample) > 0.3 * letters:
        return "ko"
    if count_chars(_HAN, sample) > 0.3 * letters:
        return chinese_script(sample)
    cyrillic = count_chars(_CYRILLIC, sample)
    if cyrillic > 0.5 * letters:
        return _cyrillic_language(sample, cyrillic)
    arabic = count_chars(_ARABIC, sample)
    if arabic > 0.5 * letters:
        return _arabic_script_language(sample, arabic)
    for runs, language in _ONE_LANGUAGE_SCRIPTS:
        if count_chars(runs, sample) > 0.5 * letters:
            return language
    tokens = Counter(_TOKEN.findall(sample.lower()))
    total = sum(tokens.values())
    if total < 20:
        return None
    counts = {lang: sum(tokens[w] for w in words) for lang, words in _WORDS.items()}
    best, runner_up = sorted(counts, key=counts.__getitem__, reverse=True)[:2]
    if counts[best] < _MIN_SHARE * total:
        return None
    if best in _CLOSE_LANGUAGES and runner_up in _CLOSE_LANGUAGES and counts[best] < _CLEAR_LEAD * counts[runner_up]:
        return None  # Danish, Norwegian and Swedish share their small words: no guess
    return best


def _cyrillic_language(sample: str, cyrillic: int) -> str:
    """Letters only one Cyrillic alphabet uses tell the language; else Russian."""
    lowered = sample.lower()
    for letters, language in (("іїєґ", "uk"), ("ђјљњћџ", "sr"), ("ў", "be")):
        if sum(lowered.count(ch) for ch in letters) > 0.005 * cyrillic:
            return language
    return "bg" if lowered.count("ъ") > 0.02 * cyrillic else "ru"


def _arabic_script_language(sample: str, arabic: int) -> str:
    """Letters Persian and Urdu add to the Arabic alphabet tell them apart; else Arabic."""
    urdu = sum(sample.count(ch) for ch in "ٹڈڑںے")
    if urdu > 0.01 * arabic:
        return "ur"
    persian = sum(sample.count(ch) for ch in "پچژگی")
    return "fa" if persian > 0.02 * arabic else "ar"


def chinese_script(text: str) -> str:
    traditional = len(_TRADITIONAL_RE.findall(text))
    simplified = len(_SIMPLIFIED_RE.findall(text))
    return "zh-Hant" if traditional > simplified else "zh"
