"""Dates in the shapes pages write them, out as ISO 8601 with the page's own precision."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.meta.dates import date_from_url, find_date, parse_date


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2023-12-06", "2023-12-06"),
        # month names of Turkish, Estonian, Slovene, Catalan, Bulgarian; Spanish "del", Catalan "d'"
        ("12 Mart 2021", "2021-03-12"),
        ("12. märts 2021", "2021-03-12"),
        ("12. junij 2021", "2021-06-12"),
        ("12 d'abril de 2021", "2021-04-12"),
        ("12 септември 2021 г.", "2021-09-12"),
        ("12 de marzo del 2021", "2021-03-12"),
        ("2023-12-06T17:35:00+08:00", "2023-12-06T17:35:00+08:00"),
        ("2019-11-20T06:35:39Z", "2019-11-20T06:35:39+00:00"),
        ("2023-12-06T17:35:00.000Z", "2023-12-06T17:35:00+00:00"),
        ("2023-12-06 17:35:00", "2023-12-06T17:35:00"),
        ("20231206", "2023-12-06"),
        ("20231206173500", "2023-12-06T17:35:00"),  # compact, as The New York Times' "ptime"
        ("202312061735", "2023-12-06T17:35:00"),
        ("20231306173500", None),
        ("Wed, 06 Dec 2023 17:35:00 +0800", "2023-12-06T17:35:00+08:00"),
        ("December 6, 2023", "2023-12-06"),
        ("Dec. 6th, 2023 at 5:35 p.m.", "2023-12-06T17:35:00"),
        ("6 Dec 2023", "2023-12-06"),
        ("6. Dezember 2023, 17:35 Uhr", "2023-12-06T17:35:00"),
        ("6 de diciembre de 2023", "2023-12-06"),
        ("2023年12月06日 17:35", "2023-12-06T17:35:00"),
        ("２０２３年１２月６日", "2023-12-06"),
        ("2023/12/06 17:35", "2023-12-06T17:35:00"),
        ("06.12.2023", "2023-12-06"),
        ("1701855300", "2023-12-06T09:35:00+00:00"),
        ("2022-01-10T22:06:08:684Z", "2022-01-10T22:06:08+00:00"),
        ("9/17/2004 5:54:13 AM", "2004-09-17T05:54:13"),
        ("15 августа 2016, 13:43", "2016-08-15T13:43:00"),
        ("15. elokuuta 2016", "2016-08-15"),
        ("12 Μαΐου 2020", "2020-05-12"),
        ("3 Mayıs 2021", "2021-05-03"),
        ("28 października 2020", "2020-10-28"),
        ("4.\u20092.\u20092022.", "2022-02-04"),
        ("Thứ Ba, ngày 12 tháng 10 năm 2021 14:30", "2021-10-12T14:30:00"),
        # the word or mark between the date and its time, and the Nordic dotted time
        ("12 de março de 2023 às 14h30", "2023-03-12T14:30:00"),
        ("12 de marzo de 2023 - 14:30", "2023-03-12T14:30:00"),
        ("12 maart 2023 om 14:30", "2023-03-12T14:30:00"),
        ("12 Mart 2023 saat 14:30", "2023-03-12T14:30:00"),
        ("12. marts 2023 kl. 14.30", "2023-03-12T14:30:00"),
        ("12.3.2023 klo 14.30", "2023-03-12T14:30:00"),
        ("Minggu, 12 Maret 2023 pukul 14.30 WIB", "2023-03-12T14:30:00+07:00"),
        # a dotted time before a zone, am/pm or "Uhr" (The Guardian's, German pages'); a dotted
        # number after a date without one is no time ("10.50 million")
        ("Sun 3 May 2020 10.00 BST", "2020-05-03T10:00:00"),
        ("Mon 6 Dec 2023 17.35 GMT", "2023-12-06T17:35:00+00:00"),
        ("3 May 2020 10.30am", "2020-05-03T10:30:00"),
        ("06.12.2023, 10.30 Uhr", "2023-12-06T10:30:00"),
        ("di 12 mrt 2024, 14.30 uur", "2024-03-12T14:30:00"),  # Dutch: "mrt" (maart) and "uur"
        ("3 May 2020 10.50 million", "2020-05-03"),
        # Marathi and Bengali month names (Bengali digits too); a month's name between hyphens
        ("6 डिसेंबर 2023", "2023-12-06"),
        ("১২ ডিসেম্বর ২০২৩", "2023-12-12"),
        ("१२ मार्च २०२४, १४:३०", "2024-03-12T14:30:00"),  # Devanagari digits
        ("๑๒ มีนาคม ๒๕๖๗", "2024-03-12"),  # Thai digits, the Buddhist era's year
        ("06-Dec-2023 10:30", "2023-12-06T10:30:00"),
        ("2023-Dec-06", "2023-12-06"),
        ("12.mar.2024 às 14h30", "2024-03-12T14:30:00"),  # or between dots, as Brazilian papers write it
        ("Atualizado em 3.dez.2019", "2019-12-03"),
        # morning or afternoon before the time (Korean, Chinese, Japanese); Korean dotted dates
        ("2023.12.06. 오후 5:35", "2023-12-06T17:35:00"),
        ("2023. 12. 6. 오전 10:00", "2023-12-06T10:00:00"),
        ("2023년 12월 6일 오후 5시 35분", "2023-12-06T17:35:00"),
        ("2023年12月6日 下午5:35", "2023-12-06T17:35:00"),
        ("2023年12月6日 午後3時20分", "2023-12-06T15:20:00"),
        ("2023-12-06 오전 12:10", "2023-12-06T00:10:00"),
        ("12.03.2023 - 13.03.2023", "2023-03-12"),
        # Spanish spaces its "p. m." and "a. m."; Malay names the part of the day ("petang",
        # afternoon, "malam", night, "pagi", morning); WordPress themes set an "@" before the time
        ("12 de marzo de 2024 - 2:30 p. m.", "2024-03-12T14:30:00"),
        ("04 de mayo 2022, 12:00 A. M.", "2022-05-04T00:00:00"),
        ("12 Mac 2024, 2:30 petang", "2024-03-12T14:30:00"),
        ("Selasa, 12 Mac 2024 @ 8:15 malam", "2024-03-12T20:15:00"),
        ("12 Mac 2024, 9:15 pagi", "2024-03-12T09:15:00"),
        ("Mar 12, 2020 @ 10:42 am", "2020-03-12T10:42:00"),
        ("12/03/2024 10:30 amazing", "2024-03-12T10:30:00"),  # no "am": a word goes on
        # the year's word or abbreviation before the time (Ukrainian, Russian, Polish), Romanian's
        # and Polish's "hour" ("ora", "godz."), a Hungarian weekday between date and time
        ("12 березня 2024 р., 14:30", "2024-03-12T14:30:00"),
        ("12 марта 2024 года, 14:30", "2024-03-12T14:30:00"),
        ("12 grudnia 2023 r., godz. 14:30", "2023-12-12T14:30:00"),
        ("12 ianuarie 2024, ora 14:30", "2024-01-12T14:30:00"),
        ("2024. március 12., kedd 14:30", "2024-03-12T14:30:00"),
        # Thai numeric dates in the Buddhist era; Greek in capitals, which drop the accents
        ("12/03/2567 14:30", "2024-03-12T14:30:00"),
        ("ΤΡΙΤΗ, 12 ΜΑΡΤΙΟΥ 2024", "2024-03-12"),
        # a weekday in Polish tells a numeric date's order as one in English does
        ("wtorek, 03/05/2024", "2024-03-05"),
        ("12 марта 2023 в 14:30", "2023-03-12T14:30:00"),
        ("12 Μαρτίου 2023 στις 14:30", "2023-03-12T14:30:00"),
        # the time written first, as CNN does
        ("Updated 3:45 PM EST, Tue December 5, 2023", "2023-12-05T15:45:00-05:00"),
        # zone names pages print, and the North American ones that follow daylight saving time
        ("December 5, 2023 3:45 PM ET", "2023-12-05T15:45:00-05:00"),
        ("July 5, 2023 3:45 PM ET", "2023-07-05T15:45:00-04:00"),
        ("5. Dezember 2023, 15:45 Uhr MEZ", "2023-12-05T15:45:00+01:00"),
        ("2023-12-06 17:35 GMT+8", "2023-12-06T17:35:00+08:00"),
        # the zone in brackets, as Vietnamese papers print it; an agency there is none
        ("Thứ Tư, 6/12/2023, 17:35 (GMT+7)", "2023-12-06T17:35:00+07:00"),
        ("6 Dec 2023 17:35 (Reuters)", "2023-12-06T17:35:00"),
        ("November 19, 2019, 07:47 PM EST", "2019-11-19T19:47:00-05:00"),
        ("10:30 December 5, 2023", "2023-12-05T10:30:00"),
        # the weekday set between a CJK date and its time
        ("2023年12月6日 星期三 17:35", "2023-12-06T17:35:00"),
        ("2023年12月6日(水) 17時35分", "2023-12-06T17:35:00"),
        ("2023년 12월 6일 (수) 17:35", "2023-12-06T17:35:00"),
        # the full weekday in brackets, and a weekday after a numeric date (Yahoo! Japan's "配信")
        ("2023年12月6日（星期三） 17:35", "2023-12-06T17:35:00"),
        ("2023-12-06 星期三 17:35", "2023-12-06T17:35:00"),
        ("2023/12/06(水) 17:35配信", "2023-12-06T17:35:00"),
        # the time first before a day-first date; a spaced French "h"; marks between date and time
        ("Published: 17:35 GMT, 6 December 2023", "2023-12-06T17:35:00+00:00"),
        # the time before a numeric date, as Russian papers write it
        ("14:30 05.12.2023", "2023-12-05T14:30:00"),
        ("Обновлено 09:00 - 06/12/2023", "2023-12-06T09:00:00"),
        ("mercredi 6 décembre 2023 à 17 h 35", "2023-12-06T17:35:00"),
        ("6 December 2023 • 5:35pm", "2023-12-06T17:35:00"),
        ("Wed, Dec 6, 2023 · 5:35 PM", "2023-12-06T17:35:00"),
        # day first with hyphens; Indonesian month abbreviations
        ("06-12-2023 17:35", "2023-12-06T17:35:00"),
        ("Rabu, 06 Des 2023 17:35 WIB", "2023-12-06T17:35:00+07:00"),
        ("17 Agu 2023", "2023-08-17"),
        # a weekday between the date and its time, alone or in brackets
        ("30 Ekim 2020 Cuma 18:28", "2020-10-30T18:28:00"),
        ("6 декабря 2023 (среда) 17:35", "2023-12-06T17:35:00"),
        ("6 de dezembro de 2023, quarta-feira, 17h35", "2023-12-06T17:35:00"),
        # Hindi months, their vowel signs no word characters to a regex, and those of other Indian scripts
        ("12 मार्च 2023", "2023-03-12"),
        ("5 फ़रवरी 2021 10:30", "2021-02-05T10:30:00"),
        ("6 டிசம்பர் 2023", "2023-12-06"),
        ("6 ಡಿಸೆಂಬರ್ 2023", "2023-12-06"),
        ("6 ഡിസംബർ 2023", "2023-12-06"),
        ("6 ਦਸੰਬਰ 2023", "2023-12-06"),
        # Urdu, Georgian, Armenian, Azerbaijani, Filipino, Swahili, Galician months
        ("6 دسمبر 2023", "2023-12-06"),
        ("6 დეკემბერი 2023", "2023-12-06"),
        ("6 դեկտեմբերի 2023", "2023-12-06"),
        ("6 dekabr 2023", "2023-12-06"),
        ("Disyembre 6, 2023", "2023-12-06"),
        ("Desemba 6, 2023", "2023-12-06"),
        ("6 de decembro de 2023", "2023-12-06"),
        # abbreviated Russian, Greek and Turkish months; the year's abbreviation or "u" before the time
        ("6 дек. 2023 г.", "2023-12-06"),
        ("6 Δεκ 2023", "2023-12-06"),
        ("06 Ara 2023", "2023-12-06"),
        ("6 декември 2023 г., 17:35", "2023-12-06T17:35:00"),
        ("6 grudnia 2023 r., 17:35", "2023-12-06T17:35:00"),
        ("6. децембар 2023. у 17:35", "2023-12-06T17:35:00"),
        ("6. prosinca 2023. u 17:35", "2023-12-06T17:35:00"),
    ],
)
def test_formats(raw: str, iso: str) -> None:
    assert parse_date(raw) == iso


@pytest.mark.parametrize("raw", ["", "yesterday", "2023-13-01", "2023-02-30", "1970-01-01", "3023-01-01", "12:30"])
def test_impossible_or_missing_dates_are_none(raw: str) -> None:
    assert parse_date(raw) is None


def test_first_date_in_text_wins() -> None:
    assert find_date("发布时间：2024-01-15 09:30 更新：2024-01-16") == "2024-01-15T09:30:00"


def test_url_dates() -> None:
    assert date_from_url("https://example.com/news/2023/12/06/story.html") == "2023-12-06"
    assert date_from_url("https://example.com/a/20231206/1.shtml") == "2023-12-06"
    assert date_from_url("https://example.com/meldungen/29-10-2021") == "2021-10-29"
    # unpadded, each part its own segment; not a number closing the path
    assert date_from_url("https://example.com/article/2023/12/6/story") == "2023-12-06"
    assert date_from_url("https://example.com/gallery/2023/12/6") is None
    assert date_from_url("https://example.com/about") is None
    assert date_from_url("https://example.com/item/31-13-2021") is None


def _published(head: str, body: str = "", after: str = "") -> str | None:
    import newsparse

    text = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"
    article = f"<article><h1>Library hours extended</h1>{body}{text}</article>"
    page = f"<html><head>{head}</head><body>{article}{after}</body></html>"
    return newsparse.extract(page).published


def test_a_utc_time_takes_the_publishers_offset_for_the_same_instant() -> None:
    head = '<meta property="article:published_time" content="2023-11-09T02:11:03+00:00">'
    assert _published(head, '<time datetime="2023-11-08T21:11:03-05:00">Nov 8</time>') == "2023-11-08T21:11:03-05:00"
    # Another instant is no rendering of the same one: the declared date stands.
    other = '<meta property="article:published_time" content="2023-11-09T02:11:03+00:00">'
    assert _published(other, '<time datetime="2023-11-08T20:00:00-05:00">Nov 8</time>') == "2023-11-09T02:11:03+00:00"


def test_a_utc_time_takes_the_offset_of_a_zone_the_page_names_beside_the_same_minute() -> None:
    head = '<meta property="article:published_time" content="2019-11-20T04:26:47+00:00">'
    shown = "<p>November 19, 2019 11:26 PM ET</p>"
    assert _published(head, shown) == "2019-11-19T23:26:47-05:00"


def test_a_video_page_is_dated_by_its_upload() -> None:
    video = '{"@type": "VideoObject", "name": "Talk", "uploadDate": "2020-04-04T20:57:00+02:00"}'
    head = f'<script type="application/ld+json">{video}</script>'
    assert _published(head) == "2020-04-04T20:57:00+02:00"


def test_an_element_holding_only_a_date_dates_an_otherwise_undated_page() -> None:
    share_bar = '<div class="social-share"><h5 class="font-blue">23.01.2019</h5><a href="/share">Teilen</a></div>'
    assert _published("", after=share_bar) == "2019-01-23"
    assert _published("", after="<h5>Ein Jahr 2019 voller Proteste und Debatten</h5>") is None


def test_a_utc_time_is_read_in_the_offset_the_page_gives_away() -> None:
    utc = '<meta property="article:published_time" content="2020-04-14T00:38:07+00:00">'
    # The same instant as local time without a zone under the headline: UTC-8.
    dateline = "<p class='dateline'>Posted Apr 13, 2020 at 4:38 PM</p>"
    assert _published(utc, dateline) == "2020-04-13T16:38:07-08:00"
    # The page's other dates state the publisher's offset, and it gives the day shown.
    modified = '<meta property="article:modified_time" content="2020-04-14T09:00:00-07:00">'
    assert _published(utc + modified, "<p class='date'>April 13, 2020</p>") == "2020-04-13T17:38:07-07:00"


def test_a_utc_time_that_falls_on_another_day_than_the_page_shows_gives_that_day() -> None:
    utc = '<meta property="article:published_time" content="2020-02-25T02:25:54+00:00">'
    assert _published(utc, "<p class='date'>February 24, 2020</p>") == "2020-02-24"
    # A shown day the instant cannot fall on anywhere is no reading of it.
    assert _published(utc, "<p class='date'>February 20, 2020</p>") == "2020-02-25T02:25:54+00:00"
    assert _published(utc, "<p class='date'>February 25, 2020</p>") == "2020-02-25T02:25:54+00:00"


def test_a_local_midnight_kept_in_utc_gives_the_day_a_date_element_shows() -> None:
    midnight = '<meta property="article:published_time" content="2021-11-04T23:00:00+00:00">'
    shown = "<div class='meta'><span class='date'>05.11.2021</span></div>"
    assert _published(midnight, after=shown) == "2021-11-05"
    assert _published(midnight) == "2021-11-04T23:00:00+00:00"


def test_a_date_after_a_label_is_found_past_other_mentions_of_the_label() -> None:
    text = "<p>Veröffentlicht in der Reihe Kritik und Essays, Band drei.<br>Erschienen am: 01.11.2023</p>"
    assert _published("", after=f"<div class='info'>{text}</div>") == "2023-11-01"


def test_a_story_that_opens_on_its_date_is_dated_by_it() -> None:
    sentence = "Der Arbeitsmarkt ist gut in das Jahr gestartet, sagte der Vorstand heute in Nürnberg. "
    assert _published("", f"<p>01.02.2022 – {sentence * 3}</p>") == "2022-02-01"


def test_a_story_that_opens_on_its_date_after_a_standfirst_is_dated_by_it() -> None:
    standfirst = "<p>" + "Zum Gedenktag erinnern die Vereine an verfolgte Frauen und ihre Geschichte. " * 3 + "</p>"
    sentence = "Bei der Erinnerung an die Verfolgten waren viele Opfer lange unsichtbar. "
    assert _published("", f"{standfirst}<p>27.1.2022 - {sentence * 3}</p>") == "2022-01-27"
    # A date further into the story's second paragraph is no dateline.
    assert _published("", f"{standfirst}<p>Wir suchen zum 1. April 2016 {sentence * 3}</p>") is None


def test_a_date_on_a_short_line_above_the_headline_dates_the_page() -> None:
    import newsparse

    text = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"
    above = "<p class='category'>24. April 2020 | <a href='/press'>Press releases</a></p>"
    page = f"<html><body><article>{above}<h1>Library hours extended</h1>{text}</article></body></html>"
    assert newsparse.extract(page).published == "2020-04-24"
    # a change's date beside it is the last change's, whichever comes first; alone, the page's
    for dates in (
        "<a>14:30 12.03.2024</a> (обновлено: 15:05 12.03.2024)",
        "(обновлено: 15:05 12.03.2024) 14:30 12.03.2024",
    ):
        above = f"<div class='info'>{dates.replace(') ', ')</div><div>').replace('</a> ', '</a></div><div>')}</div>"
        page = f"<html><body><article>{above}<h1>Library hours extended</h1>{text}</article></body></html>"
        article = newsparse.extract(page)
        assert (article.published, article.modified) == ("2024-03-12T14:30:00", "2024-03-12T15:05:00"), dates
    above = "<div>Last Updated : Apr 08, 2020 05:08 PM IST</div>"
    page = f"<html><body><article>{above}<h1>Library hours extended</h1>{text}</article></body></html>"
    assert newsparse.extract(page).published == "2020-04-08T17:08:00"  # IST: India's, Ireland's or Israel's


def test_a_dateline_naming_the_weekday_between_date_and_time_keeps_the_time() -> None:
    text = "<p>" + "Belediye kütüphanenin çalışma saatlerini pazartesiden itibaren uzattı. " * 6 + "</p>"
    dateline = "<p class='date'>30 Ekim 2020 Cuma 18:28</p>"
    page = f"<html><body><article><h1>Kütüphane saatleri uzatıldı</h1>{dateline}{text}</article></body></html>"
    assert newsparse.extract(page).published == "2020-10-30T18:28:00"


def test_a_how_to_dates_the_page_by_its_json_ld() -> None:
    how_to = '{"@type": "HowTo", "name": "Sew a round tablecloth", "datePublished": "2022-01-10T22:06:08:684Z"}'
    assert _published(f'<script type="application/ld+json">{how_to}</script>') == "2022-01-10T22:06:08+00:00"


def test_a_forum_post_is_dated_by_its_posting_line() -> None:
    line = "<p>本贴由 大卫 于2005年8月12日16:12:21在〖心灵体操〗发表.</p>"
    assert _published("", after=line) == "2005-08-12T16:12:21"


def test_a_later_date_under_the_headline_beats_the_declared_one_an_earlier_does_not() -> None:
    declared = '<meta property="article:published_time" content="2017-08-21T13:09:00+02:00">'
    assert _published(declared, "<p class='dateline'>3. April 2019</p>") == "2019-04-03"
    assert _published(declared, "<p class='dateline'>3. April 2016</p>") == "2017-08-21T13:09:00+02:00"
    # The same day shown: the declared date keeps its time and zone.
    assert _published(declared, "<p class='dateline'>21. August 2017</p>") == "2017-08-21T13:09:00+02:00"


def test_the_change_shown_beside_the_publication_date_is_the_modified_date() -> None:
    import newsparse

    text = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"

    def dates(shown: str) -> tuple[str | None, str | None]:
        article = newsparse.extract(f"<html><body><article><h1>Library hours</h1>{shown}{text}</article></body></html>")
        return article.published, article.modified

    assert dates("<p>Published March 12, 2024 | Updated March 13, 2024</p>") == ("2024-03-12", "2024-03-13")
    assert dates("<p>Veröffentlicht am 12.03.2024, aktualisiert am 13.03.2024</p>") == ("2024-03-12", "2024-03-13")
    assert dates("<p>Publié le 12 mars 2024 à 14h30, modifié le 13 mars 2024 à 9h00</p>") == (
        "2024-03-12T14:30:00",
        "2024-03-13T09:00:00",
    )
    assert dates("<p>更新时间：2024-03-13 09:00 发布时间：2024-03-12 10:00</p>") == (
        "2024-03-12T10:00:00",
        "2024-03-13T09:00:00",
    )
    # the change shown alone is the only date the page gives: no second one is made of it
    assert dates("<p>Last updated 04 Jun 2020</p>") == ("2020-06-04", None)


def test_a_dates_label_in_an_element_of_its_own_is_read_with_the_date_and_leaves_the_body() -> None:
    text = "".join(
        f"<p>The council voted on Tuesday to extend the opening hours ({n}) of the library.</p>" for n in range(4)
    )
    shown = {
        "<div><span>Published</span> <span>March 12, 2024</span> <span>Updated</span> <span>March 13, 2024</span>"
        "</div>": (
            "2024-03-12",
            "2024-03-13",
        ),
        "<div><div>Published</div><div>March 12, 2024</div><div>Updated</div><div>March 13, 2024</div></div>": (
            "2024-03-12",
            "2024-03-13",
        ),
        "<div><div>입력</div><div>2024.03.12. 오후 5:35</div><div>수정</div><div>2024.03.13. 오전 8:00</div></div>": (
            "2024-03-12T17:35:00",
            "2024-03-13T08:00:00",
        ),
    }
    for line, dates in shown.items():
        page = f"<html><head><title>Library hours</title></head><body><h1>Library hours</h1>{line}{text}</body></html>"
        article = newsparse.extract(page)
        assert (article.published, article.modified) == dates, line
        assert article.text.startswith("The council voted"), line


def test_an_updated_date_under_the_headline_gives_way_to_the_original_one_shown_beside_it() -> None:
    shown = "<p>Updated:</p><p>Mar 6, 2018</p><p>Original:</p><p>Dec 21, 2016</p>"
    assert _published("", shown) == "2016-12-21"
    # Shown alone, the updated date is the only date the page gives.
    assert _published("", "<p>Last updated 04 Jun 2020</p>") == "2020-06-04"
    # and a picture's caption under it, dating its photo, is no publication date
    caption = (
        "<p>FILE - In this June 20, 2020, file photo, the winner crosses the finish line to win the 152nd running "
        "of the Belmont Stakes horse race in Elmont, N.Y., a week before his final workout for the Derby.</p>"
    )
    assert _published("", "<p>Updated</p><p>9:53 am, Tuesday, September 1, 2020</p>" + caption) == "2020-09-01T09:53:00"
    # Both on one line, the change's first: the publication label's date is the date.
    assert _published("", "<p>更新时间：2023-12-07 08:00 发布时间：2023-12-06 17:35</p>") == "2023-12-06T17:35:00"
    assert _published("", "<p>Updated: Dec 7, 2023 8:00 am Published: Dec 6, 2023 5:35 pm</p>") == "2023-12-06T17:35:00"
    # "Last update", Japanese 更新日 and Chinese 更新于 label the change as "Updated" does.
    assert _published("", "<p>Last update: 5 May 2020</p><p>Published: 3 May 2020</p>") == "2020-05-03"
    assert _published("", "<p>更新日：2019年3月26日</p><p>公開日：2019年3月8日</p>") == "2019-03-08"
    assert _published("", "<p>更新于 2023-12-07</p><p>发布于 2023-12-06</p>") == "2023-12-06"
    # Japanese publication labels after the change's on one line; "掲載" alone is a column's word
    assert _published("", "<p>最終更新：2024年3月13日　公開：2024年3月12日</p>") == "2024-03-12"
    assert _published("", "<p>最終更新日：2024年3月13日　掲載日：2024年3月12日</p>") == "2024-03-12"


@pytest.mark.parametrize(
    "changed",
    [
        "Änderungsdatum: 05.05.2020",
        "Uppdaterad 5 maj 2020",
        "Oppdatert 5. mai 2020",
        "Opdateret 5. maj 2020",
        "Päivitetty 5.5.2020",
        "Güncelleme: 05.05.2020",
        "Aktualizováno 5. 5. 2020",
        "Frissítve: 2020. május 5.",
        "Обновлено: 5 мая 2020",
        "Ενημερώθηκε: 5 Μαΐου 2020",
        "Cập nhật: 05/05/2020",
        "Diperbarui: 5 Mei 2020",
        "更新：2020年5月5日",
        "수정 2020.05.05 12:00",
        "업데이트 2020.05.05 12:00",
    ],
)
def test_the_last_changes_label_in_more_languages_gives_way_to_the_publication_date(changed: str) -> None:
    assert _published("", f"<p>{changed}</p><p>3.5.2020</p>") == "2020-05-03"


def test_a_korean_publication_label_after_the_update_on_one_line_gives_the_date() -> None:
    for entered in ("입력", "기사입력", "등록"):
        line = f"<p>업데이트 2023.12.07 08:00 | {entered} 2023.12.06 17:35</p>"
        assert _published("", line).startswith("2023-12-06"), entered


def test_a_themes_time_of_the_last_change_shown_first_is_not_the_publication_date() -> None:
    # WordPress themes print both <time>s, the change's hidden by CSS; some print it first.
    both = (
        '<span class="posted-on"><time class="updated" datetime="2021-12-10T20:06:09-07:00">December 10, 2021</time>'
        '<time class="entry-date published">April 9, 2019</time></span>'
    )
    assert _published("", both) == "2019-04-09"
    # An unchanged post's two <time>s show one date: it is the publication date.
    same = (
        '<time class="entry-date published" datetime="2023-11-01T08:16:57+01:00">1. November 2023</time>'
        '<time class="updated" datetime="2023-11-01T08:16:59+01:00">1. November 2023</time>'
    )
    opening = "<p>Am 31.10.2023, gegen 23:40 Uhr, kam es in der Nordstraße zu einem Einbruchsversuch.</p>"
    assert _published("", same + opening) == "2023-11-01T08:16:57+01:00"
    # The change's <time> alone is the only date the page shows.
    assert _published("", '<time class="updated">December 10, 2021</time>') == "2021-12-10"


def test_the_url_settles_a_date_shown_month_first() -> None:
    import newsparse

    text = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"
    shown = "<p>10/11/2022 08:00 AM</p>"  # no zone: an American one would say month first
    page = f"<html><body><article><h1>Library hours extended</h1>{shown}{text}</article></body></html>"
    assert newsparse.extract(page).published == "2022-11-10T08:00:00"  # day first without a clue
    url = "https://example.com/newsletters/2022/10/11/library-hours"
    assert newsparse.extract(page, url=url).published == "2022-10-11T08:00:00"


@pytest.mark.parametrize(
    ("label", "iso"),
    [
        ("Kategorie: Autohersteller, Datum: 03.11.2021, Lesezeit: drei Minuten", "2021-11-03"),
        ("Раздел: спорт, опубликовано 15 августа 2016, читать: три минуты", "2016-08-15"),
    ],
)
def test_a_labelled_date_far_from_the_headline_dates_the_page(label: str, iso: str) -> None:
    import newsparse

    story = "".join(f"<p>Paragraph {n} of the story, long enough to be read as prose by anyone.</p>" for n in range(8))
    teaser = "<div class='intro'><p>A short introduction of a few words.</p></div>" * 12
    html = f"<html><body><h1>Skoda: the long road</h1>{teaser}<div class='x'>{story}</div><p>{label}</p></body></html>"
    assert newsparse.extract(html).published == iso


def test_chinese_portals_meta_dates_are_read() -> None:
    assert _published('<meta name="apub:time" content="2019-9-7 21:30:50">') == "2019-09-07T21:30:50"
    assert _published('<meta property="weibo: article:create_at" content="2019-11-25 18:57:38">') == (
        "2019-11-25T18:57:38"
    )


def test_the_dateline_under_a_headline_with_soft_hyphens_is_read() -> None:
    import newsparse

    text = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"
    headline = "<h1>Library hours ex&shy;tended for every&shy;one</h1>"
    article = f"<article>{headline}<p>Pressemitteilung vom 25. Januar 2022 | Berlin</p>{text}</article>"
    assert newsparse.extract(f"<html><body>{article}</body></html>").published == "2022-01-25"


def test_arabic_dates_are_read() -> None:
    from newsparse.meta.dates import find_date

    # Both month names, as Levantine sites print them, and the evening hour.
    assert find_date("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً") == "2020-04-24T21:22:00"
    assert find_date("الخميس ١٢ مارس ٢٠٢٠") == "2020-03-12"
    assert find_date("6 Mai / May 2021") == "2021-05-06"
    # The Levant's months of two words, August's of two letters, and the hour after "الساعة"
    assert find_date("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00") == "2013-08-28"
    assert find_date("3 كانون الثاني 2021 - 14:30") == "2021-01-03T14:30:00"
    assert find_date("15 تشرين الاول 2019") == "2019-10-15"
    assert find_date("نشر في 12 مارس 2023 الساعة 14:30") == "2023-03-12T14:30:00"
    # a comma before the word that leads the time: "…, às 14h30", and Italian "ore"
    assert find_date("12 de março de 2023, às 14h30") == "2023-03-12T14:30:00"
    assert find_date("12 marzo 2023 ore 14:30") == "2023-03-12T14:30:00"


def test_korean_hungarian_croatian_and_hebrew_dates_are_read() -> None:
    from newsparse.meta.dates import find_date

    assert find_date("2020년 3월 4일 16:52") == "2020-03-04T16:52:00"
    assert find_date("2020. április 24. 10:30") == "2020-04-24T10:30:00"
    assert find_date("Zagreb, 15. studenoga 2020.") == "2020-11-15"
    assert find_date("פורסם ב-24 באפריל 2020") == "2020-04-24"
    # Polish and Czech "listopad" is November, whatever Croatian says.
    assert find_date("15 listopada 2020") == "2020-11-15"


def test_a_publication_date_in_a_scripts_data_is_read_when_the_markup_shows_none() -> None:
    story = "".join(f"<p>Paragraph {n} of a review, long enough to be read as the story itself.</p>" for n in range(6))
    state = '<script type="application/json">{"review":{"publishedDate":"2016-11-04T20:37:27Z","likes":3}}</script>'
    page = f"<html><body><article><h1>Gousto changed my life</h1>{story}</article>{{}}</body></html>"
    assert newsparse.extract(page.format(state)).published == "2016-11-04T20:37:27+00:00"
    assert newsparse.extract(page.format("")).published is None
    # A creation time a script assigns in seconds since 1970, the page showing "昨天"
    wechat = '<script>var nickname = "爱否科技"; var ct = "1581517074";</script>'
    assert newsparse.extract(page.format(wechat)).published == "2020-02-12T14:17:54+00:00"
    # Keys in capitals, and a key whose value is no date before the one that is.
    config = '<script>var cfg = {"PUBLISH_TIME": "soon", "FIRST_PUBLISHED_AT": "2019-03-05 10:00"};</script>'
    assert newsparse.extract(page.format(config)).published == "2019-03-05T10:00:00"
    # Failing a publication date, the record's creation time a CMS keeps; a publication
    # date wherever it stands comes first.
    created = '<script>window.__DATA__ = {"page":{"createdAt":"2019-01-28T14:39:24.515Z","isLegacy":true}};</script>'
    assert newsparse.extract(page.format(created)).published == "2019-01-28T14:39:24+00:00"
    assert newsparse.extract(page.format(created + state)).published == "2016-11-04T20:37:27+00:00"
    # The markup's own date comes first.
    dated = page.replace("</h1>", "</h1><time datetime='2016-11-05'>5 Nov</time>").format(state)
    assert newsparse.extract(dated).published == "2016-11-05"


def test_a_two_digit_year_is_read_only_from_an_element_holding_nothing_but_the_date() -> None:
    from newsparse.meta.dates import short_year_date

    assert short_year_date("02.12.19") == "2019-12-02"
    assert short_year_date("28.09.19 12:44") == "2019-09-28T12:44:00"
    assert short_year_date("v2.10.19") is None and short_year_date("31.02.19") is None
    assert short_year_date("27 Mar 20 à 9:21") == "2020-03-27T09:21:00"  # a month's name, as French sites print it
    assert short_year_date("12 Foo 20") is None
    assert find_date("Version 2.10.19 fixes the bug") is None
    story = "".join(
        f"<p>Paragraph {n} of the debate, long enough to be read as the story itself.</p>" for n in range(6)
    )
    page = f"<html><body><span>02.12.19</span><h1>What's on the cards for von der Leyen</h1>{story}</body></html>"
    assert newsparse.extract(page).published == "2019-12-02"

    # An element named as a date vouches for it too, with no headline to anchor a dateline
    # (the page's <h1> in its menu) and more numbers than dates among its small elements.
    counts = "".join(f"<span>{n}71 Likes</span>" for n in range(12))
    header = "<header><h2>Hours: the library opens longer</h2><p><time>19.10.19, 08:16 Uhr</time></p></header>"
    menu = "<nav><h1>Library hours</h1></nav>"
    page = f"<html><body><div>{counts}</div>{menu}<article>{header}{story}</article></body></html>"
    assert newsparse.extract(page).published == "2019-10-19T08:16:00"


def test_a_two_digit_year_closing_a_byline_is_read_where_a_time_or_a_bar_vouches_for_it() -> None:
    from newsparse.meta.dates import closing_short_year

    assert _published("", "<p>Von Dieter Sieckmeyer 19.10.19, 11:29 Uhr</p>") == "2019-10-19T11:29:00"
    page = _story_with_byline("<p>Swantje Schemmerling | 06.11.23</p>")
    assert (page.published, page.authors) == ("2023-11-06", ["Swantje Schemmerling"])
    assert "06.11.23" not in page.text
    # A version number or a score has neither.
    assert closing_short_year("Python 3.10.19") is None and closing_short_year("Ergebnis nach 2.1.23") is None


def _story_with_byline(byline: str) -> newsparse.Article:
    text = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"
    return newsparse.extract(
        f"<html><body><article><h1>Library hours extended</h1>{byline}{text}</article></body></html>"
    )


def test_the_headline_in_a_slider_of_teasers_before_the_story_lends_it_no_other_items_date() -> None:
    """The slider shows the headline with no date, then the next items' titles, one dated;
    under the story's own headline, past a label, stands its date."""
    items = ["Library hours extended", "Council opens new playground in the park"]
    items += ["Bridge repairs to last until spring", "Mayor answers questions on the budget"]
    slider = "<ul>" + "".join(f"<li><a href='/{n}'>{title}</a></li>" for n, title in enumerate(items))
    slider += "<li>21.10.2023</li></ul>"
    text = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"
    story = f"<article><h1>Library hours extended</h1><p>Ausgabe 341</p><p>26.10.2023</p>{text}</article>"
    assert newsparse.extract(f"<html><body>{slider}{story}</body></html>").published == "2023-10-26"
    # a later place whose date stands as far from it gives no better reading: the first stands
    closing = slider.replace("21.10.2023", "19.10.2023")
    undated = f"<article><h1>Library hours extended</h1>{text}</article>"
    assert newsparse.extract(f"<html><body>{slider}{undated}{closing}</body></html>").published == "2023-10-21"
    # interface words between the headline and its date are no other item's title
    buttons = "".join(f"<span>{word}</span>" for word in ("分享", "留言", "列印", "A-", "A+"))
    story = f"<article><h1>Library hours extended</h1>{buttons}<p>2023-10-26 15:05</p>{text}</article>"
    later = "<ul><li>2023-10-27</li><li>Library hours extended</li><li>2023-10-27</li></ul>"
    assert newsparse.extract(f"<html><body>{story}{later}</body></html>").published == "2023-10-26T15:05:00"


