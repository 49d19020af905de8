"""Bylines: authors, editors and sources kept apart, names cleaned, junk refused."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.meta.byline import Byline, english_byline, is_byline_line, parse_labelled
from newsparse.meta.lift import lift_bylines
from newsparse.meta.people import person_names
from newsparse.model import Block


def test_one_line_with_several_fields() -> None:
    found, _ = parse_labelled("2024-01-15 09:30:12　来源：新华网　作者：王晓东　李静　责任编辑：赵雪梅")
    assert found.sources == ["新华网"]
    assert found.authors == ["王晓东", "李静"]
    assert found.editors == ["赵雪梅"]
    # a field's value ends before any date label, whole ("更新时间", not "时间" after "更新")
    for label in ("更新时间", "发布日期", "發布時間"):
        found, _ = parse_labelled(f"来源：新华网 {label}：2023-12-06 17:35")
        assert found.sources == ["新华网"], label


def test_traditional_labels() -> None:
    found, _ = parse_labelled("來源:中新網河南")
    assert found.sources == ["中新網河南"]
    found, _ = parse_labelled("責任編輯:馮長海")
    assert found.editors == ["馮長海"] and not found.authors


def test_a_reposted_storys_origin_is_its_source_and_the_editor_in_charge_an_editor() -> None:
    found, _ = parse_labelled("转自：人民日报 监制：张三 责任编辑：李四")
    assert (found.sources, found.editors, found.authors) == (["人民日报"], ["张三", "李四"], [])
    assert parse_labelled("轉自：聯合報")[0].sources == ["聯合報"]
    # "reprinted from" needs no colon
    assert parse_labelled("本文转载自人民网")[0].sources == ["人民网"]
    assert parse_labelled("本文轉載自中央社")[0].sources == ["中央社"]


def test_a_staff_code_joined_to_an_editors_name_is_no_part_of_it() -> None:
    assert parse_labelled("本文来源：新京报 责任编辑：史建磊_NBJ11331")[0].editors == ["史建磊"]
    assert parse_labelled("责任编辑：杨倩_NF4425")[0].editors == ["杨倩"]


def test_label_inside_a_word_is_no_label() -> None:
    found, _ = parse_labelled("这篇原文：请见附件")
    assert not found.authors


def test_byline_line_versus_prose() -> None:
    assert is_byline_line("来源：人民网")[0]
    assert not is_byline_line("他说，来源：这个说法并不准确，因为调查仍在进行之中，结果尚未公布。")[0]


def test_a_note_after_a_name_is_dropped_and_a_body_named_with_its_initials_or_address_is_none() -> None:
    assert person_names(["Max Mustermann (dpa)", "Jane Doe (Berlin) and John Roe"]) == [
        "Max Mustermann",
        "Jane Doe",
        "John Roe",
    ]
    assert person_names(["Deutsche Welle (DW)", "Auswärtige Autoren (AA)", "Deutsche Welle (www.dw.com)"]) == []


def test_an_outlet_after_a_names_comma_and_a_newsroom_are_no_one() -> None:
    assert person_names("Por Maria Silva, da Folha") == ["Maria Silva"]
    # the words after a site's address are its address, where a full name is a name
    assert person_names("hessenschau.de, Frankfurt, Germany") == []
    # an organisation's address, ending on its country: places, not people; a person's stays
    assert person_names("Kirche und Leben, Münster, Germany") == person_names("Süddeutsche, Munich, Germany") == []
    assert person_names("Jane Doe, Berlin, Germany") == ["Jane Doe"]
    assert person_names("Article by Barry Alleyne") == ["Barry Alleyne"]
    assert person_names("spiegel.de, Jane Doe") == ["Jane Doe"]
    assert person_names("Cher, Madonna") == ["Cher", "Madonna"]
    assert person_names("der Michel") == ["der Michel"]  # a pen name that opens on its article
    assert person_names(["Redacción EFE", "La Rédaction", "Página Siete Digital", "Noticias El Comercio"]) == []
    # a newsroom credited before its outlet's name is the credit when no person is named
    desk = '<meta name="author" content="Redacción Diario Pagina Siete">'
    assert _authors(desk, "") == ["Redacción Diario Pagina Siete"]


def test_person_names_drop_organisations_and_noise() -> None:
    assert person_names("By Jane Doe and John Roe") == ["Jane Doe", "John Roe"]
    assert person_names("JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL") == [
        "JOSH HASKELL",
        "DAVID CAPLAN",
        "PATRICK REEVELL",
    ]
    assert person_names("Jane Doe, Reuters") == ["Jane Doe"]
    assert person_names("Staff Writer") == []
    assert person_names("Email the author") == []
    assert person_names("https://example.com/staff/jane") == []
    assert person_names("郭爱青") == ["郭爱青"]
    # A label whose value is a date names no one; a bio after the name is no part of it.
    assert person_names("Stand: 20. April 2020, 14:57 Uhr") == []
    # nor does the word for "last" before a change's label ("Zuletzt geändert am:", "Última actualización:")
    for changed in ("Zuletzt geändert am:", "Última actualización:", "Laatst bijgewerkt:", "Ostatnia aktualizacja:"):
        assert person_names(f"{changed} 15.10.2021") == [], changed
    assert person_names("Senast uppdaterad 2021-03-12") == person_names("Sist oppdatert: 12.03.2021") == []
    assert person_names("Von Anna Berg Zuletzt aktualisiert am 12.03.2021") == ["Anna Berg"]
    # a doctorate's faculty in lower case is the title's part; a credit for the pictures or the review is no author's
    assert person_names("Von Dr. med. Anna Berg") == ["Dr. med. Anna Berg"]
    assert person_names("Prof. Dr. rer. nat. Eva Schmidt") == []  # six words: more than a name's
    assert person_names("Dr. rer. nat. Eva Schmidt") == ["Dr. rer. nat. Eva Schmidt"]
    assert person_names("Fotos von Anna Berg") == person_names("Geprüft von Dr. med. Stefan Frädrich") == []
    assert person_names("Ursula von der Leyen") == ["Ursula von der Leyen"]
    # German blog and recipe labels before (or instead of) a name, and the weekday after one.
    assert person_names("Eingestellt von der Michel") == ["der Michel"]
    assert person_names("Alles von Martin Junker") == ["Martin Junker"]
    assert person_names("Beitrag von") == person_names("Rezept von Zum Profil von") == person_names("Über") == []
    assert person_names("Heiko Sauer Do, 12.03.2020") == ["Heiko Sauer"]
    assert person_names("Daniel Lemire A computer science professor at the University of Quebec") == ["Daniel Lemire"]
    # an author box's name, then the bio opening with the given name
    assert person_names("Martin Chikilian Martin is a full-stack engineer") == ["Martin Chikilian"]
    assert person_names("Mary Ann Smith is a reporter") == ["Mary Ann Smith"]


def test_lifting_bylines_from_the_body() -> None:
    blocks = [
        Block("heading", text="标题", level=1),
        Block("paragraph", text="来源：新华网"),
        Block("paragraph", text="正文第一段，内容足够长，讲述了事件的经过和各方的反应。"),
        Block("paragraph", text="正文最后一段，记者了解到更多细节。（记者 张三 李四）【编辑:王琴】"),
    ]
    kept, found = lift_bylines(blocks, title="标题")
    assert [b.text for b in kept] == [
        "正文第一段，内容足够长，讲述了事件的经过和各方的反应。",
        "正文最后一段，记者了解到更多细节。（记者 张三 李四）",
    ]
    assert found.sources == ["新华网"]
    assert found.authors == ["张三", "李四"]
    assert found.editors == ["王琴"]


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("（文/图 刘玺东 易赛楠）", ["刘玺东", "易赛楠"]),  # text and pictures by both
        ("(图／文 王五)", ["王五"]),
        ("（文 赵六）", ["赵六"]),
    ],
)
def test_a_closing_credit_in_brackets_names_the_writers_and_stays(closing: str, authors: list[str]) -> None:
    last = "让金融的发展更好地满足人民日益增长的美好生活需要。" + closing
    blocks = [Block("paragraph", text="正文第一段，内容足够长。"), Block("paragraph", text=last)]
    kept, found = lift_bylines(blocks, title=None)
    assert found.authors == authors and kept[-1].text == last


def test_credit_lines_at_the_edge_of_a_paragraph_of_lines_are_read_and_the_rest_kept() -> None:
    story = "正文第一段，内容足够长，讲述了事件的经过和各方的反应。"
    blocks = [
        Block("paragraph", text=story),
        Block("paragraph", text="正文最后一段，记者了解到更多细节。\n责任编辑：张三"),
        Block("paragraph", text="编辑|禤志杰\n责编|陈梦莹\n来源|广州参考\n扫描下方二维码解锁更多技能"),
    ]
    kept, found = lift_bylines(blocks, title=None)
    assert [b.text for b in kept] == [story, "正文最后一段，记者了解到更多细节。", "扫描下方二维码解锁更多技能"]
    assert found.editors == ["张三", "禤志杰", "陈梦莹"]
    assert found.sources == ["广州参考"]
    # an interview's lines open with the questioner's label: no credit
    interview = Block("paragraph", text="记者：你怎么看这件事的影响？\n张三：我认为影响很大，各方都在关注。")
    kept, found = lift_bylines([Block("paragraph", text=story), interview], title=None)
    assert kept[-1].text == interview.text and found == Byline()


def test_closing_credit_that_is_no_name() -> None:
    kept, found = lift_bylines([Block("paragraph", text="全文到此结束。（完）")], title=None)
    assert found.authors == [] and kept[0].text == "全文到此结束。（完）"


def test_english_byline_and_dateline_near_the_top() -> None:
    blocks = [
        Block("paragraph", text="By Maria Gonzalez and David Chen"),
        Block("paragraph", text="March 14, 2024 at 9:30 a.m."),
        Block("paragraph", text="The council voted on Wednesday night to build new lanes."),
    ]
    kept, found = lift_bylines(blocks, title=None)
    assert found.authors == ["Maria Gonzalez", "David Chen"]
    assert [b.text for b in kept] == ["The council voted on Wednesday night to build new lanes."]


ARTICLE_BODY = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"


def authors_of(head: str, body: str) -> list[str]:
    import newsparse

    page = f"<html><head>{head}</head><body><article><h1>Library hours extended after vote</h1>{body}"
    return newsparse.extract(page + ARTICLE_BODY + "</article></body></html>").authors


def test_one_word_beside_full_names_in_a_byline_element_is_a_place_or_a_role() -> None:
    byline = '<div class="article-byline">Markus M. Haefliger, London, und Beat Bumbacher</div>'
    assert authors_of("", byline) == ["Markus M. Haefliger", "Beat Bumbacher"]
    assert authors_of("", '<div class="article-byline">Jan Fleischhauer, Kolumnist</div>') == ["Jan Fleischhauer"]
    assert authors_of("", '<span class="author">Zahlenzauberin</span>') == ["Zahlenzauberin"]  # alone, a pen name
    # So in an element named for the author's name, where the role runs on past an "und".
    card = '<a class="author-name"><h4>Ingo Arzt</h4><h5>Redakteur für Wirtschaft und Umwelt</h5></a>'
    assert authors_of("", card) == ["Ingo Arzt"]


def test_a_role_after_the_name_in_other_languages_is_no_part_of_it() -> None:
    assert person_names("Christoph Hein Chefredakteur") == ["Christoph Hein"]
    assert person_names("Anna Weber, Korrespondentin") == ["Anna Weber"]
    assert person_names("Marie Dupont, rédactrice") == ["Marie Dupont"]
    assert person_names("Maria Silva, repórter") == ["Maria Silva"]


def test_german_gendered_author_labels_are_labels() -> None:
    for label in ("AUTOR/IN", "Autor/in:", "Autor*in:", "AutorIn:", "Autor:in"):
        assert person_names(f"{label} Julius Richter") == ["Julius Richter"], label
        assert authors_of("", f'<div class="author">{label} Julius Richter</div>') == ["Julius Richter"], label


def test_a_teasers_writer_inside_its_link_is_not_the_storys_author() -> None:
    teasers = "".join(
        f'<a href="/2020/01/17/story-{n}/" class="latest-link">Another story of the week, number {n}<br>'
        '<span class="writer">Melanie McFarland</span></a>'
        for n in range(1, 4)
    )
    byline = (
        '<section class="writer-container"><h5><a href="/writer/nathanael-johnson">Nathanael Johnson</a></h5></section>'
    )
    assert authors_of("", f'<div id="up-next">{teasers}</div>{byline}') == ["Nathanael Johnson"]
    # A link to the author's page holding the name alone is the byline itself.
    assert authors_of("", '<a href="/writer/jane-doe"><span class="author">Jane Doe</span></a>') == ["Jane Doe"]


def test_a_teasers_author_field_is_not_the_storys_author_but_an_author_box_styled_as_a_teaser_is() -> None:
    """A slider of other stories' cards, each naming its writer in the card's author field
    ("slider-teaser__author"), before the story's own byline."""
    cards = "".join(
        f'<article class="slider-teaser"><h2><a href="/opinion/{n}">Opinion {n}</a></h2>'
        '<footer><span class="slider-teaser-opinion__author">Manfred Prisching</span></footer></article>'
        for n in range(3)
    )
    byline = '<div class="article-authors"><a href="/autor/ursula-baatz" rel="author">Ursula Baatz</a></div>'
    story = f"<article><h1>Library hours extended after vote</h1>{ARTICLE_BODY}{byline}</article>"
    assert newsparse.extract(f"<html><body><div>{cards}</div>{story}</body></html>").authors == ["Ursula Baatz"]
    # the author's own box, classed as a teaser box and as the author's
    box = '<div class="teaser-box author short"><div class="title-small">Johanna Kropfitsch</div></div>'
    assert authors_of("", box) == ["Johanna Kropfitsch"]


def test_an_author_link_the_page_shows_outranks_a_declared_author_shown_nowhere() -> None:
    """A CMS credits its editor in every page's JSON-LD; the page shows its writer's link."""
    ld = '{"@type": "NewsArticle", "author": {"name": "Gilles Gressani"}}'
    declared = f'<script type="application/ld+json">{ld}</script>'
    link = '<p class="signature"><a href="/auteurs/uriel-gadessaud" rel="author">Uriel Gadessaud</a></p>'
    assert authors_of(declared, link) == ["Uriel Gadessaud"]
    # the declared author shown on the page, in the story's closing note, stands
    note = "<p>Gilles Gressani edited this piece.</p>"
    assert authors_of(declared, link + note) == ["Gilles Gressani"]


def test_an_authors_box_title_and_its_follow_links_are_no_part_of_the_name() -> None:
    assert person_names("About the Author - Florina Ionescu") == ["Florina Ionescu"]
    assert person_names("Über den Autor: Max Mustermann") == ["Max Mustermann"]
    assert person_names("Oliver Baroni Folge mir Folge Oliver Baroni auf Facebook") == ["Oliver Baroni"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Amelie Siekmann 04. Dezember 2022", ["Amelie Siekmann"]),
        ("Bianca Praetorius 2. Okt. 2022", ["Bianca Praetorius"]),
        ("Amelie Siekmann, am Sonntag, 11.12.2022 - 05:12", ["Amelie Siekmann"]),
        # a teaser's title over its date, a weekday's name: no one
        ("Going For Growth April 25, 2022", []),
        ("GOJ Minute 2, April 25, 2022", []),
        ("Thứ Tư, 6/12/2023, 17:35 (GMT+7)", []),
        ("Chủ nhật, 10/12/2023, 08:00 (GMT+7)", []),
        # a name one of whose words names a month
        ("Jan Kowalski, 6 grudnia 2023 17:35", ["Jan Kowalski"]),
        ("April Ryan 6 December 2023", ["April Ryan"]),
        # a name the date's label follows, in any language
        ("Par Jean Dupont Publié le 06/12/2023 à 17h35 Mis à jour le 07/12/2023", ["Jean Dupont"]),
        ("Von Anna Berg Aktualisiert am 06.12.2023", ["Anna Berg"]),
        ("Por María García Publicado el 6 de diciembre de 2023", ["María García"]),
        ("By Jane Doe Last updated 6 December 2023", ["Jane Doe"]),
        # the date's article, which a surname may take ("Jean le Rond"), and a surname it could be
        ("Par Jean Dupont le 12 mars 2024", ["Jean Dupont"]),
        ("Av Anna Svensson den 12 mars 2024", ["Anna Svensson"]),
        ("By Thanh Le 12 March 2024", ["Thanh Le"]),
    ],
)
def test_a_full_name_a_date_follows_on_its_line_is_the_author(line: str, names: list[str]) -> None:
    assert english_byline(line) == names


def test_a_byline_inside_a_button_that_opens_the_authors_card_is_read() -> None:
    byline = (
        '<div class="author__byline"><button class="tooltip"><p>By <a href="/author/ldemoraes/">Lisa de Moraes</a></p>'
        '<section class="author"><h2>Lisa de Moraes</h2><p>TV Columnist</p><h4>More Stories By Lisa</h4>'
        + "".join(
            f'<ul><li><a href="/2019/0{n}/story-{n}/">Another story of the week, number {n}</a></li></ul>'
            for n in range(1, 6)
        )
        + "</section></button></div>"
    )
    assert authors_of("", byline) == ["Lisa de Moraes"]


def test_microdata_authors_of_teasers_and_photos_are_not_the_articles() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/NewsArticle">'
        '<span itemprop="author">Maria Lopez</span>'
        '<figure itemscope itemtype="https://schema.org/ImageObject"><span itemprop="author">Sam Photographer</span>'
        "</figure></div>"
        '<aside><div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="author">Other Writer</span>'
        "</div></aside>"
    )
    assert authors_of("", body) == ["Maria Lopez"]


def test_microdata_without_items_keeps_the_first_byline_only() -> None:
    body = (
        '<div class="meta"><p><span itemprop="author">Maria Lopez</span> and <span itemprop="author">Tom Berg</span>'
        "</p></div>"
        '<ul class="related"><li><p><span itemprop="author">Other Writer</span></p></li></ul>'
    )
    assert authors_of("", body) == ["Maria Lopez", "Tom Berg"]


def test_co_author_links_make_one_byline() -> None:
    body = (
        '<address><a rel="author" href="/p/a">Julia Carrie Wong</a> and '
        '<a rel="author" href="/p/b">Sam Levin</a></address>'
    )
    assert authors_of("", body) == ["Julia Carrie Wong", "Sam Levin"]


def test_a_person_the_story_links_to_or_tags_and_the_sites_social_profile_are_no_author() -> None:
    mention = (
        '<p><a href="/people/prince/"><strong>Prince</strong></a> was married when he died and wanted '
        "all of his money to go to his wife, according to the woman who is now putting his estate on notice.</p>"
    )
    tags = '<ul class="tag-cloud"><a class="tag-cloud__item" href="/people/prince/">Prince</a></ul>'
    assert authors_of("", mention + tags) == []
    # nor is the site's profile on a social network, in its row of icons
    social = '<ul><li class="social__item"><a class="social__link" href="https://joindiaspora.com/people/dc6">Diaspora</a></li></ul>'
    assert authors_of("", social) == []
    assert authors_of("", '<p>By <a href="/people/ela/">Ela Brown</a> on 31 October | 18 Comments</p>' + mention) == [
        "Ela Brown"
    ]


def test_a_declared_author_in_lower_case_is_taken_as_the_byline_shows_it_unless_it_is_the_site() -> None:
    byline = '<span class="author_name"><a href="/author/mangomini/">Cindy mangomini</a></span>'
    assert authors_of('<meta name="author" content="cindy mangomini">', byline) == ["Cindy mangomini"]
    assert authors_of('<meta name="author" content="admin">', '<span class="author">admin</span>') == []
    magazine = '<meta property="og:site_name" content="Selbst"><meta name="author" content="selbst ist der Mann">'
    assert authors_of(magazine, '<span class="author">selbst ist der Mann</span>') == []


def test_a_declared_author_outranks_a_quotation_credit() -> None:
    body = '<blockquote>Words.</blockquote><p class="quote-author">Mark Goldberg</p>'
    assert authors_of('<meta name="author" content="Elisa Marvena">', body) == ["Elisa Marvena"]


