"""Blocks: the body keeps its structure (headings, lists, tables, quotes, code, images)."""

from __future__ import annotations

import pytest

import newsparse

PROSE = "This sentence is long enough to count as article prose, with commas, clauses and a full stop."


def prose(n: int) -> str:
    """Another paragraph of prose: a paragraph printed twice in a row is one copy too many."""
    return PROSE.replace("This sentence", f"Sentence {n}")


def blocks_of(body: str, url: str | None = None) -> list[dict]:
    html = f"<html><head><title>T</title></head><body><div class='content'>{body}</div></body></html>"
    return newsparse.extract(html, url=url).to_dict()["blocks"]


def test_double_br_splits_paragraphs_single_br_breaks_lines() -> None:
    blocks = blocks_of(f"{PROSE}<br><br>{PROSE} Second.<br>A new line in it.")
    assert [b["text"] for b in blocks] == [PROSE, f"{PROSE} Second.\nA new line in it."]


def test_headings_keep_their_level() -> None:
    blocks = blocks_of(f"<p>{PROSE}</p><h2>Section</h2><p>{PROSE}</p><h4>Detail</h4><p>{PROSE}</p>")
    assert [(b["type"], b.get("level")) for b in blocks if b["type"] == "heading"] == [("heading", 2), ("heading", 4)]


def test_short_bold_paragraph_is_a_subheading_but_bold_sentence_is_not() -> None:
    blocks = blocks_of(f"<p>{PROSE}</p><p><strong>What comes next</strong></p><p><b>Note: this is bold prose.</b></p>")
    assert blocks[1] == {"type": "heading", "level": 3, "text": "What comes next", "links": []}
    bold = [{"type": "strong", "text": "Note: this is bold prose.", "start": 0}]  # prose in bold: marked so
    assert blocks[2] == {"type": "paragraph", "text": "Note: this is bold prose.", "links": [], "marks": bold}


def test_lists_tables_quotes_code() -> None:
    blocks = blocks_of(
        f"<p>{PROSE}</p><ol><li>first step</li><li>second <em>step</em></li></ol>"
        "<table><caption>Seats won</caption><tr><th>Party</th><th>Seats</th></tr>"
        "<tr><td>Green</td><td>2</td></tr></table>"
        "<blockquote><p>Quoted words here.</p><p>Its <b>second</b> paragraph.</p></blockquote><pre>x = 1\n  y = 2</pre>"
    )
    assert blocks[1] == {
        "type": "list",
        "ordered": True,
        "start": 1,
        "items": ["first step", "second step"],
        "levels": [0, 0],
        "links": [],
        "marks": [{"type": "em", "text": "step", "start": 7, "item": 1}],
    }
    assert blocks[2] == {"type": "table", "rows": [["Party", "Seats"], ["Green", "2"]], "caption": "Seats won"}
    assert blocks[3] == {
        "type": "quote",
        "text": "Quoted words here.\n\nIts second paragraph.",
        "links": [],
        "marks": [{"type": "strong", "text": "second", "start": 24}],
    }
    assert blocks[4] == {"type": "code", "language": None, "text": "x = 1\n  y = 2"}


def test_cells_spanning_columns_or_rows_leave_the_cells_they_cover_empty_so_columns_align() -> None:
    head = "<tr><th rowspan='2'>Region</th><th colspan='2'>Sales</th></tr><tr><th>2023</th><th>2024</th></tr>"
    body = "<tr><td>North</td><td>10</td><td>12</td></tr><tr><td colspan='3'>Total: 22</td></tr>"
    blocks = blocks_of(f"<p>{PROSE}</p><table>{head}{body}</table>")
    assert blocks[1]["rows"] == [
        ["Region", "Sales", ""],
        ["", "2023", "2024"],
        ["North", "10", "12"],
        ["Total: 22", "", ""],
    ]
    # a hostile span fills no grid, and the plain text carries no empty cells at a row's end
    huge = blocks_of(f"<p>{PROSE}</p><table><tr><td colspan='100000'>a</td></tr><tr><td>b</td><td>c</td></tr></table>")
    assert len(huge[1]["rows"][0]) == 50
    article = newsparse.extract(f"<article><p>{PROSE}</p><table>{head}{body}</table></article>")
    assert article.text.endswith("Region\tSales\n\t2023\t2024\nNorth\t10\t12\nTotal: 22")


def test_a_heading_in_a_header_cell_heads_a_data_table_and_a_paragraph_in_a_cell_makes_layout() -> None:
    rows = "<tr><td>200 g</td><td><a href='/flour'>Flour</a></td></tr><tr><td>2</td><td>Eggs</td></tr>"
    blocks = blocks_of(
        f"<p>{PROSE}</p><table><thead><tr><th colspan='2'><h3>For the pastry:</h3></th></tr></thead>{rows}</table>"
    )
    assert blocks[1] == {
        "type": "table",
        "rows": [["For the pastry:", ""], ["200 g", "Flour"], ["2", "Eggs"]],  # the heading spans both columns
        "caption": None,
    }
    layout = blocks_of(f"<table><tr><td><p>{PROSE}</p></td><td><p>{PROSE} Two.</p></td></tr></table>")
    assert [b["type"] for b in layout] == ["paragraph", "paragraph"]


def test_interface_lines_closing_a_paragraph_of_lines_go_and_a_label_opening_one_stays() -> None:
    blocks = blocks_of(
        f"<p>{PROSE}<br>Foto: Peter Steiger</p><p>{prose(2)}<br>Folgen Sie uns auf Twitter</p>"
        "<p>Kategorie: Unterhaltung<br>für die Sendung des Jahres</p>"
    )
    assert [b["text"] for b in blocks] == [PROSE, prose(2), "Kategorie: Unterhaltung\nfür die Sendung des Jahres"]


def test_a_code_block_whose_lines_end_in_br_keeps_its_lines_and_indentation() -> None:
    code = "<pre><code><span>import</span> json<br><br><span>def</span> f():<br>\xa0\xa0\xa0\xa0return 1</code></pre>"
    blocks = blocks_of(f"<p>{PROSE}</p>{code}")
    assert blocks[1] == {"type": "code", "language": None, "text": "import json\n\ndef f():\n    return 1"}


def test_link_lists_are_dropped() -> None:
    links = "".join(f"<li><a href='/{n}'>Another story number {n}</a></li>" for n in range(5))
    blocks = blocks_of(f"<p>{PROSE}</p><ul>{links}</ul><p>{prose(2)}</p>")
    assert [b["type"] for b in blocks] == ["paragraph", "paragraph"]


def test_figure_with_lazy_image_and_caption_resolves_against_url() -> None:
    blocks = blocks_of(
        f"<p>{PROSE}</p><figure><img src='data:image/gif;base64,R0lGOD' data-src='/img/a.jpg' alt='A bridge'>"
        "<figcaption>The new bridge at dawn.</figcaption></figure><p>{PROSE}</p>",
        url="https://news.example/story/1",
    )
    assert blocks[1] == {
        "type": "image",
        "src": "https://news.example/img/a.jpg",
        "alt": "A bridge",
        "caption": "The new bridge at dawn.",
    }
    # a file name set as the alt text describes nothing
    for alt in ("IMG_0042.jpg", "Pressefreiheit_2020_245x370.JPG", "2.png"):
        blocks = blocks_of(f"<p>{PROSE}</p><figure><img src='/img/a.jpg' alt='{alt}'></figure>")
        assert blocks[1]["alt"] is None, alt