def test_a_date_line_between_the_standfirst_and_the_story_dates_the_page() -> None:
    standfirst = "<p>" + "Zum Gedenktag erinnern die Vereine an verfolgte Frauen und ihre Geschichte. " * 3 + "</p>"
    teasers = "<ul><li>Library hours extended</li><li>27.10.2023</li></ul>"  # the headline again, in a list
    assert _published("", f"{standfirst}<p>Mittwoch, 01. November 2023 -</p>", teasers) == "2023-11-01"
    # a publication label vouches for a two-digit year
    assert _published("", f"{standfirst}<p>Publié le 27 Mar 20 à 9:21</p>") == "2020-03-27T09:21:00"
    # the date before the change's on the line
    assert _published("", f"{standfirst}<p>PTI</p><p>| July 9, 2020 | Updated 08:24 IST</p>") == "2020-07-09"
    # Weaker than a declared date: a short story may close on another item's date.
    head = '<meta property="article:published_time" content="2023-10-30T08:00:00">'
    assert _published(head, f"{standfirst}<p>Mittwoch, 01. November 2023 -</p>") == "2023-10-30T08:00:00"


def test_a_numeric_date_beside_a_north_american_zone_is_read_month_first() -> None:
    assert find_date("10/04/2016 05:07 AM EDT") == "2016-10-04T05:07:00-04:00"
    assert find_date("10/04/2016 05:07 AM ET") == "2016-10-04T05:07:00-04:00"
    assert find_date("10/04/2016 05:07 CET") == "2016-04-10T05:07:00+01:00"


