"""Decoding: the same article in many encodings and with lying declarations reads the same."""

from __future__ import annotations

import bz2
import codecs
import lzma
import random
from collections.abc import Callable

import pytest

import newsparse
from newsparse.errors import NotHTMLError
from newsparse.input.decode import codec_for, decode_html

ZH = "寒潮来袭，多地最低气温跌破零下十度。气象台提醒公众注意防寒保暖，减少外出。"
ZH_HANT = "臺北捷運環狀線北環段動工，預計2030年通車，沿線居民表示歡迎。"
JA = "東京都は本日、新しい自転車道の整備計画を発表した。総延長は約二十キロになる。"
# more kana than kanji, as Japanese prose has
JA_KANA = "東京都は５日、新しい感染対策を発表した。専門家は冬に向けて警戒を呼びかけている。"
RU = "Городской совет утвердил строительство новых велосипедных дорожек в центре."
FR = "Le conseil municipal a approuvé la création de pistes cyclables à Besançon, déjà très attendues."


def page(text: str, declared: str | None, lang: str | None = None) -> str:
    meta = f'<meta charset="{declared}">' if declared else ""
    html = f'<html lang="{lang}">' if lang else "<html>"
    return f"{html}<head>{meta}<title>t</title></head><body><p>{text}</p></body></html>"


def body_text(data: bytes) -> str | None:
    return newsparse.extract(data).text


@pytest.mark.parametrize(
    ("text", "declared", "encode_as"),
    [
        (ZH, "utf-8", "utf-8"),
        (ZH, None, "utf-8"),
        (ZH, "gb2312", "gb18030"),  # declared gb2312, really GB18030
        (ZH, None, "gbk"),  # no declaration at all
        (ZH, "utf-8", "gbk"),  # declared utf-8, really GBK
        (ZH_HANT, "big5", "big5"),
        (JA, "shift_jis", "cp932"),
        (RU, "windows-1251", "cp1251"),
        (FR, "iso-8859-1", "cp1252"),
        (FR, None, "cp1252"),
        ("ข่าวภาษาไทย “ทดสอบ” การเลือกตั้ง", "windows-874", "cp874"),
    ],
)
def test_every_encoding_reads_the_same(text: str, declared: str | None, encode_as: str) -> None:
    assert body_text(page(text, declared).encode(encode_as)) == text


def test_a_cyrillic_page_declaring_the_other_single_byte_codec_is_read_in_its_own() -> None:
    text = " ".join([RU] * 6)
    koi8_declared_1251 = page(text, "windows-1251").encode("koi8-r")
    decoded = decode_html(koi8_declared_1251)
    assert (decoded.encoding, RU in decoded.text) == ("koi8-r", True)
    assert decode_html(page(text, "koi8-r").encode("cp1251")).encoding == "cp1251"
    # Capitals throughout are no misreading: the declaration stands.
    shouted = " ".join([RU.upper()] * 6)
    assert decode_html(page(shouted, "windows-1251").encode("cp1251")).encoding == "cp1251"


def test_a_servers_default_iso_8859_1_gives_way_to_the_pages_own_declaration() -> None:
    decoded = decode_html(page(RU, "windows-1251").encode("cp1251"), transport_charset="ISO-8859-1")
    assert (decoded.encoding, decoded.source, RU in decoded.text) == ("cp1251", "meta", True)
    # Another charset in the header is the server's word about this page: it stands.
    decoded = decode_html(page(ZH, "windows-1251").encode("gbk"), transport_charset="gbk")
    assert (decoded.encoding, ZH in decoded.text) == ("gb18030", True)


def test_utf8_with_bom() -> None:
    assert body_text(codecs.BOM_UTF8 + page(ZH, None).encode("utf-8")) == ZH


def test_utf8_declared_as_gb2312_is_read_as_utf8() -> None:
    assert body_text(page(ZH, "gb2312").encode("utf-8")) == ZH


def test_encoding_override_wins() -> None:
    data = page(ZH, "utf-8").encode("gbk")
    decoded = decode_html(data, encoding="gbk")
    assert ZH in decoded.text and decoded.source == "given"


def test_entities_become_characters() -> None:
    assert body_text(page("&#x4E2D;&#25991; &amp; caf&eacute; text long enough", None).encode()) == (
        "中文 & café text long enough"
    )


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        *(
            ("gb2312", "gb18030"),
            ("GBK", "gb18030"),
            ("big5", "big5hkscs"),
            ("latin-1", "cp1252"),
            ("shift_jis", "cp932"),
        ),
        # the WHATWG standard's other labels: Thai, Turkish, Hebrew, Mac, Korean, a page's own "utf-16"
        *(("windows-874", "cp874"), ("tis-620", "cp874"), ("iso-8859-9", "cp1254"), ("iso-8859-8-i", "iso8859-8")),
        *(("x-mac-roman", "mac-roman"), ("ks_c_5601-1989", "cp949"), ("x-cp1251", "cp1251"), ("utf-16", "utf-8")),
        # labels Python's registry does not know, or knows as a subset of what browsers read
        *(("iso88592", "iso8859-2"), ("iso_8859-9:1989", "cp1254"), ("ISO8859_15", "iso8859-15"), ("koi8", "koi8-r")),
        *(("x-euc-jp", "euc_jp"), ("csiso58gb231280", "gb18030"), ("cp936", "gb18030"), ("ansi_x3.4-1968", "cp1252")),
        *(("koi8-ru", "koi8-u"), ("csisolatin9", "iso8859-15"), ("iso-8859-6-i", "iso8859-6"), ("iso88591", "cp1252")),
    ],
)
def test_labels_map_to_browser_codecs(label: str, codec: str) -> None:
    assert codec_for(label) == codec