def test_chinese_organisations_are_not_authors() -> None:
    assert person_names(["大汉网络", "云南网", "中新社", "袁源"]) == ["袁源"]


def test_reporter_credits_without_colons_are_lifted_wherever_they_stand() -> None:
    story = "正文第一段，内容足够长，讲述了事件的经过和各方的反应。"
    blocks = [
        Block("paragraph", text="新华网黑龙江频道\xa0 记者\xa0 伊琳\xa0 李清芬"),
        Block("paragraph", text=story),
        Block("paragraph", text=story),
        Block("paragraph", text=story),
        Block("paragraph", text=story),
        Block("paragraph", text="新京报记者 彭冲 山东冠县报道"),
        Block("paragraph", text="本报记者罗科发自北京"),
        Block("paragraph", text="【编辑:刘欢】 返回搜狐，查看更多"),
    ]
    kept, found = lift_bylines(blocks, title=None)
    assert [b.text for b in kept] == [story] * 4
    assert found.authors == ["伊琳", "李清芬", "彭冲", "罗科"]
    assert found.editors == ["刘欢"]


@pytest.mark.parametrize(
    ("opening", "authors"),
    [
        ("新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工。", ["唐霁"]),
        ("中新网北京12月6日电 (记者 张三 李四)北京今日降温。", ["张三", "李四"]),
        ("长江网10月4日讯（记者陈智 整合） 国庆中秋长假过半。", ["陈智"]),
        ("本报讯（记者 王五 通讯员 赵六）昨日，市里召开会议。", ["王五", "赵六"]),
        ("本站讯（职工通讯员 李琴雯 刘会）为深入推进党建工作。", ["李琴雯", "刘会"]),
        ("〔記者王冠仁、林家宇／台北報導〕台北市今天舉行記者會。", ["王冠仁", "林家宇"]),
        ("記者王冠仁／台北報導今年第三季經濟成長率優於預期。", ["王冠仁"]),  # run on, no bracket
        ("【ニューヨーク＝山田太郎、鈴木花子】米株式市場は５日、大幅に反発した。", ["山田太郎", "鈴木花子"]),
        ("(서울=연합뉴스) 홍길동·김철수 기자 = 정부는 5일 새로운 경제 대책을 발표했다.", ["홍길동", "김철수"]),
        # a local paper's brackets opening the story alone
        ("（记者 张三 通讯员 李四）近日，市里召开会议。", ["张三", "李四"]),
        ("【记者 张三】昨日，市里召开会议。", ["张三"]),
        # or no brackets, each name a word of its own before the story runs on
        ("本报讯 记者 张三 通讯员 李四 昨日，市里召开会议。", ["张三", "李四"]),
        ("本报讯 记者 张三昨日在市里采访。", []),
        # no label in the brackets, the brackets not opening the story, or a picture's credit: no credit
        ("新华社北京12月9日电（国际观察）各方关注此事。", []),
        ("他在电话中说（记者了解到）此事属实。", []),
        ("（新华社记者 张三 摄）", []),
    ],
)
def test_the_reporters_a_news_services_opening_dateline_credits_are_read_and_the_text_kept(
    opening: str, authors: list[str]
) -> None:
    assert _read_opening(opening).authors == authors


def test_the_opening_credit_is_read_below_a_caption_or_promo_set_above_the_story() -> None:
    caption = "财政部今天下午将公布中奖清册，本期千万中奖张数为18张。（资料照）"
    opening = "新京报快讯（记者 裴剑飞）今日（12月28日）有网友爆料，有60万个账号在暗网低价出售。"
    story = "正文第二段，内容足够长，讲述了事件的经过和各方的反应。"
    blocks = [Block("paragraph", text=caption), Block("paragraph", text=opening), Block("paragraph", text=story)]
    kept, found = lift_bylines(blocks, title=None)
    assert [b.text for b in kept] == [caption, opening, story]
    assert found.authors == ["裴剑飞"]
    # the credit stands among the top blocks only: deep in the story it is a quotation
    deep = [*[Block("paragraph", text=story)] * 4, Block("paragraph", text=opening)]
    assert lift_bylines(deep, title=None)[1].authors == []


def _read_opening(opening: str) -> Byline:
    """What a story's opening paragraph credits; the paragraph stays story text."""
    story = "正文第二段，内容足够长，讲述了事件的经过和各方的反应。"
    kept, found = lift_bylines([Block("paragraph", text=opening), Block("paragraph", text=story)], title=None)
    assert [b.text for b in kept] == [opening, story]
    return found


@pytest.mark.parametrize(
    ("opening", "sources"),
    [
        ("新华社北京12月6日电 今年以来，本市的公园建设取得了新进展。", ["新华社"]),
        ("新华社华盛顿6日电（记者张三）美国政府今天宣布。", ["新华社"]),
        ("中国日报网北京12月6日电 北京今日降温。", ["中国日报网"]),  # the place holds no outlet's ending
        ("（中央社台北6日電）台北市政府今天宣布延長圖書館開放時間。", ["中央社"]),
        ("（中央社華盛頓5日綜合外電報導）美國政府今天宣布。", ["中央社"]),
        ("据财联社9月26日消息，今日从交通运输部新闻发布会获悉。", ["财联社"]),
        # the page's own paper, and a date with no service before it, credit no source
        ("本报北京12月6日电 昨日，市里召开会议。", []),
        ("北京时间12月6日电 昨日，市里召开会议。", []),
    ],
)
def test_a_news_services_opening_dateline_gives_the_storys_source(opening: str, sources: list[str]) -> None:
    assert _read_opening(opening).sources == sources


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        # the photographer after the reporter is no writer, nor is the role a name
        ("记者 张三 摄影 李四", ["张三"]),
        # the marks papers set before a byline
        ("□本报记者 张三 通讯员 李四", ["张三", "李四"]),
        ("■ 张三", ["张三"]),
        # an intern is credited after a label too, which is no name
        ("□记者 张三 实习生 李四", ["张三", "李四"]),
        # "reports", with no place before it, is no name
        ("本报记者 张三 报道", ["张三"]),
        # "图/" (pictures by) alone before its slash credits the photographer
        ("文/张三 图/李四", ["张三"]),
        # the role after the names, which then need a surname
        ("张三/文 李四/图", ["张三"]),
        ("本报记者 欧阳修/文", ["欧阳修"]),
        ("王五／摄", []),
        # the credit in brackets of its own
        ("（记者 张三）", ["张三"]),
        # the date and time on the credit's line, after it or before it
        ("记者 张三 2023-12-06 17:35", ["张三"]),
        ("2023年12月06日 17:35 记者 张三", ["张三"]),
        ("作者 张三 2023-12-06", ["张三"]),
        # the date after its label; labelled fields beside the credit
        ("發布時間：2023/12/06 17:35 記者 張三", ["張三"]),
        ("记者 张三 来源：人民网", ["张三"]),
        ("时间：2023-12-06 17:35 记者 张三 来源：人民网", ["张三"]),
    ],
)
def test_a_chinese_reporters_credit_in_its_many_forms_gives_the_writers_alone(credit: str, authors: list[str]) -> None:
    story = "正文第一段，内容足够长，讲述了事件的经过和各方的反应。"
    kept, found = lift_bylines([Block("paragraph", text=credit), Block("paragraph", text=story)], title=None)
    assert (found.authors, [b.text for b in kept]) == (authors, [story])
    # and so does the dateline under the headline, read before the body
    page = f"<html><body><article><h1>标题在这里的新闻</h1><p>{credit}</p><p>{story * 4}</p></article></body></html>"
    assert newsparse.extract(page).authors == authors


@pytest.mark.parametrize(
    "line", ["上海/文", "公司/文", "地图/张三", "资料整理：新华社", "他们整理了一下思路，重新出发。"]
)
def test_a_place_or_a_word_before_a_role_and_slash_is_no_credit(line: str) -> None:
    story = "正文第一段，内容足够长，讲述了事件的经过和各方的反应。"
    kept, found = lift_bylines([Block("paragraph", text=line), Block("paragraph", text=story)], title=None)
    assert (found.authors, [b.text for b in kept]) == ([], [line, story])


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("文丨张三 图丨李四", ["张三"]),  # the picture's label after the CJK stroke self-media pages set as a bar
        ("编译/张三", ["张三"]),  # who compiled or translated the story wrote its Chinese text
        ("编译：张三", ["张三"]),
        ("【作者】张三", ["张三"]),  # the label set in brackets, no colon
        ("【作者】张三【编辑】李四", ["张三"]),
        # an oral history's teller (口述) and who wrote it up (整理), with or without colons
        ("口述：张三 整理：李四", ["张三", "李四"]),
        ("口述 / 张三　整理 / 李四", ["张三", "李四"]),
        ("口述 张三 整理 李四", ["张三", "李四"]),
        ("特约撰稿人 吴十", ["吴十"]),  # a contributing writer
        ("撰稿人：吴十", ["吴十"]),
    ],
)
def test_credits_set_apart_by_a_stroke_or_labelled_in_brackets_and_a_translators_credit_are_read(
    line: str, authors: list[str]
) -> None:
    story = "正文第一段，内容足够长，讲述了事件的经过和各方的反应。"
    assert _authors_and_text_lifted(line, story) == (authors, [story])
    assert parse_labelled("地图|北京")[0].authors == []  # a map is no picture credit
    assert parse_labelled("【作者】张三 【来源】新华社")[0].sources == ["新华社"]


def _authors_and_text_lifted(line: str, story: str) -> tuple[list[str], list[str | None]]:
    """The authors read from ``line`` set over ``story``, and the blocks' texts left."""
    kept, found = lift_bylines([Block("paragraph", text=line), Block("paragraph", text=story)], title=None)
    return found.authors, [b.text for b in kept]


def test_a_source_ending_in_a_papers_title_keeps_its_closing_mark() -> None:
    assert parse_labelled("来源：光明网-《光明日报》")[0].sources == ["光明网-《光明日报》"]
    # a quotation mark closes it too, and an aside in brackets with a label of its own follows it
    assert parse_labelled("本文来源：微信公众号“侠客岛”")[0].sources == ["微信公众号“侠客岛”"]
    assert parse_labelled("来源：侠客岛（ID：xiake_island）")[0].sources == ["侠客岛"]
    # a table's note with a date in brackets is no credit
    assert parse_labelled("Quelle: Deutsche Rentenversicherung (Stand: 5. Februar 2020)")[0].sources == []
    assert parse_labelled("来源：《光明日报》")[0].sources == ["光明日报"]


def test_a_credit_after_its_column_in_title_marks_and_a_reporters_credit_set_in_bold_are_lifted() -> None:
    story = "正文第一段，内容足够长，讲述了事件的经过和各方的反应。"
    for credit, names in (
        (Block("paragraph", text="《棱镜》作者 周纯"), ["周纯"]),
        (Block("heading", text="澎湃新闻记者 段彦超 廖艳", level=3), ["段彦超", "廖艳"]),
    ):
        kept, found = lift_bylines([credit, Block("paragraph", text=story)], title=None)
        assert found.authors == names
        assert [b.text for b in kept] == [story]


def test_a_pages_widgets_among_the_fields_leave_them_readable() -> None:
    """A Chinese page's view count, text-size buttons and print button beside its fields."""
    story = Block("paragraph", text="正文第一段，内容足够长，讲述了事件的经过和各方的反应。")
    for line, authors, sources in (
        ("发布时间：2023-12-06 17:35:00 来源：中国新闻网 浏览次数：123", [], ["中国新闻网"]),
        ("2023-12-06 17:35 来源：中国新闻网 作者：张三 字号：大 中 小", ["张三"], ["中国新闻网"]),
        ("时间：2023年12月06日 来源：市政府办公室 点击：", [], ["市政府办公室"]),
        ("来源：中国新闻网 【打印本页】【关闭窗口】", [], ["中国新闻网"]),
        ("发布时间：2023-12-06 来源：市政府办公室 浏览次数：1234 字体：[大 中 小]", [], ["市政府办公室"]),
        ("来源：中国新闻网 作者：张三 字号 大 中 小", ["张三"], ["中国新闻网"]),
        ("发布机构：市人民政府办公室 发布日期：2023-12-06", [], ["市人民政府办公室"]),  # a government page's issuer
    ):
        kept, found = lift_bylines([Block("paragraph", text=line), story], title=None)
        assert ([b.text for b in kept], found.authors, found.sources) == ([story.text], authors, sources), line
    # read under the headline, outside the story's box, too
    paragraphs = [
        "今年以来，我市坚持以人民为中心的发展思想，扎实推进各项民生工程，城乡居民收入稳步增长，社会事业全面进步。",
        "据统计，前三季度全市新增城镇就业人数超过十二万人，城镇登记失业率控制在百分之三以内，就业形势总体稳定。",
        "下一步，我市将继续加大民生投入力度，着力解决群众急难愁盼问题，不断增强人民群众的获得感、幸福感、安全感。",
    ]
    head = "<h1>民生工程扎实推进</h1><div>发布时间：2023-12-06 17:35:00 来源：中国新闻网 浏览次数：123</div>"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f"<html><head><title>民生工程扎实推进</title></head><body><div>{head}</div><div>{body}</div></body></html>"
    assert newsparse.extract(page).source == "中国新闻网"


def test_a_government_documents_issuing_authority_is_its_author_and_its_publisher_the_source() -> None:
    found, _ = parse_labelled("发文机关：吉林省人民政府 成文日期：2022年01月27日")
    assert (found.authors, found.sources) == (["吉林省人民政府"], [])
    found, _ = parse_labelled("发布机构：市人民政府办公室 发布日期：2023-12-06")
    assert (found.authors, found.sources) == ([], ["市人民政府办公室"])
    # the meta fields China's standard asks every government page to fill
    story = "".join(
        f"<p>为进一步优化营商环境，支持中小企业健康发展，现就有关事项通知如下，第{n}条。</p>" for n in range(6)
    )
    head = (
        "<head><meta name='ContentSource' content='市政府办公室'><meta name='SiteName' content='某某市人民政府'>"
        "<meta name='ColumnName' content='通知公告'>"
        "<meta name='ArticleTitle' content='关于支持中小企业发展的通知'></head>"
    )
    article = newsparse.extract(f"<html>{head}<body>{story}</body></html>")
    fields = (article.source, article.site_name, article.section, article.title)
    assert fields == ("市政府办公室", "某某市人民政府", "通知公告", "关于支持中小企业发展的通知")


def test_a_closing_credit_line_of_text_review_stages_and_crew_is_read_and_lifted() -> None:
    story = Block("paragraph", text="正文第一段，内容足够长，讲述了事件的经过和各方的反应。")
    for line, authors, editors in (
        ("文字：张三 摄影：李四 编辑：王五", ["张三"], ["王五"]),  # "text by", the photographer left out
        ("撰稿：张三 编辑：王五 审校：赵六 终审：钱七", ["张三"], ["王五", "赵六", "钱七"]),
        ("监制：赵六 策划：钱七", [], ["赵六"]),  # the planner: crew, no editor
        ("撰稿人：张三 审核人：李四 发布人：王五", ["张三"], ["李四"]),  # who put the page online: no one's credit
    ):
        kept, found = lift_bylines([story, Block("paragraph", text=line)], title=None)
        assert ([b.text for b in kept], found.authors, found.editors) == ([story.text], authors, editors), line


def test_a_reported_and_written_by_credit_gives_the_names_after_the_outlet_and_role() -> None:
    story = "正文第一段，内容足够长，讲述了事件的经过和各方的反应。"
    blocks = [Block("paragraph", text=story), Block("paragraph", text="采写：南都见习记者 林子沛 向雪妮")]
    kept, found = lift_bylines(blocks, title=None)
    assert found.authors == ["林子沛", "向雪妮"]
    assert [b.text for b in kept] == [story]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Tác giả: Nguyễn Văn An", ["Nguyễn Văn An"]),
        ("लेखक: राहुल शर्मा", ["राहुल शर्मा"]),
        ("記者王小明／台北報導", ["王小明"]),
        ("वाराणसी ब्यूरो", []),  # a desk: the Varanasi bureau
        ("كتب: محمد أحمد", ["محمد أحمد"]),
        ("كتبت: سارة أحمد", ["سارة أحمد"]),
        ("كتب - محمد علي", ["محمد علي"]),
        ("إعداد: محمد علي", ["محمد علي"]),
        ("نویسنده: علی رضایی", ["علی رضایی"]),
        # the agency after the last name, and the agency alone
        ("By Jane Doe and John Roe Associated Press", ["Jane Doe", "John Roe"]),
        ("By The Associated Press", []),
        # a credit sharing its line with the date and the outlet, or an intern with the reporter
        ("2023-12-06 17:35 | 澎湃新闻记者 张三", ["张三"]),
        ("2023-12-06 17:35 聯合報 / 記者王小明／台北即時報導", ["王小明"]),
        ("記者王小明／台北報導　2023年12月6日 下午5:35", ["王小明"]),  # a time of the afternoon
        ("本报记者 张三 实习生 李四", ["张三", "李四"]),
        # labels and the word "and" of more languages
        ("Words: Jane Doe", ["Jane Doe"]),
        ("Contributors: Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("Írta: Kovács János", ["Kovács János"]),
        ("Συντάκτης: Γιώργος Παπαδόπουλος", ["Γιώργος Παπαδόπουλος"]),
        ("Автор текста: Иван Петров", ["Иван Петров"]),
        ("Di Mario Rossi e Anna Bianchi", ["Mario Rossi", "Anna Bianchi"]),
        ("Av Ola Nordmann og Kari Nordmann", ["Ola Nordmann", "Kari Nordmann"]),
        ("Av Sven Svensson och Anna Andersson", ["Sven Svensson", "Anna Andersson"]),
        # a capital initial is no "and"; the Spanish "en" (in) is none either
        ("By Jane E. Doe", ["Jane E. Doe"]),
        ("Hecho en Bolivia con Drupal por Smartica", []),
        # the place the reporter writes from, after a comma
        ("Von Max Mustermann, Berlin", ["Max Mustermann"]),
        ("Por Juan Pérez y María López, Madrid", ["Juan Pérez", "María López"]),
    ],
)
def test_bylines_of_more_languages_are_read(byline: str, authors: list[str]) -> None:
    para = "<p>" + "A paragraph of the story, long enough to count as prose, with commas and a full stop. " * 3 + "</p>"
    html = (
        "<html><head><title>Headline</title></head><body><article><h1>Headline of the story here</h1>"
        f"<div class=byline>{byline}</div>{para}{para}</article></body></html>"
    )
    assert newsparse.extract(html).authors == authors


@pytest.mark.parametrize(
    "when",
    [
        *("昨天", "3小时前", "Yesterday, 14:30", "2 hours ago", "vor 2 Stunden", "hace 3 horas"),
        # after a label, and in more languages
        *("Last updated 5 mins ago", "Aktualisiert vor 3 Stunden", "5 minuti fa", "há 3 horas", "5 минут назад"),
        # a Japanese date without its year, its weekday vouching for it
        *("12/6(水) 17:35配信", "12月6日（水）17:35"),
        # a Chinese one, its time vouching for it
        *("12月06日 17:35", "12-06 17:35"),
    ],
)
def test_a_relative_or_yearless_date_near_the_top_is_a_dateline_and_yields_no_date(when: str) -> None:
    story = "正文第一段，内容足够长，讲述了事件的经过和各方的反应。"
    kept, _ = lift_bylines([Block("paragraph", text=when), Block("paragraph", text=story)], title=None)
    assert [b.text for b in kept] == [story]


def test_a_month_and_day_without_a_time_or_a_score_is_no_dateline() -> None:
    story = "正文第一段，内容足够长，讲述了事件的经过和各方的反应。"
    for line in ("12月06日", "比分 12-06"):
        kept, _ = lift_bylines([Block("paragraph", text=line), Block("paragraph", text=story)], title=None)
        assert [b.text for b in kept] == [line, story], line


