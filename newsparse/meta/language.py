"""The article's language as a BCP 47 tag: declared if the page says, else read off the text;
and read off the text too where it plainly is not in the declared language.

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
    # the scripts of India and South-East Asia, each the script of one language on the web
    # (their runs take in the vowel signs, which are no letters: the share still tells)
    (re.compile(r"[\u0980-\u09ff]+"), "bn"),
    (re.compile(r"[\u0a00-\u0a7f]+"), "pa"),
    (re.compile(r"[\u0a80-\u0aff]+"), "gu"),
    (re.compile(r"[\u0b80-\u0bff]+"), "ta"),
    (re.compile(r"[\u0c00-\u0c7f]+"), "te"),
    (re.compile(r"[\u0c80-\u0cff]+"), "kn"),
    (re.compile(r"[\u0d00-\u0d7f]+"), "ml"),
    (re.compile(r"[\u0d80-\u0dff]+"), "si"),
    (re.compile(r"[\u1000-\u109f]+"), "my"),
    (re.compile(r"[\u1780-\u17ff]+"), "km"),
    (re.compile(r"[\u0e80-\u0eff]+"), "lo"),
)
_DEVANAGARI = re.compile(r"[\u0900-\u097f]+")
# Anything beyond the Latin alphabets (with Vietnamese's): text without it is Latin-script
_BEYOND_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f]+")
# Hindi's small words; Marathi and Nepali, written in the same script, use others
_HINDI_WORDS = frozenset(["के", "की", "में", "है", "और", "को", "से", "का", "हैं", "ने", "पर", "यह", "भी"])
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
    "hu": "a az és hogy nem is egy meg van volt már csak ez azt",
    "ro": "și şi în cu pe care nu este mai din pentru fost sunt să iar la un",
    "tr": "ve bir bu da için ile çok olarak gibi daha ama ne olan",
    "id": "yang dan di ini itu dengan untuk dari tidak dalam akan pada",
    "vi": "và của là có các được trong cho không những với này một đã người",
    "cs": "a je se na že to jsou by jak ale pro které nebo jako také při",
    "sk": "a je sa na že to sú by ako ale pre ktoré alebo aj pri tak",
    "hr": "i je u na se da su za od koji kao ili što nije te",
    "sl": "in je v na se da so za od ki kot ali pa tudi bo",
    "et": "ja on et ei see ka oli kui aga mis või ta ning",
    "lt": "ir yra kad į su iš buvo tai bet kaip nuo jo jau",
    "lv": "un ir ka ar no uz par kā tas bet arī vai to",
    "ca": "els les i amb és per més aquest això però dels als",  # the words Spanish lacks
    "sw": "na ya wa kwa za la katika ni kuwa hii kama lakini mwa cha vya kwamba pia baada kutoka yake ambayo ambao "
    "wakati hiyo",
    "tl": "ang ng sa na at mga ay ni para hindi ito kay",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
# Each small word and the languages it is one of ("de": Dutch, Spanish, Portuguese, …)
_SMALL_WORDS = frozenset().union(*_WORDS.values())
_LANGUAGES_OF = {word: tuple(lang for lang, words in _WORDS.items() if word in words) for word in _SMALL_WORDS}
_TOKEN = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]+")
_SAMPLE = 4000
_MIN_SHARE = 0.08  # of the words: function words of the language the text is in
_CLEAR_LEAD = 1.5  # times the next language's count, where the two are close kin
# Close kin that share many small words: a guess between two of one group wants a clear lead
_CLOSE_LANGUAGES = (
    frozenset(("sv", "da", "no")),
    frozenset(("cs", "sk")),
    frozenset(("hr", "sl")),
    frozenset(("fi", "et")),
    frozenset(("es", "ca")),  # Catalan's list holds only the words Spanish lacks
)
# Against a declared language: what makes the text's own plain (see other_language)
_SCRIPT_SHARE = 0.5
_CHECK_SAMPLE = 1200  # characters read to check a declaration: every page pays for it
_PLAIN_LEAD = 3
_PLAIN_SHARE = 0.15
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
# Languages that share a script, and the runs of each script, for other_language
_LANGUAGE_SCRIPTS = {
    **dict.fromkeys(("ru", "uk", "bg", "sr", "be", "mk", "kk"), "cyrillic"),
    **dict.fromkeys(("ar", "fa", "ur"), "arabic"),
    **dict.fromkeys(("zh", "ja"), "han"),
    **dict.fromkeys(("hi", "mr", "ne"), "devanagari"),
}
_SCRIPT_RUNS = {
    "cyrillic": _CYRILLIC,
    "arabic": _ARABIC,
    "han": re.compile(f"{_HAN.pattern}|{_KANA.pattern}"),  # Chinese characters and kana
    "ko": _HANGUL,
    "devanagari": _DEVANAGARI,
    **{language: runs for runs, language in _ONE_LANGUAGE_SCRIPTS},
}


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


def detect_language(text: str, size: int = _SAMPLE) -> str | None:
    """The language of the text's first ``size`` characters, or None when unsure."""
    sample = text[:size]
    if not sample:
        return None
    if sample.isascii() or not _BEYOND_LATIN.search(sample):
        return _latin_language(sample)  # no script but Latin's to test: the common case, and cheap
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
    if count_chars(_BEYOND_LATIN, sample) > 0.5 * letters:
        for runs, language in _ONE_LANGUAGE_SCRIPTS:
            if count_chars(runs, sample) > 0.5 * letters:
                return language
        if count_chars(_DEVANAGARI, sample) > 0.5 * letters:
            words = sample.split()
            return "hi" if sum(word in _HINDI_WORDS for word in words) >= _MIN_SHARE * len(words) else None
    return _latin_language(sample)