def test_unknown_label() -> None:
    assert codec_for("no-such-charset") is None


@pytest.mark.parametrize(
    "label", ["base64", "rot13", "hex", "idna", "punycode", "undefined", "unicode_escape", "utf-7"]
)
def test_a_page_declaring_a_codec_that_is_no_charset_is_read_as_undeclared(label: str) -> None:
    # Python knows these names, but they are transforms or other kinds of text: decoding
    # the page with one had crashed (or, for UTF-7, is what browsers refuse to do)
    assert codec_for(label) is None
    page = f'<html><head><meta charset="{label}"></head><body><p>Le café et la crème brûlée du matin.</p>'
    decoded = decode_html(page.encode("cp1252"))
    assert "café et la crème brûlée" in decoded.text and decoded.source != "meta"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(64),
        b"%PDF-1.7\n" + bytes(64),
        b"\xff\xd8\xff\xe0" + bytes(64),
        bytes(2000),
    ],
)
def test_binary_files_are_refused(data: bytes) -> None:
    with pytest.raises(newsparse.NotHTMLError):
        newsparse.extract(data)


def test_noise_without_zeros_is_refused_but_a_page_with_a_few_control_bytes_is_read() -> None:
    """Compressed or random bytes hold control bytes throughout and next to no tag (a few
    '<' followed by a letter by chance); a page may hold such bytes, an ad server's
    separators in a comment, among its tags."""
    noise = random.Random(7).randbytes(4000)
    with pytest.raises(newsparse.NotHTMLError, match="binary"):
        newsparse.extract(noise)
    ads = "<!-- ad-location:" + "\x02ST1" * 30 + " -->\n"
    page = f"<html><head><title>T</title></head><body>{ads}<p>{'The council voted to build new cycle lanes. ' * 5}</p>"
    assert "cycle lanes" in newsparse.extract((page + "</body></html>").encode()).text


@pytest.mark.parametrize(("compress", "name"), [(bz2.compress, "bzip2"), (lzma.compress, "xz")])
def test_compressed_pages_handed_to_the_library_are_refused_by_their_format(
    compress: Callable[[bytes], bytes], name: str
) -> None:
    """The library reads pages; the command line decompresses files before it does."""
    with pytest.raises(newsparse.NotHTMLError, match=f"the data is {name} data"):
        newsparse.extract(compress(b"<html><body><p>text</p></body></html>"))


def test_plain_text_is_not_html() -> None:
    with pytest.raises(newsparse.NotHTMLError):
        newsparse.extract(b"just a line of text, no markup")


def test_an_undeclared_legacy_page_is_read_in_its_languages_encoding() -> None:
    """With no charset declared, the page's <html lang> says which legacy encodings to try
    first, as a browser set to that language would."""
    texts = {
        "he": ("windows-1255", "הממשלה אישרה הלילה את התקציב החדש לאחר דיון ארוך בכנסת ובוועדת הכספים."),
        "tr": ("windows-1254", "Yıkılan binalar, kurtarma çalışmaları sürüyor. AFAD dört kişinin öldüğünü duyurdu."),
        "cs": ("iso-8859-2", "Příliš žluťoučký kůň úpěl ďábelské ódy. Vláda schválila nový rozpočet ve sněmovně."),
        "pl": ("windows-1250", "Paweł Majewski ukończył prawo. Jeśli zarząd spółki się zgodzi, zostanie prezesem."),
    }
    for lang, (encoding, text) in texts.items():
        page = f"<html lang='{lang}'><head><title>T</title></head><body>" + f"<p>{text}</p>" * 4 + "</body></html>"
        decoded = decode_html(page.encode(encoding))
        assert text in decoded.text, lang
        assert decoded.source == "detected"


def test_a_language_given_in_meta_tags_hints_the_encoding_as_html_lang_does() -> None:
    """Pages without <html lang> often name their locale in og:locale or content-language."""
    polish = "Władze Warszawy ogłosiły w poniedziałek nowe środki wsparcia dla mieszkańców miasta."
    czech = "Pražský magistrát v pondělí oznámil nová opatření na podporu obyvatel města."
    for meta, encoding, text in (
        ('<meta property="og:locale" content="pl_PL">', "iso-8859-2", polish),
        ('<meta content="pl_PL" property="og:locale">', "iso-8859-2", polish),
        ('<meta http-equiv="Content-Language" content="cs">', "windows-1250", czech),
    ):
        page = f"<html><head>{meta}<title>T</title></head><body>" + f"<p>{text}</p>" * 4 + "</body></html>"
        assert text in decode_html(page.encode(encoding)).text, meta