def test_a_dateline_opening_on_a_weekday_of_another_language_and_a_dated_headline_are_lifted() -> None:
    story = "Aurélie Trouvé, porte-parole, était l’invitée de la radio pour parler du lancement du processus."
    blocks = [
        Block("heading", text="23.01.2022 - Dorothea Wierer darf noch jubeln", level=2),
        Block("paragraph", text="jeudi 13 juin 2019, par Jeanne Martin"),
        Block("paragraph", text="Freitag\n04.02.2022, 09:55 Uhr"),
        Block("paragraph", text=story),
    ]
    kept, found = lift_bylines(blocks, title="Dorothea Wierer darf noch jubeln")
    assert [b.text for b in kept] == [story]
    assert found.authors == ["Jeanne Martin"]


def test_arabic_and_hindi_datelines_with_their_labels_are_lifted() -> None:
    story = Block("paragraph", text="سيطر مقاتلون من المعارضة على مخازن للصواريخ في ريف دمشق بعد معارك استمرت أياما.")
    for line in (
        "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)",
        "نشر في 12 مارس 2023 الساعة 14:30",
        "अपडेटेड: 12 मार्च 2023, 14:30 IST",
    ):
        assert lift_bylines([Block("paragraph", text=line), story], title="عنوان")[0] == [story], line


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("WASHINGTON (AP) — The council voted on Tuesday to extend the hours.", "AP"),
        ("SAN FRANCISCO, Calif. (CNN) — The council voted on Tuesday.", "CNN"),
        ("Berlin (dpa) - Der Stadtrat hat am Dienstag beschlossen, die Bibliothek länger zu öffnen.", "dpa"),
        ("MADRID (EFE).- El consejo votó el martes ampliar el horario de la biblioteca.", "EFE"),
        ("Lisboa (Lusa) - O conselho votou na terça-feira o novo horário da biblioteca.", "Lusa"),
        ("Jakarta (ANTARA) - Dewan kota memutuskan pada Selasa untuk memperpanjang jam buka.", "ANTARA"),
        ("Tokio (Jiji) - The city council voted on Tuesday to extend the library hours.", "Jiji"),
        ("Paris (France) - The council voted on Tuesday.", None),  # a country, no agency
        # Russian and Ukrainian agencies after the place and the day
        ("МОСКВА, 5 дек — РИА Новости. Правительство утвердило новый план.", "РИА Новости"),
        ("МОСКВА, 5 декабря. /ТАСС/. Правительство утвердило новый план.", "ТАСС"),
        ("Москва. 5 декабря. INTERFAX.RU - Правительство утвердило новый план.", "INTERFAX.RU"),
        ("КИЇВ, 5 грудня - Укрінформ. Уряд затвердив новий план.", "Укрінформ"),
        ("КИЇВ, 5 грудня - Інтерфакс-Україна. Уряд затвердив новий план.", "Інтерфакс-Україна"),
        ("МОСКВА, 5 дек — Правительство утвердило новый план.", None),  # no agency after the dash
    ],
)
def test_a_wire_storys_dateline_gives_its_source_and_stays(opening: str, source: str | None) -> None:
    story = "The second paragraph of the story, long enough to count as prose, with a full stop."
    # the story opens after the date line above it, which is lifted first
    blocks = [
        Block("paragraph", text="2023/11/02 22:27"),
        Block("paragraph", text=opening),
        Block("paragraph", text=story),
    ]
    kept, found = lift_bylines(blocks, title=None)
    assert found.sources == ([source] if source else [])
    assert [b.text for b in kept] == [opening, story]


def test_a_sentence_about_reporters_is_no_credit() -> None:
    kept, found = lift_bylines([Block("paragraph", text="记者了解到，当地已经开始修路。")], title=None)
    assert found.authors == [] and len(kept) == 1


def test_a_visible_byline_that_runs_on_is_cut_back_to_the_declared_name() -> None:
    from newsparse.meta.people import confirmed_names

    assert confirmed_names(["Luke Koppa Ski", "Jane Roe"], ["Luke Koppa"]) == ["Luke Koppa", "Jane Roe"]
    assert confirmed_names(["Creeny Standard"], ["Creeny"]) == ["Creeny"]
    assert person_names("by Jeremy Herron More stories by Jeremy Herron") == ["Jeremy Herron"]
    assert person_names("by the U.S. government to do just that") == []
    assert person_names("Click Here") == [] and person_names("Text Size") == []
    assert person_names("Glenn Close") == ["Glenn Close"]


def test_the_byline_under_the_headline_is_confirmed_by_the_markup() -> None:
    import newsparse

    story = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"
    html = (
        "<html><head><title>Library hours</title></head><body><article><h1>Library hours extended</h1>"
        "<div class='meta'>By <span class='author-name'>Bethany Braun-Silva</span> Amazon</div>"
        f"{story}</article></body></html>"
    )
    assert newsparse.extract(html).authors == ["Bethany Braun-Silva"]


def test_a_byline_set_name_by_name_is_read_up_to_the_outlet() -> None:
    import newsparse

    story = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"

    def authors(byline: str) -> list[str]:
        head = "<html><head><title>Library hours</title></head><body><article><h1>Library hours extended</h1>"
        return newsparse.extract(f"{head}{byline}{story}</article></body></html>").authors

    outlet = "<div>By <span>Joe Davidson</span></div><div>Washington Post</div><time>Dec 13, 2016</time>"
    assert authors(outlet) == ["Joe Davidson"]
    assert authors("<div>by <span>Andrea</span> <span>Wong</span></div>") == ["Andrea Wong"]
    pair = "<p>By <a href='/a'>Jane Doe</a> <span>and</span> <a href='/b'>John Roe</a></p>"
    assert authors(pair) == ["Jane Doe", "John Roe"]
    # a separator parts the "By" from the kicker before it
    meta = "<div><span>yas!</span><span>| By </span><span>Cara Stiles</span> | <time>April 13, 2020</time></div>"
    assert authors(meta) == ["Cara Stiles"]


def test_names_after_by_are_joined_through_joiners_only() -> None:
    from newsparse.meta.visible import _join_labels

    assert _join_labels(["By", "Joe Davidson", "Washington Post", "Dec 13, 2016"]) == [
        "By Joe Davidson",
        "Washington Post",
        "Dec 13, 2016",
    ]
    assert _join_labels(["by", "Andrea", "Wong", "Andrea Wong"])[0] == "by Andrea Wong"
    assert (
        _join_labels(["By", "Jane Doe", ",", "John Roe", "and", "Ann Lee"])[0] == "By Jane Doe , John Roe and Ann Lee"
    )
    # The byline's first names in its own node, the last ones linked after ", and"
    window = ["By Dana A. Ford , James S.A. Corey , Chien-Ming Wang", ", and", "Tom Watkins,", "CNN", "Nov 28, 2013"]
    joined = _join_labels(window)
    assert joined == [" ".join(window[:4]), "Nov 28, 2013"]
    assert english_byline(joined[0]) == ["Dana A. Ford", "James S.A. Corey", "Chien-Ming Wang", "Tom Watkins"]
    # an outlet's channel after the names is no one's name
    assert english_byline("By Jill Disis, CNN Business") == ["Jill Disis"]


def test_a_line_of_nothing_but_a_date_is_lifted_wherever_it_stands() -> None:
    story = "Der Text des Artikels erzählt, was geschehen ist, und warum es für die Leser wichtig ist."
    blocks = [Block("paragraph", text=story) for _ in range(6)]
    blocks.append(Block("paragraph", text="Publiziert: 03.04.2020, 12:35"))
    blocks.insert(3, Block("paragraph", text="Am 3. März 2020 beginnt die Messe."))
    kept, _ = lift_bylines(blocks, title=None)
    assert [b.text for b in kept] == [story] * 3 + ["Am 3. März 2020 beginnt die Messe."] + [story] * 3


def _authors(head: str, body: str, url: str | None = None) -> list[str]:
    import newsparse

    text = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"
    page = (
        f"<html><head>{head}</head><body><article><h1>Library hours extended</h1>{body}{text}</article></body></html>"
    )
    return newsparse.extract(page, url=url).authors


def test_a_byline_elements_name_keeps_a_letter_set_in_an_element_of_its_own() -> None:
    # Condé Nast's templates set a link's last letter in a span, to space it
    spaced = '<span class="link__last-letter-spacing">t</span>'
    byline = f'<p class="byline byline--author"><a href="/contributor/will-knight">Will Knigh{spaced}</a></p>'
    assert _authors("", byline) == ["Will Knight"]
    # names in elements side by side, with no space between them, stay two names
    pair = '<p class="byline">By <a href="/a/jane">Jane Doe</a><span> and </span><a href="/a/john">John Roe</a></p>'
    assert _authors("", pair) == ["Jane Doe", "John Roe"]


def test_a_declared_author_written_family_name_first_is_turned_round() -> None:
    assert _authors('<meta name="author" content="Gillman, Steve">', "") == ["Steve Gillman"]
    # Two names joined by a comma are two authors.
    assert _authors('<meta name="author" content="Jane Doe, John Roe">', "") == ["Jane Doe", "John Roe"]


def test_a_meta_author_in_a_value_attribute_is_read() -> None:
    assert _authors('<meta name="author" value="Lisa de Moraes">', "") == ["Lisa de Moraes"]


@pytest.mark.parametrize(
    "field",
    [
        'property="og:article:author"',
        'property="article:author_name"',
        'name="dc:creator"',
        'name="cxenseparse:author"',
        "name='shareaholic:article_author_name'",
    ],
)
def test_an_author_field_of_another_vocabulary_names_the_author_where_the_common_ones_do_not(field: str) -> None:
    assert _authors(f'<meta {field} content="Hagen Ritter">', "") == ["Hagen Ritter"]
    # the common field, filled, keeps its place
    head = f'<meta name="author" content="Jane Doe"><meta {field} content="Hagen Ritter">'
    assert _authors(head, "") == ["Jane Doe"]


def test_the_site_named_as_author_gives_way_to_the_byline() -> None:
    head = '<meta property="og:site_name" content="NBC News"><meta name="author" content="NBCNews">'
    assert _authors(head, "<div class='byline'>By Alyssa Newcomb</div>") == ["Alyssa Newcomb"]


def test_a_long_declared_list_of_credits_gives_way_to_the_byline_it_holds() -> None:
    credits = "Connie Wang, Sharokh Mirzai, Kyle Kellogg, Paul Warren"
    head = f'<meta name="author" content="{credits}">'
    assert _authors(head, "<div class='byline'>By Connie Wang</div>") == ["Connie Wang"]
    # Without a byline to say who wrote it, the declared list stands.
    assert len(_authors(head, "")) == 4


def test_a_byline_wrapped_across_source_lines_is_read_whole() -> None:
    byline = "<p class='by'>by JOSH HASKELL, DAVID CAPLAN and PATRICK\n      REEVELL</p><p>December 16, 2016</p>"
    assert _authors("", byline) == ["JOSH HASKELL", "DAVID CAPLAN", "PATRICK REEVELL"]


def test_a_forum_posts_closing_line_names_its_poster_and_leaves_the_body() -> None:
    blocks = [
        Block("paragraph", text="所以爱是什么，爱是由接受的人决定的。" * 3),
        Block("paragraph", text="本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表."),
    ]
    kept, found = lift_bylines(blocks, None)
    assert found.authors == ["大卫"]
    assert [b.text for b in kept] == [blocks[0].text]


def test_the_writers_label_names_authors() -> None:
    found, _ = parse_labelled("执笔人：闵乐夫 赵兰波 刘韬")
    assert found.authors == ["闵乐夫", "赵兰波", "刘韬"]


def test_names_end_before_their_role_and_their_outlet() -> None:
    assert person_names("Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 IST") == ["Saibal Dasgupta"]
    assert person_names("Sam Stein Senior Politics Editor, The Huffington Post") == ["Sam Stein"]
    # The beat before a role is no one-word name.
    assert person_names("Andrew Husband Twitter News & Culture Writer") == ["Andrew Husband"]
    assert person_names("Jane Doe, Staff Writer and John Roe, Reporter") == ["Jane Doe", "John Roe"]


def test_a_name_printed_twice_counts_once_whatever_follows() -> None:
    assert person_names("Ellyn Shook Ellyn Shook Creating") == ["Ellyn Shook"]
    assert person_names("Madonna") == ["Madonna"]


def test_published_by_in_other_languages_is_no_part_of_the_name() -> None:
    assert person_names("Veröffentlicht von Chris Jung") == ["Chris Jung"]
    assert person_names("Beiträge von Isabella Beyer") == ["Isabella Beyer"]
    assert person_names("Publicado por Ana García") == ["Ana García"]
    assert person_names("Da Silva") == ["Da Silva"]  # a name, not "da" + a name


def test_labels_and_months_are_no_names() -> None:
    assert person_names("Gàbor Muniér, Datum") == ["Gàbor Muniér"]
    assert person_names("Dezember") == []
    assert person_names("Beiträge") == []
    assert person_names("Sponsored Content") == person_names("Gesponserte Inhalte") == []


def test_unlabelled_chinese_words_are_no_authors() -> None:
    """A short line under the headline is a byline only when it reads as a name."""
    story = Block("paragraph", text="正文第一段，内容足够长，讲述了事件的经过和各方的反应，记者采访了多位目击者。")
    for word in ("图集", "行情", "划重点：", "国内资讯", "大会开幕式"):
        _, found = lift_bylines([Block("paragraph", text=word), story], "标题")
        assert found.authors == [], word
    _, found = lift_bylines([Block("paragraph", text="张巨峰"), story], "标题")
    assert found.authors == ["张巨峰"]
    _, found = lift_bylines([Block("paragraph", text="欧阳修"), story], "标题")
    assert found.authors == ["欧阳修"]


def test_japanese_names_need_no_chinese_surname_but_a_role_where_no_label_stands() -> None:
    html = "<html><body><article><h1>見出し</h1><p>{}</p><p>{}</p></article></body></html>"
    text = "これは記事の本文です。東京で開かれた会議について、記者が詳しく伝えています。" * 3
    credits = ("編集委員　松村太郎", "ワシントン支局 松村太郎", "松村太郎記者", "政治部 松村太郎・鈴木一郎")
    # the editorial desk, the writer's role, and a blog's poster, labelled
    credits += ("ITmedia編集部　松村太郎", "筆者 松村太郎", "投稿者：松村太郎")
    for credit in credits:
        authors = newsparse.extract(html.format(credit, text)).authors
        assert authors == ["松村太郎", "鈴木一郎"][: 1 + ("・" in credit)], credit
    # A few kanji alone are a section, a place or a label as often as a name.
    story = Block("paragraph", text="これは記事の本文です。東京で開かれた会議について、記者が詳しく伝えています。")
    for line in ("政治", "東京", "情報元", "共同通信", "松村太郎", "編集部", "筆者は東京に住んでいる"):
        _, found = lift_bylines([Block("paragraph", text=line), story], "見出し", surname_test=False)
        assert found.authors == [], line
    # Markup that says "author" vouches for the name.
    marked = html.replace("<p>{}</p><p>", '<p class="author-name">{}</p><p>')
    assert newsparse.extract(marked.format("松村太郎", text)).authors == ["松村太郎"]


def test_a_japanese_writer_credited_with_a_middle_dot_or_signed_with_the_names_reading() -> None:
    story = Block("paragraph", text="これは記事の本文です。東京で開かれた会議について、記者が詳しく伝えています。")
    for line in ("文・松村太郎", "編集部・松村太郎", "松村太郎（まつむら・たろう）", "松村太郎（マツムラ タロウ）"):
        _, found = lift_bylines([Block("paragraph", text=line), story], "見出し", surname_test=False)
        assert found.authors == ["松村太郎"], line
    # a word's reading is no name's, a word closing on "文" no credit, nor a role after the dot
    for line in ("東京（とうきょう）", "本文・松村太郎", "文・構成 松村太郎"):
        kept, found = lift_bylines([Block("paragraph", text=line), story], "見出し", surname_test=False)
        assert (found.authors, len(kept)) == ([], 2), line


def test_a_korean_reporters_credit_closing_the_last_sentence_names_the_author() -> None:
    story = Block("paragraph", text="정부는 5일 새로운 경제 대책을 발표했다. 물가 상승에 대응하기 위한 조치다.")
    for closing in (" /홍길동 기자 gildong@example.com", " 홍길동 기자"):
        last = Block("paragraph", text="야당은 선심성 정책이라고 비판했다." + closing)
        kept, found = lift_bylines([story, last], "제목", surname_test=False)
        assert found.authors == ["홍길동"], closing
        assert kept[-1].text == last.text
    # a reporter named inside a sentence is no credit
    inside = Block("paragraph", text="홍길동 기자가 현장을 취재했다고 밝혔다.")
    assert lift_bylines([story, inside], "제목", surname_test=False)[1].authors == []


def test_a_japanese_papers_closing_credit_gives_the_place_and_then_the_reporter() -> None:
    story = Block("paragraph", text="これは記事の本文です。東京で開かれた会議について、記者が詳しく伝えています。")
    for closing in ("（ワシントン＝松村太郎）", "（ニューヨーク=松村太郎、鈴木一郎）"):
        last = Block("paragraph", text="会議は来月も開かれる予定だ。" + closing)
        kept, found = lift_bylines([story, last], "見出し", surname_test=False)
        assert found.authors == ["松村太郎", "鈴木一郎"][: closing.count("、") + 1], closing
        assert kept[-1].text == last.text  # the credit stays with the story's last sentence
    # the wire the story came by is its source
    last = Block("paragraph", text="会議は来月も開かれる予定だ。（北京＝共同）")
    _, found = lift_bylines([story, last], "見出し", surname_test=False)
    assert (found.authors, found.sources) == ([], ["共同"])
    # a picture's credit, a unit, or brackets not closing the story credit no one
    for text in (
        "会議は来月も開かれる。（写真＝松村太郎）",
        "売上高は増えた。（単位＝億円）",
        "（東京＝松村太郎）会議は来月も開かれる。",
    ):
        _, found = lift_bylines([story, Block("paragraph", text=text)], "見出し", surname_test=False)
        assert (found.authors, found.sources) == ([], []), text


def test_a_japanese_papers_closing_brackets_give_the_desk_or_role_before_the_name() -> None:
    story = Block("paragraph", text="これは記事の本文です。東京で開かれた会議について、記者が詳しく伝えています。")
    for closing in ("（編集委員　中沢克二）", "（経済部　中沢克二）", "（中沢克二）"):
        last = Block("paragraph", text="会議は来月も開かれる予定だ。" + closing)
        _, found = lift_bylines([story, last], "見出し", surname_test=False)
        assert found.authors == ["中沢克二"], closing


def test_a_japanese_given_name_in_hiragana_is_a_name_where_a_label_or_the_markup_says_so() -> None:
    assert person_names("小暮ひさのり") == ["小暮ひさのり"]
    assert parse_labelled("著者：小暮ひさのり")[0].authors == ["小暮ひさのり"]
    # words are written so too: no line alone is taken for a name on their shape
    story = Block("paragraph", text="これは記事の本文です。東京で開かれた会議について、記者が詳しく伝えています。")
    _, found = lift_bylines([Block("paragraph", text="詳しく"), story], "見出し", surname_test=False)
    assert found.authors == []
    assert person_names("記者ページ") == []


def test_labelled_placeholders_and_interface_words_are_no_names() -> None:
    for line in ("作者：未知", "作者：佚名", "作者：网络整理", "来源：新浪 作者：小编"):
        assert parse_labelled(line)[0].authors == [], line
    assert parse_labelled("作者：余毅菁 返回首页，查看更多")[0].authors == ["余毅菁"]
    # A pen name after a label stands: the label vouches for it.
    assert parse_labelled("文：眉间尺")[0].authors == ["眉间尺"]


def test_outlets_and_desks_are_no_authors() -> None:
    assert person_names("新浪科技") == person_names("参考消息") == person_names("扬眼企鹅号") == []


def test_a_portals_brand_is_no_author() -> None:
    head = '<meta property="og:site_name" content="网易财经"><meta name="author" content="网易">'
    assert _authors(head, "") == []
    # A personal site's owner stays its author.
    head = '<meta property="og:site_name" content="韩寒的博客"><meta name="author" content="韩寒">'
    assert _authors(head, "") == ["韩寒"]