def test_a_labelled_date_after_the_standfirst_dates_the_page() -> None:
    standfirst = "<p>" + "Zum Gedenktag erinnern die Vereine an verfolgte Frauen und ihre Geschichte. " * 3 + "</p>"
    dated = f"{standfirst}<p>Von</p><p>Eurosport</p><p>Publiziert 02/02/2022 um 09:23 GMT</p>"
    assert _published("", dated) == "2022-02-02T09:23:00+00:00"
    # A change's date is no publication date.
    assert _published("", f"{standfirst}<p>Aktualisiert 03/02/2022 um 09:23 GMT</p>") is None


def test_a_vietnamese_date_line_is_a_dateline_and_a_sentence_is_not() -> None:
    from newsparse.meta.byline import is_dateline

    assert is_dateline("Thứ Ba, ngày 12 tháng 10 năm 2021 14:30")
    assert not is_dateline("Hà Nội ngày 12 tháng 10 năm 2021 có mưa lớn ở nhiều nơi")


def test_a_slashed_meta_date_the_page_shows_the_other_way_round_was_written_month_first() -> None:
    head = '<meta name="date" content="11/01/2023 12:43:42">'
    assert _published(head, after="<p>Erstellt am: 01.11.2023</p>") == "2023-11-01T12:43:42"
    assert _published(head) == "2023-01-11T12:43:42"  # nothing settles it: day first
    # a year-first date is never in doubt, whatever the page shows
    iso = '<meta name="date" content="2023-01-11T12:43:42">'
    assert _published(iso, after="<p>Erstellt am: 01.11.2023</p>") == "2023-01-11T12:43:42"