def test_an_undeclared_western_page_with_few_accents_is_not_read_as_cyrillic() -> None:
    """German in windows-1250 reads as it does in windows-1252: that reading ranks as the
    commoner encoding, not below windows-1251 ("fьr" for "für")."""
    story = "Die Vorlagen für JTL Wawi werden über den Shop geladen; Änderungen erscheinen sofort. "
    page = "<html><head><title>Auktionsvorlagen</title></head><body>" + f"<p>{story}</p>" * 3 + "</body></html>"
    decoded = decode_html(page.encode("cp1252"))
    assert story in decoded.text and decoded.encoding == "cp1252"


def test_an_undeclared_page_with_no_language_hint_is_read_in_the_encoding_whose_letters_fit_a_language() -> None:
    """Hebrew in windows-1255 reads as Cyrillic letters in windows-1251 (the commoner encoding)
    with no more chaos, but as no Cyrillic language's: the reading that fits one wins."""
    text = "הממשלה הודיעה היום על צעדים חדשים להתמודדות עם יוקר המחיה, שייכנסו לתוקף בתחילת החודש הבא."
    page = f"<html><head><title>T</title></head><body><h1>H</h1><p>{text}</p><p>{text}</p></body></html>"
    decoded = decode_html(page.encode("windows-1255"))
    assert text in decoded.text and decoded.encoding == "cp1255"
    # a reading fitting Hebrew 0.42 against Bulgarian's 0.32 is lead enough
    text = "מועצת העיר הצביעה ביום רביעי בערב בעד בניית שבילי אופניים חדשים ברחבי מרכז העיר לאחר חודשים של ויכוחים. "
    page = (
        f"<html><head><title>T</title></head><body><h1>{text[:20]}</h1><p>{text * 3}</p><p>{text * 2}</p></body></html>"
    )
    assert text in decode_html(page.encode("iso-8859-8")).text


@pytest.mark.parametrize("lang", ["", " lang='ar'"])
def test_an_undeclared_arabic_page_in_iso_8859_6_is_read_as_arabic(lang: str) -> None:
    """ISO-8859-6 is Arabic's second legacy encoding; left out of the candidates, its
    letters read cleanly as Thai in windows-874."""
    text = "أعلنت الحكومة يوم الثلاثاء عن إجراءات جديدة لمساعدة المتضررين من الفيضانات في شمال البلاد."
    page = f"<html{lang}><head><title>T</title></head><body><p>{text}</p></body></html>"
    decoded = decode_html(page.encode("iso-8859-6"))
    assert text in decoded.text and decoded.encoding == "iso8859-6"


@pytest.mark.parametrize("lang", ["", ' lang="ru"'])
def test_an_undeclared_russian_page_in_iso_8859_5_is_read_as_russian(lang: str) -> None:
    """ISO-8859-5 is Cyrillic's rarest legacy encoding; left out of the candidates, its
    lower case read as windows-1251's capitals and lower case mixed ("ІЫРбвШ")."""
    text = "Власти города объявили о новых мерах поддержки малого бизнеса, которые затронут тысячи предпринимателей."
    page = f"<html{lang}><head><title>T</title></head><body><p>{text}</p></body></html>"
    decoded = decode_html(page.encode("iso-8859-5"))
    assert text in decoded.text and decoded.encoding == "iso8859-5"


@pytest.mark.parametrize(
    ("text", "written_in"),
    [
        # windows-1255's Hebrew letters are KOI8-R's capitals: "ПЛЛЫЛУ" throughout
        (
            "הממשלה הודיעה ביום שלישי על צעדים חדשים לסיוע לנפגעי השיטפונות בצפון הארץ, כולל סיוע כספי למשפחות.",
            "cp1255",
        ),
        # KOI8-R's lower case is Shift_JIS's half-width katakana (and so are EUC-JP's kana)
        (
            "Правительство во вторник объявило о новых мерах помощи пострадавшим от наводнения на севере "
            "страны, включая финансовую помощь семьям.",
            "koi8-r",
        ),
    ],
)
def test_an_undeclared_reading_in_capitals_or_half_width_kana_throughout_is_no_text(text: str, written_in: str) -> None:
    decoded = decode_html(page(text, None).encode(written_in))
    assert (decoded.encoding, text in decoded.text) == (codec_for(written_in), True)