def test_an_element_classed_author_holding_a_word_is_no_byline() -> None:
    assert _authors("", '<span class="authorized">我已授权</span>') == []
    assert _authors("", '<a class="author-meta-name" href="/gushihangqing/">股市行情</a>') == []
    assert _authors("", '<span class="author">李在山</span>') == ["李在山"]
    # An element named for the author's name alone vouches for a pen name.
    assert _authors("", '<p class="author-name">加拿大必读</p>') == ["加拿大必读"]
    # and for a user name, its id saying so as WeChat's does; a mere "author" box does not
    assert _authors("", '<span id="js_author_name">kingname</span>') == ["kingname"]
    assert _authors("", '<span class="author">kingname</span>') == []


def test_a_sentence_or_a_row_of_buttons_is_no_byline() -> None:
    # A form's prompt in an element classed "author": one capitalised word opens a sentence.
    assert person_names("Please enter your name here") == []
    assert person_names("Nicole Gallucci on Twitter") == ["Nicole Gallucci"]
    # a template's "IN" before the section, in capitals after a name that is not
    assert english_byline("Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion") == ["Sina Giebel"]
    assert english_byline("By JANE DOE IN LONDON") == ["JANE DOE IN LONDON"]  # one capitals line, left whole
    # Capitals alone name no one without a label: a gallery's buttons.
    blocks = [
        Block("list", items=["DİĞER GALERİLER", "TÜMÜNÜ GÖSTER", "TAM EKRAN YAP"]),
        Block("paragraph", text="x" * 300),
    ]
    assert lift_bylines(blocks, None)[1].authors == []


def test_a_korean_reporters_credit_is_read_and_lifted() -> None:
    story = Block(
        "paragraph", text="세종시와 세종사회복지공동모금회는 4일 시청 접견실에서 특별모금 성금 전달식을 개최했다." * 3
    )
    kept, found = lift_bylines([story, Block("paragraph", text="이용민 기자")], None)
    assert found.authors == ["이용민"] and kept == [story]
    assert lift_bylines([story, Block("paragraph", text="대전일보 이용민 기자 min@daejonilbo.com")], None)[
        1
    ].authors == ["이용민"]
    # with the dates it was entered and changed, labelled, on its line
    line = Block("paragraph", text="이용민 기자 입력 2023.12.06 17:35 수정 2023.12.07 08:00")
    assert lift_bylines([line, story], None) == ([story], Byline(authors=["이용민"]))
    # two reporters, a correspondent, a senior reporter (the grade is no name); a photographer no author
    for credit, authors in (
        ("홍길동·김철수 기자", ["홍길동", "김철수"]),
        ("김철수 특파원", ["김철수"]),
        ("홍길동 선임기자", ["홍길동"]),
        ("홍길동 사진기자", []),
    ):
        assert lift_bylines([story, Block("paragraph", text=credit)], None)[1].authors == authors, credit


def test_credits_set_without_colons_are_read_and_lifted() -> None:
    story = Block(
        "paragraph", text="今年国内跨境电商行业景气度高于电商整体行业水平，电商公司也在加强布局跨境电商业务。"
    )
    kept, found = lift_bylines([story, Block("paragraph", text="编辑 刘晓阳 校对 李铭")], None)
    assert (found.editors, kept) == (["刘晓阳", "李铭"], [story])
    _, found = lift_bylines([story, Block("paragraph", text="摄影/张艳 编辑/苏芳")], None)
    assert (found.authors, found.editors) == ([], ["苏芳"])  # a photographer is no author
    # the office that supplied the story, before its word or labelled, is the source
    for credit, office in (
        ("医技药剂党支部、药剂科供稿 摄影/张艳 编辑/苏芳", "医技药剂党支部、药剂科"),
        ("供稿：党委宣传部", "党委宣传部"),
    ):
        kept, found = lift_bylines([story, Block("paragraph", text=credit)], None)
        assert (kept, found.sources) == ([story], [office]), credit
    prose = Block("paragraph", text="他说这份报告由多个部门联合供稿完成，内容详实。")
    assert lift_bylines([story, prose], None)[0] == [story, prose]
    # A credit set in bold comes as a heading; a heading of prose words stays.
    kept, found = lift_bylines([Block("heading", text="执笔/叨叨姐、胡一刀&李小飞刀", level=3), story], None)
    assert found.authors == ["叨叨姐", "胡一刀", "李小飞刀"] and kept == [story]
    heading = Block("heading", text="文 章的结构", level=3)
    assert lift_bylines([heading, story], None)[0] == [heading, story]
    # Words and pictures by one hand: the writer ("图文并茂" opens a sentence).
    for credit in ("文/图 张三", "图文/张三", "文/图：张三"):
        assert lift_bylines([Block("paragraph", text=credit), story], None)[1].authors == ["张三"], credit
    prose = Block("paragraph", text="图文并茂的介绍")
    assert lift_bylines([prose, story], None)[0] == [prose, story]
    found = parse_labelled("文/图：张三 编辑：李四")[0]
    assert (found.authors, found.editors) == (["张三"], ["李四"])
    # The paper's reporter after its name in the source field, with no label of his own
    found = parse_labelled("來源：聯合報 記者王小明")[0]
    assert (found.sources, found.authors) == (["聯合報"], ["王小明"])
    # A reporter's title after the slash is no name ("本报记者", "特约记者").
    for credit in ("文/本报记者 李四", "文/本报记者李四", "文|特约记者 李四 通讯员 王五"):
        found = lift_bylines([Block("paragraph", text=credit), story], None)[1]
        assert found.authors == ["李四", "王五"][: 1 + credit.count("王五")], credit


def test_a_by_line_closing_the_story_or_set_as_a_heading_is_the_byline() -> None:
    story = [Block("paragraph", text="The campaign has run successfully for years and goes on. " * 3) for _ in range(2)]
    kept, found = lift_bylines([*story, Block("paragraph", text="Von Cosima Künzel")], None)
    assert found.authors == ["Cosima Künzel"] and kept == story
    kept, found = lift_bylines([Block("heading", text="By Giovanni Gaggero | 12/10/2020", level=4), *story], None)
    assert found.authors == ["Giovanni Gaggero"] and kept == story
    # a signature set apart by a dash; a dash before words that are no name is the story's
    for signature in ("- Nadja Podbregar", "– David Dunkley"):
        kept, found = lift_bylines([*story, Block("paragraph", text=signature)], None)
        assert found.authors == [signature[2:]] and kept == story
    kept, found = lift_bylines([*story, Block("paragraph", text="- mit Unterstützung der Stadt")], None)
    assert found.authors == [] and len(kept) == 3
    # A sentence opening with "Von" is no byline, as a heading or closing the story.
    sentence = "Von der Planung bis hin zu den Mitgebseln"
    blocks = [Block("heading", text=sentence, level=3), *story * 3, Block("paragraph", text=sentence)]
    kept, found = lift_bylines(blocks, None)
    assert kept == blocks and found.authors == []


def test_japanese_author_labels_and_bare_labels() -> None:
    assert parse_labelled("著者：後藤大地")[0].authors == ["後藤大地"]
    assert person_names("著者") == person_names("記者") == []
    # a name in katakana where a label vouches for it, never an agency or a word
    assert parse_labelled("著者：ジョン・スミス")[0].authors == ["ジョン・スミス"]
    assert parse_labelled("文：ロイター")[0].authors == parse_labelled("作者：ニュース")[0].authors == []
    story = Block("paragraph", text="これは記事の本文です。東京で開かれた会議について、記者が詳しく伝えています。")
    _, found = lift_bylines([Block("paragraph", text="ジョン・スミス"), story], "見出し", surname_test=False)
    assert found.authors == []
    # the roles joined with a middle dot, the full-width equals sign, a web medium's writer
    for credit in ("取材・文＝山田太郎", "文・写真：山田太郎", "写真・文：山田太郎", "ライター：山田太郎"):
        kept, found = lift_bylines([Block("paragraph", text=credit), story], "見出し", surname_test=False)
        assert (kept, found.authors) == ([story], ["山田太郎"]), credit
    # the photographer credited beside the writer is no writer
    kept, found = lift_bylines(
        [Block("paragraph", text="文＝山田太郎　写真＝鈴木花子"), story], "見出し", surname_test=False
    )
    assert (kept, found.authors) == ([story], ["山田太郎"])
    # and the writer's credit closing the story
    signed = Block("paragraph", text=f"{story.text}（文・山田太郎）")
    assert lift_bylines([story, signed], "見出し", surname_test=False)[1].authors == ["山田太郎"]


def test_a_japanese_name_spaced_between_family_and_given_name_is_one_person() -> None:
    ja = "<p>" + "市は来週月曜日から図書館の開館時間を延長すると発表した。住民はこの決定を歓迎している。" * 4 + "</p>"
    zh = "<p>" + "中国人习以为常的地方，为何老外却说了不得？记者走访了多个城市的公园和广场。" * 4 + "</p>"

    def authors(headline: str, credit: str, story: str) -> list[str]:
        body = f"<h1>{headline}</h1><p>{credit}</p>{story * 3}"
        return newsparse.extract(f"<html><body><article>{body}</article></body></html>").authors

    assert authors("図書館の開館時間を延長へ", "著者：山田 太郎", ja) == ["山田 太郎"]
    assert authors("図書館の開館時間を延長へ", "記者：山田 太郎 鈴木 花子", ja) == ["山田 太郎", "鈴木 花子"]
    assert authors("図書館の開館時間を延長へ", "著者：山田太郎、鈴木花子", ja) == ["山田太郎", "鈴木花子"]
    assert authors("図書館の開館時間を延長へ", "山田 太郎 記者", ja) == ["山田 太郎"]  # before the role
    # a Chinese page's list sets two people apart the same way
    assert authors("标题在这里的新闻", "作者：张三 李四", zh) == ["张三", "李四"]


def test_the_headline_repeated_after_a_tag_leaves_the_body() -> None:
    story = Block("paragraph", text="当全世界绝大部分国家都在为吸引中国游客而绞尽脑汁的时候，只有它一脸淡定。")
    title = "最不愁吃肉的国家：顿顿有肉吃"
    assert lift_bylines([Block("paragraph", text=f"原创{title}"), story], title)[0] == [story]
    # A longer line that ends on the headline is a sentence of its own.
    sentence = Block("paragraph", text=f"有网友这样评价这个国家：{title}")
    assert lift_bylines([sentence, story], title)[0] == [sentence, story]
    # Further down, a gallery's or a video's title repeating the headline word for word goes;
    # the headline after a tag there is a line of its own.
    top = [Block("paragraph", text=f"第{n}张图片的说明文字，介绍了这个国家的风景。") for n in range(5)]
    blocks = [*top, Block("heading", text=title, level=2), story]
    assert lift_bylines(blocks, title)[0] == [*top, story]
    tagged = Block("paragraph", text=f"原创{title}")
    assert lift_bylines([*top, tagged, story], title)[0] == [*top, tagged, story]


def test_the_headline_after_a_day_and_month_and_a_blogs_date_badge_leave_the_body() -> None:
    story = Block("paragraph", text="Ein Strand ist ein Strand, dachte ich, bis ich nach Montauk kam und staunte.")
    title = "Das schönste Ende der Welt"
    for dated in (f"Jun 17 {title}", f"1. Februar 2022 {title}"):
        badge = Block("paragraph", text="Jun 17")
        assert lift_bylines([badge, Block("heading", text=dated, level=2), story], title)[0] == [story], dated
    # words before the headline that are no month's name make a heading of its own
    heading = Block("heading", text="5 Tipps zum Autokredit", level=2)
    assert lift_bylines([heading, story], "Autokredit")[0] == [heading, story]
    # and a number beside a word that is no month's is no date
    for line in ("Seite 12", "Top 10", "Kapitel 3"):
        kept = lift_bylines([Block("paragraph", text=line), story], title)[0]
        assert kept == [Block("paragraph", text=line), story], line


def test_a_byline_whose_parts_run_together_with_no_space_leaves_the_body() -> None:
    # A page rendered by a script sets each field in an element of its own, no space between.
    story = "<p>" + "The council approved the new budget on Tuesday after a long debate about the bridge. " * 3 + "</p>"
    for meta in (
        "<span>Published</span><span>March 12, 2024</span>",
        "<span>Updated</span><span>March 14, 2024</span><span>Published</span><span>March 12, 2024</span>",
        "<a href='/a/jane'>Jane Doe</a><time>March 12, 2024</time>",
        "<span>Posted on</span><span>March 12, 2024</span><span>by</span><span>Jane Doe</span>",
        "<span>Veröffentlicht am</span><span>12.03.2024</span>",
    ):
        more = story.replace("Tuesday", "Monday")
        html = f"<html><body><article><h1>Budget approved</h1><div>{meta}</div>{story}{more}</article></body></html>"
        article = newsparse.extract(html)
        assert [b.type for b in article.blocks] == ["paragraph", "paragraph"], meta
        assert article.published == "2024-03-12", meta
    # Words that run into a capital in prose are no byline ("iPhone", "McDonald's").
    lines = ["The iPhone arrives in McDonald's stores", "Nur 12 Monate: eBay-Chef tritt ab"]
    for line in lines:
        blocks = [Block("paragraph", text=line), Block("paragraph", text="Second line of the story, long enough.")]
        assert lift_bylines(blocks, title=None)[0] == blocks, line


def test_an_outlet_declared_as_the_author_is_the_source() -> None:
    story = "<p>" + "中国人习以为常的地方，为何老外却说了不得？记者走访了多个城市的公园和广场。" * 4 + "</p>"
    head = '<meta property="og:site_name" content="新浪新闻"><meta name="author" content="参考消息">'
    article = newsparse.extract(f"<html><head>{head}</head><body><article>{story}</article></body></html>")
    assert (article.source, article.authors) == ("参考消息", [])
    # A software house's name is no outlet, and the site itself is no source.
    for author in ("大汉网络", "新浪新闻"):
        head = f'<meta property="og:site_name" content="新浪新闻"><meta name="author" content="{author}">'
        article = newsparse.extract(f"<html><head>{head}</head><body><article>{story}</article></body></html>")
        assert article.source is None, author


def test_author_labels_of_more_languages_and_a_guest_post_line() -> None:
    from newsparse.meta.byline import english_byline

    assert english_byline("Auteur : Kossivi Tiassou") == ["Kossivi Tiassou"]
    assert english_byline("Autore: Mario Rossi") == ["Mario Rossi"]
    assert english_byline("Autorka: Jana Nováková") == ["Jana Nováková"]
    assert english_byline("Napisała: Anna Kowalska") == ["Anna Kowalska"]
    assert english_byline("Από τον Γιάννη Παπαδόπουλο") == ["Γιάννη Παπαδόπουλο"]
    assert english_byline("Autoren Jelko Djuren und Jutta Klaukien") == ["Jelko Djuren", "Jutta Klaukien"]
    assert english_byline("Interview: Julia Lauter") == ["Julia Lauter"]
    assert english_byline("Posted by Eric Mill and Kiran C Nair - Chrome Safe Browsing team") == [
        "Eric Mill",
        "Kiran C Nair",
    ]
    assert english_byline("Ein Gastbeitrag von Anna Müller") == ["Anna Müller"]
    assert english_byline("Blog Beitrag von Margarita Koreneva") == ["Margarita Koreneva"]
    # The people an interview is with are not its authors.
    assert english_byline("Interview mit Bernhard Mosbacher und Franziska Weber") == []


def _story_page(headline: str, top: str, topic: str = "the story", head: str = "") -> str:
    """An article page: its headline, what a template sets under it, six paragraphs."""
    story = "".join(f"<p>Paragraph {n} of {topic}, which is long enough to be read as prose.</p>" for n in range(6))
    return f"<html><head>{head}</head><body><article><h1>{headline}</h1>{top}{story}</article></body></html>"


def test_a_name_set_after_the_date_in_an_element_of_its_own_behind_a_dash_is_the_author() -> None:
    top = "<span class='meta'>28. November 2022</span><p class='meta'> - Nadja Podbregar</p>"
    article = newsparse.extract(_story_page("Ammoniak statt Hitze", top))
    assert (article.authors, article.published) == (["Nadja Podbregar"], "2022-11-28")
    # a dash opening a line after anything but a date sets apart no name
    top = "<span class='meta'>Wissenschaft</span><p class='meta'> - Nadja Podbregar</p>"
    assert newsparse.extract(_story_page("Ammoniak statt Hitze", top)).authors == []


def test_an_author_element_labelled_interview_names_the_interviewer() -> None:
    top = '<div class="author"><a href="/search?author=Julia">Interview: Julia Lauter</a></div>'
    assert newsparse.extract(_story_page("Big data against the virus", top)).authors == ["Julia Lauter"]


def test_links_after_a_name_in_more_languages_and_degrees_are_no_names() -> None:
    assert person_names("Johanna Kropfitsch Alle Artikel") == ["Johanna Kropfitsch"]
    assert person_names("José Miguel Wilson Hace 2 horas") == ["José Miguel Wilson"]
    assert person_names("Grant Tinsley, PhD") == ["Grant Tinsley"]
    assert person_names("Zur Person Alle Artikel") == []


def test_a_blog_post_by_a_hidden_profile_names_no_author() -> None:
    footer = (
        '<div class="post-footer"><span class="post-author vcard">Posted by <span itemprop="author" itemscope '
        'itemtype="http://schema.org/Person"><a href="https://www.blogger.com/profile/1" rel="author">'
        '<span itemprop="name">Unknown</span></a></span></span></div>'
    )
    page = _story_page("An interview with the author", "").replace("</article>", f"{footer}</article>")
    assert newsparse.extract(page).authors == []


def test_weekdays_and_edition_notes_are_no_names() -> None:
    assert person_names("Sherif Saed, Wednesday") == ["Sherif Saed"]
    assert person_names("Donnerstag") == []
    assert person_names("Revised Edition Edited") == []
    assert person_names("People") == []


def test_a_byline_element_running_on_is_cut_back_to_its_author_link() -> None:
    top = '<div class="byline">Cem Basman Life is a long quiet river <a href="/author/cem/">Cem Basman</a></div>'
    assert newsparse.extract(_story_page("Zahnlose Zahnärzte", top)).authors == ["Cem Basman"]


def test_an_author_block_is_cut_back_to_its_link_to_the_authors_page_in_german_too() -> None:
    block = (
        '<div class="author-block"><a href="https://www.haus.de/autoren/andre-borbe"><div>André Borbe</div></a>'
        '<div class="author-block__function">Redaktion Haus.de</div></div>'
    )
    menu = '<ul class="header-links"><li><a href="/autoren/">Autoren</a></li><li><a href="/about/">About</a></li></ul>'
    assert newsparse.extract(_story_page("Vorsatzschalen richtig montieren", menu + block)).authors == ["André Borbe"]
    # the menu's link to the index of all authors credits no one
    assert newsparse.extract(_story_page("Vorsatzschalen richtig montieren", menu)).authors == []


def test_an_author_link_beside_the_avatars_picture_link_is_read() -> None:
    link = "https://example.com/about/editors/jon-fingas/"
    top = f'<div class="meta-bar"><a href="{link}"><img src="/jon.jpg"></a><a href="{link}">Jon Fingas</a>, @jon</div>'
    assert newsparse.extract(_story_page("Lyft extends free scooter rides", top)).authors == ["Jon Fingas"]


@pytest.mark.parametrize(
    ("byline", "authors", "source"),
    [
        ("By Jane Doe, Reuters | Updated 5:35 PM EST, December 6, 2023", ["Jane Doe"], "Reuters"),
        ("Von Max Mustermann, dpa", ["Max Mustermann"], "dpa"),
        ("Par Marie Dupont, AFP", ["Marie Dupont"], "AFP"),
        ("By Jane Doe, Madrid", ["Jane Doe"], None),
        # a wire story's byline without "By"
        ("Meg Kinnard and Errin Haines, Associated Press", ["Meg Kinnard", "Errin Haines"], "Associated Press"),
        ("Anna Berg und Tim Hahn, dpa", ["Anna Berg", "Tim Hahn"], "dpa"),  # the agency as it writes itself
    ],
)
def test_a_news_agency_credited_beside_the_byline_is_the_source(byline: str, authors: list[str], source: str) -> None:
    article = newsparse.extract(_story_page("Snooze cruise", f"<p>{byline}</p>"))
    assert (article.authors, article.source) == (authors, source)


