"""JSON-LD: article fields from @graph, lists and sloppy JSON; other objects ignored."""

from __future__ import annotations

import json

import newsparse
from newsparse.html.parse import parse_html
from newsparse.meta.jsonld import read_jsonld
from newsparse.meta.tags import read_markup


def read(*scripts: str) -> dict:
    tags = "".join(f'<script type="application/ld+json">{s}</script>' for s in scripts)
    return read_jsonld(read_markup(parse_html(f"<html><head>{tags}</head><body></body></html>")).jsonld)


def test_graph_with_article_and_organisation() -> None:
    fields = read(
        '{"@graph": [{"@type": "Organization", "name": "Org"}, {"@type": ["NewsArticle"], "headline": "H",'
        ' "author": [{"@type": "Person", "name": "A B"}, "C D"], "datePublished": "2024-01-02",'
        ' "publisher": {"name": "Courier"}, "keywords": ["x", "y"]}]}'
    )
    assert fields == {
        "title": "H",
        "authors": ["A B", "C D"],
        "published": "2024-01-02",
        "site_name": "Courier",
        "tags": ["x", "y"],
    }


def test_sloppy_json_is_tolerated() -> None:
    fields = read('<!-- {"@type": "BlogPosting", "headline": "Line\nbreak", "author": {"name": "Z"},} -->')
    assert fields["title"] == "Line\nbreak" and fields["authors"] == ["Z"]


def test_broken_json_and_non_articles_give_nothing() -> None:
    assert read("{not json", '{"@type": "BreadcrumbList", "name": "x"}') == {}


def test_first_article_wins_across_scripts() -> None:
    fields = read('{"@type": "WebSite", "name": "S"}', '[{"@type": "ReportageNewsArticle", "headline": "R"}]')
    assert fields["title"] == "R"


STORY = [
    "Officials said on Monday that the new rail line would open in the spring, two years late.",
    "The delay, they said, came from the tunnels, where water had flooded the works twice.",
    "Residents who waited for the line said they were relieved, though some doubted the date.",
]


def scripted_page(markup_story: str, tail: str = "") -> str:
    """A page whose story a browser script renders from the JSON-LD it also declares."""
    body = "\n".join([*STORY * 4, tail])
    declared = json.dumps({"@type": "NewsArticle", "headline": "Rail line", "articleBody": body})
    return (
        f'<html><head><script type="application/ld+json">{declared}</script></head><body>'
        "<h1>Rail line</h1><figure><img src='/a.jpg'><figcaption>The tunnel, in March.</figcaption></figure>"
        f"<div id='app'>{markup_story}</div></body></html>"
    )


def test_a_story_only_in_the_declared_body_is_taken_from_it() -> None:
    paragraphs = [b.text for b in newsparse.extract(scripted_page("")).blocks if b.type == "paragraph"]
    assert paragraphs == STORY * 4


def test_the_markup_story_wins_over_the_declared_body() -> None:
    shown = "".join(f"<p><b>{p}</b></p>" for p in STORY * 3)  # the markup's text, with its markup
    article = newsparse.extract(scripted_page(shown))
    assert [b.text for b in article.blocks if b.type == "paragraph"] == STORY * 3


def test_the_declared_body_is_tidied_like_the_pages_own() -> None:
    page = scripted_page("", tail="© 2024 The Courier. All rights reserved.")
    paragraphs = [b.text for b in newsparse.extract(page).blocks if b.type == "paragraph"]
    assert paragraphs == STORY * 4


def test_an_author_given_by_reference_in_the_graph_is_read() -> None:
    """Yoast and other SEO plugins name the author and publisher once in the @graph and
    point to them from the article by @id."""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "@id": "https://e.org/#org", "name": "DiEM25"},
            {
                "@type": "Article",
                "@id": "https://e.org/climate/#article",
                "headline": "The Green Deal isn't enough",
                "author": {"@id": "https://e.org/#/schema/person/65b1"},
                "publisher": {"@id": "https://e.org/#org"},
            },
            {"@type": "Person", "@id": "https://e.org/#/schema/person/65b1", "name": "Giovanni Gaggero"},
        ],
    }
    fields = read_jsonld([json.dumps(graph)])
    assert fields["authors"] == ["Giovanni Gaggero"]
    assert fields["site_name"] == "DiEM25"


def test_authors_written_as_html_are_read_as_their_text() -> None:
    """A CMS may render its author field to HTML before declaring it: links, entities."""
    names = ['<a href="/pl/eksperci/mateusz-gniazdowski">Mateusz Gniazdowski</a>', "Sin&eacute;ad O&#039;Brien"]
    fields = read_jsonld([json.dumps({"@type": "NewsArticle", "author": {"@type": "Person", "name": names}})])
    assert fields["authors"] == ["Mateusz Gniazdowski", "Sinéad O'Brien"]