def test_ukrainian_in_koi8_u_is_read_as_koi8_u_not_koi8_r() -> None:
    """KOI8-U is KOI8-R with Ukrainian's і, ї, є and ґ where KOI8-R draws boxes: a page
    naming Ukrainian is read in it, and a KOI8-R reading with a box's line inside a word
    ("в╕второк") gives way to it."""
    text = "Уряд у вівторок оголосив нові заходи для допомоги постраждалим від повені на півночі країни. " * 3
    story = f"<p>{text}</p>" * 4
    declared = f'<html lang="uk"><head><title>t</title></head><body>{story}</body></html>'
    assert decode_html(declared.encode("koi8_u")).encoding == "koi8-u"
    # undeclared: the detector offers Shift_JIS's half-width katakana only, the bytes read as
    # Cyrillic's commonest letters in KOI8-R, whose boxes inside words tell KOI8-U
    undeclared = decode_html(page(text * 4, None).encode("koi8_u"))
    assert (undeclared.encoding, text in undeclared.text) == ("koi8-u", True)


def test_a_menu_in_capitals_over_a_greek_story_leaves_its_reading_standing() -> None:
    """A Greek site's menu is set in capitals; the reading judged by its case reads on into
    the story, in lower case, and KOI8-R's reading of it (capitals throughout) loses."""
    menu = "ΑΡΧΙΚΗ ΕΙΔΗΣΕΙΣ ΠΟΛΙΤΙΚΗ ΟΙΚΟΝΟΜΙΑ ΑΘΛΗΤΙΣΜΟΣ ΠΟΛΙΤΙΣΜΟΣ ΚΟΣΜΟΣ ΕΠΙΚΟΙΝΩΝΙΑ"
    story = "Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα για τη στήριξη των πληγέντων."
    html = f"<html><head><title>t</title></head><body><nav>{menu}</nav><p>{story}</p></body></html>"
    decoded = decode_html(html.encode("cp1253"))
    assert (decoded.encoding, story in decoded.text, menu in decoded.text) == ("cp1253", True, True)