def test_an_amp_picture_and_a_picture_given_only_a_srcset_are_pictures_of_the_story() -> None:
    srcset = "https://cdn.example/w_320,h_200/a.jpg 320w, https://cdn.example/w_1280,h_800/a.jpg 1280w"
    blocks = blocks_of(
        f"<p>{PROSE}</p><amp-img src='/img/amp.jpg' width='600' height='400' alt='AMP'></amp-img>"
        f"<p>{PROSE}</p><figure><img srcset='{srcset}' alt='Wide'><figcaption>At dawn.</figcaption></figure>"
        f"<p>{PROSE}</p>",
        url="https://news.example/story/1",
    )
    assert [b.get("src") for b in blocks if b["type"] == "image"] == [
        "https://news.example/img/amp.jpg",
        "https://cdn.example/w_1280,h_800/a.jpg",  # a URL keeps its commas: a descriptor ends a candidate
    ]
    # a lazy loader's stand-in source, no address at all, before its srcset
    for stand_in in ("//:0", "about:blank", "#"):
        figure = f"<figure><img src='{stand_in}' data-srcset='{srcset}'><figcaption>At dawn.</figcaption></figure>"
        blocks = blocks_of(f"<p>{PROSE}</p>{figure}", url="https://news.example/story/1")
        assert blocks[1]["src"] == "https://cdn.example/w_1280,h_800/a.jpg", stand_in
    # a stand-in picture's file as src, the picture in a data attribute of the loader's naming;
    # an address a script was to fill in is none
    figures = {
        "<img src='/img/lazyloading-placeholder.png' data-lg='/fileadmin/flood_lg.jpg' data-sm='/f/s.jpg'>": (
            "https://news.example/fileadmin/flood_lg.jpg"
        ),
        "<img src='/img/spacer_1x1.gif' data-original='/img/flood.jpg'>": "https://news.example/img/flood.jpg",
        "<img src='/img/transparent-bridge.jpg'>": "https://news.example/img/transparent-bridge.jpg",
        "<img src='/img/flood-{{size}}_x2.jpg' data-pattern='/img/flood-{{size}}.jpg'>": None,
    }
    for img, src in figures.items():
        blocks = blocks_of(
            f"<p>{PROSE}</p><figure>{img}<figcaption>At dawn.</figcaption></figure>", url="https://news.example/s"
        )
        assert [b.get("src") for b in blocks if b["type"] == "image"] == ([src] if src else []), img
    # a template that wrote the srcset into src, its spaces escaped
    escaped = srcset.replace(" ", "%20")
    blocks = blocks_of(f"<p>{PROSE}</p><figure><img src='{escaped}'><figcaption>At dawn.</figcaption></figure>")
    assert blocks[1]["src"] == "https://cdn.example/w_1280,h_800/a.jpg"
    # an <img> with no source of its own takes its <picture>'s
    picture = "<picture><source srcset='/p-800.webp 800w, /p-400.webp 400w' type='image/webp'><img alt='P'></picture>"
    blocks = blocks_of(f"<p>{PROSE}</p>{picture}<p>{PROSE}</p>", url="https://news.example/story/1")
    assert [b.get("src") for b in blocks if b["type"] == "image"] == ["https://news.example/p-800.webp"]


def test_icons_are_no_pictures_of_the_story() -> None:
    blocks = blocks_of(
        f"<p>{PROSE}</p><p><img src='/photo.jpg' width='640' height='360'></p>"
        f"<p>{PROSE} <a href='/'><img src='/end_logo.png' width='13' height='12' class='icon'></a></p>"
        "<p><img src='/avatar.png' width='32px'></p>"
    )
    assert [b["src"] for b in blocks if b["type"] == "image"] == ["/photo.jpg"]


def test_interface_pictures_named_for_what_they_are_are_no_pictures_of_the_story() -> None:
    pictures = ["/img/next_page.jpg", "/Farbschema/icon_lupe.png", "/buttons/print-button-gray.png", "/arrow-right.png"]
    # an app store's download badges
    pictures += ["/img/android-google-play-135x40.jpg", "/img/app-ios_Badge_DE_135x40.png", "/buttons/appstore.jpeg"]
    photos = ["/gallery/33622-16-inch-Arrow-Keys-l.jpg", "/2018/11/29/price-hike/top.jpg", "/2019/apple-store-line.jpg"]
    blocks = blocks_of(f"<p>{PROSE}</p>" + "".join(f"<p><img src='{src}'></p>" for src in [*pictures, *photos]))
    assert [b["src"] for b in blocks if b["type"] == "image"] == photos


def test_profile_pictures_are_no_pictures_of_the_story_and_a_story_about_the_film_avatar_keeps_its_own() -> None:
    avatars = [
        "<a href='/author/jdadmin/'><img alt='jdadmin' src='https://2.gravatar.com/avatar/8659?s=81' class='x'></a>",
        "<img src='/data/avatars/m/81/81656.jpg?1593903045' alt='Pepemaus'>",
        "<img src='/bilder/hauptbild/frijuli.jpeg' class='avatar avatar_s' alt='fri.juli'>",
    ]
    photos = ["/2022/12/avatar-the-way-of-water-poster.jpg"]
    body = "".join(f"<p>{img}</p><p>{PROSE}</p>" for img in [*avatars, *(f"<img src='{src}'>" for src in photos)])
    assert [b["src"] for b in blocks_of(body) if b["type"] == "image"] == photos


def test_a_story_set_inside_a_heading_is_read_as_paragraphs() -> None:
    story = "<br><br>".join(prose(n) for n in range(5))
    blocks = blocks_of(f"<h4><div class='m_cont'>{story}</div></h4><h2>Section</h2><p>{PROSE}</p>")
    assert [b["type"] for b in blocks] == ["paragraph"] * 5 + ["heading", "paragraph"]


def test_markdown_renders_structure() -> None:
    html = (
        "<html><head><title>Headline</title></head><body><article><h1>Headline</h1>"
        f"<p>{PROSE}</p><h2>Part two</h2><ul><li>one</li><li>two</li></ul>"
        "<blockquote>Said so.</blockquote><p># not a heading, 1. not a list</p></article></body></html>"
    )
    md = newsparse.extract(html).to_markdown()
    body = md.split("---\n", 2)[2]
    assert body == (
        f"\n# Headline\n\n{PROSE}\n\n## Part two\n\n- one\n- two\n\n> Said so.\n\n\\# not a heading, 1. not a list\n"
    )