def test_a_meta_date_in_doubt_is_read_month_first_when_another_the_page_declares_can_only_be() -> None:
    import newsparse

    story = "<p>" + "The council voted on Tuesday to extend the library's opening hours from next week. " * 4 + "</p>"
    head = (
        '<meta name="article:published_time" value="12-15-2016"><meta name="article:modified_time" value="05-04-2021">'
    )
    article = newsparse.extract(f"<html><head>{head}</head><body><article>{story}</article></body></html>")
    assert (article.published, article.modified) == ("2016-12-15", "2021-05-04")
    alone = '<meta name="article:modified_time" value="05-04-2021">'  # nothing settles it: day first
    assert newsparse.extract(f"<html><head>{alone}</head><body>{story}</body></html>").modified == "2021-04-05"


def test_thai_dates_in_the_buddhist_era_and_persian_dates_in_the_solar_hijri_calendar_are_read() -> None:
    from newsparse.meta.dates import find_date

    assert find_date("21 ม.ค. 2562 13:49 น.") == "2019-01-21T13:49:00"
    assert find_date("วันที่ 12 มีนาคม พ.ศ. 2566 เวลา 14:30 น.") == "2023-03-12T14:30:00"
    assert find_date("12 มีนาคม 2023") == "2023-03-12"
    # Nowruz and the leap years of the 33-year cycle: 1399 and 1403 end on 30 Esfand
    assert find_date("۲۲ فروردین ۱۴۰۲ ساعت ۱۴:۳۰") == "2023-04-11T14:30:00"
    assert find_date("1 فروردين 1403") == "2024-03-20"  # the Arabic yeh typed for the Persian
    assert find_date("30 اسفند 1399") == "2021-03-20"
    assert find_date("۱۴۰۲/۱۰/۱۱") == "2024-01-01"
    assert find_date("1402/13/40") is None and find_date("31 مهر 1402") is None