def test_an_agency_named_under_the_headline_is_the_source_and_leaves_the_body() -> None:
    top = "<p>The Associated Press<br>Published Monday, November 18, 2019 8:22AM EST</p>"
    article = newsparse.extract(_story_page("Snooze cruise", top))
    assert article.source == "The Associated Press"
    assert "Associated Press" not in article.text
    article = newsparse.extract(_story_page("Snooze cruise", "<p>By Reuters</p>"))
    assert (article.source, "Reuters" in article.text) == ("Reuters", False)


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Jane Doe | Reuters | Updated 2 hours ago", "Reuters"),  # a picture's credit holds no date
        ("María López / EFE | Madrid | 12 mar 2024", "EFE"),  # the place the reporter files from
        ("Jane Doe, Reuters, London", "Reuters"),
        ("Max Mustermann (dpa)", "dpa"),
        ("María López (EFE)", "EFE"),
        ("Jean Dupont (avec AFP) Le 12 mars 2024 à 14h30", "AFP"),
    ],
)
def test_a_name_with_its_agency_is_the_byline_and_the_agency_its_source(line: str, agency: str) -> None:
    article = newsparse.extract(_story_page("Council votes", f"<p>{line}</p>"))
    assert len(article.authors) == 1 and article.authors[0] in line and article.source == agency
    assert article.text.startswith("Paragraph 0")


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe, Senior Reporter March 12, 2024",
        "Jane Doe, The Springfield News Published 7:40 p.m. ET March 17, 2020",
    ],
)
def test_a_name_line_a_date_closes_without_a_mark_between_is_the_byline(line: str) -> None:
    article = newsparse.extract(_story_page("Council votes", f"<p>{line}</p>"))
    assert article.authors == ["Jane Doe"] and article.text.startswith("Paragraph 0")


@pytest.mark.parametrize(
    "line",
    ["Publié le 12/03/2024 à 14h30", "Atualizado em 12/03/2024 às 9h", "12 de marzo 2024, 02:30 p. m."],
)
def test_a_romance_dateline_with_its_hour_in_h_or_p_m_is_no_more_than_a_date(line: str) -> None:
    from newsparse.meta.byline import is_dateline

    assert is_dateline(line, other_words=0)
    article = newsparse.extract(_story_page("Le conseil vote", f"<p>Jean Dupont · {line}</p>"))
    assert article.authors == ["Jean Dupont"] and article.text.startswith("Paragraph 0")


def test_a_cjk_date_line_under_the_headline_is_lifted_but_a_documents_closing_date_stays() -> None:
    from newsparse.meta.byline import is_dateline

    assert is_dateline("2019年3月1日 13時16分") and is_dateline("发布时间：2023年12月06日 17:35")
    # the label, the part of the day and the weekday, in Taiwan's spelling and with both dates
    assert is_dateline("發布時間：2023/12/06 下午 05:35") and is_dateline("2023年12月06日 下午05:35 星期三")
    assert is_dateline("更新時間：2023/12/07 08:00 發布時間：2023/12/06 17:35")
    assert not is_dateline("2019年3月1日 北京发生地震")
    story = "".join(
        f"<p>文化庁は{n}日、メディア芸術祭賞を発表した。大賞はテレビ番組が受賞した。</p>" for n in range(1, 7)
    )
    top = "<h1>メディア芸術祭賞</h1><p>2019年3月1日 13時16分</p><p>[PR]</p>"
    html = f"<html><body><article>{top}{story}</article></body></html>"
    article = newsparse.extract(html)
    assert article.text.startswith("文化庁は1日") and article.published == "2019-03-01T13:16:00+09:00"  # Japan's clock
    notice = "".join(
        f"<p>各地要加强第{n}项防汛工作，确保人民群众生命财产安全，及时转移危险区域群众。</p>" for n in range(6)
    )
    closing = "<p>吉林省人民政府</p><p>2022年1月27日</p>"
    html = f"<html><body><article><h1>关于做好防汛工作的通知</h1>{notice}{closing}</article></body></html>"
    assert newsparse.extract(html).text.endswith("2022年1月27日")


def test_a_blogs_user_name_on_the_authors_link_is_the_author_but_admin_accounts_are_not() -> None:
    def authors(link_text: str) -> list[str]:
        top = (
            '<span class="by-author"> von <span class="author vcard"><a class="url fn n" '
            f'href="https://example.wordpress.com/author/g1zzm0/" rel="author">{link_text}</a></span></span>'
        )
        return newsparse.extract(_story_page("Keine Spielstraße", top)).authors

    assert authors("gizzmo") == ["gizzmo"]
    assert authors("freeman1984") == ["freeman1984"]  # a handle's digits are its own
    assert authors("wordpressadmin") == []
    assert authors("admin2") == []
    assert authors("mehr") == []


def test_a_user_name_declared_as_the_author_is_read_last_and_never_the_sites_own_name() -> None:
    def authors(name: str) -> list[str]:
        data = f'{{"@type":"BlogPosting","author":{{"@type":"Person","name":"{name}"}}}}'
        head = f'<script type="application/ld+json">{data}</script>'
        page = _story_page("Fridays for Future", "", head=head)
        return newsparse.extract(page, url="https://www.lecker.de/post/1").authors

    assert authors("flerche") == ["flerche"]
    assert authors("lecker.de") == []


def test_names_after_a_date_are_authors_but_a_place_a_section_or_a_headline_are_not() -> None:
    from newsparse.meta.byline import english_byline

    assert english_byline("Posted on September 21, 2020 by Adi Tzlil") == ["Adi Tzlil"]
    assert english_byline("01. Dez. 2022 | 14:08 Uhr | von Jona Göbelbecker") == ["Jona Göbelbecker"]
    assert english_byline("11.12.2019 - Amelie Loevenich") == ["Amelie Loevenich"]
    assert english_byline("24.04.2020 - Berlin") == []
    # the name first, an outlet's initials perhaps between
    assert english_byline("Jane Doe — Dec 6, 2023") == english_byline("Jane Doe | 6. Dezember 2023") == ["Jane Doe"]
    assert english_byline("Ashok Pradhan | TNN | Apr 7, 2020, 15:43 IST") == ["Ashok Pradhan"]
    assert english_byline("Berlin — 24.04.2020") == []
    assert english_byline("01. November 2021 | Naturschutz, BUND") == []
    assert english_byline("23.01.2022 - Dorothea Wierer darf beim Abschluss noch jubeln") == []
    assert english_byline("Bern, 17.08.2007 - Rede von Moritz Leuenberger beim Städtegipfel") == []
    top = "<p>01. Dez. 2022 | 14:08 Uhr | von Jona Göbelbecker</p>"
    article = newsparse.extract(_story_page("Forschungsgruppe gegründet", top))
    assert article.authors == ["Jona Göbelbecker"] and "Göbelbecker" not in article.text


def test_a_byline_under_a_headline_that_a_kicker_element_breaks_is_read() -> None:
    headline = "<span>Ehezoff</span> der Pochers eskaliert - Jetzt schießt Olli gegen Amira"
    top = "<p>Seite 1 von 2</p><p>06.11.2023 13:30 von Olga</p>"
    assert newsparse.extract(_story_page(headline, top)).authors == ["Olga"]


def test_a_byline_between_the_standfirst_and_the_story_is_read_but_not_a_sentences_words() -> None:
    standfirst = "<p>" + "Zum Tag des Gedenkens erinnern die Wirtschaftsweiber an verfolgte Lesben. " * 3 + "</p>"
    opening = "27.1.2022 - Bei der Erinnerung an die Verfolgten des NS-Regimes waren queere Opfer oft unsichtbar, "
    top = f"{standfirst}<p>Von Claudia Lindner<br>{opening * 2}</p>"
    assert newsparse.extract(_story_page("Lesbische Erinnerungskultur", top)).authors == ["Claudia Lindner"]
    top = f"{standfirst}<p>Das Blog <a href='/b'>Leandra-Lou</a> von Verena Stegemann und Orlando Hoetzel ist nun</p>"
    assert newsparse.extract(_story_page("Lesen Sie Modeblogs?", top)).authors == []
    # a byline in lower case under the date set after the standfirst, in the story's header
    info = "<div class='info'><span>02.02.2022, 11:30 Uhr</span> von Markus Steinrisser</div>"
    story = "".join(f"<p>Absatz {n} der Geschichte, lang genug, um als Text gelesen zu werden.</p>" for n in range(6))
    header = f"<header><h1>Formel-1-Fahrercheck</h1>{standfirst}{info}</header>"
    article = newsparse.extract(f"<html><body>{header}<div>{story}</div></body></html>")
    assert (article.authors, article.published) == (["Markus Steinrisser"], "2022-02-02T11:30:00")


def test_a_labelled_credit_above_the_headline_is_read_but_a_pictures_source_is_not() -> None:
    """A press page sets its date and its editor above the headline ("05.02.2020 -
    Redaktion: Eberhard Fuhr"); a picture's caption there names its source, no story's."""
    story = "".join(
        f"<p>Der Rat hat am Dienstag beschlossen, die Bibliothek länger zu öffnen, Teil {n}.</p>" for n in range(6)
    )
    above = "<div class='date'>05.02.2020 <span>- Redaktion: Eberhard Fuhr (Pressesprecher)</span></div>"
    page = f"<html><body><div class='head'>{above}<h1>Faire Lieferketten</h1></div><div>{story}</div></body></html>"
    article = newsparse.extract(page)
    assert (article.editors, article.published) == (["Eberhard Fuhr"], "2020-02-05")
    picture = "<figure><img src='https://example.org/a.jpg'><figcaption>(Quelle: Kauer/DJV)</figcaption></figure>"
    page = f"<html><body><div class='head'>{picture}<h1>Faire Lieferketten</h1></div><div>{story}</div></body></html>"
    assert newsparse.extract(page).source is None


def test_a_notices_table_of_particulars_over_its_headline_gives_its_fields() -> None:
    """A government page sets its notice's particulars in a table over the headline, each
    label and value in cells of their own ("发布机构：" + "某某市人民政府"); a picture's source
    there ("(Quelle: Foto Steven Vangermain)") is the picture's."""
    particulars = (
        "<table><tr><td>索引号：</td><td>11110000000000000X/2024-00012</td><td>发布机构：</td><td>某某市人民政府</td></tr>"
        "<tr><td>发布日期：</td><td>2024年03月12日</td><td>文号：</td><td>某政发〔2024〕5号</td></tr>"
        "<tr><td>主题分类：</td><td>工业、交通</td></tr></table>"
    )
    story = "".join(
        f"<p>为进一步优化营商环境，支持中小企业健康发展，现就有关事项通知如下，第{n}条。</p>" for n in range(6)
    )
    headline = "<div><h1>某某市人民政府关于支持中小企业发展的通知</h1></div>"
    page = f"<html><body>{particulars}{headline}<div>{story}</div></body></html>"
    assert newsparse.extract(page).source == "某某市人民政府"
    credit = "<div class='image-source'>(Quelle: Foto Steven Vangermain)</div><div>Rubrik</div>"
    page = f"<html><body>{credit}<div><h1>Faire Lieferketten</h1></div><div>{story}</div></body></html>"
    assert newsparse.extract(page).source is None


def test_a_dated_byline_above_the_headline_is_read_but_a_content_label_is_no_name() -> None:
    def authors(line: str) -> list[str]:
        story = "".join(f"<p>Absatz {n} der Stellungnahme, lang genug, um als Text zu gelten.</p>" for n in range(6))
        page = f"<html><body><div><small>{line}</small><h1>Stellungnahme zum Pilotjahr</h1>{story}</div></body></html>"
        return newsparse.extract(page).authors

    assert authors("04.02.2022 | 13:10 Uhr | Uta Helkenberg") == ["Uta Helkenberg"]
    assert authors("04. November 2021 | PAID CONTENT") == []


def test_the_lines_under_a_headline_shown_twice_end_where_it_stands_again() -> None:
    # A breadcrumb's copy of the headline, a newsletter box, then the article's own headline
    # with its byline and date: the date belongs with the byline, not lost to the first copy.
    from newsparse.html.parse import parse_html
    from newsparse.meta.visible import read_dateline

    headline = "Polarisierende Werbung mit Eisbergen"
    box = "<p>" + "Ich habe die Datenschutzerklärung gelesen und akzeptiere diese ausdrücklich. " * 3 + "</p>"
    crumb = f"<nav><span>News</span><span>{headline}</span></nav>"
    top = "<p>Von <a href='/autor/ks'>Katharina Schmidt</a></p><p>6. November 2023, 15:25 Uhr</p>"
    page = _story_page(headline, top).replace("<body>", f"<body>{crumb}{box}")
    dateline = read_dateline(parse_html(page), headline)
    assert dateline.byline.authors == ["Katharina Schmidt"] and dateline.date == "2023-11-06T15:25:00"


def test_public_bodies_are_no_names() -> None:
    assert person_names("By U.S. CUSTOMS AND BORDER PROTECTION") == []
    assert person_names("Police Department") == []


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        # What the piece is and a closing full stop come off; a name's particles and "Jr." stay.
        ("Recueilli par Patrick ANGEVIN.", ["Patrick ANGEVIN"]),
        ("Propos recueillis par Marie Dupont", ["Marie Dupont"]),
        ("Eine Kolumne von Nils Pickert", ["Nils Pickert"]),
        ("Ein Kommentar von Hans Meier", ["Hans Meier"]),
        ("John Smith Jr.", ["John Smith Jr."]),
        ("Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("Текст: Венера Ерофеева", ["Венера Ерофеева"]),
        ("Автор: Иван Петров", ["Иван Петров"]),
        ("Av Anna Svensson", ["Anna Svensson"]),
        ("Skrevet af Lars Hansen", ["Lars Hansen"]),
        ("a cura di Marco Rossi", ["Marco Rossi"]),
        ("Yazar: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
        ("Haber: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
        ("Muhabir Ayşe Demir", ["Ayşe Demir"]),
        ("Napsal: Jan Novák", ["Jan Novák"]),
        ("Text und Fotos: Hans Meier", ["Hans Meier"]),
        ("Texto y fotos: María López", ["María López"]),
        ("Reportagem: João Silva", ["João Silva"]),
        ("Redacción: Juan Pérez", ["Juan Pérez"]),  # with its colon a label, without one a newsroom
        ("Teksti: Matti Virtanen", ["Matti Virtanen"]),
        ("Kirjoittaja: Matti Virtanen", ["Matti Virtanen"]),
        ("Szerző: Kovács János", ["Kovács János"]),
        ("Piše: Ivan Horvat", ["Ivan Horvat"]),
        ("Аутор: Марко Петровић", ["Марко Петровић"]),  # Serbian Cyrillic
        ("Пише: Петар Петровић", ["Петар Петровић"]),
        ("Napisala: Ana Kovač", ["Ana Kovač"]),
        ("Autorius: Jonas Jonaitis", ["Jonas Jonaitis"]),
        ("Autors: Jānis Bērziņš", ["Jānis Bērziņš"]),
        ("Yazan: Ayşe Yılmaz", ["Ayşe Yılmaz"]),
        ("Oleh: Budi Santoso", ["Budi Santoso"]),
        ("Penulis: Budi Santoso", ["Budi Santoso"]),
        ("Pewarta: Budi Santoso", ["Budi Santoso"]),  # the wire's word for its reporter
        ("Jurnalis: Budi Santoso", ["Budi Santoso"]),
        ("Kontributor: Budi Santoso", ["Budi Santoso"]),
        ("Ditulis oleh Budi Santoso", ["Budi Santoso"]),
        ("Phóng viên: Nguyễn Văn An", ["Nguyễn Văn An"]),
        ("द्वारा: राहुल शर्मा", ["राहुल शर्मा"]),  # a label ending in a vowel sign
        ("संवाददाता: राहुल शर्मा", ["राहुल शर्मा"]),
        ("रिपोर्ट: राहुल शर्मा", ["राहुल शर्मा"]),
        ("Isinulat ni Juan dela Cruz", ["Juan dela Cruz"]),
        # the lower-case particles of Filipino and Dutch names
        ("By Jan ter Horst", ["Jan ter Horst"]),
        ("By Juan de la Cruz", ["Juan de la Cruz"]),
        # a word that is a particle in some names but goes on a sentence in others ends the name
        ("Por Juan Pérez el lunes", ["Juan Pérez"]),
        ("Por João Silva das 10h", ["João Silva"]),
        ("Door Jan Jansen ten behoeve van de krant", ["Jan Jansen"]),
        ("Par Marie Dupont des Echos", ["Marie Dupont"]),
        ("Por Maria Silva, do Globo", ["Maria Silva"]),  # the outlet after the name
        ("Του Γιάννη Παπαδόπουλου", ["Γιάννη Παπαδόπουλου"]),
        ("מאת דני כהן", ["דני כהן"]),
        ("بقلم محمد أحمد", ["محمد أحمد"]),
        # Slovenian, Catalan, Urdu, Persian and Bengali labels
        ("Avtor: Janez Novak", ["Janez Novak"]),
        ("Redacció: Joan Puig", ["Joan Puig"]),
        ("تحریر: احمد علی", ["احمد علی"]),
        ("خبرنگار: علی رضایی", ["علی رضایی"]),
        ("লেখক: রহিম উদ্দিন", ["রহিম উদ্দিন"]),
        # Hebrew "reporter" and Swahili "writer", each with its colon
        ("כתב: יוסי כהן", ["יוסי כהן"]),
        ("כתבת: רונית לוי", ["רונית לוי"]),
        ("Mwandishi: Juma Hassan", ["Juma Hassan"]),
        # Spanish "writes"
        ("Escribe Camila Méndez", ["Camila Méndez"]),
        ("Escriben Ana Pérez y Luis Gómez", ["Ana Pérez", "Luis Gómez"]),
        # Words that merely open with a label's letters stay names; Oleh is a given name too.
        ("Avery Johnson", ["Avery Johnson"]),
        ("By Oleh Petrenko", ["Oleh Petrenko"]),
        # What a comment form calls an unnamed visitor is no one's name.
        ("Гость", []),
        ("Anonymous", []),
        ("Guest", []),
        # A blog platform's word for a hidden profile, a CMS's installing account, the newsroom abbreviated.
        ("Unknown", []),
        ("Super User", []),
        ("Red.", []),
        ("Cortesía", []),  # a picture's courtesy credit
        ("Fred. Miller", ["Fred. Miller"]),
    ],
)
def test_labels_in_many_languages_and_what_the_piece_is_are_no_part_of_the_name(raw: str, names: list[str]) -> None:
    assert person_names(raw) == names


def test_an_indonesian_credit_line_names_the_reporter_and_the_editor() -> None:
    prose = "<p>Pemerintah daerah menyiapkan langkah baru untuk mengatasi banjir yang melanda kota, kata pejabat.</p>"
    for editor_label in ("Penyunting", "Redaktur", "Editor"):
        credit = f"<p>Pewarta: Ahmad Fauzi | {editor_label}: Budi Santoso</p>"
        article = newsparse.extract(f"<article><h1>Banjir melanda kota</h1>{credit}{prose * 3}</article>")
        assert (article.authors, article.editors) == (["Ahmad Fauzi"], ["Budi Santoso"]), editor_label
        assert "Pewarta" not in (article.text or "")


def test_a_dutch_bylines_and_joins_its_names_and_an_editor_needs_no_colon() -> None:
    assert english_byline("Door Jan de Vries en Piet Jansen") == ["Jan de Vries", "Piet Jansen"]
    assert english_byline("Por Juan en Madrid") == []  # Spanish "en" is "in"
    found = parse_labelled("Written by John Smith | Edited by Jane Doe")[0]
    assert found.editors == ["Jane Doe"] and not found.authors
    assert is_byline_line("Edited by Jane Doe and John Roe")[1].editors == ["Jane Doe", "John Roe"]
    assert parse_labelled("The book was edited by John Smith in 1999.")[0] == Byline()


def test_an_element_classed_author_in_another_language_is_a_byline() -> None:
    credit = '<div class="dates_auteurs">mardi 3 mars 2020, par <span class="auteurs">Didier Roy</span></div>'
    page = _story_page("La turpitude", "").replace("</article>", f"{credit}</article>")
    assert newsparse.extract(page).authors == ["Didier Roy"]


def test_a_given_name_the_page_writes_out_in_full_is_the_full_name() -> None:
    head = '<meta name="author" content="Nils">'
    page = _story_page("Kulturtechnik", "", head=head).replace(
        "</article>", "<p>Eine Kolumne von Nils Pickert</p></article>"
    )
    assert newsparse.extract(page).authors == ["Nils Pickert"]
    assert newsparse.extract(_story_page("Kulturtechnik", "", head=head)).authors == ["Nils"]
    # Or in an element named for a name: the author's card beside the story.
    card = "<div class='person'><p class='full-name'>Nils Pickert</p><p class='role'>Kolumnist</p></div>"
    page = _story_page("Kulturtechnik", "", head=head).replace("</article>", f"</article>{card}")
    article = newsparse.extract(page)
    assert article.authors == ["Nils Pickert"]
    assert article.provenance["authors"] == "meta author + the full name from the page"


def test_korean_bylines_give_the_reporters_names() -> None:
    assert person_names("김철수 기자 kim@example.co.kr") == ["김철수"]
    assert person_names("취재 김철수·이영희 기자") == ["김철수", "이영희"]
    assert person_names("글 김철수") == ["김철수"]
    # A photographer's credit and an outlet's name are no author.
    assert person_names("사진 김철수") == [] and person_names("연합뉴스") == []
    # a button's or a link's words after the role are no name ("the story's original", "send a tip")
    story = Block("paragraph", text="시의회는 화요일 학교와 도로, 도심의 새 도서관을 위한 예산안을 승인했다고 밝혔다.")
    for line in ("기사 원문", "기사 제보", "사진 보기", "글 목록"):
        assert lift_bylines([Block("paragraph", text=line), story], "제목")[1].authors == [], line
    head = '<meta name="author" content="이용민 기자">'
    assert newsparse.extract(_story_page("코로나19 극복 성금 기탁 줄 잇는다", "", head=head)).authors == ["이용민"]


def test_a_source_label_naming_no_outlet_gives_no_source_and_its_line_leaves_the_body() -> None:
    for placeholder in ("网络", "本站原创", "转载", "综合", "转载文章", "轉載文章"):
        found, _ = parse_labelled(f"来源：{placeholder}")
        assert found.sources == [], placeholder
        assert is_byline_line(f"2020-03-09 18:14 来源：{placeholder}")[0], placeholder
    # A reporter's question in an interview is no byline, though it opens with the label.
    assert not is_byline_line("记者：你通过什么渠道最快的获取这些信息？")[0]


def test_a_section_set_before_the_names_with_a_middle_dot_is_no_name() -> None:
    assert person_names("Politik · Jochen Bittner, Tina Hildebrandt") == ["Jochen Bittner", "Tina Hildebrandt"]
    assert person_names("Madonna · 12. März 2020") == ["Madonna"]
    # a section and its subsection ("Politik · Inland")
    assert person_names("Politik · Inland · Jochen Bittner") == ["Jochen Bittner"]


def test_names_linked_one_by_one_after_a_by_label_with_its_colon_are_all_read() -> None:
    top = (
        "<ul><li>By: <a href='/writer/paul-wiseman/'><span>Paul Wiseman</span></a>, "
        "<a href='/writer/fatima-hussein/'><span>Fatima Hussein, The Associated Press</span></a></li></ul>"
    )
    assert newsparse.extract(_story_page("Fed raises rates again", top)).authors == ["Paul Wiseman", "Fatima Hussein"]


def test_a_person_item_holding_several_names_gives_each() -> None:
    from newsparse.html.parse import parse_html
    from newsparse.meta.tags import read_markup

    item = (
        "<div itemscope itemtype='http://schema.org/NewsArticle'><div itemprop='author' itemscope "
        "itemtype='http://schema.org/Person'><span itemprop='name'>Paul Wiseman</span>"
        "<span itemprop='name'>Fatima Hussein</span></div></div>"
    )
    markup = read_markup(parse_html(f"<html><body>{item}</body></html>"))
    assert person_names(markup.microdata["author"]) == ["Paul Wiseman", "Fatima Hussein"]


def _page_with_box(box: str) -> str:
    """A story whose author is named only in a box of labelled fields after it."""
    story = "".join(
        f"<p>Absatz {n} der Geschichte: Sie sagt, gegen den Strom zu schwimmen sei nie ihr Ziel gewesen. "
        "Sie habe über Dinge geschrieben, von denen sie glaubte, dass viele sie ähnlich sehen.</p>"
        for n in range(6)
    )
    return f"<html><body><article><h1>Sprachregeln im Alltag</h1>{story}</article>{box}</body></html>"


@pytest.mark.parametrize(
    ("box", "authors"),
    [
        # a label and its value in nodes of their own, after the story
        ("<div><span>Datum:</span> 19.11.2021<br><span>Autor:</span> Fritz Imhof<br></div>", ["Fritz Imhof"]),
        # the role and the agency after the name are no part of it
        ("<p><strong>Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.</strong></p>", ["Uta Staschewski"]),
        ("<div><h5>Autor: </h5>Peter Maahn/SP-X</div>", ["Peter Maahn"]),
        # a box titled with the label, no colon
        ('<div><h4>Autor</h4><p><a href="/profil/nikolai-huke">Nikolai Huke</a>, </p></div>', ["Nikolai Huke"]),
        # a book's record: its author is not the page's
        ("<div><u>Titel:</u> The Casquette Girls</div><div><u>Autorin: </u>Alys Arden</div>", []),
        # labels naming different people belong to a list of stories
        ("<ul><li>Autor: Anna Berg</li><li>Autor: Jonas Weber</li></ul>", []),
        # a gendered plural is no label
        ("<p>Autor:innen</p><p>Anna Berg</p>", []),
    ],
)
def test_an_author_label_anywhere_names_the_author_when_nothing_else_does(box: str, authors: list[str]) -> None:
    assert newsparse.extract(_page_with_box(box)).authors == authors


def test_a_by_phrase_alone_before_a_name_in_its_own_element_is_its_label() -> None:
    top = '<div class="metaInfo">Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45</div>'
    headline = "Vier Übungen für einen geschmeidigen Sitz"
    assert newsparse.extract(_story_page(headline, top)).authors == ["Pamela Sladky"]


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("<p><b><i>Stefan Wasmer</i></b></p>", ["Stefan Wasmer"]),
        # a heading introducing what the page dropped, or heading a list of further stories
        ("<h3>Teilnehmende Blogs:</h3>", []),
        ("<h2>Must Read Stories</h2>", []),
    ],
)
def test_a_name_in_bold_closing_the_story_is_its_signature(closing: str, authors: list[str]) -> None:
    story = "".join(
        f"<p>Absatz {n}: Tappara ging nach rund vier Minuten in Führung, als Kristian Kuusela nach "
        "einem exzellent getimten Querpass von Anton Levtchi am langen Pfosten einschob.</p>"
        for n in range(6)
    )
    article = newsparse.extract(
        f"<html><body><article><h1>München verliert</h1>{story}{closing}</article></body></html>"
    )
    assert article.authors == authors
    assert "Stefan Wasmer" not in (article.text or "")