def test_a_tables_caption_titles_it_in_markdown_and_in_the_text() -> None:
    rows = "<tr><th>Party</th><th>Seats</th></tr><tr><td>Green</td><td>2</td></tr>"
    table = f"<table><caption>Seats won</caption>{rows}</table>"
    article = newsparse.extract(f"<html><body><article><h1>Headline</h1><p>{PROSE}</p>{table}</article></body></html>")
    body = article.to_markdown().split("---\n", 2)[2]
    assert body.endswith("*Seats won*\n\n| Party | Seats |\n| --- | --- |\n| Green | 2 |\n")
    assert article.text.endswith("Seats won\nParty\tSeats\nGreen\t2")


def test_deep_nesting_does_not_overflow() -> None:
    html = "<html><body>" + "<div>" * 20000 + f"<p>{PROSE}</p>" + "</div>" * 20000 + "</body></html>"
    assert newsparse.extract(html).to_dict()["blocks"] == [
        {"type": "paragraph", "text": PROSE, "links": [], "marks": []}
    ]


def test_a_picture_set_in_a_paragraph_leaves_its_text_prose_and_a_credit_a_caption() -> None:
    short = "Hi! My name is Johannes and this is my blog about cooking."
    blocks = blocks_of(
        f"<p>{PROSE}</p><p><img src='/me.png' alt='Me'>{short}</p><p><img src='/b.jpg'>DCV / Oppitz</p><p>{PROSE}</p>"
    )
    assert [b["type"] for b in blocks] == ["paragraph", "image", "paragraph", "image", "paragraph"]
    assert blocks[2]["text"] == short and blocks[1]["caption"] is None
    assert blocks[3]["caption"] == "DCV / Oppitz"
    # Outside a paragraph, short text beside a picture is still its caption.
    boxed = blocks_of(f"<p>{PROSE}</p><div><img src='/c.jpg'><span>The bridge at dawn.</span></div><p>{PROSE}</p>")
    assert boxed[1]["caption"] == "The bridge at dawn."


def test_a_pictures_box_opening_a_paragraph_holds_its_caption_and_the_words_after_it_are_prose() -> None:
    lede = "The psychological reason why we love to watch sad movies is linked to the release of endorphins."
    box = "<span class='storyimage'><span><img src='/sad.jpg'></span><span>© Archive Photos/Getty Images</span></span>"
    blocks = blocks_of(f"<p>{box} <strong>{lede}</strong></p><p>{PROSE}</p>")
    assert blocks[0] == {"type": "image", "src": "/sad.jpg", "alt": None, "caption": "© Archive Photos/Getty Images"}
    assert blocks[1] == {
        "type": "paragraph",
        "text": lede,
        "links": [],
        "marks": [{"type": "strong", "text": lede, "start": 0}],
    }
    # A picture floated beside a sentence's opening words, a person's card in a sentence:
    # the words are prose.
    floated = f"<p><em><img src='/logo.jpg'>On the 17th of January, Prospect hosted</em> a roundtable. {PROSE}</p>"
    assert blocks_of(floated)[1]["text"] == f"On the 17th of January, Prospect hosted a roundtable. {PROSE}"
    card = "<span><a href='/people/kn'>Kristi Noem</a><span><img src='/kn.jpg'> Kristi Noem</span></span>"
    blocks = blocks_of(f"<p>South Dakota Gov. {card} (R) is defending it. {PROSE}</p>")
    assert next(b["text"] for b in blocks if "text" in b).startswith("South Dakota Gov. Kristi Noem")


def test_sentences_after_a_picture_set_loose_among_the_storys_blocks_are_prose_not_its_caption() -> None:
    deal = (
        "It's a bitter fight to get Apple to drop prices on the Airpods. Fortunately, the price has dropped "
        "today to the lowest we have seen."
    )
    picture = "<a href='/d'><output><img src='/pods.jpg'></output></a>"
    story = f"<h2>New price drop</h2>{picture}{deal}<br><ul><li>Get it</li></ul>"
    blocks = blocks_of(f"<p>{PROSE}</p>{story}<p>{prose(2)}</p>")
    assert [b["type"] for b in blocks] == ["paragraph", "heading", "image", "paragraph", "list", "paragraph"]
    assert blocks[3]["text"] == deal and blocks[2]["caption"] is None
    # in a box of its own the same words are the picture's caption
    boxed = f"<div class='pic'><img src='/pods.jpg'>{deal}</div>"
    assert blocks_of(f"<p>{PROSE}</p>{boxed}<p>{prose(2)}</p>")[1]["caption"] == deal


def test_a_line_in_a_box_of_its_own_under_a_picture_is_its_caption_but_a_run_of_them_is_text() -> None:
    figure = "<div><div class='pic'><img src='/c.jpg'></div><div>The bridge at dawn, seen from the river.</div></div>"
    blocks = blocks_of(f"<p>{PROSE}</p>{figure}<p>{prose(2)}</p>")
    assert [b["type"] for b in blocks] == ["paragraph", "image", "paragraph"]
    assert blocks[1]["caption"] == "The bridge at dawn, seen from the river."
    # A how-to's steps, each a picture over its line: the lines are the story.
    step = "<div><img src='/s{n}.jpg'><div>Step {n}: saw the board along the line.</div></div>"
    steps = "".join(step.format(n=n) for n in range(3))
    blocks = blocks_of(f"<p>{PROSE}</p>{steps}<p>{prose(2)}</p>")
    assert [b["text"] for b in blocks if b["type"] == "paragraph"][1:4] == [
        f"Step {n}: saw the board along the line." for n in range(3)
    ]


@pytest.mark.parametrize(
    ("beside", "caption"),
    [
        ("<a href='/big.jpg'>Enlarge this image</a>", None),
        ("<span>Vollbild</span>", None),
        ("<span>（クリックして拡大）</span>", None),
        ("<span>Pin</span> <span>Print</span>", None),
        ("<span>Vergrößern</span> The bridge at dawn.", "The bridge at dawn."),
        ("<span>The bridge at dawn.</span>", "The bridge at dawn."),
    ],
)
def test_a_pictures_controls_set_where_its_caption_stands_are_no_caption(beside: str, caption: str | None) -> None:
    blocks = blocks_of(f"<p>{PROSE}</p><div><img src='/c.jpg'>{beside}</div><p>{prose(2)}</p>")
    assert [b["type"] for b in blocks] == ["paragraph", "image", "paragraph"]
    assert blocks[1]["caption"] == caption


def test_a_box_named_as_a_caption_beside_a_picture_is_its_caption_not_story_text() -> None:
    picture = (
        "<div class='imagewrap'><img src='/roof.jpg'><div class='enlarge'><a href='/big.jpg'>Enlarge this image</a>"
        "</div></div><div class='credit-caption'><div class='caption'><p>Roof is escorted from the police station."
        " <b class='credit'>Chuck Burton/AP</b> <b class='hide-caption'>hide caption</b></p></div>"
        "<b class='toggle-caption'>toggle caption</b> <span class='credit'>Chuck Burton/AP</span></div>"
    )
    article = newsparse.extract(
        f"<html><body><article><p>{PROSE}</p>{picture}<p>{prose(2)}</p></article></body></html>"
    )
    blocks = article.to_dict()["blocks"]
    assert [b["type"] for b in blocks] == ["paragraph", "image", "paragraph"]
    assert blocks[1]["caption"] == "Roof is escorted from the police station. Chuck Burton/AP"
    assert "escorted" not in (article.text or "")  # a caption describes the picture, not the story
    # A figure may name its caption's box so rather than set it in a <figcaption>.
    figure = "<figure class='wp-caption'><img src='/b.jpg'><p class='wp-caption-text'>The bridge at dawn.</p></figure>"
    assert blocks_of(f"<p>{PROSE}</p>{figure}<p>{prose(2)}</p>")[1]["caption"] == "The bridge at dawn."