def test_taiwans_official_years_count_from_1912() -> None:
    from newsparse.meta.dates import find_date

    assert find_date("中華民國112年3月12日") == "2023-03-12"
    assert find_date("發布日期：民國 112 年 3 月 12 日 14:30") == "2023-03-12T14:30:00"
    # Japan's official calendar counts by era, its first year 元年
    assert find_date("公開日：令和5年12月6日（水）17:35") == "2023-12-06T17:35:00"
    assert find_date("令和元年5月1日") == "2019-05-01"
    assert find_date("平成31年4月1日") == "2019-04-01"


@pytest.mark.parametrize(
    "raw",
    [
        *("6 gruodžio 2023", "2023 m. gruodžio 6 d.", "2023. gada 6. decembrī"),
        *("6 dhjetor 2023", "6 Disember 2023", "6 دسامبر 2023"),
    ],
)
def test_lithuanian_latvian_albanian_malay_and_persian_gregorian_months_are_read(raw: str) -> None:
    assert find_date(raw) == "2023-12-06"
    assert find_date("112年3月12日") == "2023-03-12"
    assert find_date("2112年3月12日") is None  # no year 112 inside a later one


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        *(("12.III.2024", "2024-03-12"), ("12 III 2024", "2024-03-12"), ("Warszawa, 5.IV.2024 r.", "2024-04-05")),
        *(("2024. III. 12.", "2024-03-12"), ("12/XI/2023 14:30", "2023-11-12T14:30:00"), ("1.I.2024", "2024-01-01")),
        # in capitals only: Polish "i" is "and"; no 31 February, no month IIII
        *(("między 5 i 2024", None), ("31.II.2024", None), ("12 IIII 2024", None)),
    ],
)
def test_a_month_written_as_a_roman_numeral_is_read(raw: str, iso: str | None) -> None:
    assert find_date(raw) == iso


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="dc:created" content="2017-09-01">',
        '<meta name="DC.Issued" content="2017-09-01">',
        '<meta itemprop="datePublished" datetime="2017-09-01">',
        '<meta name="pdate" content="20170901">',
        '<meta name="originalPublicationDate" content="2017/09/01">',
        '<meta name="displaydate" content="September 1, 2017">',
        '<meta name="live_date" content="20170901">',
    ],
)
def test_dublin_core_microdata_and_other_cms_meta_dates_are_read(head: str) -> None:
    assert _published(head) == "2017-09-01"