@pytest.mark.parametrize(
    ("ending", "authors"),
    [
        (" (Christian P. Stadtfeld) +++", ["Christian P. Stadtfeld"]),
        (" (Anna Berg und Jonas Weber)", ["Anna Berg", "Jonas Weber"]),
        # initials, an agency, a label, an institution or a verse are no writer's name
        (" (cps)", []),
        (" (dpa)", []),
        (" (Foto: Hans Meier)", []),
        (" (Max Planck Institut)", []),
        (" (Lk 2,1)", []),
    ],
)
def test_a_full_name_in_brackets_after_the_last_sentence_signs_the_story(ending: str, authors: list[str]) -> None:
    story = "".join(
        f"<p>Absatz {n}: Die Gemeindepolitik in Petersberg bleibt spannend, sagte der Bürgermeister am "
        "Montag vor der Presse im Rathaus der Gemeinde.</p>"
        for n in range(5)
    )
    last = f"<p>Die Gemeindepolitik bleibt spannend.{ending}</p>"
    article = newsparse.extract(f"<html><body><article><h1>Wahl entschieden</h1>{story}{last}</article></body></html>")
    assert article.authors == authors
    if authors:  # the signature stays in the text, where the story printed it
        assert (article.text or "").endswith(ending.strip())


def test_a_chinese_name_runs_up_to_the_date_its_byline_element_shows_after_it() -> None:
    assert person_names("谢若含 2017-03-01 14:27:02") == ["谢若含"]
    top = '<div class="author"><span class="name">谢若含</span><span class="date">2017-03-01 14:27:02</span> 74</div>'
    story = "".join(f"<p>第{n}段：人们对于讨厌的事物总是能很有共同话题，约会软件也深谙这一点了。</p>" for n in range(6))
    page = f"<html><body><article><h2>这个约会软件想帮你找对象</h2>{top}{story}</article></body></html>"
    assert newsparse.extract(page).authors == ["谢若含"]


def test_a_byline_set_in_the_headline_after_a_line_break_is_read_and_leaves_the_body() -> None:
    headline = "<span>米朝首脳直通電話　習氏に挑むトランプ戦術の成否</span><br><span>編集委員　中沢克二</span>"
    head = '<meta property="og:title" content="米朝首脳直通電話　習氏に挑むトランプ戦術の成否">'
    text = "６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、トランプと金正恩ばかりではなかった。"
    html = f"<html><head>{head}</head><body><article><h1>{headline}</h1><p>{text * 3}</p></article></body></html>"
    article = newsparse.extract(html)
    assert (article.title, article.authors) == ("米朝首脳直通電話 習氏に挑むトランプ戦術の成否", ["中沢克二"])
    assert [b.text for b in article.blocks] == [text * 3]


def test_romanian_de_before_a_full_name_is_by_but_a_particle_before_a_family_name_stays() -> None:
    assert person_names("de Ion Popescu") == ["Ion Popescu"]
    assert person_names("de Gaulle") == ["de Gaulle"] and person_names("Charles de Gaulle") == ["Charles de Gaulle"]


def test_a_nickname_in_quotes_between_the_names_is_part_of_the_name() -> None:
    assert person_names('Amanda "Tania Mae" Tan and John Roe') == ['Amanda "Tania Mae" Tan', "John Roe"]
    assert person_names("Dwayne ‘The Rock’ Johnson") == ["Dwayne ‘The Rock’ Johnson"]
    assert person_names('"Breaking" News') == []


def test_a_signature_led_by_a_dash_closes_the_story_and_is_read() -> None:
    story = [
        Block("paragraph", text=f"Paragraph {n} of the story, which is long enough to be prose.") for n in range(4)
    ]
    kept, found = lift_bylines([*story, Block("paragraph", text="-- By Michael Russell Follow @tdmrussell")], "Title")
    assert (kept, found.authors) == (story, ["Michael Russell"])


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Иван Петров, корреспондент", ["Иван Петров"]),
        ("Ahmet Yılmaz | Haber Merkezi", ["Ahmet Yılmaz"]),
        ("Muhabir: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
        ("Reporter: Budi Santoso | Editor: Siti Aminah", ["Budi Santoso"]),
        ("글 김철수 · 사진 이영희", ["김철수"]),
        ("취재 김철수, 정리 이영희", ["김철수", "이영희"]),
        ("Opracował: Jan Kowalski", ["Jan Kowalski"]),  # Polish "compiled by"
        ("Laporan wartawan: Budi Santoso", ["Budi Santoso"]),  # Indonesian "the reporter's report"
        ("[글] 김철수", ["김철수"]),  # the role in brackets
        ("글·사진 김철수", ["김철수"]),  # the writer took the pictures too
        ("글=김철수 기자", ["김철수"]),  # the name with its title after it
        ("작성자: 김철수", ["김철수"]),  # a board's or a blog's "writer:"
    ],
)
def test_bylines_of_more_languages_with_their_roles_and_labels_are_read(line: str, names: list[str]) -> None:
    story = Block("paragraph", text="The council voted on Tuesday to extend the library's hours, to the joy of all.")
    kept, found = lift_bylines([Block("paragraph", text=line), story], "Title")
    assert (kept, found.authors) == ([story], names)


def test_a_name_over_a_place_and_date_in_one_paragraph_keeps_to_its_line() -> None:
    """El País sets its writer over "Madrid - 12 mar 2024 - 14:30 CET" with a line break:
    read whole, the name ran into the place ("María López Madrid")."""
    story = Block(
        "paragraph", text="El Gobierno anunció este martes nuevas medidas para apoyar a las pequeñas empresas."
    )
    byline = Block("paragraph", text="María López\nMadrid - 12 mar 2024 - 14:30 CET")
    kept, found = lift_bylines([byline, story], "Titular")
    assert (kept, found.authors) == ([story], ["María López"])
    # a place labelled over a date labelled names no one, line by line or whole
    kept, found = lift_bylines([Block("paragraph", text="Ort Saarbrücken\nDatum 28.01.2022"), story], "Titel")
    assert found.authors == []


def test_a_korean_word_opening_on_a_roles_syllable_is_no_credit() -> None:
    """ "글자크기" (font size) opens on "글" (text by): a credit parts the role from the name."""
    story = Block(
        "paragraph", text="정부는 12일 중소기업을 지원하기 위한 새로운 대책을 발표했다. 대상 기업은 수천 곳이다."
    )
    for line in ("글자크기", "공유 댓글 0 글자크기 인쇄", "사진보기"):
        assert lift_bylines([Block("paragraph", text=line), story], "제목")[1].authors == [], line


def test_romance_datelines_with_their_words_between_date_and_time_are_lifted() -> None:
    story = Block("paragraph", text="A câmara municipal decidiu na terça-feira alargar o horário da biblioteca.")
    for line in ("12 de março de 2023, às 14h30", "segunda-feira, 22 de janeiro de 2018 às 0:13"):
        assert lift_bylines([Block("paragraph", text=line), story], "Title")[0] == [story], line


def test_thai_and_persian_datelines_are_lifted() -> None:
    story = Block("paragraph", text="The council voted on Tuesday to extend the library's hours, to the joy of all.")
    for line in ("วันที่ 12 มีนาคม พ.ศ. 2566 เวลา 14:30 น.", "سه‌شنبه ۲۲ فروردین ۱۴۰۲ ساعت ۱۴:۳۰"):
        assert lift_bylines([Block("paragraph", text=line), story], "Title")[0] == [story], line


def test_a_korean_agencys_opening_gives_the_source_and_a_lone_email_address_closing_the_story_goes() -> None:
    opening = "(서울=연합뉴스) 홍길동 기자 = 정부는 5일 새로운 경제 대책을 발표했다."
    _, found = lift_bylines([Block("paragraph", text=opening)], title=None)
    assert (found.authors, found.sources) == (["홍길동"], ["연합뉴스"])
    story = "<div class='story'>" + "".join(f"<p>{opening} {n}</p>" for n in range(4)) + "<p>hong@yna.co.kr</p></div>"
    article = newsparse.extract(f"<html><body>{story}</body></html>")
    assert [b.text for b in article.blocks] == [f"{opening} {n}" for n in range(4)]


@pytest.mark.parametrize(
    ("opening", "authors", "sources"),
    [
        ("（中央社記者王小明台北12日電）台北市政府今天宣布延長圖書館開放時間。", ["王小明"], ["中央社"]),
        ("（中央社記者王小明、李大華台北2023年3月12日電）市府今天宣布。", ["王小明", "李大華"], ["中央社"]),
        ("（中央社記者王明華盛頓12日專電）美國政府今天宣布。", ["王明"], ["中央社"]),  # the place by the list
        ("（中央社記者陳小明嘉義縣12日電）縣府今天宣布。", ["陳小明"], ["中央社"]),  # else by a name's length
        ("中央社記者王小明台北12日電 台北市政府今天宣布。", ["王小明"], ["中央社"]),  # the brackets left out
        ("【明報專訊】特區政府昨日宣布延長圖書館開放時間。", [], ["明報"]),
        # Korean agencies in lenticular brackets, and papers marking their own stories
        ("【서울=뉴시스】홍길동 기자 = 정부는 5일 새로운 경제 대책을 발표했다.", ["홍길동"], ["뉴시스"]),
        ("[서울신문] 정부는 5일 새로운 경제 대책을 발표했다.", [], ["서울신문"]),
        (
            "[아시아경제 홍길동·김철수 기자] 정부는 5일 새로운 경제 대책을 발표했다.",
            ["홍길동", "김철수"],
            ["아시아경제"],
        ),
        ("[속보] 정부는 5일 새로운 경제 대책을 발표했다.", [], []),  # breaking news: no paper
    ],
)
def test_taiwans_and_koreas_agency_datelines_and_papers_own_story_marks_give_reporters_and_source(
    opening: str, authors: list[str], sources: list[str]
) -> None:
    story = Block("paragraph", text="台北市政府今天宣布延長圖書館開放時間，市民表示歡迎，認為這是一項好政策。")
    kept, found = lift_bylines([Block("paragraph", text=opening), story], "標題")
    assert (found.authors, found.sources, kept[0].text) == (authors, sources, opening)


def test_credits_with_full_width_slashes_and_a_photographers_label_are_read() -> None:
    story = Block("paragraph", text="台北市政府今天宣布延長圖書館開放時間，市民表示歡迎，認為這是一項好政策。")
    for line in ("文／王小明", "撰文：王小明　攝影：李大華"):
        kept, found = lift_bylines([Block("paragraph", text=line), story], "標題")
        assert (kept, found.authors) == ([story], ["王小明"]), line


def test_labels_set_off_by_a_bar_or_a_slash_are_read_as_with_a_colon() -> None:
    story = Block("paragraph", text="河南省郑州市人民政府十二月六日召开新闻发布会，介绍今年以来全市经济运行情况。")
    # "丨" is a CJK stroke self-media pages set as a bar
    kept, found = lift_bylines([Block("paragraph", text="来源丨澎湃新闻 文丨张三 编辑丨李四"), story], "标题")
    assert (kept, found.sources, found.authors, found.editors) == ([story], ["澎湃新闻"], ["张三"], ["李四"])
    for line in ("来源|央视新闻", "來源/聯合報"):
        kept, found = lift_bylines([Block("paragraph", text=line), story], "标题")
        assert (kept, found.sources) == ([story], [line[3:]]), line


def test_an_author_declared_as_writer_or_dublin_core_creator_is_read() -> None:
    assert _authors('<meta name="dcterms.creator" content="Martin Stallmann">', "") == ["Martin Stallmann"]
    # ITmedia's form: the name, then the outlet in markup the attribute keeps as text; the
    # outlet spells the host's name
    writer = '<meta name="writer" value="Hiromasa Tanaka，&lt;b&gt;ITmedia&lt;/b&gt;">'
    assert _authors(writer, "", url="https://www.itmedia.co.jp/news/articles/2301/01/news001.html") == [
        "Hiromasa Tanaka"
    ]


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:author" content="Jane Smith">',
        '<meta name="citation_author" content="Smith, Jane">',
        '<meta name="author" content="Jane Smith ❤️">',
        '<meta name="author" content="🎨 Jane Smith">',
    ],
)
def test_open_graph_and_citation_authors_are_read_and_pictographs_dropped(head: str) -> None:
    assert _authors(head, "") == ["Jane Smith"]


def test_a_byline_escaped_into_a_meta_tag_is_read_without_its_markup() -> None:
    head = (
        '<meta property="og:author" content="By &lt;a href=&quot;/profiles/amir-vera&quot;&gt;Amir Vera&lt;/a&gt;, '
        'Tara Subramaniam and Adam Renton, CNN">'
    )
    assert _authors(head, "") == ["Amir Vera", "Tara Subramaniam", "Adam Renton"]


def test_an_element_that_is_both_author_and_name_is_read() -> None:
    from newsparse.html.parse import parse_html
    from newsparse.meta.tags import read_markup

    page = '<html><body><span itemprop="author name">Shannon Deery, Mitch Clarke</span></body></html>'
    assert read_markup(parse_html(page)).microdata["author"] == ["Shannon Deery, Mitch Clarke"]