def test_chinese_bytes_under_a_latin_declaration_are_read_as_chinese_whatever_the_detector_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a large page the detector's samples may see GBK as Arabic, which no test tells
    wrong: the reading of the bytes as Chinese's commonest characters is the surer word,
    and the detector is not asked."""
    import newsparse.input.decode as decode

    monkeypatch.setattr(decode, "_detect", lambda data, url=None: "cp1256")
    text = "在全球最大手机代工企业之一的华勤通讯，某高管表示，5G时代，美国技术不占有优势，手机企业有不少替代方案。"
    decoded = decode_html(page(text * 3, "iso-8859-1").encode("gbk"))
    assert (decoded.encoding, text in decoded.text) == ("gb18030", True)


def test_an_undeclared_page_is_read_in_the_encoding_of_its_country_domain() -> None:
    """No language declared: the page's address (given, else its canonical link) names a
    country, whose legacy encoding a browser would fall back to."""
    turkish = "Belediye meclisi salı akşamı kütüphanenin çalışma saatlerinin uzatılmasına karar verdi."
    polish = "Rada miasta zdecydowała we wtorek o wydłużeniu godzin otwarcia biblioteki."
    hebrew = "מועצת העיר החליטה ביום שלישי בערב להאריך את שעות הפתיחה של הספרייה."
    for text, encoding, url, canonical in (
        (turkish, "windows-1254", "https://www.hurriyet.com.tr/gundem/1", ""),
        (polish, "windows-1250", None, '<link rel="canonical" href="https://wiadomosci.example.pl/a/1">'),
        (hebrew, "windows-1255", None, '<meta property="og:url" content="https://news.example.co.il/1">'),
    ):
        page = f"<html><head>{canonical}<title>T</title></head><body>" + f"<p>{text}</p>" * 3 + "</body></html>"
        assert text in decode_html(page.encode(encoding), url=url).text, encoding


def test_an_undeclared_page_with_no_hint_is_read_in_the_encoding_whose_letters_are_its_languages() -> None:
    """Czech in windows-1250 and Turkish in windows-1254 read about as well as Western
    (windows-1252, the commoner encoding) to the detector, which names the language but
    weighs the few letters that differ too lightly: "veèer" and "støedu" are no Czech
    letters, "şehir" read as "þehir" no Turkish."""
    czech = "Městská rada ve středu večer odhlasovala výstavbu nových cyklostezek v celém centru města."
    turkish = "Belediye meclisi salı akşamı kütüphanenin çalışma saatlerinin uzatılmasına karar verdi."
    for text, encoding in ((czech, "windows-1250"), (czech, "iso-8859-2"), (turkish, "windows-1254")):
        page = "<html><head><title>T</title></head><body>" + f"<p>{text}</p>" * 3 + "</body></html>"
        assert text in decode_html(page.encode(encoding)).text, encoding
    # Spanish stays Western, though an Arabic reading fits Arabic's letters as well
    spanish = "El ayuntamiento aprobó el miércoles la ampliación del horario de la biblioteca pública. "
    page = "<html><head><title>T</title></head><body>" + f"<p>{spanish}</p>" * 3 + "</body></html>"
    decoded = decode_html(page.encode("cp1252"))
    assert spanish in decoded.text and decoded.encoding == "cp1252"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # "rozpoèet", "mìsta": no Czech letters, and no ř to give the reading away
        (
            "Zastupitelstvo v úterý schválilo nový rozpočet, který zahrnuje peníze na školy, silnice a "
            "novou knihovnu v severní části města. Opozice rozpočet kritizovala.",
            "windows-1250",
        ),
        # "õ" and "û" for "ő" and "ű": Portuguese's letter and a French one among Hungarian's
        (
            "A fővárosi közgyűlés szerda este jóváhagyta az új kerékpárutak építését, több hónapos vita után. "
            "Az ellenzék tájékoztatást kért a költségekről; a munkálatok tavasszal kezdődnek.",
            "windows-1250",
        ),
        # "º" for "ş": no letter of any language
        (
            "Consiliul local a aprobat miercuri seara construcţia de noi piste pentru biciclete în tot "
            "centrul oraşului, după luni de dezbateri. Opoziţia a criticat decizia şi a cerut informaţii.",
            "windows-1250",
        ),
        # windows-1257, the Baltic pages' encoding: "treèiadienio", "mënesius" read in windows-1252
        (
            "Miesto taryba trečiadienio vakarą po kelis mėnesius trukusių diskusijų pritarė naujų dviračių "
            "takų statybai visame miesto centre. Opozicija kritikavo sprendimą ir paprašė informacijos.",
            "windows-1257",
        ),
        # Turkish read as windows-1252 is all but Icelandic ("akþamý þehir"), its "ç" no Icelandic
        # letter: every letter Turkish's wins
        (
            "Belediye meclisi çarşamba akşamı şehir merkezinin tamamında yeni bisiklet yolları yapılmasını onayladı.",
            "windows-1254",
        ),
        # and Western text stays Western, not read as Central European ("ă" for "ã")
        (
            "A câmara municipal aprovou na quarta-feira à noite a construção de novas ciclovias no centro da "
            "cidade, após meses de discussão. A oposição criticou a decisão e pediu mais informações sobre os "
            "custos. As obras começarão em março, segundo a prefeitura.",
            "windows-1252",
        ),
    ],
)
def test_an_undeclared_latin_page_is_read_in_the_encoding_whose_letters_keep_to_one_alphabet(
    text: str, encoding: str
) -> None:
    """A wrong single-byte reading of Latin text mixes several languages' letters, where the
    right one keeps to one language's, however few of its letters the detector's tables list."""
    page = "<html><head><title>T</title></head><body>" + f"<p>{text}</p>" * 3 + "</body></html>"
    assert text in decode_html(page.encode(encoding)).text


def test_an_undeclared_page_naming_its_language_is_judged_by_that_languages_letters() -> None:
    """A French page quoting Czech names ("Babiš", "Výborný") holds letters of no one
    alphabet; read as windows-1250 its "è" and "à" become Slovak's "č" and "ŕ", which fit
    Slovak better.  The page says it is French: French letters judge it."""
    text = (
        "Photos à l'appui, le tabloïd Blesk révèle ce vendredi que le ministre Andrej Babiš a passé ses vacances "
        "à Čapí hnízdo avec Jaroslav Faltýnek. Selon le quotidien, le député Marek Výborný a déclaré que "
        "l'opposition demandera des explications à la Chambre des députés dès la rentrée."
    )
    page = '<html lang="fr"><head><title>T</title></head><body>' + f"<p>{text}</p>" * 2 + "</body></html>"
    decoded = decode_html(page.encode("cp1252", "xmlcharrefreplace"))
    assert "révèle ce vendredi" in decoded.text and decoded.encoding == "cp1252"


@pytest.mark.parametrize("canonical", ["", '<link rel="canonical" href="https://wiadomosci.example.pl/a/1">'])
def test_a_short_polish_text_without_windows_1250s_own_letters_is_still_read_as_windows_1250(canonical: str) -> None:
    """No "ś" or "ź" (windows-1250's bytes 80-9F) made ISO-8859-2 the likelier, whose reading
    has a Czech "š" for each "ą"; and windows-1257 fits Polish's letter frequencies better to
    the detector ("Innowacyjnš", "sprzeciwiajš").  The letters made tell: Polish's own, the
    .pl address's language's or any language's."""
    text = (
        "Grupa wdraża Innowacyjną Platformę Handlu, czyli zintegrowany system obsługi klientów. Kolejne "
        "organizacje sprzeciwiają się skandalicznym atakom; ich przedstawiciele zapowiadają, że będą walczyć."
    )
    page = f"<html><head>{canonical}<title>T</title></head><body>" + f"<p>{text}</p>" * 3 + "</body></html>"
    decoded = decode_html(page.encode("cp1250"))
    assert text in decoded.text and decoded.encoding == "cp1250"


def test_letters_standing_alone_are_read_in_a_latin_encoding_whatever_reading_the_detector_prefers() -> None:
    """German set with soft hyphens throughout: to the detector a Japanese reading of the
    hyphens is the least chaotic, but bytes beyond ASCII standing one by one are a Latin
    text's (Japanese runs on in byte pairs)."""
    story = (
        "Es be\xadste\xadhen mar\xadkante Un\xadter\xadschiede zwi\xadschen den Werk\xadzeug\xadin\xaddus\xadtrien "
        "der Alt\xadstein\xadzeit. Die Fund\xadstel\xadlen lie\xadgen in Höh\xadlen und un\xadter Fels\xaddä\xadchern. "
    )
    nav = "<ul>" + "".join(f"<li><a href='/p{i}'>Seite {i}</a></li>" for i in range(40)) + "</ul>"
    page = "<html><head><title>Steinzeit</title></head><body>" + nav + f"<p>{story}</p>" * 2 + "</body></html>"
    decoded = decode_html(page.encode("cp1252"))
    assert story in decoded.text and decoded.encoding == "cp1252"


def test_an_undeclared_chinese_page_behind_a_long_head_of_scripts_is_read_as_chinese() -> None:
    """The detector reads a page's first bytes, and the script check its first characters:
    a head of scripts longer than both hides the text, and windows-1252 decodes GBK's bytes
    "cleanly".  The bytes beyond ASCII run on as Chinese does, wherever they stand."""
    script = "<script>var config = {" + ",".join(f'"key{i}": "value{i}"' for i in range(12000)) + "};</script>"
    text = "市议会周二通过新年度预算，其中包括学校、道路以及北区新图书馆的经费。议员表示，预算反映了市民的需求。"
    page = f"<html><head><title>T</title>{script}</head><body>" + f"<p>{text}</p>" * 8 + "</body></html>"
    decoded = decode_html(page.encode("gb18030"))
    assert text in decoded.text and decoded.encoding == "gb18030"


def test_an_undeclared_page_no_reading_of_which_the_detector_accepts_is_read_as_windows_1252() -> None:
    """Soft hyphens throughout make every reading look chaotic to the detector; a browser
    reads such a page as windows-1252, where UTF-8 would lose every accented letter."""
    story = "Das Bundes\u00adamt für Strahlen\u00adschutz infor\u00admiert über Radon in der Raum\u00adluft. "
    page = "<html><head><title>Radon</title></head><body>" + f"<p>{story}</p>" * 6 + "</body></html>"
    decoded = decode_html(page.encode("cp1252"))
    assert story in decoded.text and decoded.encoding == "cp1252"


def test_iso_2022_jp_is_read_by_its_escapes_declared_or_not() -> None:
    """Seven-bit ISO-2022-JP is valid UTF-8 too, which had kept its escape codes as text."""
    text = "市議会は数か月にわたる議論の末、水曜日の夜に新しい自転車道の建設を決議した。"
    for meta in ("", '<meta charset="iso-2022-jp">'):
        page = f"<html><head>{meta}<title>T</title></head><body><p>{text}</p></body></html>"
        decoded = decode_html(page.encode("iso2022_jp"))
        assert text in decoded.text and decoded.encoding == "iso2022_jp", meta


def test_gbks_full_width_space_is_a_space_not_a_private_use_character() -> None:
    # A3A0, the pair Chinese pages indent paragraphs with: U+3000 in browsers, U+E5E5 in Python's codec
    page = b'<html><head><meta charset="gbk"></head><body><p>\xa3\xa0\xa3\xa0' + "新闻正文。".encode("gbk") + b"</p>"
    text = decode_html(page).text
    assert "\u3000\u3000新闻正文" in text
    assert "\ue5e5" not in text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_saved_without_its_byte_order_mark_is_read(codec: str) -> None:
    decoded = decode_html(page(FR, "utf-16").encode(codec))
    assert (decoded.encoding, FR in decoded.text) == (codec, True)


def test_binary_data_with_zeros_is_still_refused() -> None:
    with pytest.raises(NotHTMLError):
        decode_html(b"\x00\x00\x00\x07" * 512)


@pytest.mark.parametrize(
    ("text", "declared", "written_in", "read_as"),
    [
        # GBK, Big5 and Shift_JIS decode each other's byte pairs without an error
        (
            "台灣今年的經濟成長率預估為百分之三，行政院今天公布最新統計數據，顯示出口與民間消費都有成長。",
            "gb2312",
            "big5",
            "big5hkscs",
        ),
        (
            "台湾今年的经济增长率预计为百分之三，国家统计局今天公布最新统计数据，显示出口与民间消费都有增长。"
            "这是一个关于经济的新闻，我们会持续追踪报道。",
            "shift_jis",
            "gbk",
            "gb18030",
        ),
        (
            "台湾今年的经济增长率预计为百分之三，国家统计局今天公布最新统计数据，显示出口与消费都有增长。",
            "gbk",
            "gbk",
            "gb18030",
        ),
        ("日本語のニュース記事です。東京で会議が開かれ、多くの人が集まりました。", "shift_jis", "cp932", "cp932"),
    ],
)
def test_a_cjk_page_declaring_another_cjk_codec_is_read_in_its_own(
    text: str, declared: str, written_in: str, read_as: str
) -> None:
    decoded = decode_html(page(text * 3, declared).encode(written_in))
    assert (decoded.encoding, text in decoded.text) == (read_as, True)


KO = "정부는 수요일 히트펌프 지원을 확대하기로 결정했다. 시민들은 더 큰 보조금을 신청할 수 있게 된다고 부처는 밝혔다."
EL = "Η κυβέρνηση αποφάσισε την Τετάρτη να αυξήσει τη στήριξη για τις αντλίες θερμότητας στις πόλεις."


@pytest.mark.parametrize(
    ("text", "written_in", "read_as"),
    [
        (RU, "cp1251", "cp1251"),
        (ZH, "gbk", "gb18030"),
        (ZH_HANT, "big5", "big5hkscs"),
        (KO, "euc-kr", "cp949"),
        (EL, "iso-8859-7", "cp1253"),  # the commoner codec of the two that read Greek alike
        (JA, "shift_jis", "cp932"),
        (JA_KANA, "euc-jp", "euc_jp"),  # its kana are GB18030's too, its kanji not
    ],
)
def test_a_template_declaring_iso_8859_1_over_another_scripts_bytes_is_not_believed(
    text: str, written_in: str, read_as: str
) -> None:
    # windows-1252 and its kin read every such byte "cleanly", as nonsense ("Ïðàâèòåëüñòâî")
    decoded = decode_html(page(" ".join([text] * 4), "iso-8859-1").encode(written_in))
    assert (decoded.encoding, decoded.source, text in decoded.text) == (read_as, "detected", True)


def test_a_western_page_declaring_iso_8859_1_is_believed_whatever_its_accents_and_dashes() -> None:
    # Letters beyond ASCII stand one or two together in Latin text; a rule of dashes is one byte repeated.
    text = " ".join([FR, "Größe, Maßnahmen, ação, coração, Þórður, Ægir — « été » ————————————————"] * 8)
    decoded = decode_html(page(text, "iso-8859-1").encode("cp1252"))
    assert (decoded.encoding, decoded.source, text in decoded.text) == ("cp1252", "meta", True)


# each byte beyond ASCII followed by a letter, which all four CJK codecs take as a character's second byte
EN = "The mayor’s team in Zürich and Málaga said naïve Cafés were delighted with the plan."


@pytest.mark.parametrize("declared", ["gb2312", "big5", "shift_jis", "euc-kr", "windows-1251", "windows-1253"])
def test_a_western_page_under_another_scripts_declaration_is_read_as_western(declared: str) -> None:
    # Curly quotes and accents stand alone among ASCII letters, where those scripts' bytes run
    # on; GBK reads "’s" as one Chinese character all the same, and decodes the page cleanly.
    decoded = decode_html(page(" ".join([EN] * 3), declared).encode("cp1252"))
    assert (decoded.encoding, decoded.source, EN in decoded.text) == ("cp1252", "detected", True)


def test_a_page_of_the_declared_script_with_a_few_words_of_it_keeps_its_declaration() -> None:
    mixed = " ".join(["Press release: the Shanghai office (上海办事处) opens on Monday, 12 May."] * 3)
    decoded = decode_html(page(mixed, "gb2312").encode("gbk"))
    assert (decoded.encoding, decoded.source, mixed in decoded.text) == ("gb18030", "meta", True)


def test_chinese_bytes_under_a_cyrillic_declaration_are_read_as_chinese() -> None:
    # windows-1251 decodes any byte: its reading is nonsense no Cyrillic codec mends
    decoded = decode_html(page(" ".join([ZH] * 4), "windows-1251").encode("gbk"))
    assert (decoded.encoding, decoded.source, ZH in decoded.text) == ("gb18030", "detected", True)


def test_an_iso_8859_page_holding_windows_quotes_shows_them_not_control_characters() -> None:
    # Word's curly quotes and dash pasted in windows-1252 into a page declared ISO-8859-15,
    # whose own "€" (A4, "¤" in windows-1252) stays
    text = "Le prix passe à 12 € : « c’est trop », dit-il — “vraiment”."
    pasted = {"’": b"\x92", "—": b"\x97", "“": b"\x93", "”": b"\x94"}
    data = b"".join(pasted.get(char) or char.encode("iso-8859-15") for char in page(text, "iso-8859-15"))
    decoded = decode_html(data)
    assert (decoded.encoding, text in decoded.text) == ("iso8859-15", True)


def test_a_page_declaring_iso_8859_2_written_in_windows_1250_is_read_in_windows_1250() -> None:
    polish = "Książę śpiewał źle, a świat słuchał: ŚWIĘTO w Łodzi."
    decoded = decode_html(page(" ".join([polish] * 2), "iso-8859-2").encode("cp1250"))
    assert (decoded.encoding, polish in decoded.text) == ("cp1250", True)
    # without those letters the declaration stands ("ą" is B1 in ISO-8859-2, "š" in windows-1250)
    czech = "Mám rád ą a ę, řeka teče."
    decoded = decode_html(page(czech, "iso-8859-2").encode("iso-8859-2"))
    assert (decoded.encoding, czech in decoded.text) == ("iso8859-2", True)


def test_a_vietnamese_page_in_windows_1258_keeps_its_declaration() -> None:
    # Its letters beyond ASCII stand alone or in pairs, as a Latin text's do: no other script's
    words = b"H\xe0 N\xf4\xf2i h\xf4m nay tr\xf5\xcci n\xe3\xecng, nhi\xea\xf2t \xf0\xf4\xf2 cao nh\xe2\xect. "
    data = page("BODY", "windows-1258").encode("ascii").replace(b"BODY", words * 6)
    decoded = decode_html(data)
    assert (decoded.encoding, decoded.source, words.decode("cp1258") in decoded.text) == ("cp1258", "meta", True)


def test_a_utf8_pages_stray_latin_1_letters_are_read_not_dropped() -> None:
    # "Mitgefühl wählen" pasted from a Latin-1 source into a UTF-8 page; a teaser cut short
    # in the middle of a character before its ellipsis loses the half character only
    story = "Die Bürgerinnen und Bürger können ab Montag wieder ins Rathaus. Größere Feste bleiben untersagt. " * 12
    data = page(story, "utf-8").encode() + b"<p>Mitgef\xfchl w\xe4hlen! Pr\xe4\xadvention, 653 tys. papieros\xc3...</p>"
    decoded = decode_html(data)
    assert decoded.encoding == "utf-8"
    # "ä" and the soft hyphen after it look like a character cut short; no ellipsis follows
    assert "Mitgefühl wählen! Prä\xadvention, 653 tys. papieros...</p>" in decoded.text
    assert decoded.dropped == 1
    # undeclared, and no character cut short, the article reads them too: the parser is not
    # handed the bytes as they are
    undeclared = page(story, None).encode() + b"<p>Mitgef\xfchl w\xe4hlen!</p>"
    assert "Mitgefühl wählen!" in (newsparse.extract(undeclared).text or "")


def test_a_utf8_template_around_an_article_in_windows_1252_reads_whole() -> None:
    # the page's own part in UTF-8, the article kept in an older encoding: each as written
    template = "<html><head><title>Münchner Café öffnet wieder</title></head><body><nav>Übersicht · Küche · Gäste</nav>"
    article = (
        "<article><p>"
        + "Die Besitzerin sagte: „Wir freuen uns über die Rückkehr der Stammgäste.“ Das Café öffnet. " * 3
    )
    data = template.encode("utf-8") + (article + "</p></article></body></html>").encode("cp1252")
    decoded = decode_html(data)
    assert (decoded.encoding, decoded.source) == ("utf-8+cp1252", "detected")
    assert decoded.text == template + article + "</p></article></body></html>"


def test_a_stray_letter_ending_a_sentence_is_read_not_taken_for_a_cut_character() -> None:
    story = "Die Bürgerinnen und Bürger können ab Montag wieder ins Rathaus. Größere Feste bleiben untersagt. " * 6
    decoded = decode_html(page(story, "utf-8").encode() + b"<p>Wir gehen ins Caf\xe9.</p>")
    assert "Wir gehen ins Café.</p>" in decoded.text


TH = "รัฐบาลประกาศมาตรการใหม่เพื่อสนับสนุนธุรกิจขนาดเล็กในวันอังคาร ซึ่งจะเป็นประโยชน์ต่อผู้ประกอบการหลายพันราย"


@pytest.mark.parametrize("declared", [None, "utf-8"])
def test_thai_bytes_that_pair_as_utf8_by_chance_are_read_as_thai(declared: str | None) -> None:
    # TIS-620 gives Thai's consonants both UTF-8's lead and continuation values: its text
    # holds hundreds of "UTF-8 characters" (Ѱ, Ż, С …), no UTF-8 template's
    html = page(" ".join([TH] * 3), declared, "th")
    decoded = decode_html(html.encode("cp874"))
    assert (decoded.encoding, TH in decoded.text) == ("cp874", True)


@pytest.mark.parametrize(
    ("lang", "text", "written_in"),
    [
        ("pl", "Rząd ogłosił we wtorek nowe środki wsparcia dla małych firm. Źródło: żółć gęślą.", "cp1250"),
        ("cs", "Vláda v úterý oznámila nová opatření na podporu malých podniků. Příliš žluťoučký kůň.", "iso8859_2"),
        ("tr", "Hükümet salı günü küçük işletmeleri desteklemek için yeni önlemler açıkladı.", "cp1254"),
    ],
)
def test_a_page_declaring_iso_8859_1_in_another_latin_alphabet_is_read_in_its_languages_codec(
    lang: str, text: str, written_in: str
) -> None:
    html = page(" ".join([text] * 3), "iso-8859-1", lang)
    decoded = decode_html(html.encode(written_in))
    assert (text in decoded.text, decoded.source, decoded.doubted) == (True, "detected", "cp1252")


def test_a_western_page_naming_its_language_keeps_its_iso_8859_1_declaration() -> None:
    html = page(" ".join([FR, "Größe, Maßnahmen, Þórður"] * 4), "iso-8859-1", "fr")
    decoded = decode_html(html.encode("cp1252"))
    assert (decoded.encoding, decoded.source) == ("cp1252", "meta")