def test_a_time_classed_as_the_last_change_is_no_publication_date() -> None:
    # WordPress's two <time>: the changed date may come first in the markup
    changed = (
        '<time class="updated" datetime="2011-09-28"></time><time class="entry-date" datetime="2011-09-27"></time>'
    )
    page = f"<html><body>{changed}</body></html>"
    article = newsparse.extract(page)
    assert (article.published, article.modified) == ("2011-09-27", "2011-09-28")
    # an unchanged post's one <time> is classed both ways
    for classes in ("entry-date published updated", "entry-date updated td-module-date"):
        assert _published(f'<time class="{classes}" datetime="2011-09-27"></time>') == "2011-09-27"


@pytest.mark.parametrize(
    ("line", "iso"),
    [("Veröffentlicht am 6.12.06", "2006-12-06"), ("Veröffentlicht am 01.09.17 um 14:30", "2017-09-01T14:30:00")],
)
def test_a_two_digit_year_after_a_publication_label_is_read(line: str, iso: str) -> None:
    assert _published("", f"<p class='meta'>{line}</p>") == iso
    assert _published("", "<p class='meta'>Version 6.12.06</p>") is None


def test_date_labels_are_found_in_a_page_by_their_openings_as_a_scan_finds_them() -> None:
    from newsparse.patterns.build import phrases
    from newsparse.patterns.dates import PUBLISHED_LABEL

    page = (
        "home | this entry was posted on 3 may 2020 | updated: 4 may | 本文由 小王 于 2020年5月5日 发布\n"
        "first published 6 may; published on 7 may; datum: 8.5.2020; update: 9 may; mandate: none"
    )
    assert [m.group(0) for m in PUBLISHED_LABEL.finditer(page)] == [
        m.group(0) for m in PUBLISHED_LABEL.pattern.finditer(page)
    ]
    assert len(list(PUBLISHED_LABEL.finditer(page))) == 6
    with pytest.raises(ValueError, match="literal words"):
        phrases((r"(?:a|b)c",))