@pytest.mark.parametrize(
    "held",
    ["Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram.", "Related articles"],
)
def test_a_caption_box_holding_a_notice_or_a_lists_title_gives_no_caption(held: str) -> None:
    picture = f"<div><img src='/c.jpg'></div><div class='caption'>{held}</div>"
    blocks = blocks_of(f"<p>{PROSE}</p>{picture}<p>{prose(2)}</p>")
    assert blocks[1] == {"type": "image", "src": "/c.jpg", "alt": None, "caption": None}


def test_a_slides_text_in_a_caption_box_under_its_title_and_an_embed_is_the_storys() -> None:
    slide = (
        "<figure class='flat-slide'><h2>{n}. Drake</h2><div class='image-container'>"
        "<amp-instagram data-shortcode='B{n}'></amp-instagram></div><figcaption class='flat-slide-caption'>"
        "<p>Learn the move to get into character.</p>"
        "<p>What you need: boots and a grey sweatsuit number {n}.</p></figcaption></figure>"
    )
    blocks = blocks_of(f"<p>{PROSE}</p>" + "".join(slide.format(n=n) for n in (1, 2)))
    assert [b.get("text") for b in blocks] == [
        PROSE,
        "1. Drake",
        "Learn the move to get into character.",
        "What you need: boots and a grey sweatsuit number 1.",
        "2. Drake",
        "Learn the move to get into character.",
        "What you need: boots and a grey sweatsuit number 2.",
    ]


def test_an_advertisements_picture_and_icons_beside_counts_are_no_pictures() -> None:
    ad = "<div><img src='/banner-weihnachtsmarkt.png'><span>ANZEIGE</span></div>"
    likes = "<div><img src='/assets/icons/heart_01.svg'><span>18</span></div>"
    blocks = blocks_of(f"<p>{PROSE}</p>{ad}<p>{prose(2)}</p>{likes}<p>{prose(3)}</p>")
    assert [b["type"] for b in blocks] == ["paragraph"] * 3


def test_an_embedded_posts_attribution_keeps_its_linked_date() -> None:
    tweet = (
        "<blockquote class='twitter-tweet'><p>Schobert posted an elite defensive grade and two interceptions.</p>"
        "— PFF CLE Browns (@PFF_Browns) <a href='https://twitter.com/PFF_Browns/status/1'>November 15, 2019</a>"
        "</blockquote>"
    )
    blocks = blocks_of(f"<p>{PROSE}</p>{tweet}<p>{prose(2)}</p>")
    assert blocks[1] == {
        "type": "quote",
        "text": "Schobert posted an elite defensive grade and two interceptions.\n\n"
        "— PFF CLE Browns (@PFF_Browns) November 15, 2019",
        "links": [
            {"text": "November 15, 2019", "url": "https://twitter.com/PFF_Browns/status/1", "start": 96},
        ],
        "marks": [],
    }


def test_an_embedded_posts_lines_of_links_are_its_own_but_its_link_to_itself_is_not() -> None:
    tweet = (
        "<blockquote class='twitter-tweet'><p>Schobert posted an elite defensive grade and two interceptions.<br><br>"
        "*min. 25 snaps <a href='https://t.co/x'>pic.twitter.com/PQqbN51wBW</a></p></blockquote>"
    )
    post = (
        "<blockquote class='instagram-media'><a href='https://instagram.com/p/1'>View this post on Instagram</a>"
        "<p>Our favorite wall in our hometown, painted last spring by the neighbours.</p></blockquote>"
    )
    blocks = blocks_of(f"<p>{PROSE}</p>{tweet}<p>{prose(2)}</p>{post}<p>{prose(3)}</p>")
    assert blocks[1]["text"].endswith("\n\n*min. 25 snaps pic.twitter.com/PQqbN51wBW")
    assert blocks[3]["text"] == "Our favorite wall in our hometown, painted last spring by the neighbours."


def test_a_click_to_tweet_boxs_quotation_is_the_storys_words_without_its_button() -> None:
    quote = "Every online business exists in the 'space-time continuum.'"
    box = (
        "<a href='https://twitter.com/share?text=Every+online+business'><span class='sw-click-to-tweet'>"
        f"<span class='sw-ctt-text'>{quote}</span><span class='sw-ctt-btn'>Click To Tweet</span></span></a>"
    )
    blocks = blocks_of(f"<p>{PROSE}</p>{box}<p>{prose(2)}</p>")
    assert blocks[1] == {"type": "paragraph", "text": quote, "links": [], "marks": []}


def test_a_figure_holding_only_its_caption_captions_what_was_not_kept_and_goes() -> None:
    video = (
        "<figure class='embed'><div><iframe src='https://video.example.com/e/1'></iframe></div>"
        "<figcaption><span>Morrison discusses concerns about the call</span></figcaption></figure>"
    )
    rows = "<tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr>"
    table = f"<figure><table>{rows}</table><figcaption>Seats</figcaption></figure>"
    blocks = blocks_of(f"<p>{PROSE}</p>{video}<p>{prose(2)}</p>{table}")
    assert [b["type"] for b in blocks] == ["paragraph", "paragraph", "table", "paragraph"]


def test_a_lazy_loaders_picture_kept_for_browsers_without_scripts_is_the_storys() -> None:
    lazy = "<noscript class='loading-lazy'><img src='https://example.com/sapria.jpeg' alt='Sapria'></noscript>"
    figure = (
        f"<figure><div class='img-wrapper'>{lazy}</div><figcaption>Sapria himalayana, a parasite.</figcaption></figure>"
    )
    blocks = blocks_of(f"<p>{PROSE}</p>{figure}<p>{prose(2)}</p>")
    assert blocks[1] == {
        "type": "image",
        "src": "https://example.com/sapria.jpeg",
        "alt": "Sapria",
        "caption": "Sapria himalayana, a parasite.",
    }
    # beside the script's stand-in, which names the same picture, the copy stays out
    both = f"<div><img data-src='https://example.com/sapria.jpeg' src='data:,'>{lazy}</div>"
    pictures = [b for b in blocks_of(f"<p>{PROSE}</p>{both}<p>{prose(2)}</p>") if b["type"] == "image"]
    assert [b["src"] for b in pictures] == ["https://example.com/sapria.jpeg"]


