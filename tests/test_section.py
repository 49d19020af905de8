"""The section a story is filed under, read off its breadcrumb trail."""

from __future__ import annotations

import pytest

import newsparse

STORY = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"
HEADLINE = "Library hours extended after a long council vote"


def _section(trail: str) -> str | None:
    html = f"<html><body>{trail}<article><h1>{HEADLINE}</h1>{STORY}</article></body></html>"
    return newsparse.extract(html).section


@pytest.mark.parametrize(
    "trail",
    [
        "<div class='breadcrumb'><a href='/'>Home</a> › <a href='/world'>World</a> › <a href='/eu'>Europe</a></div>",
        # the accessible form, in <nav>, which cleaning removes with the page's navigation
        "<nav aria-label='Breadcrumb'><ol><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
        "<li><a href='/eu'>Europe</a></li></ol></nav>",
        # a script inside the trail (its JSON-LD) is no part of what it shows
        "<nav class='breadcrumbs'><a href='/'>Home</a> / <a href='/world'>World</a> / <span>Europe</span>"
        '<script type="application/ld+json">{"@type":"BreadcrumbList","name":"Tennis"}</script></nav>',
    ],
)
def test_the_last_section_of_a_breadcrumb_trail_is_the_section(trail: str) -> None:
    assert _section(trail) == "Europe"


def test_a_menu_in_nav_is_no_breadcrumb_trail() -> None:
    assert _section("<nav class='main-menu'><a href='/'>Home</a> <a href='/world'>World</a></nav>") is None


def test_a_trails_buttons_are_no_section_and_a_trail_of_the_sites_own_pages_is_a_menu() -> None:
    crumbs = "<a href='/'>Startseite</a> › <a href='/tipps'>Tipps</a>"
    buttons = "<a href='#'>teilen</a> <a href='#'>tweeten</a> <a href='#'>mailen</a> <a href='#'>‹ Zurück</a>"
    assert _section(f"<div class='breadcrumb'>{crumbs} {buttons}</div>") == "Tipps"
    menu = "<a href='/kontakt'>Kontakt</a> | <a href='/about'>Über uns</a> | <a href='/news'>Aktuelles</a>"
    assert _section(f"<div class='breadcrumb'>{menu}</div>") is None


def test_a_page_builders_header_named_for_its_location_is_no_trail_but_a_location_box_is() -> None:
    header = (
        "<div class='elementor elementor-location-header'><a href='/ig'>Facebook</a> / <a href='/i'>Instagram</a></div>"
    )
    assert _section(header) is None
    assert _section("<div class='cc_location'>当前位置： 首页/要闻动态/今日关注</div>") == "今日关注"


def test_a_box_named_for_its_place_holding_the_story_is_no_trail() -> None:
    # "storylocation" holds "location", as a Chinese page's trail box ("position", "location") does
    html = (
        f"<html><body><div class='storytext storylocation'><h1>{HEADLINE}</h1>{STORY}"
        "<p><a href='/a'>Listen</a> / <a href='/t'>Transcript</a></p></div></body></html>"
    )
    assert newsparse.extract(html).section is None


@pytest.mark.parametrize(
    "current",
    [HEADLINE, "Library hours extended", "www.citynews.com", "06/2019"],
)
def test_the_storys_title_its_first_part_an_address_or_a_date_closing_the_trail_are_no_section(current: str) -> None:
    trail = f"<nav class='breadcrumb'><a href='/'>Home</a> › <a href='/local'>Local</a> › <span>{current}</span></nav>"
    assert _section(trail) == "Local"


@pytest.mark.parametrize(
    ("trail", "section"),
    [
        # a trail set as text in a box no class calls a breadcrumb, the headline closing it or not
        (
            "<div class='nav2'><a href='/'>搜狐首页</a> &gt; <a href='/c'>搜狐财经</a> &gt; <a>产经新闻</a></div>",
            "产经新闻",
        ),
        ("<td><a href='/'>首页</a> &gt; <a href='/yw'>要闻云南</a> &gt; 正文</td>", "要闻云南"),
        (
            "<div class='nav'>当前位置：<a href='/'>首页</a> ｜ <a href='/x'>新华社记者看东北</a> ｜ 人物专访</div>",
            "人物专访",
        ),
        (
            "<div class='top'><a href='/'>Home</a> › <a href='/p'>Presse+Aktuelles</a> › Pressemitteilungen</div>",
            "Pressemitteilungen",
        ),
        (f"<div><a href='/'>Home</a> &gt; <a href='/world'>World</a> &gt; <a>{HEADLINE}</a></div>", "World"),
    ],
)
def test_a_trail_set_as_text_above_the_headline_gives_the_section(trail: str, section: str) -> None:
    assert _section(trail) == section


@pytest.mark.parametrize(
    "line",
    [
        # a menu's links parted by bars, one mark between two words, quotation marks and a price
        "<div><a href='/'>News</a> | <a href='/s'>Sport</a> | <a href='/w'>Weather</a></div>",
        "<p>Kinder &gt; Erwachsene</p>",
        "<p>Jetzt Kredit sichern » <b>GIROMATCH.COM</b> &gt; 3.000 Euro</p>",
    ],
)
def test_menus_and_marks_in_text_are_no_trail(line: str) -> None:
    assert _section(line) is None


def _declared(section: str, trail: str = "") -> str | None:
    head = f'<meta property="article:section" content="{section}">'
    html = f"<html><head>{head}</head><body>{trail}<article><h1>{HEADLINE}</h1>{STORY}</article></body></html>"
    return newsparse.extract(html).section


def test_a_declared_section_is_taken_as_declared_with_its_parts_said_once() -> None:
    assert _declared("News") == "News"
    assert _declared("D.O.Ca. Rioja") == "D.O.Ca. Rioja"
    assert _declared("Smart News, Smart News Science, Smart News Science") == "Smart News, Smart News Science"


@pytest.mark.parametrize(
    "declared",
    [
        "Startseite",
        "Der Olympiasieger und sein Teamkollege sind positiv getestet worden. Das teilte der Verband mit.",
        "Informationen zu Updates zu Auktionsvorlagen...",
        # a template's placeholder, a blog's default category
        "null",
        "tags",
        "Uncategorized",
    ],
)
def test_a_declared_home_page_or_sentence_is_no_section_and_the_trail_gives_it(declared: str) -> None:
    trail = "<div class='breadcrumb'><a href='/'>Home</a> › <a href='/local'>Local</a></div>"
    assert _declared(declared, trail) == "Local"