@pytest.mark.parametrize(
    ("shown", "published"),
    [
        ("发布时间：01-14</span><span>17:58", "2020-01-14T17:58:59"),
        ("发布时间：20-01-14</span><span>17:58", "2020-01-14T17:58:59"),
        # another day, or the change's label, vouches for nothing
        ("发布时间：01-15</span><span>17:58", None),
        ("更新时间：01-14</span><span>17:58", None),
    ],
)
def test_a_declared_date_the_page_shows_as_published_without_its_year_is_the_publication_date(
    shown: str, published: str | None
) -> None:
    story = "<p>" + "今年以来，本市的公园建设取得了新进展，市民纷纷前往游览。" * 4 + "</p>"
    page = (
        '<html><head><meta itemprop="dateUpdate" content="2020-01-14 17:58:59"></head><body><article>'
        f"<h1>本市公园建设取得新进展</h1><p class='info'><span>{shown}</span></p>{story}</article></body></html>"
    )
    assert newsparse.extract(page).published == published


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the weekday named beside a date of numbers settles which of them is the month
        ("Tuesday, 03/05/2024 10:14 a.m.", "2024-03-05T10:14:00"),
        ("Friday, 03/05/2024", "2024-05-03"),
        ("Dienstag, 05.03.2024", "2024-03-05"),
        ("03/05/2024", "2024-05-03"),  # no weekday: read day first, as most of the world writes it
        ("9/17/2004 Friday", "2004-09-17"),
    ],
)
def test_a_weekday_beside_a_date_of_numbers_tells_its_day_from_its_month(text: str, day: str) -> None:
    assert find_date(text) == day