def test_an_author_field_spelling_the_host_name_is_the_outlet() -> None:
    text = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"
    page = (
        '<html><head><meta name="author" content="Riverside Courier"></head><body><article>'
        f'<h1>Library hours extended</h1>{text}<p class="author-box">Dan Evon</p></article></body></html>'
    )
    for url, authors in (
        ("https://www.riversidecourier.com/news/library-hours", ["Dan Evon"]),
        ("https://www.example.com/news/library-hours", ["Riverside Courier"]),
    ):
        assert newsparse.extract(page, url=url).authors == authors


def test_a_heading_opening_on_a_quantifier_is_no_name() -> None:
    from newsparse.meta.byline import is_name_line

    assert is_name_line("Viele Genesungswünsche", True) == []
    assert is_name_line("Alle Ergebnisse", True) == []
    assert is_name_line("Maria Schmidt", True) == ["Maria Schmidt"]
    # a related list's title, a wiki's "From …" line, a gendered salutation
    assert is_name_line("Ähnliche Produkte", True) == is_name_line("Similar Stories", True) == []
    assert is_name_line("Aus Piratenwiki", True) == is_name_line("From Wikipedia", True) == []
    assert is_name_line("Liebe_r Besucher_in,", True) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Doe and John Roe, The Conversation", ["Jane Doe", "John Roe"]),  # the outlet with its article
        ("Maria Silva, O Globo", ["Maria Silva"]),  # in the outlet's own language
        ("Juan Pérez, El Universal", ["Juan Pérez"]),
        ("La Toya Jackson", ["La Toya Jackson"]),  # an article opening the name itself is its part
        ("Jane Doe (@janedoe)", ["Jane Doe"]),  # the writer's handle in brackets
        ("Jane Doe\nJan 5, 2024", ["Jane Doe"]),  # the date alone under the name
        ("Ort Saarbrücken\nDatum 28.01.2022", []),  # a record's fields, the date labelled
    ],
)
def test_a_name_line_may_close_on_its_outlet_its_handle_or_its_date(line: str, names: list[str]) -> None:
    from newsparse.meta.byline import is_name_line

    assert is_name_line(line, True) == names


def test_an_agency_credited_in_lower_case_is_the_source_without_its_article() -> None:
    page = f"<html><body><article><h1>Library hours extended</h1><p>By the Associated Press</p>{ARTICLE_BODY}"
    assert newsparse.extract(page + "</article></body></html>").source == "Associated Press"


def test_a_commenters_name_inside_its_box_is_no_byline() -> None:
    comment = (
        '<div class="comments"><span class="comment-author"><span class="author-name">Anna Berg</span>'
        "</span><p>Great piece, thanks.</p></div>"
    )
    assert _authors("", comment) == []
    assert _authors("", '<span class="author-name">Anna Berg</span>') == ["Anna Berg"]


def test_the_outlet_a_piece_was_written_for_is_no_part_of_the_name() -> None:
    body = '<p class="author-section byline-plain">By <a class="author">Jenny Smith For Daily Mail Australia</a></p>'
    assert _authors("", body) == ["Jenny Smith"]
    assert person_names("Glen Owen And Brendan Carlin For The Mail On Sunday") == ["Glen Owen", "Brendan Carlin"]


def test_a_pictures_author_is_no_author_of_the_story() -> None:
    figure = (
        '<figure><img src="/council.jpg" alt=""><figcaption>The council chamber.</figcaption>'
        '<span class="author">Max Fotograf</span></figure>'
    )
    assert _authors("", figure) == []


@pytest.mark.parametrize(
    "line",
    [
        'Submitted by <span class="username">Jenny Smith</span> on Fri, 05/03/2019 - 10:00',
        'Gespeichert von <span class="username">Jenny Smith</span> am 24. Juli 2017 - 18:55',
    ],
)
def test_drupals_submitted_line_gives_the_author(line: str) -> None:
    assert _authors("", f'<div class="submitted">{line}</div>') == ["Jenny Smith"]


def test_a_newsrooms_collective_credit_is_the_author_when_no_person_is_named() -> None:
    assert _authors('<meta name="author" content="AOL Staff">', "") == ["AOL Staff"]
    assert _authors("", '<div class="byline">By <a href="/author/desk">BWW News Desk</a></div>') == ["BWW News Desk"]
    credit = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "PETA-Team"}}</script>'
    assert _authors(credit, "") == ["PETA-Team"]
    vcard = '<span class="author vcard">vom <a href="?author=1">Support Team</a></span>'
    assert _authors("", vcard) == ["Support Team"]
    dated = '<p class="author">ZDNet Japan Staff 2019年04月28日 08時00分</p>'
    assert _authors("", dated) == ["ZDNet Japan Staff"]
    # a date in words after it, but not a digit inside the outlet's name
    spelled = "<p>Por Redacción El Tiempo 12 de marzo 2024, 02:30 p. m.</p>"
    assert newsparse.extract(_story_page("El concejo vota", spelled)).text.startswith("Paragraph 0")
    assert _authors("", '<p class="author">AOL Staff March 12, 2024</p>') == ["AOL Staff"]
    assert _authors("", '<p class="author">News4Max Staff</p>') == ["News4Max Staff"]
    # a line of the body under the headline, which leaves the body
    assert _authors("", "<p>By AOL Staff</p>") == ["AOL Staff"]
    assert "AOL Staff" not in newsparse.extract(_story_page("Snooze cruise", "<p>By AOL Staff</p>")).text
    assert _authors("", "<p>Redacción EFE</p><p>By Jane Doe</p>") == ["Jane Doe"]
    # The publication credited by its byline as by its author field; declared alone it is a default.
    paper = '<meta property="og:site_name" content="The Daily Courier"><meta name="author" content="The Daily Courier">'
    assert _authors(paper, '<p class="byline">By <span>THE DAILY COURIER</span></p>') == ["The Daily Courier"]
    assert _authors(paper, "") == []
    # A person named anywhere wins over the credit.
    assert _authors('<meta name="author" content="AOL Staff">', '<p class="byline">By Jane Doe</p>') == ["Jane Doe"]
    # A role, a lone label and a menu's link to the staff page credit no one.
    assert _authors('<meta name="author" content="Staff Writer">', "") == []
    assert _authors('<meta name="author" content="Editor">', "") == []
    assert _authors("", '<nav><a href="/staff/">Meet the Team</a> <a href="/staff/all">Our Staff</a></nav>') == []


def test_a_news_agencys_closing_credit_names_the_reporters_and_editors_and_stays_in_the_text() -> None:
    story = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"
    credit = (
        "<p>(Reporting by Jane Doe in London and Max Roe; additional reporting by Ann Lee in Berlin; "
        "Editing by John Roe)</p><p>© 2023 Reuters</p>"
    )
    page = f"<html><body><article><h1>Library hours extended</h1>{story}{credit}</article></body></html>"
    article = newsparse.extract(page)
    assert (article.authors, article.editors) == (["Jane Doe", "Max Roe"], ["John Roe"])
    assert "Reporting by Jane Doe" in (article.text or "")
    # A byline names the authors; the credit adds its editors only.
    byline = "<p>By Kim Lee</p>"
    article = newsparse.extract(
        f"<html><body><article><h1>Library hours extended</h1>{byline}{story}{credit}</article></body></html>"
    )
    assert (article.authors, article.editors) == (["Kim Lee"], ["John Roe"])
    # Prose that opens so names no one.
    prose = "<p>Reporting by the council shows that the library is busier than ever this winter.</p>"
    assert _authors("", prose) == []


def test_the_writer_a_share_cards_label_pair_names_is_read_when_nothing_else_names_one() -> None:
    def card(label: str, name: str) -> str:
        return f'<meta name="twitter:label1" content="{label}"><meta name="twitter:data1" content="{name}">'

    for label in ("Written by", "Verfasst von", "Geschrieben von", "Écrit par", "Escrito por"):
        assert authors_of(card(label, "Karoline Herr"), "") == ["Karoline Herr"], label
    # a reading time is no writer, nor the site's own name
    assert authors_of(card("Est. reading time", "3 minutes"), "") == []
    outlet = '<meta property="og:site_name" content="Solarserver">' + card("Geschrieben von", "Solarserver")
    assert authors_of(outlet, "") == []
    # the byline shown on the page comes first
    assert authors_of(card("Written by", "admin user"), "<p class='byline'>By Jane Smith</p>") == ["Jane Smith"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Text von Christian Seiler \u00a0 Illustration von Markus Roost", ["Christian Seiler"]),
        ("Words by Anna Berg / Photos: Tim Hahn", ["Anna Berg"]),
        ("By Anna Berg, photographs by Tim Hahn", ["Anna Berg"]),
        ("Texto de Ana Berg, fotos de Tim Hahn", ["Ana Berg"]),
        # the pictures' word inside the label is no credit of its own
        ("Text und Fotos von Christian Seiler", ["Christian Seiler"]),
        # nor is the writer's standing a part of the name
        ("By Jane Doe Special to The Times", ["Jane Doe"]),
    ],
)
def test_a_credit_for_the_pictures_or_the_writers_standing_after_the_names_ends_the_byline(
    line: str, names: list[str]
) -> None:
    assert english_byline(line) == names


@pytest.mark.parametrize(("byline", "source"), [("By AP", "AP"), ("By PTI", "PTI"), ("By Jane Doe, UPI", "UPI")])
def test_a_news_agency_given_by_its_initials_in_the_byline_is_the_source(byline: str, source: str) -> None:
    page = f"<html><body><article><h1>Library hours extended after council vote</h1><p>{byline}</p>{ARTICLE_BODY}"
    article = newsparse.extract(page + "</article></body></html>")
    assert (article.source, [b.text for b in article.blocks][:1]) == (source, [ARTICLE_BODY[3:-4].strip()])


VIETNAMESE_STORY = [
    "Hà Nội đang đẩy mạnh xây dựng công viên, tạo thêm không gian xanh cho người dân thủ đô trong năm nay.",
    "Theo kế hoạch, thành phố sẽ hoàn thành thêm năm công viên mới trước cuối năm, phục vụ hàng triệu người.",
]


@pytest.mark.parametrize(
    ("closing", "authors", "source"),
    [
        ("Theo VnExpress", [], "VnExpress"),
        ("Theo Tuổi Trẻ", [], "Tuổi Trẻ"),
        ("Minh Anh (theo Reuters)", ["Minh Anh"], "Reuters"),
        ("(Theo TTXVN)", [], "TTXVN"),
        # the writers' signature alone: names parted by a dash, "(t/h)" (compiled) after them
        ("Hoàng Long - Thu Hà", ["Hoàng Long", "Thu Hà"], None),
        ("Minh Anh (t/h)", ["Minh Anh"], None),
    ],
)
def test_a_vietnamese_storys_closing_theo_line_gives_its_source_not_an_author(
    closing: str, authors: list[str], source: str | None
) -> None:
    page = "<html><body><article><h1>Hà Nội xây thêm công viên</h1>"
    page += (
        "".join(f"<p>{p}</p>" for p in VIETNAMESE_STORY) + f"<p><strong>{closing}</strong></p></article></body></html>"
    )
    article = newsparse.extract(page)
    assert (article.authors, article.source, [b.text for b in article.blocks]) == (authors, source, VIETNAMESE_STORY)


def test_a_vietnamese_storys_theo_line_over_it_gives_its_source_too() -> None:
    page = "<html><body><article><h1>Hà Nội xây thêm công viên</h1><p>Theo VnExpress</p>"
    article = newsparse.extract(page + "".join(f"<p>{p}</p>" for p in VIETNAMESE_STORY) + "</article></body></html>")
    assert (article.authors, article.source, [b.text for b in article.blocks]) == ([], "VnExpress", VIETNAMESE_STORY)


def test_theo_closing_a_story_in_another_language_is_a_given_name() -> None:
    page = f"<html><body><article><h1>Library hours extended</h1>{ARTICLE_BODY}<p><strong>Theo Walcott</strong></p>"
    assert newsparse.extract(page + "</article></body></html>").authors == ["Theo Walcott"]


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        ("(dpa)", "dpa"),
        ("Mit Material von dpa", "dpa"),
        ("*Com informações da Reuters", "Reuters"),
        ("(Con información de AFP, EFE y Reuters)", "AFP"),
        ("(Avec AFP et Reuters)", "AFP"),
        ("(ANSA)", "ANSA"),
        ("（共同）", "共同"),  # Japan's Kyodo, Korea's Yonhap, in their own scripts and brackets
        ("(연합뉴스)", "연합뉴스"),
        # "Source" labelled in other languages
        ("Quelle: kathpress", "kathpress"),
        ("Fuente: EFE", "EFE"),
        ("Fonte: Agência Brasil", "Agência Brasil"),
        ("Źródło: Rzeczpospolita", "Rzeczpospolita"),
        ("Bron: ANP", "ANP"),
        ("Источник: ТАСС", "ТАСС"),
        ("Quelle: House of Clio (Sony Music)", "House of Clio (Sony Music)"),
        # or named alone (these had gone as pictures' credits, the source unread)
        ("EFE", "EFE"),
        ("Agencia EFE", "Agencia EFE"),
        ("AFP", "AFP"),
        ("Reuters", "Reuters"),
    ],
)
def test_the_agencies_credited_or_labelled_under_the_story_are_its_source_and_leave_its_text(
    closing: str, source: str
) -> None:
    assert _source_and_text_closed_by(closing) == (source, [ARTICLE_BODY[3:-4].strip()])


def _source_and_text_closed_by(closing: str) -> tuple[str | None, list[str | None]]:
    """The source and the blocks' texts of a story whose last paragraph is ``closing``."""
    page = f"<html><body><article><h1>Library hours extended</h1>{ARTICLE_BODY}<p>{closing}</p></article></body></html>"
    article = newsparse.extract(page)
    return article.source, [b.text for b in article.blocks]


LONG_STORY = [
    f"{opening} the council voted on Tuesday to extend the opening hours of the town's library by two hours."
    for opening in ("First,", "Then", "After a long debate", "In the end", "As expected", "Finally")
]


def test_an_agency_named_alone_within_the_story_credits_a_picture_and_above_it_gives_the_source() -> None:
    """Within the story, a news agency's name alone on its line is a picture's credit: no
    source, no text.  Set as a heading over the story, it is the story's source."""
    paragraphs = [f"<p>{p}</p>" for p in LONG_STORY]
    within = [*paragraphs[:3], "<figure><img src='/a.jpg'></figure><p>Reuters</p>", *paragraphs[3:]]
    page = f"<html><body><article><h1>Library hours extended</h1>{''.join(within)}</article></body></html>"
    article = newsparse.extract(page)
    assert (article.source, [b.text for b in article.blocks if b.type == "paragraph"]) == (None, LONG_STORY)
    page = f"<html><body><article><h1>Library hours extended</h1><h3>Agencia EFE</h3>{''.join(paragraphs)}"
    article = newsparse.extract(page + "</article></body></html>")
    assert (article.source, [b.text for b in article.blocks]) == ("Agencia EFE", LONG_STORY)


@pytest.mark.parametrize("closing", ["(mm)", "(dr/spot)", "（red）"])
def test_initials_in_brackets_closing_the_story_leave_it_and_name_no_one(closing: str) -> None:
    assert _source_and_text_closed_by(closing) == (None, [ARTICLE_BODY[3:-4].strip()])


@pytest.mark.parametrize("closing", ["(VIDEO)", "Le Monde with AFP", "(AP Photo)", "with apathy"])
def test_other_closing_lines_naming_no_agency_alone_stay_in_the_text(closing: str) -> None:
    assert _source_and_text_closed_by(closing) == (None, [ARTICLE_BODY[3:-4].strip(), closing])


@pytest.mark.parametrize(
    "line",
    [
        "Cat Lafuente / June 12, 2020",  # a name ending in a label's letters, then a slash
        "Textquelle: LAOLA1.at",
        "Quelle: Raphael Bischof (Text), Stefan Scheuteri (Bild)",  # people credited, no outlet
    ],
)
def test_a_label_inside_a_word_or_crediting_people_gives_no_source(line: str) -> None:
    assert parse_labelled(line)[0].sources == []


@pytest.mark.parametrize(
    ("url", "byline", "authors"),
    [
        (
            "https://www.usatoday.com/story/news/2019/11/19/epstein.html",
            '<span class="author">Kevin Johnson and Kevin McCoy</span> <span class="publication">USA TODAY</span>',
            ["Kevin Johnson", "Kevin McCoy"],
        ),
        (
            "https://www.floridatoday.com/story/sports/2019/11/19/roundup.html",
            '<span class="author">Elliot Brownstein</span> <span class="publication">Florida Today</span>',
            ["Elliot Brownstein"],
        ),
        # a personal site named after its writer's surname
        ("https://www.miller.com/2019/11/19/post.html", "Anna Maria Miller", ["Anna Maria Miller"]),
        # the site credited "from": no one
        ("https://noticias.uol.com.br/2020/05/21/x.htm", "Do UOL, em São Paulo", []),
    ],
)
def test_the_sites_name_after_the_writers_in_their_byline_is_no_part_of_a_name(
    url: str, byline: str, authors: list[str]
) -> None:
    page = f"<html><body><article><h1>Library hours extended</h1><div class='byline'>{byline}</div>{ARTICLE_BODY}"
    assert newsparse.extract(page + "</article></body></html>", url=url).authors == authors


def test_the_outlet_after_a_name_with_its_article_is_no_part_of_it() -> None:
    assert english_byline("By Jane Doe The Washington Post") == ["Jane Doe"]


STORIES_BY_LANGUAGE = {
    "ro": "Guvernul a anunțat astăzi că noile măsuri vor intra în vigoare de la începutul lunii viitoare, "
    "iar ministrul a explicat care sunt pașii următori pentru cetățeni.",
    "id": "Pemerintah mengumumkan bahwa kebijakan baru ini akan mulai berlaku pada bulan depan dan menteri "
    "menjelaskan langkah yang akan diambil untuk masyarakat di daerah.",
    "tl": "Sinabi ng pamahalaan na ang bagong patakaran ay magsisimula sa susunod na buwan at ipinaliwanag ng "
    "kalihim ang mga hakbang para sa mga mamamayan ng bansa.",
    "en": ARTICLE_BODY[3:-4].strip(),
    "fr": "Le gouvernement a annoncé aujourd'hui que les nouvelles mesures entreront en vigueur le mois prochain, "
    "et le ministre a expliqué les prochaines étapes pour les citoyens.",
    "ca": "Els veïns del barri han demanat més places d'aparcament i això ha provocat un debat amb l'ajuntament, "
    "però la decisió final encara no s'ha pres.",
    "sw": "Baraza lilipitisha bajeti mpya siku ya Jumanne ambayo inajumuisha fedha kwa ajili ya shule, barabara na "
    "maktaba mpya katika wilaya ya kaskazini ya mji.",
    # its small words fewer: "mwa", "kwamba", "pia" and the like count too
    "sw-short": "Serikali ilitangaza Jumanne hatua mpya za kuwasaidia walioathirika na mafuriko kaskazini mwa nchi.",
    "it": "Il consiglio ha approvato martedì il nuovo bilancio, che comprende fondi per le scuole, le strade e una "
    "nuova biblioteca nel quartiere nord della città.",
}


@pytest.mark.parametrize(
    ("language", "byline", "authors"),
    [
        ("ro", "de Ion Popescu", ["Ion Popescu"]),
        ("ro", "De Ion Popescu", ["Ion Popescu"]),
        ("id", "Oleh Ahmad Ismail", ["Ahmad Ismail"]),
        ("tl", "Ni Juan dela Cruz", ["Juan dela Cruz"]),
        ("ca", "Per Joan Puig", ["Joan Puig"]),
        ("sw", "Na Juma Hamisi", ["Juma Hamisi"]),
        # a Swahili story of few of its commonest small words still reads as Swahili
        ("sw-short", "Na Juma Hassan", ["Juma Hassan"]),
    ],
)
def test_a_by_word_that_is_a_name_or_a_particle_elsewhere_is_a_label_in_its_own_language(
    language: str, byline: str, authors: list[str]
) -> None:
    story = [f"{STORIES_BY_LANGUAGE[language]} ({n})" for n in range(3)]
    page = f"<html><body><article><h1>Titlu</h1><p>{byline}</p>" + "".join(f"<p>{p}</p>" for p in story)
    article = newsparse.extract(page + "</article></body></html>")
    assert (article.authors, [b.text for b in article.blocks]) == (authors, story)