def test_a_line_whose_links_print_their_addresses_is_a_reference_not_navigation() -> None:
    sources = (
        "<p><a href='http://www.ipabionline.com/2013/02/a.html'>http://www.ipabionline.com/2013/02/a.html</a></p>"
        "<p>Link to the website – <a href='https://www.klook.com/activity/9596'>https://www.klook.com/activity/9596</a></p>"
    )
    menu = "<p><a href='/news'>News</a> <a href='/sport'>Sport</a> <a href='/weather'>Weather</a></p>"
    texts = [b["text"] for b in blocks_of(f"<p>{PROSE}</p>{sources}{menu}<p>{prose(2)}</p>")]
    assert texts == [
        PROSE,
        "http://www.ipabionline.com/2013/02/a.html",
        "Link to the website – https://www.klook.com/activity/9596",
        prose(2),
    ]


def test_a_sentence_most_of_whose_words_are_a_link_is_the_storys_but_a_row_of_links_is_not() -> None:
    sentence = (
        "Australian-born Assange faces <a href='https://www.justice.gov/opa/pr/1'>a charge of conspiracy to "
        "commit computer intrusion in the US</a>."
    )
    headlines = "<a href='/a'>Trump says the talks went well.</a> <a href='/b'>Biden answers him today.</a>"
    meta = "Posted in <a href='/c/1'>Mobile</a>, <a href='/c/2'>Security</a>, <a href='/c/3'>Announcements</a>."
    body = f"<p>{PROSE}</p><p>{sentence}</p><p>{headlines}</p><p>{meta}</p><p>{prose(2)}</p>"
    assert [b["text"] for b in blocks_of(body)] == [
        PROSE,
        "Australian-born Assange faces a charge of conspiracy to commit computer intrusion in the US.",
        prose(2),
    ]


def test_ruby_readings_are_not_text() -> None:
    import newsparse

    ruby = "<ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を禁止する"
    html = (
        f"<html><head><title>NHK</title></head><body><article><h1>{ruby}法律</h1>"
        f"<p>{ruby}法律ができました。親が子どもを教育するために、たたいたり蹴ったりすることは禁止になります。</p>"
        "</article></body></html>"
    )
    article = newsparse.extract(html)
    assert article.title == "子どもへの体罰を禁止する法律"
    assert article.text.startswith("子どもへの体罰を禁止する法律ができました。")


def test_interface_headings_are_dropped_and_closing_titles_kept_for_the_cut() -> None:
    blocks = blocks_of(
        f"<p>{PROSE}</p><p>{prose(2)}</p><h3>Teilen mit:</h3><h2>PC Gamer Newsletter</h2><p>{prose(3)}</p>"
        "<h3>Wie bewerten Sie diesen Artikel?</h3>"
    )
    assert [b["type"] for b in blocks] == ["paragraph"] * 3
    closing = blocks_of(
        f"<p>{PROSE}</p><p>{prose(2)}</p><p>{prose(3)}</p><h3>Related articles</h3><p>Other story, short.</p>"
    )
    assert [b["type"] for b in closing] == ["paragraph"] * 3


def test_text_a_paragraph_break_sets_before_a_picture_is_no_caption_of_it() -> None:
    lead = "Following the 16-inch model, Apple plans a new 13-inch laptop with a scissor keyboard."
    blocks = blocks_of(
        f"{lead}<br> <br><img src='/keyboard.jpg' width='800'><center><em>The new keyboard</em></center>"
        f"<br>{PROSE}<br><br>{PROSE}"
    )
    assert blocks[0] == {"type": "paragraph", "text": lead, "links": [], "marks": []}
    assert blocks[1]["type"] == "image" and blocks[1].get("caption") != lead


def test_a_paragraph_two_brs_set_after_pictures_is_no_caption_of_them_but_short_lines_so_set_are() -> None:
    pictures = "".join(f"<a href='/p{n}.jpg'><img src='/p{n}.jpg' width='800'></a><br><br>" for n in range(3))
    closing = f"{prose(2)} {prose(3)}"  # the story's last paragraph, longer than a caption
    blocks = blocks_of(f"{PROSE}<br><br>{pictures}{closing}<br><br>")
    assert [b["type"] for b in blocks] == ["paragraph", "image", "image", "image", "paragraph"]
    assert [b.get("caption") for b in blocks[1:4]] == [None] * 3 and blocks[4]["text"] == closing
    captions = "Light a Wish by OGE Group<br><br>Parabolic Lightcloud by amigo &amp; amigo"
    blocks = blocks_of(f"<p>{PROSE}</p><div><img src='/p.jpg' width='800'><br><br>{captions}</div><p>{prose(2)}</p>")
    assert blocks[1]["caption"] == "Light a Wish by OGE Group Parabolic Lightcloud by amigo & amigo"


def test_a_list_of_linked_titles_each_with_a_summary_cut_short_is_teasers_not_the_story() -> None:
    summary = "WASHINGTON: Expressing concern over the exercise, an independent government entity has said that"
    teasers = "".join(f"<li><a href='/s{n}'>Another story {n}</a> <span>{summary} {n}...</span></li>" for n in range(4))
    assert [b["type"] for b in blocks_of(f"<p>{PROSE}</p><ul>{teasers}</ul><p>{prose(2)}</p>")] == ["paragraph"] * 2
    # a list of the story's own, some items trailing off or none linked, stays
    items = [f"<li>{summary} {n}...</li>" for n in range(3)]
    mixed = [f"<li><a href='/s{n}'>Item</a> {summary} {n}{'...' if n else '.'}</li>" for n in range(3)]
    for listed in (items, mixed):
        blocks = blocks_of(f"<p>{PROSE}</p><ul>{''.join(listed)}</ul><p>{prose(2)}</p>")
        assert [b["type"] for b in blocks] == ["paragraph", "list", "paragraph"]


def test_a_custom_element_inside_a_paragraph_runs_on_with_its_text_as_browsers_show_it() -> None:
    cited = "Binge eating is the most common eating disorder in the United States"
    source = "<hl-trusted-source source='PubMed'><a href='https://example.org/1'>1</a></hl-trusted-source>"
    blocks = blocks_of(f"<p>{cited} ({source}).</p><p>{PROSE}</p>")
    assert [b["text"] for b in blocks] == [f"{cited} (1).", PROSE]
    # outside a paragraph a custom element may be a box of its own
    boxes = f"<story-text>{PROSE}</story-text><story-text>{prose(2)}</story-text>"
    assert [b["text"] for b in blocks_of(boxes)] == [PROSE, prose(2)]


def test_a_sentence_beside_an_emoticon_is_prose_and_a_widgets_label_beside_its_icon_is_not() -> None:
    sentence = "Mein Muckelbär, es tut einem so leid, wenn die Fellis krank sind und nicht fressen."
    blocks = blocks_of(
        f"<p>{PROSE}</p><div><img src='/smilies/sad.gif'> {sentence}</div><p>{PROSE}</p>"
        "<div><img src='/stars.gif'> Noch keine Bewertungen</div>"
    )
    texts = [b.get("text") for b in blocks]
    assert sentence in texts and "Noch keine Bewertungen" not in texts