@pytest.mark.parametrize(
    ("lang", "url", "shown", "published"),
    [
        # Japan and Korea keep one clock, with no summer time
        ("ja", None, "2019年4月21日 12:00", "2019-04-21T12:00:00+09:00"),
        ("ko", None, "2018.08.25 15:24", "2018-08-25T15:24:00+09:00"),
        ("vi", None, "Thứ tư, 6/12/2023, 17:35", "2023-12-06T17:35:00+07:00"),
        # a Chinese page on a domain of the regions at UTC+8; elsewhere its time is as shown
        ("zh-CN", "https://news.example.com.cn/a/1.html", "2019年11月25日 20:36", "2019-11-25T20:36:00+08:00"),
        ("zh-CN", "https://www.example.com/a/1.html", "2019年11月25日 20:36", "2019-11-25T20:36:00"),
        ("en", None, "March 3, 2021 5:35 PM", "2021-03-03T17:35:00"),
        # a date alone gets no time, nor a zone
        ("ja", None, "2019年4月21日", "2019-04-21"),
    ],
)
def test_a_time_shown_without_its_zone_takes_the_one_zone_of_its_pages_language(
    lang: str, url: str | None, shown: str, published: str
) -> None:
    story = "".join(f"<p>{PROSE_BY_LANG.get(lang[:2], PROSE_BY_LANG['en'])} {n}</p>" for n in range(4))
    html = f"<html lang='{lang}'><body><article><h1>Title of the story</h1><p>{shown}</p>{story}</article></body>"
    assert newsparse.extract(html, url=url).published == published


PROSE_BY_LANG = {
    "ja": "市議会は火曜日、図書館の開館時間を延長することを決めた。住民は長年それを求めていた。",
    "ko": "시의회는 화요일 도서관 운영 시간을 연장하기로 결정했다. 주민들은 오랫동안 이를 요구해 왔다.",
    "zh": "市议会周二投票决定延长图书馆的开放时间，居民们多年来一直要求这样做。",
    "vi": "Hội đồng thành phố hôm thứ Ba đã bỏ phiếu kéo dài giờ mở cửa của thư viện, như người dân mong muốn.",
    "en": "The council voted on Tuesday to extend the opening hours of the library, as residents had asked.",
}


def test_of_two_dates_alone_under_the_headline_the_earlier_is_the_publication() -> None:
    """A theme may show the change's date over the publication's, with no label to tell
    them apart: the earlier is the publication's, the later the change's."""
    text = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"

    def dates(first: str, second: str) -> tuple[str | None, str | None]:
        header = f"<h1>Library hours extended</h1><div><span>{first}</span><br><span>{second}</span></div>"
        article = newsparse.extract(f"<html><body><article>{header}<p>by Luke Koppa</p>{text}</article></body></html>")
        return article.published, article.modified

    assert dates("December 10, 2021", "April 9, 2019") == ("2019-04-09", "2021-12-10")
    # the later second may be an event's date the story opens on: the first stands alone
    assert dates("April 9, 2019", "Am 22. Oktober 2019") == ("2019-04-09", None)


def test_a_time_of_day_on_a_line_of_its_own_under_the_date_is_the_dates() -> None:
    text = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"
    for time, expected in (("3:33 PM ET", "2016-12-15T15:33:00-05:00"), ("15:33 Uhr", "2016-12-15T15:33:00")):
        header = f"<h1>Library hours extended</h1><div><span>December 15, 2016</span><span>{time}</span></div>"
        article = newsparse.extract(f"<html><body><article>{header}{text}</article></body></html>")
        assert article.published == expected, time