def test_a_person_given_by_the_parts_of_the_name_alone_is_read() -> None:
    person = {"@type": "Person", "givenName": "Jane", "familyName": "Doe"}
    assert read_jsonld([json.dumps({"@type": "NewsArticle", "author": person})])["authors"] == ["Jane Doe"]
    half = {"@type": "Person", "givenName": "Jane"}
    assert not read_jsonld([json.dumps({"@type": "NewsArticle", "author": half})]).get("authors")


def test_a_how_to_declares_its_text_in_its_steps() -> None:
    how_to = {
        "@context": "https://schema.org",
        "@type": "HowTo",
        "name": "Sew a round tablecloth",
        "description": "<p>A round table deserves a cloth that fits.</p>",
        "step": [
            {"@type": "HowToStep", "text": "Measure the table."},
            {"@type": "HowToSection", "itemListElement": [{"@type": "HowToStep", "text": "Cut the cloth."}]},
            "Hem the edge.",
        ],
    }
    body = read_jsonld([json.dumps(how_to)])["body"]
    assert body.splitlines() == [
        "<p>A round table deserves a cloth that fits.</p>",
        "Measure the table.",
        "Cut the cloth.",
        "Hem the edge.",
    ]


def test_a_paywalled_pages_standfirst_under_the_headline_leads_the_declared_body() -> None:
    lead = "A new rail line was promised for the spring; water in the tunnels has pushed it back two years."
    declared = json.dumps({"@type": "NewsArticle", "headline": "Rail line", "articleBody": "\n".join(STORY * 4)})
    page = (
        f'<html><head><script type="application/ld+json">{declared}</script></head><body><main>'
        f"<h2>Rail line</h2><p>{lead}</p><p>12.10.2022 by Jane Doe</p>"
        "<h3>Read on with a subscription</h3><p>Already a subscriber? Log in</p></main></body></html>"
    )
    paragraphs = [b.text for b in newsparse.extract(page).blocks if b.type == "paragraph"]
    assert paragraphs == [lead, *STORY * 4]
    # an author box the script-rendered page shows is no standfirst
    author_box = "<p>Jane Doe writes about transport and cities for the Courier, and lives in Leeds.</p>"
    assert newsparse.extract(scripted_page(author_box)).blocks[0].text == STORY[0]


def test_a_date_given_as_seconds_since_1970_is_read() -> None:
    fields = read('{"@type": "NewsArticle", "headline": "H", "datePublished": 1678615200, "dateModified": true}')
    assert (fields["published"], fields.get("modified")) == ("1678615200", None)
    article = newsparse.extract(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", '
        '"datePublished": 1678615200}</script></head><body><p>Text of the story.</p></body></html>'
    )
    assert article.published == "2023-03-12T10:00:00+00:00"


def test_meta_content_escaped_twice_is_read_as_its_text() -> None:
    page = (
        '<html><head><meta property="og:description" content="&amp;#13; A plan for the river '
        '&amp;quot;banks&amp;quot;, with &amp;lt;b&amp;gt;new&amp;lt;/b&amp;gt; paths.">'
        "</head><body><p>x</p></body></html>"
    )
    markup = read_markup(parse_html(page))
    assert markup.first_meta("og:description") == 'A plan for the river "banks", with new paths.'


def test_a_canonical_path_is_resolved_against_the_pages_other_addresses() -> None:
    head = '<link rel="canonical" href="/news/flood-closes-road">'
    for other in ('<meta name="twitter:url" content="https://example.org/">', '<base href="https://example.org/">'):
        article = newsparse.extract(f"<html><head>{head}{other}</head><body><p>x</p></body></html>")
        assert (article.url, article.canonical_url) == ("https://example.org/news/flood-closes-road",) * 2
    # a page that gives its address only as twitter:url
    page = '<html><head><meta name="twitter:url" content="https://example.org/news/x"></head><body></body></html>'
    assert newsparse.extract(page).url == "https://example.org/news/x"


def test_half_an_emoji_escaped_in_json_ld_is_no_lone_surrogate() -> None:
    # "\ud83d" alone decodes to half a character, which no UTF-8 output can write
    script = (
        r'{"@type": "NewsArticle", "headline": "Harbour \ud83d reopens",'
        r' "description": "Ships \udfff wait \ud83d\ude00"}'
    )
    fields = read_jsonld([script])
    assert fields["title"] == "Harbour \ufffd reopens"
    assert fields["description"] == "Ships \ufffd wait \U0001f600"  # a whole pair stays the emoji
    for value in fields.values():
        str(value).encode("utf-8")