def _latin_language(sample: str) -> str | None:
    """The Latin-script language whose small words the sample is full of, if one is."""
    return _latin_language_of(*_word_counts(sample))


def _word_counts(sample: str) -> tuple[dict[str, int], int]:
    """How many of each language's small words the sample holds, and how many words."""
    tokens = Counter(_TOKEN.findall(sample.lower()))
    counts = dict.fromkeys(_WORDS, 0)
    for word in _SMALL_WORDS.intersection(tokens):  # a few dozen of the sample's words
        for lang in _LANGUAGES_OF[word]:
            counts[lang] += tokens[word]
    return counts, sum(tokens.values())


def _latin_language_of(counts: dict[str, int], total: int) -> str | None:
    if total < 20:
        return None
    best, runner_up = sorted(counts, key=counts.__getitem__, reverse=True)[:2]
    if counts[best] < _MIN_SHARE * total:
        return None
    if counts[best] < _CLEAR_LEAD * counts[runner_up] and any(
        best in kin and runner_up in kin for kin in _CLOSE_LANGUAGES
    ):
        return None  # close kin (Danish, Norwegian, Swedish) share their small words: no guess
    return best


def other_language(text: str, declared: str) -> str | None:
    """The text's language when it is plainly not the one the page declares (templates
    declare their site's language, or "en", over stories in another), else None.

    Plain means: a script that covers most of the letters and that the declared language
    is not written in ("en" over Bengali); or, between languages written in Latin letters,
    the text's small words several times as often as the declared language's and common
    enough to leave no doubt.  Languages sharing another script (Russian and Bulgarian,
    Chinese and Japanese) are not told apart against a declaration.
    """
    sample = text[:_CHECK_SAMPLE]
    if declared in _WORDS and (sample.isascii() or not _BEYOND_LATIN.search(sample)):
        # Latin letters under a Latin-script language's name, the common case: the small
        # words are counted once, for the detection and for the comparison.
        counts, total = _word_counts(sample)
        detected = _latin_language_of(counts, total)
        if detected is None or detected == declared:
            return None
        return detected if _outvotes(counts, total, detected, declared) else None
    detected = detect_language(sample)
    if detected is None or detected == declared or (detected.startswith("zh") and declared.startswith("zh")):
        return None
    if detected in _WORDS:
        if declared not in _WORDS:
            return detected if count_chars(_LATIN, sample) > _SCRIPT_SHARE * count_chars(_LETTER, sample) else None
        return detected if _outvotes(*_word_counts(sample), detected, declared) else None
    if _script_of(declared) == _script_of(detected):
        return None
    runs = _SCRIPT_RUNS.get(_script_of(detected))
    if runs is None:
        return None
    return detected if count_chars(runs, sample) > _SCRIPT_SHARE * count_chars(_LETTER, sample) else None


def _outvotes(counts: dict[str, int], total: int, detected: str, declared: str) -> bool:
    """The detected language's small words plainly outnumber the declared one's."""
    found = counts[detected]
    return found >= _PLAIN_LEAD * max(counts[declared], 1) and found >= _PLAIN_SHARE * total


def _script_of(language: str) -> str:
    if language in _WORDS:
        return "latin"
    return _LANGUAGE_SCRIPTS.get(language.split("-")[0], language)


def _cyrillic_language(sample: str, cyrillic: int) -> str:
    """Letters only one Cyrillic alphabet uses tell the language; else Russian."""
    lowered = sample.lower()
    # Belarusian and Kazakh write the "і" as well: their own letters are sought first;
    # Macedonian shares "јљњџ" with Serbian
    for letters, language in (("ў", "be"), ("әғқңөұүһ", "kk"), ("ѓќѕ", "mk"), ("іїєґ", "uk"), ("ђјљњћџ", "sr")):
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