def test_a_list_inside_an_item_is_kept_apart_one_level_deeper() -> None:
    blocks = blocks_of(
        f"<p>{PROSE}</p><ul><li>Clothes<ul><li>Rain jacket</li><li>Wool <b>socks</b></li></ul> to pack</li>"
        "<li>Food</li><li><ul><li>A list in an item of its own</li></ul></li></ul>"
    )
    assert blocks[1] == {
        "type": "list",
        "ordered": False,
        "start": None,
        "items": ["Clothes to pack", "Rain jacket", "Wool socks", "Food", "A list in an item of its own"],
        "levels": [0, 1, 1, 0, 0],
        "links": [],
        "marks": [{"type": "strong", "text": "socks", "start": 5, "item": 2}],
    }


def test_markdown_nests_a_list_under_its_item_as_far_as_the_marker_reaches() -> None:
    from newsparse.model import Block
    from newsparse.render.markdown import render_block

    ordered = Block("list", ordered=True, items=["Start early", "Check the weather", "Walk"], levels=[0, 1, 0])
    assert render_block(ordered) == "1. Start early\n   - Check the weather\n2. Walk"
    bullets = Block("list", ordered=False, items=["Clothes", "Rain jacket", "Socks"], levels=[0, 1, 2])
    assert render_block(bullets) == "- Clothes\n  - Rain jacket\n    - Socks"
    # the tenth item's marker is a character wider: its list is indented one more
    tenth = render_block(Block("list", ordered=True, items=[*"abcdefghij", "k"], levels=[0] * 10 + [1]))
    assert tenth.endswith("10. j\n    - k")


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("paragraph", "1."),  # a numbered line standing alone (a table's rank as a paragraph)
        ("paragraph", "10. Platz für Bayern"),
        ("paragraph", "---"),
        ("paragraph", "Keine Kommentare\n_____________________\nMeinungen in Beiträgen sind die der Autoren"),
        ("paragraph", "Visitors came to watch <The Palace: Tale of Jang Noksu> at the theater"),
        ("paragraph", "# of votes: 12"),
        ("heading", "<The Palace> returns"),
        ("heading", "What the fans chanted: ###"),  # a last word of "#"s is a closing sequence
        ("heading", "#"),
        ("quote", "    As much as I like certain distros\n==="),
    ],
)
def test_markdown_text_reads_back_as_the_same_text_and_kind_of_block(kind: str, text: str) -> None:
    from markdown_it import MarkdownIt  # Rich's Markdown parser, CommonMark

    from newsparse.model import Block
    from newsparse.render.markdown import render_block

    tokens = MarkdownIt("commonmark").parse(render_block(Block(kind, text=text, level=2)))
    opening = {"paragraph": "paragraph_open", "heading": "heading_open", "quote": "blockquote_open"}[kind]
    assert tokens[0].type == opening
    assert not [t.type for t in tokens if t.type in ("hr", "html_block", "code_block", "bullet_list_open")]
    assert not [t.type for t in tokens if t.type == "heading_open"][int(kind == "heading") :]
    shown = [c.content if c.type == "text" else " " for t in tokens if t.type == "inline" for c in t.children]
    words = "".join(shown).split()
    assert words == " ".join(line.strip() for line in text.split("\n")).split()


@pytest.mark.parametrize("code", ["x = 1", "```python\nprint(1)\n```", "````\nfour\n````", "a ``````` b"])
def test_markdown_code_reads_back_whole_whatever_fences_it_holds(code: str) -> None:
    from markdown_it import MarkdownIt  # Rich's Markdown parser, CommonMark

    from newsparse.model import Block
    from newsparse.render.markdown import render_block

    tokens = MarkdownIt("commonmark").parse(render_block(Block("code", text=code)))
    assert [(t.type, t.content) for t in tokens] == [("fence", code + "\n")]


@pytest.mark.parametrize(
    ("src", "alt", "caption"),
    [
        ("https://cdn.example/a.jpg", "The lander [SpaceX via Nasa]", "A lander *concept*, 2019"),
        ("https://en.wikipedia.org/wiki/File:Moon_(crop).jpg", "a ] stray bracket and a \\ backslash", None),
        ("https://cdn.example/photo 1.jpg", "", None),
    ],
)
def test_markdown_images_read_back_as_the_same_picture_and_words(src: str, alt: str, caption: str | None) -> None:
    from markdown_it import MarkdownIt  # Rich's Markdown parser, CommonMark

    from newsparse.model import Block
    from newsparse.render.markdown import render_block

    tokens = MarkdownIt("commonmark").parse(render_block(Block("image", src=src, alt=alt, caption=caption)))
    inline = [t for t in tokens if t.type == "inline"]
    image = inline[0].children[0]
    assert (image.type, image.attrs["src"], "".join(c.content for c in image.children or [])) == (
        "image",
        src.replace(" ", "%20"),
        alt,
    )
    if caption:
        emphasis = inline[1].children
        assert emphasis[0].type == "em_open" and "".join(t.content for t in emphasis) == caption


@pytest.mark.parametrize(
    "sentence",
    [
        # sentences about cookies, terms and newsletters that ask the reader nothing
        "We, along with third-party vendors such as Google, use first-party cookies to compile data.",
        "Why did the cookie go to the hospital? Because it felt crummy.",
        "The regulator said users agree to the terms of service without reading them, by clicking a button.",
        "Ich bin einverstanden mit dem Ergebnis, sagte der Bürgermeister nach der Sitzung am Montag.",
        "Writing in his latest Power On newsletter, Gurman says the event is being filmed at Apple Park.",
    ],
)
def test_the_storys_sentences_that_name_an_interface_word_are_kept(sentence: str) -> None:
    blocks = blocks_of(f"<p>{PROSE}</p><p>{sentence}</p>")
    assert [b["text"] for b in blocks][1:] == [sentence]