def test_a_by_word_of_another_languages_opening_a_byline_above_the_story_is_read() -> None:
    story = "".join(f"<p>{STORIES_BY_LANGUAGE['ro']} ({n})</p>" for n in range(3))
    page = "<html><body><header><h1>Titlu lung al articolului</h1><p>de Ion Popescu | 12 martie 2024</p></header>"
    article = newsparse.extract(page + f"<article>{story}</article></body></html>")
    assert article.authors == ["Ion Popescu"]


@pytest.mark.parametrize(
    ("language", "byline"),
    [
        ("en", "Oleh Sukhov"),
        ("en", "Ni Hao"),
        ("fr", "De Villepin"),
        ("en", "Oleh Ahmad Ismail"),
        ("it", "Per Mario Rossi"),
    ],
)
def test_those_words_opening_a_name_in_another_language_stay_its_part(language: str, byline: str) -> None:
    story = "".join(f"<p>{STORIES_BY_LANGUAGE[language]} ({n})</p>" for n in range(3))
    page = f"<html><body><article><h1>Headline</h1><p>{byline}</p>{story}"
    assert newsparse.extract(page + "</article></body></html>").authors == [byline]


def test_a_korean_reporters_credit_sharing_its_line_with_the_date_is_read() -> None:
    assert authors_of("", "<p>홍길동 기자 · 입력 2023.12.06 17:35</p>") == ["홍길동"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("홍길동 기자 · 입력 2023.12.06 17:35", ["홍길동"]),
        ("홍길동 기자 2023.12.06 17:35", ["홍길동"]),
        ("기사입력 2023-12-06 17:35", []),
    ],
)
def test_a_korean_credit_and_date_line_is_lifted_from_the_story_and_a_date_label_names_no_one(
    line: str, authors: list[str]
) -> None:
    story = "서울시는 올해 공원 조성 사업을 확대해 시민들의 휴식 공간을 넓히겠다고 6일 밝혔다."
    assert _authors_and_text_lifted(line, story) == (authors, [story])


def test_a_photographers_credit_in_a_caption_under_the_headline_is_no_byline_nor_its_date_the_pages() -> None:
    figure = "<figure><img src='/lead.jpg'><figcaption><span>Evan Vucci / AP</span></figcaption></figure>"
    byline = "<p class='byline'>by <a href='/jane'>Jane Doe</a>, The Washington Post ,</p>"
    page = f"<html><body><article><h1>Library hours extended</h1>{byline}{figure}{ARTICLE_BODY}</article></body></html>"
    article = newsparse.extract(page)
    assert (article.authors, article.source) == (["Jane Doe"], None)
    credit = "<span>© Kurt Wessolek, 31.05.2013</span>"
    dated = f"<figure><img src='/wind.jpg'><figcaption>A wind farm {credit}</figcaption></figure>"
    page = f"<html><body><article><h1>Library hours extended</h1>{dated}{ARTICLE_BODY}</article></body></html>"
    assert newsparse.extract(page).published is None


def test_a_pictures_source_is_no_source_of_the_story() -> None:
    assert parse_labelled("Image source: Getty Images.")[0].sources == []
    assert parse_labelled("Source: Reuters")[0].sources == ["Reuters"]


def test_a_promoted_items_heading_is_no_name() -> None:
    story = "The council voted on Tuesday to extend the opening hours of the library by two hours."
    _, found = lift_bylines([Block("paragraph", text="Promoted Tweet"), Block("paragraph", text=story)], None)
    assert found.authors == []


@pytest.mark.parametrize("line", ["From staff reports", "Staff Reports", "Staff and wire reports", "By Staff Writer"])
def test_a_credit_naming_no_one_leaves_the_story_and_names_no_author(line: str) -> None:
    story = "The council voted on Tuesday to extend the opening hours of the library by two hours."
    kept, found = lift_bylines([Block("paragraph", text=line), Block("paragraph", text=story)], "Library hours")
    assert ([b.text for b in kept], found.authors) == ([story], [])


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Da Redação", "Redação"),  # from the newsroom
        ("Por Redacción", "Redacción"),
        ("Redazione", "Redazione"),
        ("A cura della redazione", "redazione"),
        ("Par la rédaction", "rédaction"),
        ("Von der Redaktion", "Redaktion"),  # "der" no name's particle here
    ],
)
def test_a_newsroom_credited_alone_leaves_the_story_as_its_credit(line: str, credit: str) -> None:
    story = "A prefeitura anunciou nesta segunda-feira um pacote de obras para o centro da cidade."
    kept, found = lift_bylines([Block("paragraph", text=line), Block("paragraph", text=story)], "Obras no centro")
    assert ([b.text for b in kept], found.authors, found.credits) == ([story], [], [credit])


def test_a_byline_element_crediting_the_newsroom_after_an_article_names_the_newsroom() -> None:
    assert _authors("", '<p class="author">Von der Redaktion</p>') == ["Redaktion"]
    assert _authors("", '<p class="author">Von Jana von der Heide</p>') == ["Jana von der Heide"]


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe, CNN",
        "Jane Doe @janedoe",
        "Jane Doe · 5 min read",
        "Jane Doe | 12 min read",
        # a blog platform's: the date beside the reading time, the parts run together
        "Jane Doe · 4 min read · Mar 5, 2023",
        "<span>Jane Doe</span><span>·</span><span>4 min read</span><span>·</span><span>Mar 5, 2023</span>",
        "Jane Doe · Mar 5, 2023",
    ],
)
def test_a_byline_without_by_followed_by_an_outlets_initials_a_handle_a_reading_time_or_a_date_names_the_writer(
    line: str,
) -> None:
    article = newsparse.extract(_story_page("Library hours extended after a long vote", f"<p>{line}</p>"))
    assert article.authors == ["Jane Doe"]
    assert "Jane Doe" not in (article.text or "")


def test_a_name_beside_a_word_or_a_number_is_no_byline() -> None:
    from newsparse.meta.byline import is_name_line

    assert is_name_line("Jane Doe, Reporterin", True) == []
    assert is_name_line("Jane Doe · 5 Beiträge", True) == []


@pytest.mark.parametrize(
    ("line", "agency"),
    [("Par Jean Dupont avec AFP", "AFP"), ("Von Anna Schmidt mit dpa", "dpa"), ("Por María López con EFE", "EFE")],
)
def test_an_agency_credited_with_the_writer_is_the_source(line: str, agency: str) -> None:
    article = newsparse.extract(_story_page("Library hours extended after a long vote", f"<p>{line}</p>"))
    assert article.source == agency and len(article.authors) == 1


def test_a_labelled_author_run_into_a_labelled_date_in_words_is_byline_matter() -> None:
    line = "Publish Date:Sat, 28 Nov 2020 01:34 PM (IST)Author: Brijesh Srivastava"
    is_byline, found = is_byline_line(line)
    assert is_byline and found.authors == ["Brijesh Srivastava"]
    article = newsparse.extract(_story_page("Power cuts anger residents", f"<p>{line}</p>"))
    assert article.authors == ["Brijesh Srivastava"] and "Publish Date" not in (article.text or "")
    # a sentence after the label is the story's, not a date
    assert not is_byline_line("Author: Brijesh Srivastava wrote this piece about power cuts in the city")[0]


def test_a_month_inside_a_place_name_is_no_month_and_the_place_and_date_make_a_dateline() -> None:
    from newsparse.meta.byline import is_dateline

    # "mar" inside "Danmark" split the place into two words, one too many
    assert is_dateline("Danmark - 10. marts 2020 kl. 20:00")
    assert not is_dateline("Einwohner Danmarks Marktplatz Rathaus 10.03.2020")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe with Tom Smith", ["Jane Doe", "Tom Smith"]),
        ("By Jane Doe, with Tom Smith and Ann Lee", ["Jane Doe", "Tom Smith", "Ann Lee"]),
        ("Von Anna Schmidt mit Peter Müller", ["Anna Schmidt", "Peter Müller"]),
        # an agency "with" the writer, or a note, is no co-writer
        ("By Jane Doe with Reuters", ["Jane Doe"]),
        ("By Jane Doe with additional reporting by Tom Smith", ["Jane Doe"]),
    ],
)
def test_a_co_writer_credited_with_the_first_is_an_author(line: str, authors: list[str]) -> None:
    assert english_byline(line) == authors


def test_a_vietnamese_credit_names_the_editor() -> None:
    found, _ = parse_labelled("Biên tập: Trần Thị Bình")
    assert found.editors == ["Trần Thị Bình"]


def test_editing_credits_in_more_languages_name_the_editors_and_leave_the_story() -> None:
    for closing, editor in [
        ("Edição: Fernando Fraga", "Fernando Fraga"),  # Brazilian agencies' desk credit
        ("Editado por Juan Pérez", "Juan Pérez"),
        ("Edición: Juan Pérez", "Juan Pérez"),
        ("Édité par Jean Martin", "Jean Martin"),
        ("Redaktion: Tim Hahn", "Tim Hahn"),
        ("Bearbeitet von Tim Hahn", "Tim Hahn"),
        ("Eindredactie: Piet Jansen", "Piet Jansen"),
        # "Edited by" in the Nordic languages and Dutch, copy-editing, and the editor's title
        ("Redigert av Kari Nordmann", "Kari Nordmann"),
        ("Redigerad av Anna Berg", "Anna Berg"),
        ("Redigeret af Lars Hansen", "Lars Hansen"),
        ("Bewerkt door Jan de Vries", "Jan de Vries"),
        ("Lektorat: Anna Berg", "Anna Berg"),
        ("Redakcja: Jan Kowalski", "Jan Kowalski"),
        ("Редактор: Иван Петров", "Иван Петров"),
        ("Editör: Ahmet Yılmaz", "Ahmet Yılmaz"),
        ("Szerkesztő: Kovács János", "Kovács János"),
        ("Επιμέλεια: Γιώργος Παπαδόπουλος", "Γιώργος Παπαδόπουλος"),
    ]:
        page = _story_page("Ein Bericht", "<p>Por Maria Silva</p>").replace("</article>", f"<p>{closing}</p></article>")
        article = newsparse.extract(page)
        assert (article.authors, article.editors) == (["Maria Silva"], [editor]), closing
        assert closing not in (article.text or "")
    # in a sentence, the words credit no one
    assert parse_labelled("O texto foi editado por João Souza em 2020.")[0] == Byline()
    assert parse_labelled("Die Redaktion hat den Text bearbeitet von Hand")[0] == Byline()
    assert parse_labelled("Het stuk werd bewerkt door de redactie van de krant")[0] == Byline()


def test_a_role_set_apart_by_a_dash_after_a_name_leaves_the_name() -> None:
    from newsparse.meta.byline import is_name_line

    assert is_name_line("Maria Silva - Repórter da Agência Brasil", True) == ["Maria Silva"]
    assert is_name_line("Jane Doe – Senior Reporter", True) == ["Jane Doe"]
    assert is_name_line("Joe Biden - Donald Trump", True) == []  # a name after the dash stands against the first
    assert is_name_line("Angela Merkel - Die Biografie", True) == []
    article = newsparse.extract(_story_page("Um relatório", "<p>Maria Silva - Repórter da Agência Brasil</p>"))
    assert article.authors == ["Maria Silva"] and "Repórter" not in (article.text or "")


def test_a_name_line_broken_by_a_line_break_gives_the_names_and_leaves_the_place() -> None:
    from newsparse.meta.byline import is_name_line

    assert is_name_line("María García\nMadrid", True) == ["María García"]
    assert is_name_line("Jane Doe\nThe Associated Press", True) == ["Jane Doe"]
    assert is_name_line("Joe Biden\nDonald Trump", True) == ["Joe Biden", "Donald Trump"]  # never one name of four
    assert is_name_line("Jane Doe\nEin Rückblick auf das Jahr", True) == []
    article = newsparse.extract(_story_page("Un informe", "<p>María García<br>Madrid</p>"))
    assert article.authors == ["María García"] and "Madrid" not in (article.text or "")


def test_special_correspondents_and_central_european_roles_after_a_name_are_no_names() -> None:
    assert person_names("Marie Dupont, envoyée spéciale à Kiev") == ["Marie Dupont"]
    assert person_names("María García / Enviada especial") == ["María García"]
    assert person_names("Jan Kowalski, dziennikarz") == ["Jan Kowalski"]
    assert person_names("Jana Nováková, redaktorka") == ["Jana Nováková"]
    article = newsparse.extract(_story_page("Raport", "<p>Jan Kowalski, dziennikarz</p>"))
    assert article.authors == ["Jan Kowalski"] and "dziennikarz" not in (article.text or "")


def test_an_agency_after_a_reporters_name_with_nothing_between_is_the_source() -> None:
    from newsparse.meta.byline import is_name_line

    assert is_name_line("Tom Davies Associated Press", True) == ["Tom Davies"]
    assert is_name_line("Anna Schmidt dpa", True) == ["Anna Schmidt"]
    article = newsparse.extract(_story_page("Teachers rally", "<p>Tom Davies Associated Press</p>"))
    assert (article.authors, article.source) == (["Tom Davies"], "Associated Press")
    assert "Associated Press" not in (article.text or "")


def test_an_outlets_wire_services_credit_and_a_german_newsroom_credit_leave_the_story() -> None:
    article = newsparse.extract(_story_page("Eagles win", "<p>Detroit News wire services</p>"))
    assert article.authors == [] and "wire services" not in (article.text or "")
    article = newsparse.extract(_story_page("Unfall", "<p>Redaktion Polizeiticker Schweiz</p>"))
    assert article.authors == ["Redaktion Polizeiticker Schweiz"] and "Redaktion" not in (article.text or "")
    head = '<meta name="author" content="Redaktion datev.de">'  # declared so: the newsroom's credit
    assert newsparse.extract(_story_page("Kommunikation", "", head=head)).authors == ["Redaktion datev.de"]
    # "staff" alone after the outlet stays a newsroom's credit
    assert newsparse.extract(_story_page("A story", "<p>By AOL Staff</p>")).authors == ["AOL Staff"]


def test_a_note_on_the_writer_closing_the_story_leaves_it() -> None:
    for note, name in [
        ("Phil Helsel is a reporter for NBC News.", "Phil Helsel"),
        ("Perry Bacon Jr. is a senior writer for FiveThirtyEight.", "Perry Bacon Jr."),
        ("Write to Al Root at allen.root@dowjones.com", "Al Root"),
        ("Peter Grimm ist Journalist und Redakteur bei Achgut.com.", "Peter Grimm"),
        ("Jeff Foust (jeff@thespacereview.com) is the editor and publisher of The Space Review.", "Jeff Foust"),
    ]:
        article = newsparse.extract(_story_page("A story", "").replace("</article>", f"<p>{note}</p></article>"))
        assert note not in (article.text or "") and article.authors == [name], note
    # the story's own last sentence about someone who is no writer of it stays
    closing = "<p>The mayor is a former reporter for the Gazette.</p>"
    article = newsparse.extract(_story_page("A story", "").replace("</article>", f"{closing}</article>"))
    assert (article.text or "").endswith("The mayor is a former reporter for the Gazette.")


def test_a_note_on_who_helped_the_writer_closing_the_story_leaves_it_and_names_no_author() -> None:
    for note in [
        "Keith Bradsher contributed reporting from Hong Kong.",
        "Associated Press writers Alan Fram and Zeke Miller contributed to this report.",
    ]:
        article = newsparse.extract(_story_page("A story", "").replace("</article>", f"<p>{note}</p></article>"))
        assert note not in (article.text or "") and article.authors == [], note
    closing = "<p>Everyone in the village contributed.</p>"  # a story's own last sentence
    article = newsparse.extract(_story_page("A story", "").replace("</article>", f"{closing}</article>"))
    assert (article.text or "").endswith("Everyone in the village contributed.")


JAPANESE_STORY = [
    f"{opening}政府は火曜日、新たな経済対策を発表した。対策には家計支援や中小企業向けの補助金が含まれる。"
    for opening in ("まず、", "また、", "さらに、", "一方、")
]


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        ("（共同）", [], "共同"),  # the agency in brackets, on a line of its own over the story
        ("（時事）", [], "時事"),
        ("共同通信", [], "共同通信"),  # named in full ("共同" alone is a word)
        ("新华社", [], "新华社"),
        ("【ワシントン共同】", [], "共同"),  # a wire dateline on a line of its own
        ("編集部", ["編集部"], None),  # the editorial department, credited as "Redaktion" is
    ],
)
def test_an_east_asian_agency_or_newsroom_credited_over_the_story_is_read_and_leaves_it(
    line: str, authors: list[str], source: str | None
) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in JAPANESE_STORY)
    page = f"<html lang='ja'><body><article><h1>経済対策を発表</h1><p>{line}</p>{paragraphs}</article></body></html>"
    article = newsparse.extract(page)
    assert (article.authors, article.source, [b.text for b in article.blocks]) == (authors, source, JAPANESE_STORY)


def test_a_japanese_wire_dateline_opening_the_story_gives_the_source_and_stays() -> None:
    lead = "【ワシントン共同】米政府は火曜日、新たな制裁を発表した。"
    paragraphs = "".join(f"<p>{p}</p>" for p in [lead, *JAPANESE_STORY])
    page = f"<html lang='ja'><body><article><h1>経済対策を発表</h1>{paragraphs}</article></body></html>"
    article = newsparse.extract(page)
    assert (article.source, article.blocks[0].text) == ("共同", lead)
    # "共同" alone is a word, and a bracket of other words no dateline
    assert newsparse.extract(page.replace("ワシントン共同", "共同研究")).source is None


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # "and" in Polish, Czech, Indonesian, Greek (with the next name's article) and Arabic
        ("Autorzy: Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
        ("Autor: Jan Novák a Petr Svoboda", ["Jan Novák", "Petr Svoboda"]),
        ("Oleh: Ahmad Ismail dan Siti Aminah", ["Ahmad Ismail", "Siti Aminah"]),
        ("Του Γιώργου Παπαδόπουλου και της Μαρίας Νικολάου", ["Γιώργου Παπαδόπουλου", "Μαρίας Νικολάου"]),
        ("بقلم: أحمد محمد و علي حسن", ["أحمد محمد", "علي حسن"]),
        ("Por Juan Pérez y María López", ["Juan Pérez", "María López"]),
        # before a lone surname "y" joins one person's two; a capital Y is an initial
        ("Por José Ortega y Gasset", ["José Ortega y Gasset"]),
        ("By Bruce Y. Lee", ["Bruce Y. Lee"]),
    ],
)
def test_the_word_and_between_names_in_more_languages_splits_them_but_no_ones_two_surnames(
    byline: str, authors: list[str]
) -> None:
    page = f"<html><body><article><h1>Library hours extended</h1><p>{byline}</p>{ARTICLE_BODY}</article></body></html>"
    assert newsparse.extract(page).authors == authors


@pytest.mark.parametrize(
    "dateline",
    [
        "Опубликовано: 12.03.2024 14:30",
        "Julkaistu: 12.3.2024 14:30",
        "Publicerad: 12 mars 2024 kl. 14.30",
        "Yayınlanma Tarihi: 12.03.2024 14:30",
        "Δημοσίευση: 12/03/2024 14:30",
    ],
)
def test_a_name_and_a_date_labelled_in_any_language_the_date_readers_know_leave_the_body(dateline: str) -> None:
    """The date readers know these labels; a line of a name and such a date is no story's."""
    import newsparse

    meta = f'<div class="meta"><span class="author">Jane Doe</span> <span class="date">{dateline}</span></div>'
    page = (
        f"<html><body><article><h1>Library hours extended after vote</h1>{meta}{ARTICLE_BODY}</article></body></html>"
    )
    article = newsparse.extract(page)
    assert article.authors == ["Jane Doe"] and article.published is not None
    assert article.blocks[0].text.startswith("The council voted")