@pytest.mark.parametrize(
    "line",
    [
        # the site's cookie notice
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "Auf unserer Website werden Cookies gemäß unserer Datenschutzerklärung verwendet.",
        "Zachęcamy do regularnych odwiedzin naszej strony. Informujemy, że korzystamy z cookies.",
        "Nous utilisons des cookies pour vous offrir la meilleure expérience.",
        "We use cookies and other tracking technologies to improve your browsing experience on our site, show "
        "personalized content and targeted ads, analyze site traffic, and understand where our audience is coming "
        "from. To find out more or to opt-out, please read our Cookie Policy. In addition, please read our Privacy "
        "Policy, which has also been updated and became effective May 23rd, 2018.",
        "By choosing I Accept, you consent to our use of cookies and other tracking technologies.",
        "By using this site, you agree to our use of cookies.",
        # a form's or an embed's consent line
        "By signing up, you agree to our Privacy Policy and Terms and Conditions.",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
        "Um Deine persönlichen Daten zu schützen, haben wir das automatische Laden der Inhalte von twitter.com "
        "blockiert. Wenn Dir Inhalte dieses Anbieters angezeigt werden sollen, stimme bitte den Bedingungen zu.",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
        "En vous inscrivant, vous acceptez nos conditions générales d'utilisation.",
        "Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.",
        "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu "
        "Twitter her. Hier kannst du deine Einstellungen verwalten, um die Verbindung zu erlauben.",
        "To view this content, please accept social media cookies.",
        "Folge mir auf Instagram! Alle neuen Rezepte bekommst du von mir auch auf Instagram.",
        "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here.",
        "The Times is committed to publishing a diversity of letters to the editor. We’d like to hear what you think.",
        "ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.",
        # a reader's button
        "Beta Escucha la nota",
        "Listen to article · 5 min",
        # a player's note that its video does not play
        "Your browser does not support the video tag.",
        "Ihr Browser unterstützt kein HTML5-Video.",
        "您的浏览器暂时无法播放此视频.",
        "Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram. Mehr erfahren",
        "By loading the post, you agree to Instagram's privacy policy.",
        "Empfohlener redaktioneller Inhalt",
        # prompts to like, to follow, to sign in before commenting; a wiki's page footer
        "Dieser Artikel gefällt Ihnen?",
        "Did you enjoy this article?",
        "Verpasse keine News zu Hardware & Gadgets",
        "Missing out on the latest WordPress.com news? Subscribe to our blog!",
        "Gib deine E-Mail-Adresse ein",
        "Nur angemeldete Benutzer können kommentieren und bewerten.",
        "Only registered users can comment.",
        "Diese Seite wurde zuletzt am 6. Mai 2014 um 10:12 Uhr bearbeitet.",
        "This page was last edited on 5 May 2014, at 10:12.",
        "Some comments may be republished on the website or in the newspaper; email addresses will not be published.",
        "Please understand that comments are moderated and it is not always possible to publish all of them.",
        # a gallery's counter and its way back
        "Image 1 of / 8",
        "Bild 2 von 10",
        "1 / 8",
        "Back to Gallery",
        "Be Sociable, Share!",
        # a note that the browser runs no scripts, set outside <noscript>
        "Twoja przeglądarka nie ma włączonej obsługi JavaScript",
        "Please enable JavaScript to view the comments powered by Disqus.",
        "Bitte aktivieren Sie JavaScript in Ihrem Browser.",
        "JavaScript is required to use this site.",
        "An dieser Stelle findet Ihr einen externen Inhalt von Instagram, der den Artikel ergänzt.",
        # an invitation to the newsletter
        "Never miss the latest news from the Star. Sign up for our newsletters to get today's top stories.",
        "Sie möchten keinen Beitrag verpassen? Dann abonnieren Sie unseren Newsletter!",
        "Nichts Neues verpassen! - Newsletter abonnieren",
        "Pour rester informé, inscrivez-vous à la newsletter.",
        # a line sending the reader to a link
        "Para leer sobre otros hechos en Medellín, clic AQUÍ.",
        "For a look at local election results from Tuesday's municipal elections, click here.",
    ],
)
def test_a_line_of_the_sites_interface_between_the_storys_paragraphs_is_dropped(line: str) -> None:
    blocks = blocks_of(f"<p>{PROSE}</p><p>{line}</p><p>{prose(2)}</p>")
    assert [b["text"] for b in blocks] == [PROSE, prose(2)]


def test_a_sentence_about_consent_or_loading_is_the_storys() -> None:
    for line in (
        "Ohne dein Einverständnis wären wir nie so weit gekommen, sagte er über die Verbindung der beiden Firmen.",
        "To view this content in full, the museum asks visitors to book ahead, and most accept the rule gladly.",
        "An dieser Stelle wird der Bürgermeister einen externen Inhalt prüfen lassen, sagte die Sprecherin.",
        "Only registered users can vote in the election, the court ruled on Monday.",
        "Some comments may be published later, the minister said, once the review ends.",
        "Developers can enable JavaScript source maps in the new release, the company said.",
        "Knowledge of JavaScript is required for the job, the agency said.",
        "3 von 5 Sternen",
        "2019 / 2020",
    ):
        blocks = blocks_of(f"<p>{PROSE}</p><p>{line}</p><p>{prose(2)}</p>")
        assert [b["text"] for b in blocks] == [PROSE, line, prose(2)]


def test_a_question_and_answer_sites_user_cards_and_answer_form_are_not_the_answers() -> None:
    card = "<p>3,9269 gold badges27 silver badges46 bronze badges</p>"
    closing = "<h2>Your Answer</h2><h2>Not the answer you're looking for? Browse other questions tagged verbs.</h2>"
    blocks = blocks_of(f"<p>{PROSE}</p>{card}<p>{prose(2)}</p><p>{prose(3)}</p>{card}{closing}")
    assert [b["text"] for b in blocks] == [PROSE, prose(2), prose(3)]


def test_items_cells_and_captions_keep_punctuation_by_the_word_and_space_apart_their_elements() -> None:
    blocks = blocks_of(
        f"<p>{PROSE}</p><ul><li>A game for <a href='/p'><strong>Joe Schobert</strong></a>, who (<em>again</em>) led"
        "</li><li><span class='date'>16.12.2021</span><a href='/a'>Ein Test</a></li>"
        "<li>When it comes to<br>building a brand: „<i>Marke</i>“ and “<i>brand</i>”</li></ul>"
        "<table><tr><th>Time</th><th>Where</th></tr><tr><td>11:00</td><td>Goes to the <a href='/m'>museum</a>."
        "</td></tr></table><figure><img src='/a.jpg'><figcaption>(Photo: <a href='/b'>Brett Davis</a>, AP)"
        "</figcaption></figure><ul><li><a href='/x'>两性</a>（<b>健康</b>）、<a href='/y'>体育</a></li>"
        "<li>Parent <b>item</b>, with<ul><li>child</li></ul></li></ul>"
    )
    assert blocks[1]["items"] == [
        "A game for Joe Schobert, who (again) led",
        "16.12.2021 Ein Test",
        "When it comes to building a brand: „Marke“ and “brand”",
    ]
    assert blocks[2]["rows"][1] == ["11:00", "Goes to the museum."]
    assert blocks[3]["caption"] == "(Photo: Brett Davis, AP)"
    assert blocks[4]["items"] == ["两性（健康）、体育", "Parent item, with", "child"]


def test_a_lone_mark_is_no_paragraph_but_a_scene_break_and_a_one_character_word_are() -> None:
    blocks = blocks_of(f"<p>{PROSE}</p><p>.</p><p>“</p><p>/</p><p>* * *</p><p>好</p><p>{PROSE}</p>")
    assert [b["text"] for b in blocks] == [PROSE, "* * *", "好", PROSE]


def test_paragraphs_and_headings_an_inline_element_wraps_stay_apart() -> None:
    """Older pages wrap a whole story in <font> or <span>: its paragraphs are not one
    paragraph of lines; an item or a row inside such an element is still a line."""
    first, second = PROSE, PROSE.replace("long enough", "quite long enough")
    for wrapper in ("font size='3'", "span class='text'", "b"):
        tag = wrapper.split()[0]
        blocks = blocks_of(f"<div><{wrapper}><p>{first}</p><h2>Part two</h2><p>{second}</p></{tag}></div>")
        assert [b["text"] for b in blocks] == [first, "Part two", second], wrapper
    lines = blocks_of(f"<p><span>{first}<br>Second line</span></p><p>{second}</p>")
    assert [b["text"] for b in lines] == [f"{first}\nSecond line", second]


def test_a_list_of_a_widgets_buttons_is_no_part_of_the_story_but_a_list_of_short_facts_is() -> None:
    buttons = "<ul><li>DİĞER GALERİLER</li><li>TÜMÜNÜ GÖSTER</li><li>TAM EKRAN YAP</li></ul>"
    facts = "<ul><li>Flour</li><li>Sugar</li><li>Eggs</li></ul>"
    blocks = blocks_of(f"<p>{PROSE}</p>{buttons}<p>{prose(2)}</p>{facts}")
    assert [b.get("text") or b.get("items") for b in blocks] == [PROSE, prose(2), ["Flour", "Sugar", "Eggs"]]


def test_an_ordered_lists_first_number_and_a_code_blocks_language_are_kept() -> None:
    # a listicle whose pictures part its numbered items into lists of their own
    blocks = blocks_of(
        f"<p>{PROSE}</p><ol><li>The first place</li></ol><p>{prose(2)}</p><ol start=' 2 '><li>The second</li>"
        "<li>The third</li></ol><ol start='x'><li>Another list</li></ol><ul><li>A bullet</li></ul>"
        "<pre class='brush: php; gutter: false'>echo 1;</pre><pre><code class='hljs language-Python'>x = 1</code>"
        "</pre><pre data-lang='rust'>fn main() {}</pre><pre class='code'>plain</pre>"
    )
    assert [b["start"] for b in blocks if b["type"] == "list"] == [1, 2, 1, None]
    assert [b["language"] for b in blocks if b["type"] == "code"] == ["php", "python", "rust", None]
    article = newsparse.extract(
        "<html><body><article><h1>T</h1>"
        f"<p>{PROSE}</p><ol start='9'><li>Nine</li><li>Ten</li></ol><pre><code class='lang-js'>f()</code></pre>"
        "</article></body></html>"
    )
    assert "9. Nine\n10. Ten" in article.to_markdown() and "```js\nf()\n```" in article.to_markdown()


def test_a_recipe_plugins_invitation_under_the_card_is_no_part_of_the_recipe() -> None:
    blocks = blocks_of(
        f"<p>{PROSE}</p><ol><li>Mash the bananas in a bowl.</li><li>Stir in the butter.</li></ol>"
        "<div>Tried this recipe? <a href='https://instagram.com/x'>Mention @foodblog</a> or tag #foodblog!</div>"
        "<p>Did you make this recipe? Tag @foodblog on Instagram</p>"
        "<p>We tried this recipe twice, and both loaves rose.</p>"
    )
    assert [b.get("text") or b.get("items") for b in blocks] == [
        PROSE,
        ["Mash the bananas in a bowl.", "Stir in the butter."],
        "We tried this recipe twice, and both loaves rose.",
    ]


def test_invitations_to_like_find_or_join_the_outlet_on_a_network_close_no_story() -> None:
    blocks = blocks_of(
        f"<p>{PROSE}</p><p>{prose(2)}</p><p>Anna Berg</p>"
        "<p>Folgen Sie uns auf Twitter<br>Liken Sie uns auf Facebook</p>"
        "<h3>CONNECT WITH US</h3><p>Join us on Telegram</p>"
    )
    assert [b["text"] for b in blocks] == [PROSE, prose(2)]  # the name closing the story is its signature
    # a sentence that happens to start so is the story's
    blocks = blocks_of(f"<p>{PROSE}</p><p>Join us in welcoming the new mayor, who takes office on Monday.</p>")
    assert blocks[-1]["text"] == "Join us in welcoming the new mayor, who takes office on Monday."


def test_cross_link_lines_orphaned_labels_and_coverage_pointers_are_no_story() -> None:
    blocks = blocks_of(
        f"<p>{PROSE}</p><p>Related post: Pickled Brussels Sprouts Recipe</p><p>{prose(2)}</p><p>More:</p>"
        "<p>Follow AP's full coverage of Brexit at https://apnews.com/Brexit</p><p>Topics</p>"
    )
    assert [b["text"] for b in blocks] == [PROSE, prose(2)]
    # a bare "Related links:" still titles the closing section, which ends the story
    blocks = blocks_of(f"<p>{PROSE}</p><p>{prose(2)}</p><p>Related links:</p><p>{prose(3)}</p>")
    assert [b["text"] for b in blocks] == [PROSE, prose(2)]
    # and a sentence that opens so stays
    blocks = blocks_of(f"<p>{PROSE}</p><p>Related to this, the council said it would act within a month.</p>")
    assert blocks[-1]["text"] == "Related to this, the council said it would act within a month."


def test_a_count_of_views_and_a_bare_time_of_change_are_no_story() -> None:
    blocks = blocks_of(f"<p>37 views</p><p>{PROSE}</p><p>letture</p><p>{prose(2)}</p><p>Updated at 1:23 p.m.</p>")
    assert [b["text"] for b in blocks] == [PROSE, prose(2)]
    blocks = blocks_of(f"<p>{PROSE}</p><p>The views of the residents were heard at the meeting on Monday.</p>")
    assert blocks[-1]["text"] == "The views of the residents were heard at the meeting on Monday."


def test_a_chinese_closing_section_title_spaced_out_still_ends_the_story() -> None:
    story = "".join(f"<p>第{n}段：市政府今天宣布了新的交通计划，预计明年年底前完成全部工程建设。</p>" for n in range(6))
    rules = "<p>1. 任何言论纯属作者个人观点，与本站无关；</p><p>2. 禁止发表违反国家法律、法规的言论、信息；</p>"
    for title in ["<p>郑 重 声 明</p>", "<h3>相 关 新 闻</h3>", "<p>今<br>日<br>推<br>荐</p>"]:
        texts = [b["text"] for b in blocks_of(story + title + rules)]
        assert len(texts) == 6 and texts[-1].startswith("第5段"), title


def test_a_blog_posts_trackback_address_is_no_story() -> None:
    blocks = blocks_of(
        f"<p>{PROSE}</p><p>{prose(2)}</p><p>Trackback: http://tb.example.net/TrackBack.aspx?PostId=5</p>"
    )
    assert [b["text"] for b in blocks] == [PROSE, prose(2)]


def test_a_share_bars_buttons_closing_a_live_blogs_entries_leave_them() -> None:
    entries = [
        "Okay, folks! That's it from the game. India have made their way to the semi-finals with a massive win.",
        "Mohammed Shami gets the Player of the Match award after a spell of five wickets for eighteen runs.",
        "Sri Lanka are all out for 55, the lowest total of the tournament so far, as India win by 302 runs.",
    ]
    bar = (
        "<div class='ss'><a href='javascript:void(0)'><div class='tip'>facebook</div></a>"
        "<a href='javascript:void(0)'><div class='tip'>twitter</div></a><a href='#80'><div>Share Link</div></a></div>"
    )
    items = "".join(f"<li><div class='entry'><div class='txt'>{entry}</div>{bar}</div></li>" for entry in entries)
    blocks = blocks_of(f"<p>{PROSE}</p><ul>{items}</ul>")
    assert blocks[1]["items"] == entries
    # one network named at a sentence's end is the sentence's
    said = "The minister announced the plan in a post on Twitter"
    assert blocks_of(f"<p>{PROSE}</p><p>{said}</p>")[1]["text"] == said
