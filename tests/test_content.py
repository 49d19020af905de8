"""Choosing the main content: prose wins over menus, sidebars, related links and comments."""

from __future__ import annotations

import json

import pytest

import newsparse
from newsparse.html.clean import is_furniture_name
from newsparse.html.parse import parse_html, select
from newsparse.trace import Trace

PARAS = [
    "The first paragraph of the story explains what happened, where, and why it matters to readers.",
    "The second paragraph quotes a witness, who said the water rose faster than anyone expected.",
    "The third paragraph gives the background, with figures from the council and the weather service.",
]

# A reader's comment: prose, however long, that is no part of the story
COMMENT = "I completely disagree with this article, and here is a long explanation of why, with many words"


def page(article: str, extra: str = "") -> str:
    nav = "<ul class='menu'>" + "".join(f"<li><a href='/{n}'>Section {n}</a></li>" for n in range(12)) + "</ul>"
    sidebar = (
        "<div class='sidebar'>"
        + "".join(f"<p><a href='/s{n}'>Popular story {n} with a long title</a></p>" for n in range(8))
        + "</div>"
    )
    body = f"{nav}<div class='wrap'>{article}{sidebar}</div>{extra}"
    return f"<html><head><title>Flood</title></head><body>{body}</body></html>"


def story_box(texts: list[str]) -> str:
    """The story's paragraphs in the box templates give them."""
    return "<div class='story'>" + "".join(f"<p>{p}</p>" for p in texts) + "</div>"


def paragraphs(html: str) -> list[str]:
    return [b["text"] for b in newsparse.extract(html).to_dict()["blocks"] if b["type"] == "paragraph"]


def test_article_chosen_over_menus_and_sidebar() -> None:
    body = story_box(PARAS)
    assert paragraphs(page(body)) == PARAS


def test_comments_and_related_links_left_out() -> None:
    body = story_box(PARAS)
    extra = (
        "<div id='comments'><p>I think the council should have acted sooner, this happens every single year.</p></div>"
        "<div class='related'><a href='/x'>Earlier flood warnings went unheeded, residents say</a></div>"
    )
    assert paragraphs(page(body, extra)) == PARAS


def test_split_body_siblings_are_joined() -> None:
    body = "".join(f"<div class='story-part'><p>{p}</p><p>{p} Again.</p></div>" for p in PARAS)
    assert paragraphs(page(body)) == [text for p in PARAS for text in (p, f"{p} Again.")]


def test_misleading_class_on_the_article_itself_is_overcome() -> None:
    body = "<div class='comment-free share'>" + "".join(f"<p>{p}</p>" for p in PARAS * 3) + "</div>"
    assert paragraphs(page(body)) == PARAS * 3


def test_chinese_text_is_measured_in_characters() -> None:
    zh = [
        "今年入汛以来，全省平均降雨量较常年同期偏多三成，多条河流出现超警戒水位。",
        "省防汛抗旱指挥部要求各地加强巡查，提前转移危险区域群众，确保人员安全。",
    ]
    body = "<div class='zw'>" + "".join(f"<p>{p}</p>" for p in zh) + "</div>"
    assert paragraphs(page(body)) == zh


def test_legal_footer_lines_dropped_inside_content() -> None:
    body = (
        "<div class='story'>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "<p>版权所有 未经授权禁止转载</p><p>京ICP备05004340号</p>"
        + "<p>© Verlagsgruppe 2022. Alle Rechte vorbehalten.</p>"
        + "<p>The material on this site may not be reproduced, except with the prior written permission.</p>"
        + "<p>(C)2024 株式会社サンプル</p></div>"  # the year set against the sign, as Japanese sites write it
    )
    assert paragraphs(page(body)) == PARAS


def test_a_line_of_the_sites_own_pages_between_bars_is_its_footer() -> None:
    footers = [
        "IMPRESSUM | DATENSCHUTZ | COPYRIGHT ANNA MEIER | A STUDIO PROJECT",
        "Imprint · Privacy Policy · Terms of Use",
    ]
    assert paragraphs(page(story_box([*PARAS, *footers]))) == PARAS
    # one such name among others is a story's line ("Kontakt | Anfahrt" of an event's box)
    assert paragraphs(page(story_box([*PARAS, "Kontakt | Anfahrt"]))) == [*PARAS, "Kontakt | Anfahrt"]


def test_all_rights_reserved_in_twenty_more_languages_is_a_legal_line_without_its_copyright_sign() -> None:
    notices = [
        *("Todos os direitos reservados.", "Alle rechten voorbehouden.", "Wszelkie prawa zastrzeżone."),
        *(
            "Všechna práva vyhrazena.",
            "Všetky práva vyhradené.",
            "Minden jog fenntartva.",
            "Toate drepturile rezervate.",
        ),
        *("Sva prava pridržana.", "Все права защищены.", "Tüm hakları saklıdır.", "Alla rättigheter förbehållna."),
        *("Kaikki oikeudet pidätetään.", "Visos teisės saugomos.", "Kõik õigused kaitstud.", "כל הזכויות שמורות"),
        *("جميع الحقوق محفوظة", "सर्वाधिकार सुरक्षित", "สงวนลิขสิทธิ์", "Bản quyền thuộc về Báo Ví Dụ."),
        "Hak cipta dilindungi undang-undang.",
    ]
    body = story_box([*PARAS, *notices])
    assert paragraphs(page(body)) == PARAS
    # a paragraph of the story quoting the words stays
    quoting = "The label printed Все права защищены on every copy, " + "and the court heard why for hours. " * 6
    assert paragraphs(page(story_box([*PARAS, quoting]))) == [*PARAS, quoting.strip()]


def test_a_sites_closing_blurb_ending_in_its_copyright_is_dropped_but_prose_quoting_it_stays() -> None:
    blurb = (
        "Motorsite.com is the leading automotive resource for the region, featuring daily headlines and "
        "breaking news from the auto industry and around the world, with test drives, car show reports, "
        "technology and safety updates, motorsports and a buyers guide. © 2000-2019 Motorsite.com, Inc. "
        "All Rights Reserved.<br>Use of any portion of this site constitutes acceptance of our Terms of Use"
    )
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{blurb}</p></div>"
    assert paragraphs(page(body)) == PARAS
    quoting = "The licences stand between copyright (all rights reserved) and the public domain, as the group says."
    body = story_box([*PARAS, quoting])
    assert paragraphs(page(body)) == [*PARAS, quoting]


def test_a_related_box_inside_the_story_does_not_end_it() -> None:
    resumed = (
        "After the break the story resumes with the longest paragraph of all, which sets out what the council "
        "will do next: new pumps for the lower town, a review of the warning system that failed on the night, "
        "and money for the families whose homes were flooded, to be paid before the winter. The mayor said the "
        "plan would be put to a vote next month, and that the town could not wait for another flood to act."
    )
    box = (
        "<h3>Related</h3><ul>" + "".join(f"<li><a href='/r{n}'>Related story {n}</a></li>" for n in range(4)) + "</ul>"
    )
    body = "<article>" + "".join(f"<p>{p}</p>" for p in PARAS) + box + f"<p>{resumed}</p></article>"
    assert paragraphs(page(body))[-1] == resumed
    # A closing section followed by teasers still ends the story.
    teasers = "".join(f"<p>Teaser {n}: a short standfirst.</p>" for n in range(3))
    closing = "<article>" + "".join(f"<p>{p}</p>" for p in PARAS) + "<h3>Related</h3>" + teasers + "</article>"
    assert paragraphs(page(closing)) == PARAS


def test_a_story_served_inside_noscript_is_kept_and_its_pixels_are_not() -> None:
    body = (
        "<noscript><img src='https://track.example/pixel.gif'><p>Please enable JavaScript.</p></noscript>"
        "<noscript><div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></noscript>"
    )
    record = newsparse.extract(page(body)).to_dict()
    assert [b["text"] for b in record["blocks"]] == PARAS


def test_a_page_left_inside_an_unclosed_noscript_is_read_whatever_sets_its_paragraphs() -> None:
    # <noscript><div> for browsers without scripts, closed at the page's end: a parser
    # puts the whole page inside the <noscript>, here with <div>s for paragraphs.
    menu = "<div class='menu'>" + "".join(f"<div><a href='/{n}'>Section {n}</a></div>" for n in range(9)) + "</div>"
    story = "<div class='text'>" + "".join(f"<div>{p}</div>" for p in PARAS * 2) + "</div>"
    body = f"<noscript><div class='nojs'></noscript>{menu}<h1>Flood</h1>{story}<noscript></div></noscript>"
    assert paragraphs(f"<html><head><title>Flood</title></head><body>{body}</body></html>") == PARAS * 2


def test_a_short_post_keeps_its_share_bar_out() -> None:
    # Under 500 characters of story: the scorer looks again without the furniture marks,
    # which must not bring the share bar back.
    share = (
        "<div class='sharedaddy'><h3>Share this:</h3><ul>"
        + "".join(f"<li><a href='/s/{n}'>{n}</a></li>" for n in ("Facebook", "Twitter", "Email"))
        + "</ul></div>"
    )
    body = f"<article><p>{PARAS[0]}</p><p>{PARAS[1]}</p>{share}</article>"
    record = newsparse.extract(page(body)).to_dict()
    assert [b.get("text") for b in record["blocks"]] == PARAS[:2]


def test_a_picture_story_keeps_its_gallery_however_the_gallery_is_named() -> None:
    """A gallery page ("In pictures") tells its story in its captions under a line or two:
    the gallery's class names, furniture elsewhere (another story's slideshow), do not
    leave the captions out."""
    pictures = "".join(
        f"<figure class='gallery-item'><img src='https://example.com/{n}.jpg' alt='Picture {n}'>"
        f"<figcaption>Residents clear the debris in the town centre, scene number {n} of the day.</figcaption></figure>"
        for n in range(6)
    )
    body = f"<article><p>{PARAS[0]}</p><div class='gallery'>{pictures}</div></article>"
    blocks = newsparse.extract(page(body)).to_dict()["blocks"]
    assert [b["type"] for b in blocks] == ["paragraph"] + ["image"] * 6
    assert blocks[-1]["caption"] == "Residents clear the debris in the town centre, scene number 5 of the day."


def test_interface_lines_in_other_languages_are_dropped_and_see_also_does_not_end_the_story() -> None:
    story = [
        "Der erste Absatz erzählt, was geschehen ist, wo und warum es für die Leser wichtig ist.",
        "Lesen Sie auch",
        "Der zweite Absatz zitiert eine Zeugin, die sagt, das Wasser sei schneller gestiegen als erwartet.",
        "Der dritte Absatz liefert den Hintergrund, mit Zahlen des Rates und des Wetterdienstes.",
        "Teilen mit:",
        "Teilen Sie dies mit:",
        "Gefällt mir:",
        "J’aime :",
        "Jetzt teilen!",
        "Versenden",
        "Bisher keine Kommentare",
        "Wird geladen …",
        "Zobacz również",
        "Tempo de leitura: 2 minutos",
        "4 min de lecture",
        "przeczytanie zajmie 4 min",
    ]
    body = story_box(story)
    assert paragraphs(page(body)) == [story[0], story[2], story[3]]


def test_ads_share_buttons_photo_credits_follow_lines_galleries_and_ratings_of_more_languages_are_dropped() -> None:
    story = [
        "Первый абзац рассказывает о том, что произошло, где и почему это важно для читателей газеты.",
        "Второй абзац приводит слова свидетеля, который сказал, что вода поднялась быстрее, чем ожидалось.",
        "Третий абзац даёт предысторию с цифрами городского совета и метеорологической службы.",
    ]
    interface = [
        *("Реклама", "Sponsored Links", "Поделиться", "Фото: РИА Новости", "Подписывайтесь на наш канал в Telegram"),
        *(
            "Advertentie",
            "Volg ons op Twitter",
            "広告",
            "スポンサードリンク",
            "シェアする",
            "광고",
            "공유하기",
            "Quảng cáo",
            "Chia sẻ",
        ),
        *("Reklam", "Paylaş", "Fotoğraf: AA", "Bagikan", "Ikuti kami di Instagram", "Siga-nos no Instagram"),
        # a gallery's lightbox buttons and counter, a rating widget and its tally
        *("Bild anzeigen Bild schließen", "2 von 17", "Bild anzeigen", "3 of 12", "War der Artikel nützlich?"),
        *("(95 Stimmen: 4,73 von 5)", "(12 votes, average: 4.50 out of 5)"),
    ]
    body = story_box([story[0], *interface, *story[1:]])
    assert paragraphs(page(body)) == story


def test_labels_buttons_and_prompts_of_twenty_more_languages_are_dropped() -> None:
    interface = [
        *("Annonce", "Reklame", "Hirdetés", "Reclame", "โฆษณา", "פרסומת"),
        *("Číst dál", "Tovább", "Citește mai mult", "Читать далее", "Devamını oku", "อ่านต่อ", "더보기", "阅读全文"),
        *("閱讀全文", "اقرأ المزيد", "Del artikkelen", "Dela artikeln", "Jaa artikkeli", "Partilhar", "分享"),
        *("Melden Sie sich für unseren Newsletter an", "Suscríbete a nuestro boletín", "Zapisz się do newslettera"),
        *("Bültenimize abone olun", "Schrijf je in voor onze nieuwsbrief", "Abonner på vårt nyhetsbrev"),
        *("Přihlaste se k odběru newsletteru", "Iratkozz fel hírlevelünkre", "Đăng ký nhận bản tin"),
        *("ニュースレターを購読", "뉴스레터 구독하기"),
        *("Загрузка...", "読み込み中...", "加载中...", "Печать", "Yazdır"),
        *("Kuva: Lehtikuva", "사진=연합뉴스", "Zdjęcie: East News", "Etiketler: ekonomi", "标签：经济", "タグ：経済"),
        *("Reclamă", "Reklāma", "Reklaam", "फोटो: पीटीआई", "ภาพ: รอยเตอร์", "צילום: רויטרס"),
        # share buttons naming the network as the language inflects it, or in its own letters
        *("Udostępnij na Facebooku", "Jaa Facebookissa", "Distribuie pe Facebook", "שתפו בפייסבוק", "شارك على فيسبوك"),
    ]
    body = story_box([PARAS[0], *interface, *PARAS[1:]])
    assert paragraphs(page(body)) == PARAS


def test_the_words_a_byline_leaves_when_its_linked_names_went_are_dropped() -> None:
    body = story_box(["By", "<a href='/a/1'>Jane Doe</a>", "and", "<a href='/a/2'>John Roe</a>", *PARAS])
    assert paragraphs(page(body)) == PARAS


def test_an_invitation_to_the_outlets_channel_goes_and_a_sentence_about_a_channel_stays() -> None:
    story = [
        "El primer párrafo cuenta lo que pasó, dónde y por qué importa a los lectores del diario.",
        "El ministerio publicó el video en su canal de YouTube el martes, según confirmaron fuentes oficiales.",
        "¿Ya sabías que en Noticias.com tenemos canal de Telegram? Únete desde tu celular en este enlace.",
        "¡Mira lo que tiene nuestro canal de YouTube!",
        "Join our WhatsApp channel for the latest news.",
        "Catch up on the election campaign with our experts on our weekly politics podcast, “Ground Game.”",
        "Click here to subscribe to our podcast on Apple Podcasts or Spotify.",
        # interface lines in brackets are interface lines still
        "(Story continues below)",
        "[Advertisement]",
        # a notice that the text holds affiliate links
        "Hinweis: Dieser Artikel enthält Affiliate-Links und/oder werbende Inhalte.",
        "*Affiliate-Link",
        "Cet article contient des liens affiliés.",
        "As an Amazon Associate I earn from qualifying purchases.",
        "Note to readers: if you purchase something through one of our affiliate links we may earn a commission.",
    ]
    body = story_box(story)
    assert paragraphs(page(body)) == story[:2]
    said = "The minister spoke about the budget on a podcast (“The Week”) on Tuesday, and about affiliate links."
    assert paragraphs(page(story_box([*PARAS, said]))) == [*PARAS, said]
    said = "If you buy early, we get more funding for the project, the organiser said."
    assert paragraphs(page(story_box([*PARAS, said]))) == [*PARAS, said]


def test_a_recommendations_heading_in_german_ends_the_story() -> None:
    teasers = "".join(f"<p>Ein anderer Beitrag Nummer {n}, mit einem langen Titel.</p>" for n in range(3))
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS) + "<h3>Empfohlene Beiträge</h3>"
    assert paragraphs(page(body + teasers + "</div>")) == PARAS


def test_a_box_of_teaser_pictures_under_its_title_ends_the_story() -> None:
    for title in ("Editors’ Recommendations:", "Latest Buzz", "Dernières News sur : Jacques Chirac"):
        pictures = "".join(f"<figure><img src='/t{n}.jpg'></figure>" for n in range(3))
        body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS) + f"<h3>{title}</h3>{pictures}</div>"
        blocks = newsparse.extract(page(body)).to_dict()["blocks"]
        assert [b.get("text") for b in blocks] == PARAS, title


LEAD = "Residents were moved to higher ground overnight, and the council says the worst is yet to come."


def test_the_standfirst_between_headline_and_body_leads_the_story() -> None:
    head = f"<header><h1>Flood</h1><p class='byline'>By Ann Lee</p><div class='standfirst'>{LEAD}</div></header>"
    body = story_box(PARAS * 2)
    assert paragraphs(page(f"<article>{head}{body}</article>")) == [LEAD, *PARAS * 2]


def test_no_standfirst_is_taken_from_a_caption_a_link_list_or_a_repeat() -> None:
    caption = f"<div class='hero'><img src='/flood.jpg'><span>{LEAD}</span></div>"
    links = "<div class='more'>" + "".join(f"<a href='/{n}'>Another story number {n} here</a> " for n in range(9))
    body = story_box(PARAS * 2)
    repeat = f"<div class='summary'>{PARAS[0]}</div>"
    assert paragraphs(page(f"<div><h1>Flood</h1>{caption}{body}</div>")) == PARAS * 2
    assert paragraphs(page(f"<div><h1>Flood</h1><div class='intro'>{LEAD}</div>{links}</div>{body}</div>")) == PARAS * 2
    assert paragraphs(page(f"<div><h1>Flood</h1>{repeat}{body}</div>")) == PARAS * 2


def test_a_paywall_box_holding_the_rest_of_the_story_is_the_story() -> None:
    more = [p.replace("paragraph", "later paragraph") for p in PARAS * 3]
    gated = "<div class='paywall'>" + "".join(f"<p>{p}</p>" for p in more) + "</div>"
    notice = "<div class='paywall-notice'><p>Subscribe to read on.</p></div>"
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS * 2) + gated + notice + "</div>"
    assert paragraphs(page(body)) == [*PARAS * 2, *more]
    # Each paragraph past the free ones marked alone: together they are the story.
    marked = "".join(f"<p class='paywall'>{p}</p>" for p in more)
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS * 2) + marked + notice + "</div>"
    assert paragraphs(page(body)) == [*PARAS * 2, *more]
    # with a subheading marked so between them, and one paragraph thick with links
    linked = (
        "The <a href='/a'>council's statement</a> and <a href='/b'>the weather service's figures</a>, out on "
        "Tuesday, show how fast the river rose."
    )
    marked = f"<h3 class='paywall'>What comes next</h3>{marked}<p class='paywall'>{linked}</p>"
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS * 2) + marked + notice + "</div>"
    blocks = newsparse.extract(page(body)).blocks
    assert [b.text for b in blocks if b.type == "heading"] == ["What comes next"]
    assert [b.text for b in blocks if b.type == "paragraph"][-4:] == [
        *more[-3:],
        "The council's statement and the weather service's figures, out on Tuesday, show how fast the river rose.",
    ]
    # Offers side by side, each short, are no story however long together.
    offers = "".join(f"<div class='paywall-package'><p>{PARAS[n] * 2}</p></div>" for n in range(3))
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS * 2) + offers + "</div>"
    assert paragraphs(page(body)) == PARAS * 2


def test_a_paywalls_offer_of_short_lines_and_lists_is_no_story_on_either_pass() -> None:
    # the box's class and id both named, as Lexbor's answer to "[class], [id]" lists it twice
    perks = "".join(f"<li>Read every article on the site, perk number {n}, with the app</li>" for n in range(8))
    offer = (
        "<section class='row paywall' id='regWall'><p>Already a subscriber? Sign in</p><p>Read this article now!</p>"
        f"<p>Exclusive benefits:</p><ul>{perks}</ul><h3>Digital 3 € a month for 3 months</h3><ul>{perks}</ul>"
        "<p>* Required fields</p></section>"
    )
    free = "<section class='row non-paywall'><h1>Flood</h1>" + "".join(f"<p>{p}</p>" for p in PARAS[:2]) + "</section>"
    assert paragraphs(page(f"<main>{free}{offer}</main>")) == PARAS[:2]


def test_an_element_matching_several_selectors_of_a_list_is_selected_once_in_document_order() -> None:
    tree = parse_html("<body><div class='a' id='b'>1</div><header class='h'>2</header><p id='c'>3</p></body>")
    assert [node.text() for node in tree.body.css("[class], [id], header")] == ["1", "1", "2", "2", "3"]  # Lexbor's
    assert [node.text() for node in select(tree.body, "[class], [id], header")] == ["1", "2", "3"]


def test_a_box_inside_the_story_goes_and_the_story_resumes_after_it() -> None:
    later = [
        f"{p} It was the {n}th time this had been said in the town since the flood began."
        for n, p in enumerate(PARAS * 2)
    ]
    box = (
        "<h3>More from UK</h3><ul>"
        + "".join(f"<li><a href='/r{n}'>Other story {n}</a></li>" for n in range(4))
        + "</ul>"
    )
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS) + box + "".join(f"<p>{p}</p>" for p in later)
    blocks = newsparse.extract(page(body + "</div>")).to_dict()["blocks"]
    assert [b["text"] for b in blocks] == [*PARAS, *later]
    # Teasers, each under its picture, are no story going on.
    teasers = "".join(f"<img src='/t{n}.jpg'><p>{p}</p>" for n, p in enumerate(later))
    closing = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS) + "<h3>You may also like</h3>" + teasers
    assert paragraphs(page(closing + "</div>")) == PARAS


def test_a_hidden_schema_org_copy_of_the_story_is_not_shown() -> None:
    copy = (
        "<div style='display:none' itemscope itemtype='http://schema.org/NewsArticle'>"
        "<div itemprop='headline'>Flood</div><div itemprop='datePublished'>2019-11-19T08:57:40+01:00</div>"
        "<div itemprop='articleBody'>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></div>"
    )
    body = story_box(PARAS * 2) + copy
    assert paragraphs(page(body)) == PARAS * 2


def test_a_hidden_box_holding_most_of_the_page_is_the_page_or_its_story() -> None:
    """A script hides the page until it has loaded, or a banner's box left unclosed runs on
    around it: removed as hidden, it would leave nothing."""
    story = "<h1>Flood</h1>" + "".join(f"<p>{p}</p>" for p in PARAS * 3)
    wrappers = ("<div style='display:none'>{}</div>", "<div id='page' hidden>{}</div>", "<div role='alert'>{}")
    for wrapper in wrappers:
        html = "<html><body>" + wrapper.format("<p>We use cookies.</p>" + story) + "</body></html>"
        assert PARAS[0] in paragraphs(html), wrapper
    # a WeChat article: its body hidden until a script shows it, the headline above it
    paras = [
        "今年以来，我市坚持以人民为中心的发展思想，扎实推进各项民生工程，城乡居民收入稳步增长，社会事业全面进步。",
        "据统计，前三季度全市新增城镇就业人数超过十二万人，城镇登记失业率控制在百分之三以内，就业形势总体稳定。",
        "下一步，我市将继续加大民生投入力度，着力解决群众急难愁盼问题，不断增强人民群众的获得感、幸福感和安全感。",
        "在教育方面，新建改扩建中小学和幼儿园三十余所，新增学位两万余个，有效缓解了城区学校大班额问题。",
    ]
    wechat = (
        "<html><body><div id='img-content'><h1 class='rich_media_title'>民生工程扎实推进</h1>"
        "<div class='rich_media_meta_list'><a id='js_name'>某某发布</a></div>"
        "<div id='js_content' style='visibility: hidden;'>" + "".join(f"<p><span>{p}</span></p>" for p in paras)
    )
    assert paragraphs(wechat + "</div></div></body></html>") == paras
    # a consent manager's list of cookies, hidden from the layout, longer than the story: no story
    cookies = "".join(
        f"<p>Cookie {n}: set by the provider to remember the visitor's consent choices for one year.</p>"
        for n in range(12)
    )
    consent = f"<div style='display:none'><p>Privacy settings</p>{cookies}</div>"
    assert paragraphs(page(consent + story_box(PARAS))) == PARAS
    # a hidden box holding a headline and less than half the page's text stays hidden
    menu = "<div hidden><h1>Site</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
    assert paragraphs(page(menu + story_box(PARAS * 3))) == PARAS * 3


def test_an_element_classed_hidden_is_not_shown_and_one_hidden_on_small_screens_is() -> None:
    poll = "<div class='hidden'><p>48% (95 Stimmen)</p><p>200 haben ihre Stimme bereits abgegeben</p></div>"
    assert paragraphs(page(story_box(PARAS[:2]).replace("</div>", poll + "</div>") + story_box(PARAS[2:]))) == PARAS
    wide = (
        "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS[1:]) + f"<p class='hidden-xs'>{PARAS[0]}</p></div>"
    )
    assert paragraphs(page(wide)) == [*PARAS[1:], PARAS[0]]


def test_a_page_is_read_as_a_wide_screen_shows_it_by_its_utility_classes() -> None:
    """Tailwind's "hidden lg:block" is shown on a desktop, "lg:hidden" and Bootstrap's
    "d-md-none" are not: the story set for desktops is read, a phone's copy is not."""
    desktop = "<div class='hidden lg:block prose'>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
    phone = "<div class='lg:hidden'><p>Read the whole story in our app: tap here to install it on your phone.</p></div>"
    assert paragraphs(page(phone + desktop)) == PARAS
    teaser = f"<div class='d-block d-md-none'><p>{PARAS[0]} Swipe for more.</p></div>"
    assert paragraphs(page(teaser + story_box(PARAS))) == PARAS
    # Tailwind's classes with a site's prefix
    prefixed = (
        "<div class='tw-block md:tw-hidden'><p>We moved the story to our app, where it reads best on phones.</p></div>"
    )
    assert paragraphs(page(story_box(PARAS[:1]) + prefixed + story_box(PARAS[1:]))) == PARAS
    trace = Trace()
    newsparse.extract(page(teaser + story_box(PARAS)), trace=trace)
    assert {"element": "div.d-block.d-md-none", "rule": "class shows it on narrow screens only"} in trace.furniture
    # hidden at every width by its style, whatever its classes say
    styled = desktop.replace("class=", "style='display:none' class=")
    assert paragraphs(page(styled + story_box(PARAS[:2]))) == PARAS[:2]


def test_a_story_cut_in_two_boxes_of_one_class_by_an_advertisements_row_is_read_whole() -> None:
    opening = [
        f"Tim Kaine is not the only opponent tonight in the debate between the two hopefuls ({n})." for n in range(4)
    ]
    rest = [f"{p} ({n})" for n in range(4) for p in PARAS]

    def nested(html: str) -> str:
        for level in range(5):  # templates nest each half deep: too far apart for cousins
            html = f"<div class='level-{level}'>{html}</div>"
        return html

    def box(texts: list[str]) -> str:
        return "<div class='story-text'>" + "".join(f"<p>{t}</p>" for t in texts) + "</div>"

    ad = "<div class='ad-row'><div class='ad-slot'>Advertisement</div></div>"
    head = "<h1>Insiders expect a rout in the debate</h1>"
    story = f"<section class='top'>{nested(head + box(opening))}</section>{ad}<section>{nested(box(rest))}</section>"
    assert paragraphs(page(story)) == [*opening, *rest]
    # a box classed alike after the story holds something else (an address, notes)
    notes = ["Katapult Magazin, Wilhelm-Holtz-Strasse 9, Greifswald; write to the newsroom by post or mail."]
    after = f"<section class='top'>{nested(head + box(rest))}</section>{ad}<section>{nested(box(notes))}</section>"
    assert paragraphs(page(after)) == rest


def test_alerts_are_never_the_story() -> None:
    alerts = (
        "<p class='form-field-error' role='alert'>Das Passwort muss mindestens 8 Zeichen lang sein und "
        "mindestens eine Zahl enthalten.</p>"
        "<div class='alert alert-danger' role='alert'>Wir freuen uns, dass Sie uns lesen. Leider benutzen Sie "
        "einen Adblocker, und wir finanzieren unseren Journalismus über Werbung.</div>"
    )
    body = f"<div class='story'>{alerts}" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
    assert paragraphs(page(body)) == PARAS


def test_a_standfirst_several_boxes_away_from_the_body_still_leads_it() -> None:
    head = f"<div class='ce'><div class='inner'><h1>Flood</h1><div class='intro'>{LEAD}</div></div></div>"
    body = (
        "<div class='ce'><div class='inner'><div class='pic'><img src='/a.jpg'></div><div class='wrap'>"
        "<div class='note'>Updated at noon</div><div class='row'><div class='copy'>"
        + "".join(f"<p>{p}</p>" for p in PARAS * 2)
        + "</div></div></div></div></div>"
    )
    assert paragraphs(page(f"<div class='col'>{head}{body}</div>")) == [LEAD, *PARAS * 2]


def test_a_standfirst_in_a_hero_box_six_levels_from_the_body_still_leads_it() -> None:
    # a page builder's components: the hero (headline, standfirst) apart, the text six boxes deep, each beside a slot
    standfirst = f"<div class='hero__text'><p>{LEAD}</p></div>"
    hero = f"<div class='hero'><div class='hero__inner'><h1>Flood</h1>{standfirst}</div></div>"
    body = "".join(f"<p>{p}</p>" for p in PARAS * 2)
    for _ in range(6):
        body = f"<div class='container'><div class='slot'></div>{body}</div>"
    assert paragraphs(page(f"<div class='grid'>{hero}{body}</div>")) == [LEAD, *PARAS * 2]


def test_a_standfirst_before_the_storys_table_of_contents_still_leads_it() -> None:
    # jump links to the story's sections between the standfirst and the body: passed over
    # on the way back to the headline, and left out
    standfirst = f"<div class='hero__text'><p>{LEAD}</p></div>"
    hero = f"<div class='hero'><div class='hero__inner'><h1>Flood</h1>{standfirst}</div></div>"
    links = "".join(f"<li><a href='#part{n}'><span>Part {n} of the story</span></a></li>" for n in range(4))
    contents = f"<section class='anchors'><div><h2>Die Themen im Überblick:</h2><ul>{links}</ul></div></section>"
    texts = [f"{p} Part {n}." for n in range(4) for p in PARAS]
    paragraph_tags = [f"<p>{text}</p>" for text in texts]
    parts = "".join(
        f"<section class='text'><h2 id='part{n}'>Part {n}</h2>{''.join(paragraph_tags[3 * n : 3 * n + 3])}</section>"
        for n in range(4)
    )
    body = f"{contents}<div class='container'><div class='grid'>{parts}</div></div>"
    found = paragraphs(page(f"<div class='main'>{hero}{body}</div>"))
    assert found == [LEAD, *texts]
    # links elsewhere than within the page make no table of contents: no standfirst is sought past them
    elsewhere = body.replace("href='#part", "href='/part")
    assert paragraphs(page(f"<div class='main'>{hero}{elsewhere}</div>")) == texts


def _kept_around(lines: list[str]) -> list[str]:
    """The paragraphs kept of a story set between ``lines``: the first before it, the rest after."""
    body = story_box([lines[0], *PARAS * 2, *lines[1:]])
    return paragraphs(page(body))


def test_reading_times_feedback_prompts_and_blog_footers_are_not_the_story() -> None:
    lines = [
        "4 Min Read",
        "Fanden Sie diesen Artikel nützlich?",
        "This entry was posted in Allgemein. Bookmark the permalink.",
        "Beitragsbild: Titelseite der Zeitung vom 2.4.2019",
        "Symbolgrafik:© Butch - stock.adobe.com",
        "Artikel empfehlen:",
        "https://cdn.example.com/img/1078399535_1200x675_80_0_0_c30d9c.jpg",
        "Estimated reading time: 6 minutes",
        "Auteur(s) :",
        "Autor:",
        "Advertisement - story continues below",
        "00:38 / 01:22",
        "(2) 4 Sterne von 5",
        "3 von 5, (1 Bewertung)",
        "CONTINUA DEPOIS DA PUBLICIDADE",
        "Article continues below",
        "Scroll to continue with content",
        "Weiterlesen nach der Anzeige",
        "Oglas",
        "Topics: Politics, City council",
        "Метки: политика, город",
        "分享到微信",
        "Facebook'ta paylaş",
        "Hak Cipta © 2024 Koran. Dilindungi Undang-Undang.",
        "Like this story? Share it with a friend!",
        "Latest posts by Amy Motroni (see all)",
        "Karte wird geladen - bitte warten...",
        "Aktiviere die Benachrichtigungen:",
        "Mehr zum Thema:",
        "Post Views: 1.432",
        "Sharing is caring!",
        "Rating: 6.0/6 (1 vote cast)",
        "Image Source: Neil Godwin / Future Publishing/Shutterstock",
        "Photography by Dan Seifert.",
        "Show more",
        "Kommentare schreiben",
        "Gefällt mir Lade...",
        "Dieses Skript als PDF herunterladen",
        "*Werbung. Dieser Beitrag enthält Werbung für eine Marke.",
        "Never miss the latest news by signing up to our newsletter today!",
        "Escucha esta nota aquí",
    ]
    assert _kept_around(lines) == PARAS * 2


def test_a_list_of_teasers_beside_the_story_stays_out_however_well_it_scores() -> None:
    teasers = (
        "<ul>"
        + "".join(
            f"<li><a href='/t{n}'>Other story {n}</a> SOMEWHERE: {p} More on this, and on that, later today.</li>"
            for n, p in enumerate(PARAS * 2)
        )
        + "</ul>"
    )
    story = "<div class='story-text'>" + "".join(f"<p>{p}</p>" for p in PARAS * 2) + "</div>"
    left = f"<div class='left'><div class='inner'>{story}</div><div class='x'></div></div>"
    body = f"<div class='main'>{left}{teasers}</div>"
    assert [b["type"] for b in newsparse.extract(page(body)).to_dict()["blocks"]] == ["paragraph"] * 6


def test_a_story_set_in_divs_outscores_teasers_whose_summaries_are_text() -> None:
    teasers = "<div class='block'><ul>" + "".join(
        f"<li><a href='/t{n}'>Other story {n}</a> <span>SOMEWHERE: {PARAS[n % 3]}</span></li>" for n in range(8)
    )
    story = "<div class='text'>" + "".join(f"<div>{p}</div>" for p in PARAS * 2) + "</div>"
    body = f"<div class='main'>{teasers}</ul></div><div class='post'><h1>Flood</h1>{story}</div></div>"
    assert [b["type"] for b in newsparse.extract(page(body)).to_dict()["blocks"]] == ["paragraph"] * 6


def test_a_long_line_of_a_story_in_divs_that_ends_no_sentence_is_one_of_its_paragraphs() -> None:
    # a poll's panel, each state's members run into one line: commas, no full stop
    names = ", ".join(f"Member {chr(65 + n % 26)} Name{n}" for n in range(30))
    states = ["Ohio", "Iowa", "Nevada", "Florida", "Michigan", "Virginia", "Wisconsin", "Colorado"]
    lines = [*PARAS, *(f"{state}: {names}" for state in states)]
    story = "<div class='text'>" + "".join(f"<div>{line}</div>" for line in lines) + "</div>"
    opening = "<div class='text'>" + "".join(f"<div>{p}</div>" for p in PARAS[:2]) + "</div>"
    body = f"<div class='post'><div class='top'><h1>Flood</h1>{opening}</div><div class='ad'></div>{story}</div>"
    assert paragraphs(page(body)) == [*PARAS[:2], *lines]


def test_a_story_cut_into_many_boxes_under_its_headline_outweighs_one_box_scoring_best_apart() -> None:
    # A site builder sets each part of a post in a block of its own; the side panel's motto,
    # one block of a few long sentences, outscores each part.
    parts = [f"<div class='block'><div class='block-content'><p>{p} {p} {p}</p></div></div>" for p in PARAS * 2]
    motto = " ".join(["A blog for those who want more from life, and more of it, with every turn it takes."] * 4)
    panel = f"<div class='tray'><div class='block'><div class='block-content'><p>{motto}</p></div></div></div>"
    layout = f"<div class='layout'><div class='row'><div class='col'>{''.join(parts)}</div></div></div>"
    post = f"<div class='site'><main><div class='blog'><article><h1>Flood</h1>{layout}</article></div></main></div>"
    html = f"<html><head><title>Flood</title></head><body>{panel}{post}</body></html>"
    assert paragraphs(html) == [f"{p} {p} {p}" for p in PARAS * 2]


def test_a_page_builders_widgets_hold_the_story_and_a_sidebars_widgets_stay_furniture() -> None:
    # Elementor sets every part of a post, text and pictures, in its own "widget"
    def widget(kind: str, inner: str) -> str:
        return (
            f"<div class='elementor-element elementor-widget elementor-widget-{kind}'>"
            f"<div class='elementor-widget-container'>{inner}</div></div>"
        )

    def section(*widgets: str) -> str:
        columns = f"<div class='elementor-column'><div class='elementor-widget-wrap'>{''.join(widgets)}</div></div>"
        return f"<section class='elementor-section'><div class='elementor-container'>{columns}</div></section>"

    parts = [f"{p} Part {n}." for n in range(3) for p in PARAS * 2]
    post = "".join(
        section(
            widget("image", f"<img src='/ear{n}.jpg'>"), widget("text-editor", "".join(f"<p>{t}</p>" for t in texts))
        )
        for n, texts in enumerate([parts[:6], parts[6:12], parts[12:]])
    )
    teasers = "".join(
        f"<article class='post_teaser'><h3><a href='/p{n}'>Other post {n}</a></h3>"
        f"<div class='excerpt'><p>{PARAS[n % 3]} More about it, and why, in post {n}.</p></div></article>"
        for n in range(8)
    )
    sidebar = "<div class='widget widget_text'><p>Follow me on my journey through fashion and life.</p></div>"
    html = (
        f"<html><body><h2>Ear Candy!</h2><div class='elementor'>{post}</div>"
        f"<div id='related_posts'>{teasers}</div>{sidebar}</body></html>"
    )
    found = paragraphs(html)
    assert found and set(found) <= set(parts)  # the post, not the teasers (its sections' joining aside)
    assert not is_furniture_name("elementor-widget-wrap") and is_furniture_name("widget widget_recent_entries")


def test_a_story_of_one_paragraph_set_in_a_div_is_taken_without_the_boxes_around_it() -> None:
    meta = "<div class='info'><div>Our town council meeting minutes archive</div><div>Letters to our desk</div></div>"
    title = "<div class='top'><h1>Flood</h1><div><span>Monday</span> <span>Weather desk</span></div></div>"
    body = f"<div class='item'>{title}<div class='words'>{PARAS[0] * 2}</div>{meta}</div>"
    assert newsparse.extract(page(body)).text == PARAS[0] * 2


def test_paragraphs_set_in_divs_beside_the_story_box_continue_it() -> None:
    more = [
        "After the story, the paper set two more paragraphs of it apart, as templates sometimes do.",
        "The last of them ends the story, with a word from the mayor on the days ahead for the town.",
    ]
    body = "<div class='x'>" + story_box(PARAS * 2) + "".join(f"<div>{p}</div>" for p in more) + "</div>"
    assert paragraphs(page(body)) == [*PARAS * 2, *more]


def test_a_video_players_control_labels_are_not_the_story() -> None:
    player = (
        "<div class='video-js vjs-default-skin' aria-label='Video Player'><video></video>"
        "<div class='vjs-loading-spinner'><span class='vjs-control-text'>Video Player is loading.</span></div>"
        "<div class='vjs-current-time'><span class='vjs-control-text'>Current Time </span>0:00</div>"
        "<div class='vjs-duration'><span class='vjs-control-text'>Duration </span>0:00</div></div>"
    )
    assert paragraphs(page(story_box(PARAS).replace("<p>", f"{player}<p>", 1))) == PARAS


def test_a_share_bars_title_under_the_byline_does_not_end_the_story() -> None:
    head = "<h1>Flood</h1><p>By Ann Lee</p><h2>Share this story</h2><a href='/fb'>Facebook</a>"
    facts = "<ul>" + "".join(f"<li>{p}</li>" for p in PARAS) + "</ul>"
    body = f"<div class='x'>{head}<p>{PARAS[0]}</p>{facts}<p>{PARAS[1]}</p>{facts}</div>"
    assert newsparse.extract(page(body)).text == "\n\n".join([PARAS[0], "\n".join(PARAS), PARAS[1], "\n".join(PARAS)])


def test_the_headline_that_ends_the_look_back_is_matched_without_spacing() -> None:
    head = "<header><h2>Flood : the town waits</h2><p class='byline'>By Ann Lee</p></header>"
    body = "<div class='story-text'>" + "".join(f"<p>{p}</p>" for p in PARAS * 2) + "</div>"
    html = page(f"<article>{head}<div class='intro'><p>{LEAD}</p></div>{body}</article>")
    assert paragraphs(html.replace("<title>Flood</title>", "<title>Flood: the town waits</title>")) == [
        LEAD,
        *PARAS * 2,
    ]


def test_picture_credits_and_author_boxes_are_not_the_story() -> None:
    credits = [
        "PAP/ Rafał Guz",
        "Hector Andrade | Agencia UNO",
        "Crédits photos : Bestimage",
        "Dmitry Muratov, periodista ruso y Premio Nobel de la Paz (REUTERS/Denis Balibouse)",
        # a caption closing on its picture's credit
        "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO",
        "Lee Elder war beim Masters 1975 der Zuschauermagnet. | © Augusta National/Getty Images",
        "Das Hermelin ist im Winter mit seinem weißen Fell gut getarnt. (mlharing / iStock.com)",
        "Photograph by Ed Marshall, Redonda Restoration Programme",
        "Dee Dee Myers Getty Images",
    ]
    about = "<h3>Über den Autor</h3><p>Jan Berg schreibt seit 2010 über Wein, Reisen und das gute Leben im Süden.</p>"
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in [credits[0], *PARAS, *credits[1:], *PARAS]) + about
    assert paragraphs(page(body + "</div>")) == PARAS * 2
    follows = [
        "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica.",
        "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.",
        "Follow @BGRDeals on Twitter to keep up with the latest deals.",
    ]
    for follow in follows:
        assert paragraphs(page(story_box([*PARAS * 2, follow]))) == PARAS * 2, follow
    # A sentence that names an agency or a network is prose.
    agency = "The AP said on Monday that the report was wrong, and that it would follow the debate on Twitter."
    copyright = "Her photographs, she says, are her own: she signs each print with a small ©."
    for sentence in (agency, copyright):
        assert sentence in paragraphs(page(story_box([*PARAS, sentence])))


def test_a_long_list_of_references_is_not_the_story() -> None:
    refs = "".join(
        f"<li>Author {n}, Coauthor {n}, et al. A study of influenza vaccination in elderly persons, part {n}. "
        f"Vaccine. 2013;31:53{n}-48.</li>"
        for n in range(30)
    )
    story = [
        *PARAS,
        *(f"{p} It was the {n} report of the day." for n, p in zip(("second", "third"), PARAS[:2], strict=True)),
    ]
    body = (
        "<div class='article__body'>" + "".join(f"<p>{p}</p>" for p in story) + "</div>"
        f"<section class='references'><ul class='rlist'>{refs}</ul></section>"
    )
    assert paragraphs(page(body)) == story


def test_a_stock_ticker_is_not_the_story() -> None:
    quotes = "".join(f"<span>IDX{n}3078.02-0.{n}4%</span>" for n in range(20))
    ticker = f"<div class='marquee first-marquee'><p>{quotes}</p><p>{quotes}</p></div>"
    body = ticker + story_box(PARAS * 2)
    assert paragraphs(page(body)) == PARAS * 2


def test_a_name_promising_content_counts_only_on_a_box_with_text() -> None:
    # A video box whose name says "details" holds one short line; the story is split into
    # one small box per paragraph, each scoring little on its own.
    video = "<div class='broadcast-details'><p>Video: the mayor on the flood, in full.</p></div>"
    story = [" ".join(PARAS * 2), " ".join(reversed(PARAS * 2)), " ".join(PARAS[1:] + PARAS)]
    boxes = "".join(f"<div class='box'><div class='paragraph'><p>{p}</p></div></div>" for p in story)
    html = f"<html><body><div class='player'>{video}</div><div class='wrapper'>{boxes}</div></body></html>"
    assert paragraphs(html) == story


def test_nested_boxes_of_one_story_print_its_text_once() -> None:
    video = "<div class='broadcast'><p>Mi 08.07.2020 13:30 Uhr, 00:41 min.</p></div>"
    boxes = "".join(f"<div class='box'><div class='paragraph'><p>{p}</p></div></div>" for p in PARAS)
    found = paragraphs(page(video + f"<div class='wrapper'>{boxes}</div>"))
    assert [p for p in found if p in PARAS] == PARAS


def test_a_wrapper_named_like_navigation_that_holds_the_headline_is_kept() -> None:
    teasers = "".join(
        f"<div class='teaser'><p>Another story number {n} in brief, told in a sentence or two for the front.</p></div>"
        for n in range(12)
    )
    story = "".join(f"<p>{p}</p>" for p in PARAS * 2)
    html = (
        "<html><head><title>Flood</title></head><body>"
        f"<div id='left-navigation_page-wrapper'><h1>Flood</h1><div class='text'>{story}</div></div>"
        f"<div class='more'>{teasers}</div></body></html>"
    )
    assert paragraphs(html) == PARAS * 2


def test_a_page_running_on_into_the_next_stories_keeps_the_one_under_its_headline() -> None:
    nxt = [p.replace("story", "next story").replace("witness", "neighbour") for p in PARAS * 2]
    html = (
        "<html><head><title>Flood</title></head><body>"
        "<article id='article-0'><h1>Flood</h1><div class='entry-text'>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</div></article><article id='article-1'><h1>Drought</h1><div class='entry-text'>"
        + "".join(f"<p>{p}</p>" for p in nxt)
        + "</div></article></body></html>"
    )
    assert paragraphs(html) == PARAS
    # The story under the headline the longer one, the next a little shorter: no sibling
    # or cousin of it, however well it scores.
    story = [f"{p} The council met again." for p in PARAS]
    nxt = [p.replace("story", "next story") for p in PARAS]
    assert paragraphs(_two_stories(("<h1>Flood</h1>", story), ("<h1>Drought</h1>", nxt), "Flood - Site")) == story
    # Without class names, a short story under the headline and one five times its length next
    story, nxt = PARAS[:2], [f"{p} And more, number {n}." for n in range(3) for p in PARAS]
    longer = "<header><h2>Drought hits the farms of the south as the summer goes on</h2></header><div>"
    html = _two_stories(("<header><h1>Flood</h1></header><div>", story), (longer, nxt), "Flood")
    assert paragraphs(html.replace("</article>", "</div></article>")) == story
    # Two stories alike, each a header and a body box: the boxes and the <article>s rival
    # each other, and their common ancestor is no story cut into boxes
    nxt = [p.replace("story", "tale") for p in PARAS]
    head = "<header><h1>{}</h1><p class='byline'>By Jane Doe</p></header><div class='article-body'>"
    html = _two_stories((head.format("Flood"), PARAS), (head.format("Drought"), nxt), "Flood - Site")
    assert paragraphs(html.replace("</article>", "</div></article>")) == PARAS


def test_stories_in_boxes_of_any_tag_each_under_an_h1_are_told_apart() -> None:
    """A page running on into the next story in <div>s, or a blog whose side panels title
    their widgets in <h1>: the widest box around the headline's <h1> holding no other is the
    story, however long the next."""
    nxt = [f"{p} The tale went on for a while, and then some more." for p in PARAS]
    stories = "".join(
        f"<div class='post'><h1>{title}</h1><div class='text'>" + "".join(f"<p>{p}</p>" for p in texts) + "</div></div>"
        for title, texts in (
            ("Flood waters rise across the valley", PARAS),
            ("Drought hits the farms of the south", nxt),
        )
    )
    html = f"<html><head><title>Flood waters rise across the valley</title></head><body>{stories}</body></html>"
    assert paragraphs(html) == PARAS
    widget = "<h1>Micro-Series: Born Entrepreneurs</h1><p>" + " ".join(PARAS) + "</p>"
    html = html.replace(
        "<div class='post'><h1>Drought", f"<div class='side'>{widget}</div><div class='post'><h1>Drought"
    )
    assert paragraphs(html) == PARAS
    # a section's title in an <h1> is no next story: the story runs on under it
    sections = f"<div><h1>Flood waters rise across the valley</h1><p>{PARAS[0]}</p></div><div><h1>Advice</h1>"
    html = f"<html><body>{sections}" + "".join(f"<p>{p}</p>" for p in PARAS[1:]) + "</div></body></html>"
    assert paragraphs(html)[-len(PARAS) + 1 :] == PARAS[1:]


def _two_stories(first: tuple[str, list[str]], second: tuple[str, list[str]], title: str) -> str:
    """A page running on into the next story, an <article> each: its opening markup and its
    paragraphs."""
    articles = "".join(
        f"<article>{head}" + "".join(f"<p>{p}</p>" for p in texts) + "</article>" for head, texts in (first, second)
    )
    return f"<html><head><title>{title}</title></head><body>{articles}</body></html>"


ZH_STORY = [
    "今年入汛以来，全省平均降雨量较常年同期偏多三成，多条河流出现超警戒水位，沿河城镇加强了防范。",
    "省防汛抗旱指挥部要求各地加强巡查，提前转移危险区域群众，确保人员安全。市民可扫描二维码登记求助信息。",
    "据介绍，各地已预置抢险队伍和物资，气象部门将滚动发布预报预警信息。",
]


def test_chinese_trails_promos_and_disclaimers_are_not_the_story() -> None:
    body = (
        "<div class='story'><p>您所在的位置： 首页 > 快讯 > 公司</p><p>产经 > 正文</p>"
        + "".join(f"<p>{p}</p>" for p in ZH_STORY)
        + "<p>免责声明：本文来自腾讯新闻客户端自媒体，不代表腾讯网的观点和立场。</p>"
        + "<p>(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)</p><p>扫码阅读全文</p>"
        + "<p>返回腾讯网首页>></p></div>"
    )
    # A QR code inside the story stays: only closing lines that send the reader away go.
    assert paragraphs(page(body)) == ZH_STORY
    # a link home glued to the last sentence goes too, the sentence stays
    glued = (
        "<div class='story'>"
        + "".join(f"<p>{p}</p>" for p in ZH_STORY[:-1])
        + f"<p>{ZH_STORY[-1]}返回腾讯网首页>></p></div>"
    )
    assert paragraphs(page(glued)) == ZH_STORY


def test_chinese_statements_picture_sources_and_wechat_closers_are_not_the_story() -> None:
    closing = [
        "图片来源：视觉中国",
        "摄影：张三",
        "（完）",
        "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。",
        "声明：本报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议。",
        "图片均来自网络，如有侵权请联系删除。",
        "点击“阅读原文”查看更多",
        "喜欢就点个在看吧",
    ]
    body = story_box([*ZH_STORY, *closing])
    assert paragraphs(page(body)) == [*ZH_STORY, "（完）"]


def test_the_short_lines_after_a_closing_promo_go_with_it_and_a_story_sentence_stops_the_trim() -> None:
    stocks = [
        "新浪财经公众号",
        "24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注",
        "股票简称 最新价 涨跌幅",
    ]
    stocks += ["以下为热门股票", "京东方Ａ 4.00 +2.30%", "中兴通讯 35.18 +5.05%"]
    body = story_box([*ZH_STORY, *stocks])
    assert paragraphs(page(body)) == [*ZH_STORY, "新浪财经公众号"]
    # a story that ends on a QR code keeps it, and its end mark
    qr = [*ZH_STORY, "报名请扫描二维码。", "（完）"]
    assert paragraphs(page(story_box(qr))) == qr


def test_chinese_buttons_to_subscribe_follow_or_open_the_app_are_no_paragraphs() -> None:
    buttons = ["+订阅", "关注", "已关注", "打开APP", "APP内打开", "点击展开全文", "展开全部 收起"]
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in [ZH_STORY[0], *buttons, *ZH_STORY[1:]]) + "</div>"
    assert paragraphs(page(body)) == ZH_STORY


def test_pagers_thread_counters_and_labels_whose_list_went_are_no_paragraphs() -> None:
    lines = ["Pages: 1 2 3 4", "459 more replies", "Relacionadas", "Anzeigen"]
    assert paragraphs(page(story_box([PARAS[0], *lines, *PARAS[1:]]))) == PARAS
    assert paragraphs(page(story_box([*PARAS, "Más noticias de Colombia", "Otra noticia, sin punto final"]))) == PARAS


def test_a_box_of_credit_lines_running_on_into_a_wechat_promotion_keeps_the_credits_alone() -> None:
    box = (
        "<p>编辑|禤志杰<br>责编|陈梦莹<br>来源|广州参考<br>扫描下方二维码解锁更多技能<br>"
        + "1、回复【公租房】查看最新消息<br>2、回复【福利】查看各种政策福利<br>看都看完了，点【在看】试试在看</p>"
    )
    article = newsparse.extract(page("<div class='story'>" + "".join(f"<p>{p}</p>" for p in ZH_STORY) + box + "</div>"))
    assert ([b.text for b in article.blocks], article.editors) == (ZH_STORY, ["禤志杰", "陈梦莹"])
    # a box opening on the promotion, its credits after it, leaves no empty paragraph behind
    promo_first = "<p>扫描下方二维码关注我们<br>编辑|禤志杰</p>"
    story = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in ZH_STORY) + promo_first + "</div>"
    assert all(b.text for b in newsparse.extract(page(story)).blocks)


def test_a_chinese_comment_count_or_ranking_ends_the_story() -> None:
    for title in ("7 条评论", "点击排行"):
        body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in ZH_STORY) + f"<p>{title}</p><p>好文章！</p></div>"
        assert paragraphs(page(body)) == ZH_STORY, title


def test_byline_fields_run_together_are_read_apart() -> None:
    html = page(
        "<div class='story'><p>2019-09-26 12:11来源：证券时报网作者：李在山</p>"
        + "".join(f"<p>{p}</p>" for p in ZH_STORY)
        + "</div>"
    )
    article = newsparse.extract(html)
    assert (article.source, article.authors) == ("证券时报网", ["李在山"])
    assert [b.text for b in article.blocks] == ZH_STORY


def test_closing_sections_in_other_languages_end_the_story() -> None:
    closing = (
        "関連記事",
        "関連エントリー",
        "■関連サイト",
        "関連キーワード",
        "アクセスランキング",
        "관련기사",
        "Читайте также:",
        "الأكثر تصفحاً",
    )
    closing += ("ข่าวที่เกี่ยวข้อง", "اخبار مرتبط", "כתבות נוספות", "Δείτε επίσης", "Kapcsolódó cikkek", "Citește și")
    closing += ("Pročitajte još", "Още по темата", "Tin cùng chuyên mục", "Mest læste", "Najczęściej czytane")
    closing += ("Más noticias", "Mais lidas", "Ultime notizie", "Top stories", "You may also like")
    closing += ("【関連記事】", "Lea también", "Đọc thêm", "อ่านเพิ่มเติม", "Ещё по теме", "更多新闻", "Also read")
    closing += ("Podobne artykuły", "קרא עוד", "और पढ़ें")
    closing += ("Powiązane artykuły", "Zobacz także", "مقالات ذات صلة", "Daha fazla haber", "Lees ook", "Σχόλια")
    closing += ("Read these next", "More like this", "Up next", "Around the web", "Sponsored stories")
    closing += ("Отзывы", "Самые популярные диеты", "Most popular recipes")
    closing += ("עוד בנושא", "Связанные статьи", "Suggested for you", "Populares")
    for title in (*closing, "Lue myös", "Läs också", "İlgili Haberler"):
        body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS) + f"<h3>{title}</h3>"
        body += "<p>A teaser for another story, one line long.</p></div>"
        assert paragraphs(page(body)) == PARAS, title


def test_korean_and_japanese_legal_lines_are_dropped() -> None:
    legal = "<p>저작권자 ⓒ 대전일보사. 무단전재 및 재배포 금지</p><p>記事・写真の無断転載を禁じます。</p>"
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS) + legal + "</div>"
    assert paragraphs(page(body)) == PARAS


def test_a_related_box_inside_a_story_of_short_paragraphs_does_not_end_it() -> None:
    short = [
        "Of the three variants, the pneumonic one is the most virulent and is fatal if left untreated.",
        "According to the health agency, the disease is treatable with antibiotics if caught early.",
        "The agency advises that the earlier people seek treatment, the better their chances are.",
        "Those who come into close contact with patients may need preventative therapy as well.",
    ]
    box = "<h3>Related articles</h3><ul>" + "".join(f"<li><a href='/r{n}'>Story {n}</a></li>" for n in range(4))
    body = "<article>" + "".join(f"<p>{p}</p>" for p in PARAS) + box + "</ul>" + "".join(f"<p>{p}</p>" for p in short)
    assert paragraphs(page(body + "</article>")) == PARAS + short
    # Teasers, each a title and a summary sentence, still end the story.
    teasers = "".join(f"<h4>Teaser {n}</h4><p>{p}</p>" for n, p in enumerate(short))
    closing = "<article>" + "".join(f"<p>{p}</p>" for p in PARAS) + "<h3>Related articles</h3>" + teasers
    assert paragraphs(page(closing + "</article>")) == PARAS


def test_a_list_of_the_outlets_social_addresses_and_a_bare_tags_label_are_not_the_story() -> None:
    social = "ติดตามประชาไทอัพเดท ได้ที่:<br>เฟซบุ๊ก https://fb.me/prachatai<br>Twitter: https://twitter.com/prachatai"
    contact = "Reach the reporter at paul@example.com<br>twitter.com/paultakahashi"
    body = story_box(PARAS) + f"<div class='story'><p>{contact}</p><p>{social}</p><p>Tags:</p></div>"
    assert paragraphs(page(body)) == [*PARAS, "Reach the reporter at paul@example.com"]
    # A handle alone is no such line: a listicle names the accounts it recommends.
    accounts = [f"{p} Аккаунт: @venera_os" for p in PARAS[:1]] + ["Аккаунт: @venera_os"]
    assert paragraphs(page(story_box([*PARAS, *accounts]))) == [*PARAS, *accounts]


def test_share_print_mail_text_size_and_comment_count_buttons_of_more_languages_are_not_the_story() -> None:
    buttons = ["Compartir en Facebook", "Auf Facebook teilen", "Share on WhatsApp", "Del på Facebook", "Jaa"]
    buttons += ["Megosztás", "Distribuie", "แชร์", "ツイート", "좋아요", "Copy link", "Link kopieren", "Copier le lien"]
    buttons += ["Комментарии (3)", "Yorum yap"]
    # print, share, mail and text size buttons
    buttons += ["공유하기", "שתף", "शेयर करें", "طباعة", "Afdrukken", "Skriv ut", "Tulosta", "In bài", "พิมพ์", "הדפס"]
    buttons += ["Pin it", "Send by email", "Per E-Mail versenden", "Envoyer par e-mail", "Enviar por correo"]
    buttons += ["Text size", "Schriftgröße", "Taille du texte", "A A A", "A+ A-", "Text size: A A+ A++"]
    buttons += ["【字体：大 中 小】 【打印】 【关闭】"]
    body = story_box([PARAS[0], *buttons, *PARAS[1:]])
    assert paragraphs(page(body)) == PARAS


def test_a_video_players_buttons_times_and_ad_lines_are_not_the_story() -> None:
    player = ["PLAY", "0:04 / 1:06:03", "Continue watching", "after the ad", "Tap to unmute", "Video Ad Feedback"]
    player += ["Video verfügbar bis 28.02.2021", "Available until 31 December 2023"]  # a media library's notice
    assert paragraphs(page(story_box([PARAS[0], *player, *PARAS[1:]]))) == PARAS
    # a sentence about playing is the story's
    line = "Play resumed after the rain delay, and the home side scored twice."
    assert paragraphs(page(story_box([PARAS[0], line, *PARAS[1:]]))) == [PARAS[0], line, *PARAS[1:]]


def test_readers_comments_under_a_discussion_title_end_the_story_however_much_they_read_like_prose() -> None:
    thread = "".join(
        f"<div class='user-post'><div class='meta'><a href='/u{n}'>user{n}</a> 2 hours ago</div>"
        f"<div class='text'>{COMMENT} {n}.</div></div>"
        for n in range(12)
    )
    titles = ("Reader responses (12)", "Kommentare (3)", "Discussion", "댓글")
    # WordPress themes title them after the post, in their translations too
    wordpress = ("34 responses to “Town votes”", "One thought on “Town votes”", "3 Gedanken zu „Town votes“")
    for title in (*titles, *wordpress, "2 réflexions au sujet de « Town votes »"):
        story = "".join(f"<p>{p}</p>" for p in PARAS)
        discussion = f"<section><h2>{title}</h2>{thread}</section>"
        html = f"<html><body><main><h1>Town votes</h1><div class='entry'>{story}</div>{discussion}</main></body></html>"
        assert paragraphs(html) == PARAS, title


def test_the_comments_under_a_short_post_that_outweigh_it_are_not_chosen_when_no_class_names_them() -> None:
    thread = "".join(
        f"<div><div><a href='/u{n}'>user{n}</a> 2 hours ago</div><div>{COMMENT} {n}.</div></div>" for n in range(15)
    )
    post = f"<div><div><h2>Town votes</h2><div>{PARAS[0]}</div><div>{PARAS[1]}</div></div></div>"
    for title in ("Comments", "评论", "34 responses to “Town votes”"):
        comments = f"<form><div><div><h3>{title}</h3>{thread}</div></div></form>"  # as ASP.NET pages wrap them
        assert paragraphs(f"<html><body><div><div>{post}</div></div>{comments}</body></html>") == PARAS[:2], title


def test_comments_under_their_title_are_not_chosen_over_a_short_post() -> None:
    """The title stands before the list's box, outside the text chosen from it."""
    thread = "".join(
        f"<li><div><b>user{n}</b> on <a href='#c{n}'>September 12, 2018 at 4:47 pm</a> said:</div>"
        f"<p>{COMMENT} {n}.</p><p>{COMMENT}, again {n}.</p></li>"
        for n in range(12)
    )
    post = f"<article><h1>Town votes</h1><div><p>{PARAS[0]}</p><p>{PARAS[1]}</p></div></article>"
    for title in ("Comments", "10 Comments", "Kommentare (10)", "Top Rated Comments", "35 Comments»", "Comments ↓"):
        comments = f"<div><h3>{title}</h3><ul>{thread}</ul></div>"
        assert paragraphs(f"<html><body><main>{post}{comments}</main></body></html>") == PARAS[:2], title
    # the post, the comments' title and a long thread in one box: what stands before the title stays
    long_thread = "".join(f"<li><p>{COMMENT} {n}.</p><p>{COMMENT}, again {n}.</p></li>" for n in range(40))
    bare_post = f"<div><p>{PARAS[0]}</p><p>{PARAS[1]}</p></div>"
    box = f"<div><h2>17.7.11</h2>{bare_post}<h2>35 Comments»</h2><ol>{long_thread}</ol></div>"
    assert paragraphs(f"<html><body>{box}</body></html>") == PARAS[:2]
    # one comment, the longest, outscores the post; the section's title stands before the first
    longest = (
        "<div><b>user</b>" + "".join(f"<p>{COMMENT}, again {n}. {COMMENT}, and again.</p>" for n in range(3)) + "</div>"
    )
    others = "".join(f"<div><b>user{n}</b><p>{COMMENT} {n}.</p></div>" for n in range(5))
    comments = f"<div><h2>Top Rated Comments</h2><a href='/all'>(View all)</a>{others}{longest}</div>"
    assert paragraphs(f"<html><body><main>{post}{comments}</main></body></html>") == PARAS[:2]


def test_a_see_also_label_early_in_the_story_goes_when_the_story_goes_on_after_it() -> None:
    for label in ("Читайте также", "関連記事", "Leia também", "Ayrıca okuyun"):
        assert paragraphs(page(story_box([PARAS[0], label, *PARAS[1:3]]))) == PARAS[:3], label
    # A line of the story that only starts like one stays.
    line = "Leia também os comentários dos leitores sobre o assunto."
    assert paragraphs(page(story_box([PARAS[0], line, *PARAS[1:3]]))) == [PARAS[0], line, *PARAS[1:3]]


def test_page_counters_and_japanese_members_notices_are_not_the_story() -> None:
    interface = ["（1/3ページ）", "Page 2 of 3", "Seite 1 von 4", "第1页 共3页", "情報元", "会員の方はこちら"]
    interface.append("［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。")
    body = story_box([interface[0], *PARAS[:2], *interface[1:], PARAS[2]])
    assert paragraphs(page(body)) == PARAS[:3]


def test_chinese_interface_words_alone_on_a_line_are_not_the_story() -> None:
    body = "<div class='story'><p>图集</p>" + "".join(f"<p>{p}</p>" for p in ZH_STORY) + "<p>收藏</p><p>+1</p></div>"
    assert paragraphs(page(body)) == ZH_STORY


def test_chinese_widgets_and_links_set_as_lines_in_the_story_are_not_the_story() -> None:
    widgets = [
        *("上一篇：郑州市召开安全生产工作会议", "下一篇：河南省举办招商引资推介会", "扫一扫，手机阅读", "微信扫一扫"),
        *("打印本页 关闭窗口", "【我要打印】【关闭】", "【字体：大 中 小】", "阅读次数：1234", "浏览量：5678"),
        *("上一页 1 2 3 下一页", "点击查看更多", "下载客户端", "关注我们", "更多精彩内容请关注公众号", "热点推荐"),
        # in brackets; a QR code's longer prompt; notices on the text's origin and on reprinting
        *("【点击查看更多精彩内容】", "扫描下方二维码，关注我们的微信公众号", "文章来源于网络，如有侵权请联系删除。"),
        *("（本文为本报原创，转载请注明出处）", "版权所有，未经授权不得转载", "※ 本文由某某周刊授權轉載"),
        # related reading under its label in brackets, a share bar of several networks, a portal's
        # plug for its app, a platform's word that a user's post is the user's view alone
        *("【延伸阅读】河南省举办招商引资推介会", "分享到：微信 微博 QQ空间", "海量资讯、精准解读，尽在某某财经APP"),
        "本文为某某号作者或机构上传并发布，仅代表该作者或机构观点，不代表某某新闻的观点或立场。",
    ]
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in [ZH_STORY[0], *widgets, *ZH_STORY[1:]]) + "</div>"
    assert paragraphs(page(body)) == ZH_STORY
    # the text's source named as a field stays a field, read with the editor beside it
    credit = "<p>本文来源：证券市场红周刊 责任编辑：杨倩</p>"
    article = newsparse.extract(page("<div class='story'>" + "".join(f"<p>{p}</p>" for p in ZH_STORY) + credit))
    assert (article.source, article.editors) == ("证券市场红周刊", ["杨倩"])


@pytest.mark.parametrize(
    ("story", "widgets"),
    [
        (
            [
                f"第{n}段落：東京都は六日、来年度の予算案の概要を発表した。子育て支援や防災対策に重点を置く。"
                for n in (1, 2, 3)
            ],
            [
                *("この記事をシェアする", "はてなブックマーク", "印刷する", "次のページへ", "1 2 3 次へ", "記事を保存"),
                # a picture's credit after "＝", related stories in angle brackets, "back to the story", an ad's mark
                *("写真＝共同通信", "＜関連記事＞", "記事に戻る", "PR"),
            ],
        ),
        (
            [
                f"{n}번째 문단: 서울시는 6일 내년도 예산안의 개요를 발표했다. 육아 지원과 방재 대책에 중점을 두었다."
                for n in (1, 2, 3)
            ],
            [
                *(
                    "스크랩",
                    "인쇄",
                    "글자크기 설정",
                    "페이스북 트위터 카카오톡",
                    "댓글 0",
                    "URL 복사",
                    "이전기사",
                    "[광고]",
                ),
                # more related stories behind a link's mark, the reporter's profile, a count of likes
                *("▶ 관련기사 더보기", "기자 프로필", "좋아요 0"),
            ],
        ),
    ],
)
def test_japanese_and_korean_buttons_set_as_lines_in_the_story_are_not_the_story(
    story: list[str], widgets: list[str]
) -> None:
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in [story[0], *widgets, *story[1:]]) + "</div>"
    assert paragraphs(page(body)) == story


def test_a_box_of_headings_that_outscores_the_story_gives_way_to_it() -> None:
    """A notice set in <h6> beats a one-paragraph story in a box named like a widget: the
    chosen box holds no paragraph, so the next is tried."""
    notice = (
        "<div class='text-editor'><h6><strong>Information: " + "wegen Nachfrage, Lage, Zeit, " * 11 + "</strong></h6>"
    )
    story = "Der am häufigsten verwendete Akku war lange der Bleiakkumulator, billig und robust. " * 8
    box = f"<div class='post-content-widget'><div class='widget-container'><p>{story.strip()}</p></div></div>"
    body = f"<div class='a'><div class='b'>{notice}</div></div></div><div class='c'><div class='d'>{box}</div></div>"
    html = f"<html><head><title>Akkus</title></head><body>{body}</body></html>"
    assert paragraphs(html) == [story.strip()]


def test_boxes_written_for_screen_readers_alone_are_not_the_story() -> None:
    story = "".join(
        f"<p>The council met on Tuesday and voted on plan {n} for the old mill by the river.</p>" for n in range(6)
    )
    html = (
        "<html><body><article><h1>The mill vote</h1>"
        f'<div class="element-invisible">mill_aerial_photo.jpg</div>{story}'
        '<div class="aural">Seitennavigation</div></article></body></html>'
    )
    text = newsparse.extract(html).text
    assert "mill_aerial_photo.jpg" not in text and "Seitennavigation" not in text and "plan 5" in text


def test_boxes_set_as_articles_under_a_short_section_title_are_the_story_not_the_next_one() -> None:
    steps = [
        f"Step {n}: stir the pudding, spread it on the base and bake the cake for a while longer." for n in range(8)
    ]
    html = (
        "<html><head><title>Mandarin cake</title></head><body>"
        "<article class='box recipe-header'><h1>Mandarin cake</h1><p>The creamiest cake I know!</p>"
        "<p>Vielen Dank!</p><p>Du hast das Rezept bereits bewertet.</p></article>"
        "<article class='box'><h2>Method</h2><div class='box'>" + "<br><br>".join(steps) + "</div></article>"
        "</body></html>"
    )
    text = newsparse.extract(html).text
    assert "Step 7" in text and "bereits bewertet" not in text


def test_disclosures_pleas_and_subscriber_notices_every_story_carries_are_not_the_story() -> None:
    lines = [
        "Advertising disclosure: We may receive compensation for some of the links in our stories.",
        "This post contains references to products from one or more of our advertisers.",
        "If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!",
        "We want to hear what you think about this article. Submit a letter to the editor.",
        "To view the full story, please subscribe to The Riverside Times.",
        "If you’re seeing this message but you’re already a subscriber, you can log in for immediate access.",
        "Lust auf mehr? Melde dich hier für unseren Newsletter an!",
        "Have a tip? Amy Roe may be reached at aroe@example.com. Follow her on Twitter @AmyRoe.",
        "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.",
        "Opinion writer",
        "amazon / istock / amazon / istock",
        "Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.",
        "Zum Shop",
        "Photograph by Jane Roe",
        "If you found the reporting above valuable, please consider making a donation to support it.",
        "Якщо Ви виявили помилку на цій сторінці, виділіть її та натисніть Ctrl+Enter",
        "Нашли опечатку? Выделите текст и нажмите Ctrl + Enter",
        "We apologize, this video has expired.",
        "Please enable JavaScript to watch this video",
        "SUGGESTED CITATION Sauer, Heiko: Experts in the crisis, VerfBlog, 2020/4/09, https://example.org/experts/.",
        # a plea for money closing on the newsroom's mission, and in other words and languages
        "Millions turn to us to understand the news. Our mission has never been more vital. Financial "
        "contributions from our readers keep our journalism free. Please consider making a contribution today.",
        "Support independent journalism. Donate today.",
        "Unterstützen Sie unabhängigen Journalismus. Jetzt spenden!",
        "Soutenez une presse libre et indépendante.",
        "Apoya el periodismo independiente. Hazte socio.",
        # or to subscribe
        "First-time subscribers also receive a welcome gift handmade by local artisans!",
        "Lesen Sie das BIKE Magazin. Einfach digital in der App oder bestellen Sie es als Abo oder Einzelheft:",
        "Zapraszamy też do subskrypcji tygodnika – www.example.pl.",
        "Submit your letter to the editor via this form. Read more Letters to the Editor.",
    ]
    assert _kept_around(lines) == PARAS * 2
    # a plea set between the story's paragraphs, where no closing trim reaches it
    for plea in lines[-10:]:
        assert paragraphs(page(story_box([PARAS[0], plea, *PARAS[1:]]))) == PARAS, plea
    # the same words in the story's own sentences stay
    story = [
        "If you find yourself in Riverside, please consider the old mill museum on Main Street.",
        "Select the code and press Ctrl+Enter to run it: the result appears in the panel below.",
        "The video is available on YouTube and shows the moment the dam broke, seen from the bridge.",
        "The jury gave it 4 of 5 stars in the end, which the author of the book found fair enough.",
        "The charity asked people to support local journalism by buying a paper, the mayor said on Monday.",
        "He said: “Please consider a donation to the fund, which helps families who lost their homes.”",
        "Readers can subscribe now to the new weekly edition, the publisher said on Monday morning.",
    ]
    assert _kept_around(story) == [story[0], *PARAS * 2, *story[1:]]


def test_a_recommendations_box_spelt_with_one_m_is_no_part_of_the_story() -> None:
    extra = "<div class='recomendation_list'><h4>До теми</h4><ul><li><a href='/a'>Типова погода</a></li></ul></div>"
    html = page(f"<div class='story'>{extra}{''.join(f'<p>{p}</p>' for p in PARAS)}</div>")
    assert [b.text for b in newsparse.extract(html).blocks] == PARAS


def test_an_agencys_photo_caption_set_as_a_paragraph_is_not_the_story() -> None:
    captions = [
        "In this Dec. 12, 2006, file photo, made available by NASA, two astronauts take part in a space walk. "
        "(NASA via AP, File)",
        "Rescue workers search the site on Monday. (AP Photo/Jane Roe, File)",
        "Auch Herbert Grönemeyer gehört zu den Unterstützern. Bild: dpa",
        "The state epidemiologist at one of the agency's daily briefings. Photo: Jonathan Nackstrand/AFP",
    ]
    body = story_box([captions[0], *PARAS, captions[2], *PARAS, captions[1], captions[3]])
    assert paragraphs(page(body)) == PARAS * 2
    # A sentence about a photo, without the agency's credit, is the story's own.
    told = "In this photo, taken by her grandfather in 1952, the farm still has its old barn and mill."
    body = story_box([*PARAS, told, *PARAS])
    assert told in paragraphs(page(body))


def test_three_sentences_after_a_box_inside_the_story_are_the_story_going_on() -> None:
    box = (
        "<h3>Don't miss</h3><ul>" + "".join(f"<li><a href='/r{n}'>Other story {n}</a></li>" for n in range(4)) + "</ul>"
    )
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS) + box + "".join(f"<p>{p}</p>" for p in PARAS)
    assert paragraphs(page(body + "</div>")) == PARAS * 2


def test_a_heading_under_a_boxs_title_is_the_boxs_and_the_sentences_after_it_the_story_going_on() -> None:
    cards = "".join(
        f"<li><a href='/r{n}'><figure><img src='/r{n}.jpg'><figcaption>Story {n}</figcaption></figure></a></li>"
        for n in range(4)
    )
    box = f"<div class='grid'><h4>Read More</h4><h3>Top Stories</h3><ul>{cards}</ul></div>"
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS) + box + "".join(f"<p>{p}</p>" for p in PARAS)
    assert paragraphs(page(body + "</div>")) == PARAS * 2


def test_a_post_the_story_quotes_stays_though_its_wrapper_is_named_like_a_share_bar() -> None:
    tweet = (
        "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>Yes this is real and the state "
        "spent half a million dollars on it</p>— Dianna Anderson (@dianna)</blockquote></div>"
    )
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS) + tweet + f"<p>{PARAS[0]}</p></div>"
    blocks = newsparse.extract(page(body)).to_dict()["blocks"]
    assert {
        "type": "quote",
        "text": "Yes this is real and the state spent half a million dollars on it\n\n— Dianna Anderson (@dianna)",
        "links": [],
        "marks": [],
    } in blocks
    # A feed of posts beside the story is no quotation of it.
    feed = (
        "<div class='social-feed'>"
        + "".join(
            f"<blockquote class='twitter-tweet'><p>Post {n} of the newsroom's feed, about another story.</p>"
            "</blockquote>"
            for n in range(8)
        )
        + "</div>"
    )
    body = story_box(PARAS * 2) + feed
    assert "newsroom's feed" not in newsparse.extract(page(body)).text


def test_a_box_named_as_a_part_of_the_article_is_furniture_when_the_part_is() -> None:
    """BEM names the block first and the element's role last: "article__comments" is the
    article's comments, "c-article-references" its bibliography; "article-content" is it."""
    comments = "".join(
        f"<p>Reader {n} writes at length that the council should have acted on the flood years ago, and says so.</p>"
        for n in range(8)
    )
    body = (
        "<div class='article-content'>"
        + "".join(f"<p>{p}</p>" for p in PARAS * 2)
        + f"</div><div class='article__comments'>{comments}</div>"
    )
    assert paragraphs(page(body)) == PARAS * 2
    # the role may have words after it ("content-related-stories"), set inside the story
    related = (
        "<div class='content-related-stories'><h3>RELATED STORIES</h3><ul>"
        + "".join(f"<li><a href='/s{n}'>Masks run short as the virus spreads {n}</a></li>" for n in range(4))
        + "</ul></div>"
    )
    closing = "The incident has occurred at a time when the town is seeing a shortage of sandbags."
    story = "".join(f"<p>{p}</p>" for p in PARAS * 2)
    assert paragraphs(page(f"<div class='story'>{story}{related}<p>{closing}</p></div>"))[-1] == closing


def test_a_teaser_for_another_page_closing_the_body_goes_with_its_title() -> None:
    teaser = (
        "<p>Corona-Podcast: Alle Folgen in der Übersicht</p>"
        "<p>Der Leiter der Virologie liefert Expertenwissen. Hier finden Sie alle Folgen zum Nachlesen. "
        "<a href='/podcast'>mehr</a></p>"
    )
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS * 2) + teaser + "</div>"
    assert paragraphs(page(body)) == PARAS * 2
    # A last paragraph that ends its sentence with the word is the story's.
    ending = "Nobody in the town wants to hear about the flood any more"
    body = story_box([*PARAS * 2, ending])
    assert paragraphs(page(body))[-1] == ending


def test_a_newsletter_form_and_a_latest_box_close_the_story() -> None:
    closing = (
        "<h3>Die neuesten Tests</h3><p>Aktuelle Testberichte gratis per Newsletter.</p>"
        "<p>Bitte geben Sie Ihre E-Mail-Adresse ein.</p>"
    )
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS * 2) + closing + "</div>"
    assert paragraphs(page(body)) == PARAS * 2


def test_a_layout_named_for_its_sidebar_holds_the_story_and_is_no_sidebar() -> None:
    from newsparse.html.clean import is_furniture_name

    assert not is_furniture_name("o-row c-fixed-sidebar-layout--140--left@lg")
    assert not is_furniture_name("page has-sidebar")
    assert not is_furniture_name("w-full lg:w-main-with-right-sidebar lg:shrink px-0")
    assert not is_furniture_name("container no-sub-nav clear") and not is_furniture_name("layout no-sidebar")
    assert is_furniture_name("c-sidebar") and is_furniture_name("sidebar-wrapper") and is_furniture_name("sub-nav")
    # The story set in such a layout beside its share rail, suggested articles after it.
    story = "".join(f"<p>{p}</p>" for p in PARAS)
    body = (
        "<article><header><h1>Android ransomware spreads via game links</h1></header>"
        "<div class='c-fixed-sidebar-layout--140--left'><div class='share-rail'><a href='/s'>Share</a></div>"
        f"<div class='c-article__content'>{story}</div></div></article>"
    )
    card = (
        "<article class='c-card'><h2><a href='/x{n}'>Ransomware attacks mark a change {n}</a></h2><p>Security "
        "researchers worry that this weekend's coordinated attacks on more than twenty local governments mark a "
        "change in how attacks will be launched in the future, and what defenders must do about it.</p></article>"
    )
    slider = "<div class='c-post-list-slider'><h3>Suggested articles</h3>"
    slider += "".join(card.format(n=n) for n in range(4)) + "</div>"
    assert paragraphs(page(body, extra=f"<section>{slider}</section>")) == PARAS


def test_the_servers_error_messages_printed_into_the_page_are_no_story_and_a_warning_in_a_story_is() -> None:
    errors = (
        "<p><b>Strict Standards</b>: Redefining already defined constructor for class wpdb in "
        "<b>/www/htdocs/w0094d70/wp-includes/wp-db.php</b> on line <b>56</b><br>"
        "<b>Deprecated</b>: Assigning the return value of new by reference is deprecated in "
        "<b>/www/htdocs/w0094d70/wp-includes/cache.php</b> on line <b>36</b></p>"
    )
    warning = "Warning: the river is expected to rise above the levee in town on line with last year's flood."
    body = story_box([*PARAS[:2], warning]).replace("<div class='story'>", "<div class='story'>" + errors)
    assert paragraphs(page(body + story_box(PARAS[2:]))) == [*PARAS[:2], warning, *PARAS[2:]]


def test_a_forms_labels_go_with_its_fields_and_labelled_checkboxes_outside_a_form_stay() -> None:
    form = (
        "<form class='contact-form' method='post'><label for='n'>Name<span>(required)</span></label>"
        "<input id='n' name='n'><label for='e'>Email<span>(required)</span></label><input id='e' name='e'>"
        "<fieldset><legend>Your comment</legend><textarea name='c'></textarea></fieldset></form>"
    )
    assert paragraphs(page(story_box(PARAS[:2]).replace("</div>", form + "</div>") + story_box(PARAS[2:]))) == PARAS
    ingredients = ["400 grams of flour", "3 eggs", "2 spoons of butter"]
    checklist = "<ul>" + "".join(f"<li><input type='checkbox'><label>{i}</label></li>" for i in ingredients) + "</ul>"
    blocks = newsparse.extract(page(story_box(PARAS[:2]).replace("</div>", checklist + "</div>"))).to_dict()["blocks"]
    assert [b.get("items") for b in blocks if b["type"] == "list"] == [ingredients]


def test_a_short_story_takes_no_sign_in_dialog_from_the_menu_it_shares_the_page_with() -> None:
    dialog = (
        "<div class='top-menu'><div id='login-form' class='white-popup-block'><div class='title'>Sign in</div>"
        "<div class='descr'>Welcome! Log into your account to read and comment on the stories of the day.</div>"
        "<div><label>Your username</label></div><div><label>Your password</label></div>"
        "<div class='descr'>Recover your password. A password will be e-mailed to you at the address you gave "
        "when you registered.</div></div></div>"
    )
    story = [
        "The council voted on Tuesday to extend the opening hours of the library by two hours a day.",
        "Residents welcomed the decision at the meeting.",
    ]
    article = "<article><h1>Library hours extended</h1>" + "".join(f"<p>{p}</p>" for p in story) + "</article>"
    html = f"<html><body><div class='wrap'>{dialog}<div class='content'>{article}</div></div></body></html>"
    assert paragraphs(html) == story


def test_a_story_split_into_boxes_of_one_kind_is_whole_though_one_wraps_its_part_deeper() -> None:
    def prose(topic: str, n: int) -> str:
        return "".join(
            f"<p>Part {n} of the story about {topic} goes on with sentence {k}, which is long enough "
            "to be read as the prose of a magazine feature about cells.</p>"
            for k in range(3)
        )

    wrapped = f"<div class='post__wrapper'><div class='post__content'>{prose('taste', 1)}</div></div>"
    first = f"<div class='acf-content'>{wrapped}</div>"
    second = f"<div class='acf-content'><section class='outer'>{prose('smell', 2)}{prose('smell', 3)}</section></div>"
    teasers = "".join(
        f"<li><a href='/t{n}'>Another story about the immune system, number {n}</a></li>" for n in range(8)
    )
    related = f"<div class='acf-content'><section><h3>Related</h3><ul>{teasers}</ul></section></div>"
    figure = "<figure><img src='/a.jpg'></figure>"
    body = f"<h1>Cells that taste danger</h1><div id='postBody'>{first}{figure}{second}{related}</div>"
    found = paragraphs(page(body))
    assert found[0].startswith("Part 1 of the story") and found[-1].startswith("Part 3 of the story")
    assert not any("immune system" in text for text in found)


def test_a_box_of_the_storys_kind_wrapping_its_part_deeper_joins_it_but_not_a_teaser_list() -> None:
    """The top box's siblings of the same class join it when they hold prose that scores:
    a story split into sections, the first wrapped a level deeper than the rest."""
    from newsparse.html.parse import parse_html
    from newsparse.html.score import Candidate, _with_siblings

    prose = "<p>" + "The cells were found deep inside the lungs of infected mice, to everyone's surprise. " * 4 + "</p>"
    teasers = "".join(
        f"<li><a href='/t{n}'>Another story about the immune system, number {n}</a></li>" for n in range(8)
    )
    tree = parse_html(
        "<html><body><div id='postBody'>"
        f"<div class='acf-content'><div class='wrapper'><div class='section' id='first'>{prose}</div></div></div>"
        f"<div class='acf-content' id='top'><div class='section'>{prose}{prose}</div></div>"
        f"<div class='acf-content'><div class='wrapper'><ul id='teasers'>{teasers}</ul></div></div>"
        "</div></body></html>"
    )
    first, top, teaser_list = tree.css_first("#first"), tree.css_first("#top"), tree.css_first("#teasers")
    scores = {first: 120.0, top: 240.0, teaser_list: 120.0}
    chosen = _with_siblings(Candidate(top, 240.0), scores, {})
    assert [node.attrs.get("id") for node in chosen] == [None, "top"]
    assert chosen[0].css_first("#first") is not None


def listicle(entries: list[str], prose_after: int, linked: bool = False, heading_tag: str = "h2") -> str:
    """A list story: each entry a box of one class, its heading the entry's text and a
    picture under it; one entry goes on in paragraphs.  ``linked``: a list of teasers
    instead, each a short linked title over a sentence of summary."""
    items = []
    for n, entry in enumerate(entries):
        heading = f"<a href='/e{n}'>{' '.join(entry.split()[:4])}</a>" if linked else entry
        summary = f"<p>{PARAS[n % 3]}</p>" if linked and n != prose_after else ""
        more = "".join(f"<p>{p}</p>" for p in PARAS) if n == prose_after else summary
        items.append(
            f"<div class='entry-wrap'><div><div class='entry'><{heading_tag}>{heading}</{heading_tag}>"
            f"<figure><img src='/{n}.jpg'></figure>{more}</div></div><div></div></div>"
        )
    return f"<h1>Ten things we learned this week</h1><div class='entries'>{''.join(items)}</div>"


ENTRIES = [
    "A few months ago, an artist from Romania drew this picture and shared it online.",
    "The drawing resurfaced this week, and it did not go down well with the singer.",
    "Another user then edited the drawing, and the new picture went viral at once.",
    "Many people quickly came to her defence, saying she had always spoken up.",
]


def test_a_list_storys_entries_are_all_kept_not_only_the_one_with_most_prose() -> None:
    texts = [b.get("text") for b in newsparse.extract(page(listicle(ENTRIES, prose_after=2))).to_dict()["blocks"]]
    assert [t for t in texts if t in ENTRIES or t in PARAS] == [*ENTRIES[:3], *PARAS, ENTRIES[3]]


def test_a_list_of_teasers_whose_headings_are_links_does_not_join_the_entry_that_holds_the_story() -> None:
    texts = [
        b.get("text")
        for b in newsparse.extract(page(listicle(ENTRIES, prose_after=2, linked=True))).to_dict()["blocks"]
    ]
    assert [t for t in texts if t in PARAS] == PARAS


def test_stories_one_after_another_each_under_its_own_h1_are_not_one_list_story() -> None:
    blocks = newsparse.extract(page(listicle(ENTRIES, prose_after=2, heading_tag="h1"))).to_dict()["blocks"]
    assert [b.get("text") for b in blocks if b.get("text") in ENTRIES or b.get("text") in PARAS] == [ENTRIES[2], *PARAS]


def test_closing_section_titles_in_french_spanish_and_italian_end_the_story() -> None:
    for title in ("Sur le même thème", "Vous aimerez peut-être aussi", "Lo más leído", "Leggi anche"):
        teasers = "".join(
            f"<p>12/06/2018 Un surnom un brin moqueur : découvrez le surnom numéro {n}</p>" for n in range(3)
        )
        body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS) + f"<h3>{title}</h3>{teasers}</div>"
        assert paragraphs(page(body)) == PARAS, title


def test_trending_picks_and_more_in_a_section_end_the_story() -> None:
    titles = ("Trending News", "Editor's Picks", "More in Politics", "Must Reads", "Related Topics")
    for title in (*titles, "Most read in world news", "Most shared"):
        teasers = "".join(f"<p>Another story from the site, number {n}, for the reader</p>" for n in range(3))
        body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS) + f"<h3>{title}</h3>{teasers}</div>"
        assert paragraphs(page(body)) == PARAS, title


def test_a_more_stories_title_pitches_and_the_comments_policy_are_not_the_story() -> None:
    teasers = "".join(f"<p>Another story from the site, number {n}, for the reader</p>" for n in range(3))
    body = "<article>" + "".join(f"<p>{p}</p>" for p in PARAS) + f"<h3>More Great WIRED Stories</h3>{teasers}</article>"
    assert paragraphs(page(body)) == PARAS
    closing = [
        "If you enjoyed this article, we have a proposition for you: join our members, who get every story first.",
        "Note: we are temporarily moderating all comments submitted to deal with a surge in spam.",
        "Kommentare werden moderiert.",
    ]
    body = "<article>" + "".join(f"<p>{p}</p>" for p in [*PARAS, *closing]) + "</article>"
    assert paragraphs(page(body)) == PARAS


def test_read_also_titles_with_their_words_end_the_story_and_the_bare_phrase_is_interface_text() -> None:
    teasers = "".join(
        f"<p>Ein anderer Beitrag über Personalarbeit, Folge {n}, mit Bild und Autor</p>" for n in range(3)
    )
    for title in ("Lesen Sie auch die folgenden Beiträge:", "Más sobre La Tercera AM"):
        body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{title}</p>{teasers}</div>"
        assert paragraphs(page(body)) == PARAS, title
    opening = "<div class='story'><h3>Lesen Sie auch</h3>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
    assert [b.text for b in newsparse.extract(page(opening)).blocks] == PARAS


def test_a_heading_closing_the_body_heads_nothing_and_goes_but_a_sentence_in_bold_stays() -> None:
    story = "<article>" + "".join(f"<p>{p}</p>" for p in PARAS)
    boxed = newsparse.extract(page(f"{story}<h2>Story Timeline</h2></article>"))
    assert boxed.blocks[-1].type == "paragraph" and "Story Timeline" not in (boxed.text or "")
    closing = "<h4>All these products and more are on sale until Sunday. Just follow this link.</h4>"
    kept = newsparse.extract(page(f"{story}{closing}</article>"))
    assert kept.blocks[-1].text == "All these products and more are on sale until Sunday. Just follow this link."


def test_a_label_whose_links_went_closes_nothing_but_a_label_before_text_stays() -> None:
    story = "<article>" + "".join(f"<p>{p}</p>" for p in PARAS)
    source = '<div class="btn-list"><div class="btn">Quelle:</div> <a class="btn" href="/x">stol.it</a></div>'
    tags = '<div class="btn-list"><div class="btn">Kategorien</div> <a class="btn" href="/c">News</a></div>'
    labelled = newsparse.extract(page(f"{story}{source}{tags}</article>"))
    assert [b.text for b in labelled.blocks] == PARAS
    sources = "<p>Quellen:</p><p>Ford, Martin. 2016. The rise of the robots.</p>"
    kept = newsparse.extract(page(f"{story}{sources}</article>"))
    assert [b.text for b in kept.blocks][-2:] == ["Quellen:", "Ford, Martin. 2016. The rise of the robots."]
    # a sentence leading into a link stays, though it closes on a colon
    lead = newsparse.extract(page(f"{story}<p>Das Konzeptpapier finden Sie hier:</p></article>"))
    assert lead.blocks[-1].text == "Das Konzeptpapier finden Sie hier:"


def test_boxes_after_a_comments_or_related_title_are_that_section_however_they_score() -> None:
    """Readers' comments in bare boxes, outweighing a short story, after its "34 Comments"
    title; a grid of teasers with summaries after "More stories": the story is the box
    before the title."""
    story = "<div>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
    comment = "I have lived in this town for thirty years and I think the council wastes our money again and again."
    comments = "<div>" + "".join(f"<div><b>user{n}</b><p>{n}: {comment}</p></div>" for n in range(14)) + "</div>"
    teaser = "The mayor spoke at length about the new budget, with money for roads and schools over five years."
    grid = "<div>" + "".join(
        f"<div><a href='/t{n}'><h4>Headline {n}</h4></a><p>{n}: {teaser}</p></div>" for n in range(12)
    )
    for title, section in (("34 Comments", comments), ("More stories", grid + "</div>")):
        html = f"<html><body><h1>Flood</h1>{story}<h3>{title}</h3>{section}</body></html>"
        assert paragraphs(html) == PARAS, title


def test_an_amp_elements_stand_ins_are_not_the_story() -> None:
    """What an AMP page shows while an embed loads, or where it fails, is no text of it."""
    poll = '<amp-iframe src="https://example.com/poll"><div placeholder>Loading poll</div></amp-iframe>'
    ad = '<amp-ad type="doubleclick"><div fallback>Our partners could not load this offer</div></amp-ad>'
    body = "<div class='story'>" + f"<p>{PARAS[0]}</p>{poll}{ad}" + "".join(f"<p>{p}</p>" for p in PARAS[1:]) + "</div>"
    text = newsparse.extract(page(body)).text or ""
    assert "Loading poll" not in text and "Our partners" not in text and PARAS[2] in text


def test_a_pointer_to_another_story_set_in_the_text_is_not_the_story() -> None:
    pointers = [
        "Read more: How the flood changed the town for good",
        "Lesen Sie auch: Wie die Flut die Stadt veränderte",
        "Lee también: Gobierno anuncia nuevas medidas contra la sequía",
        "MIRA: Madre se acerca a conocer los motivos de captura de su hijo",
        # in more languages: Indonesian stories carry several
        "Baca juga: Pemerintah umumkan langkah baru untuk korban banjir",
        "Lees ook: Gemeente plant nieuw park in het centrum",
        "Lue myös: Kaupunki suunnittelee uutta puistoa",
        "Ayrıca okuyun: Belediye yeni park planlıyor",
        "延伸阅读：市议会计划新建公园",
        "あわせて読みたい：市議会が新公園を計画",
        "بیشتر بخوانید: شورا پارک جدید را برنامه‌ریزی می‌کند",
    ]
    body = story_box([PARAS[0], *pointers, *PARAS[1:]])
    assert paragraphs(page(body)) == PARAS
    # a speaker's name in an interview is no such label
    answer = "Lee: I don't think so, and I said so at the time, to anyone who would listen."
    body = story_box([*PARAS, answer])
    assert paragraphs(page(body))[-1] == answer


def test_share_this_article_in_more_languages_is_not_the_story() -> None:
    buttons = ["Partager cet article", "Compartir este artículo", "Condividi questo articolo", "Deel dit artikel"]
    buttons += ["Compartilhe esta notícia", "Udostępnij artykuł", "Поделиться статьей", "Bu haberi paylaş"]
    buttons += ["Bagikan artikel ini", "แชร์บทความนี้", "شارك المقال", "اشتراک گذاری", "Поділитися"]
    assert paragraphs(page(story_box([*PARAS, *buttons]))) == PARAS
    # a sentence about sharing is the story's
    sentence = "Partager cet article a valu au journaliste des milliers de messages de soutien en une journée."
    assert paragraphs(page(story_box([*PARAS, sentence])))[-1] == sentence


def test_a_paywalls_notice_and_an_ads_continue_line_in_the_text_are_not_the_story() -> None:
    notices = ["This article is for subscribers only.", "Already a subscriber? Log in"]
    notices += ["Dieser Artikel ist nur für Plus-Abonnenten", "Il vous reste 75% de cet article à lire."]
    notices += ["¿Ya eres suscriptor? Inicia sesión", "Conteúdo exclusivo para assinantes"]
    notices += ["Czytaj dalej pod reklamą", "Продолжение после рекламы", "Advertisement - Scroll to continue"]
    # the two set as one paragraph, an ad's "continue reading", a paged story's pointer, a
    # feedback widget, a rating, an app's and a share bar's buttons
    notices += ["This article is for subscribers only. Already a subscriber? Log in.", "Weiter auf Seite 2"]
    notices += ["Advertisement - Continue Reading Below", "Continue reading on page 2 »", "Open in app"]
    notices += ["Was this article helpful? Yes No", "Rate this article: ★★★★☆", "Link copied!"]
    notices += ["Share on Facebook Share on Twitter Share via Email"]
    assert paragraphs(page(story_box([PARAS[0], *notices, *PARAS[1:]]))) == PARAS
    # a sentence about subscribers is the story's
    sentence = "Der Beitrag ist nur für Abonnenten gedacht, sagte der Sprecher, und das sei auch richtig so."
    assert paragraphs(page(story_box([*PARAS, sentence])))[-1] == sentence


def test_the_storys_tags_and_categories_set_as_a_line_are_not_the_story() -> None:
    taxonomy = ["Schlagwörter: Klima, Energie", "Kategorie: News, open3", "Tags: flood, council, library"]
    body = story_box([*PARAS, *taxonomy])
    assert paragraphs(page(body)) == PARAS
    # a schedule's day and a sentence opening with such a word are the story's
    kept = ["Tag: Montag, 12. März", "Themen: Warum die Stadt jetzt handeln muss. Ein Kommentar."]
    body = story_box([*PARAS, *kept])
    assert paragraphs(page(body))[-2:] == kept


RECIPE_STEPS = [
    "Preheat the oven to 180 degrees. Butter a loaf tin and line its base with baking paper.",
    "Beat the butter and sugar until pale, then add the eggs one at a time, beating well after each.",
    "Fold in the flour and the lemon zest, pour into the tin and bake for 45 minutes until golden.",
]
INGREDIENTS = [("200 g", "butter"), ("180 g", "caster sugar"), ("3", "eggs"), ("200 g", "self-raising flour")]


def recipe_page(head: str, ingredients_box: str) -> str:
    """A recipe laid out as recipe sites do: the ingredients in a box of their own beside
    the method, both beside a sidebar of other recipes."""
    method = "<article class='recipe-steps'><h2>Method</h2>" + "".join(f"<p>{s}</p>" for s in RECIPE_STEPS)
    return page(f"<h1>Lemon drizzle cake</h1>{ingredients_box}{method}</article>").replace("<head>", f"<head>{head}")


def test_a_recipes_declared_ingredients_join_the_method() -> None:
    declared = json.dumps({"@type": "Recipe", "recipeIngredient": [f"{a} {n}" for a, n in INGREDIENTS]})
    rows = "".join(f"<tr><td>{amount}</td><td><span>{name}</span></td></tr>" for amount, name in INGREDIENTS)
    box = f"<article class='recipe-ingredients'><h2>Ingredients</h2><table>{rows}</table></article>"
    text = newsparse.extract(recipe_page(f"<script type='application/ld+json'>{declared}</script>", box)).text
    assert "self-raising flour" in text and "caster sugar" in text
    assert text.index("caster sugar") < text.index(RECIPE_STEPS[0])
    # Undeclared, a box of short lines is no story.
    assert "caster sugar" not in newsparse.extract(recipe_page("", box)).text


def test_ingredients_marked_by_microdata_join_the_method_once() -> None:
    items = "".join(f"<li itemprop='recipeIngredient'>{a} {n}</li>" for a, n in INGREDIENTS)
    box = f"<div class='ingredients'><h2>Ingredients</h2><ul>{items}</ul></div>"
    text = newsparse.extract(recipe_page("", box)).text
    assert text.count("self-raising flour") == 1
    assert text.index("caster sugar") < text.index(RECIPE_STEPS[0])


def test_furniture_words_count_as_whole_parts_of_a_name_and_ad_only_as_a_whole_name() -> None:
    from newsparse.html.clean import is_furniture_name

    for name in ("site-footer", "c-sidebar__inner", "share_buttons", "js-menu", "photo-credit", "sr-only"):
        assert is_furniture_name(name), name
    # a furniture word inside a longer word is no furniture ("navy", "reshare", "footnote")
    for name in ("navy-blue", "reshare", "footnotes", "headline", "column-title"):
        assert not is_furniture_name(name), name
    # "ad" is furniture as a whole class name only: a part of one is too often something else
    assert is_furniture_name("ad") and is_furniture_name("box ads") and is_furniture_name("advertisement")
    assert (
        not is_furniture_name("page-ad-margins") and not is_furniture_name("top-ad") and not is_furniture_name("ad_x")
    )


def test_a_search_box_beside_the_story_is_furniture() -> None:
    # the box's list of what to search is set as paragraphs, in the story's column
    for names in ("search fin-search", "search-form", "searchbox"):
        search = f"<div class='{names}'><form><div><p>Quotes</p><p>Forum</p><p>News</p></div></form></div>"
        story = "".join(f"<p>{p}</p>" for p in PARAS)
        assert paragraphs(page(f"<div class='column'>{search}{story}</div>")) == PARAS, names
    from newsparse.html.clean import is_furniture_name

    assert not is_furniture_name("research-article")  # a whole part of the name only


def test_a_newsletter_sign_up_inside_the_story_goes_with_its_pitch() -> None:
    signup = (
        "<div><h3>Sign up for our newsletter</h3><p>Get the day's news in your inbox every morning.</p>"
        "<form><input type='email' name='e'><button>Subscribe</button></form></div>"
    )
    story = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS[:2]) + signup + f"<p>{PARAS[2]}</p></div>"
    assert paragraphs(page(story)) == PARAS
    # a short post with a form in its own column keeps its text: the box stops below the headline
    form = "<form><input type='email'></form>"
    short = f"<div class='post'><h1>Opening hours</h1><p>The library opens at nine.</p>{form}</div>"
    assert paragraphs(page(short)) == ["The library opens at nine."]


def test_a_sign_in_dialog_in_the_markup_is_not_the_story() -> None:
    dialog_lines = [
        "Sign in with your account to save articles and follow the topics you care about.",
        "The password must be at least eight characters long, with a capital letter and a digit.",
        "You will receive an e-mail from us shortly, with a link to reset your password.",
        "Your registration was successful. Please confirm the link in the e-mail within a day.",
    ]
    story = [*PARAS, *PARAS[:3]]
    for names in ("loginpanelgroup-panel", "sign-in-form", "registration-modal-inner"):
        dialog = f"<div class='{names}'>" + "".join(f"<p>{line}</p>" for line in dialog_lines * 2) + "</div>"
        assert paragraphs(page(story_box(story), extra=dialog)) == story, names


def test_a_named_anchor_left_open_over_the_story_makes_no_link_of_it() -> None:
    # "<a name='top'>" unclosed: the parser sets the whole story inside it
    assert paragraphs(page(f"<a name='top'>{story_box(PARAS)}")) == PARAS
    # an anchor with neither a name nor an address is a script's button: link text still
    buttons = "".join(f"<p><a class='btn'>Open the gallery of pictures number {n} now</a></p>" for n in range(3))
    assert paragraphs(page(story_box(PARAS).replace("</div>", buttons + "</div>"))) == PARAS


def test_german_recommendation_titles_end_the_story_and_a_comment_button_goes() -> None:
    for title in ("Empfehlungen aus der Redaktion", "Weitere Stories"):
        teaser = "Ein Teaser für eine ganz andere Geschichte."
        assert paragraphs(page(story_box([*PARAS, title, teaser]))) == PARAS, title
    assert paragraphs(page(story_box([PARAS[0], "Diesen Artikel kommentieren", *PARAS[1:]]))) == PARAS


def test_a_sentence_the_template_prints_twice_in_a_row_is_kept_once_and_a_tables_repeated_cells_stay() -> None:
    kicker = "Briefly: the rules on flood insurance in two countries compared"
    cells = "".join(f"<p>{value}</p>" for value in ("USA", "USA", "0", "0"))
    body = (
        f"<article><p>{kicker}</p><h1>Flood</h1><p>{kicker}</p>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + f"<div>{cells}</div></article>"
    )
    texts = [b.text for b in newsparse.extract(page(body)).blocks]
    assert texts.count(kicker) == 1
    assert texts[-4:] == ["USA", "USA", "0", "0"]


def test_a_picture_shown_twice_in_a_row_is_one_with_its_caption() -> None:
    lazy = "<div><img src='/flood.jpg'></div><figure><img src='/flood.jpg'><figcaption>The river at noon.</figcaption>"
    body = f"<article><h1>Flood</h1><p>{PARAS[0]}</p>{lazy}</figure><p>{PARAS[1]}</p><img src='/map.png'></article>"
    pictures = [(b.src, b.caption) for b in newsparse.extract(page(body)).blocks if b.type == "image"]
    assert pictures == [("/flood.jpg", "The river at noon."), ("/map.png", None)]


def test_a_bare_number_opening_or_closing_the_story_is_a_counter_and_a_closing_run_of_numbers_is_data() -> None:
    body = "<article><h1>Flood</h1><p>3.409</p>" + "".join(f"<p>{p}</p>" for p in PARAS) + "<p>0</p></article>"
    assert [b.text for b in newsparse.extract(page(body)).blocks] == PARAS
    figures = "".join(f"<p>{n}</p>" for n in ("1636", "3191", "17.3"))
    body = "<article><h1>Flood</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + f"{figures}</article>"
    assert [b.text for b in newsparse.extract(page(body)).blocks] == [*PARAS, "1636", "3191", "17.3"]


def test_a_market_widgets_share_quotes_closing_the_story_go_with_their_titles() -> None:
    quotes = [
        "股票简称 最新价 涨跌幅",
        "以下为热门股票",
        "京东方Ａ 4.00 +2.30%",
        "中兴通讯 35.18 +5.05%",
        "大智慧 9.08 -8.48%",
    ]
    tail = "<h3>股市直播</h3>"
    assert paragraphs(page(story_box([*ZH_STORY, *quotes]) + tail)) == ZH_STORY
    # two quotes, or quotes inside the story, are the story's
    kept = [ZH_STORY[0], *quotes[2:4], *ZH_STORY[1:]]
    assert paragraphs(page(story_box(kept))) == kept
    assert paragraphs(page(story_box([*ZH_STORY, *quotes[2:4]]))) == [*ZH_STORY, *quotes[2:4]]


def test_a_page_of_deals_whose_text_is_mostly_links_keeps_the_story_its_main_element_marks() -> None:
    deal = "a gadget at half its price, today only, while stocks last, with free delivery to your door"
    links = "".join(f"<li><a href='/p{n}'>Deal number {n}: {deal}</a></li>" for n in range(40))
    intro = (
        "As a recurring feature, our team combs the Web and shares some amazing deals we have turned up. "
        "Here is what caught our eye today, a week before the holidays."
    )
    html = (
        f"<html><body><main><h1>Holiday deals you can still get</h1><p>{intro}</p>"
        f"<h2>GADGETS</h2><ul>{links}</ul><h2>KITCHEN</h2><ul>{links}</ul></main>"
        "<div class='wrapper'><p>© 2022 <a href='https://example.com/'>Example Media</a> - All Rights Reserved</p>"
        "</div></body></html>"
    )
    blocks = newsparse.extract(html).blocks
    assert blocks[0].text == intro
    # the offers are the story: its lists of links are kept, the footer's rights line is not
    assert [b.type for b in blocks[1:]] == ["heading", "list", "heading", "list"]
    assert blocks[2].items[0] == f"Deal number 0: {deal}" and "Rights" not in (newsparse.extract(html).text or "")


def test_zero_width_joiners_that_spell_words_stay_and_zero_width_spaces_go() -> None:
    persian = (
        "شورای شهر روز سه\u200cشنبه به تمدید ساعات کار کتابخانه رأی داد، چیزی که ساکنان سال\u200cها خواستار آن بودند"
    )
    spaced = "The council voted on Tuesday to extend\u200b the library's hours, as residents had long asked it to do"

    def story(text: str) -> list[str]:
        paragraphs = "".join(f"<p>{text} {n}.</p>" for n in range(4))
        return [
            b.text
            for b in newsparse.extract(f"<html><body><article><h1>T</h1>{paragraphs}</article></body></html>").blocks
        ]

    assert story(persian) == [f"{persian} {n}." for n in range(4)]
    assert story(spaced)[0] == spaced.replace("\u200b", "") + " 0."
    # replacement marks a page holds for characters it lost (an emoji a CMS could not store)
    lost = "广州南沙国际邮轮母港将于11月17日正式开港\ufffd\ufffd，旅客可从南沙出发前往日本和越南\ufffd\ufffd\ufffd"
    assert story(lost)[0] == lost.replace("\ufffd", "") + " 0."


def test_the_pages_image_is_the_picture_the_story_opens_with_where_none_is_declared() -> None:
    figure = (
        "<figure><img src='/photos/lanes.jpg' alt='Lanes'><figcaption>New lanes on Main Street</figcaption></figure>"
    )
    story = "<article><h1>Council votes</h1>{}" + "".join(f"<p>{p}</p>" for p in PARAS) + "</article>"
    url = "https://news.example.com/2024/03/12/council"
    assert newsparse.extract(page(story.format(figure)), url=url).image == "https://news.example.com/photos/lanes.jpg"
    declared = page(story.format(figure)).replace("<head>", "<head><meta property='og:image' content='/og.jpg'>")
    assert newsparse.extract(declared, url=url).image == "https://news.example.com/og.jpg"
    # a logo or an icon is no lead picture; nor is a picture far down the story
    logo = "<img src='/static/site-logo.png' alt='Daily'>"
    assert newsparse.extract(page(story.format(logo)), url=url).image is None
    late = story.replace("</article>", figure + "</article>").format("")
    assert newsparse.extract(page(late), url=url).image is None


def test_a_preview_card_shown_on_hovering_over_a_name_stays_out_of_the_sentence() -> None:
    """A person's card (photo, full name, latest stories) set right after the link to them,
    hidden by the stylesheet until hovered: left in, it made the lead paragraph mostly links
    and the paragraph was dropped whole.  A box after a link to another address stays."""
    card = (
        "<span class='card'><img src='/p/jane.jpg' alt=''><a href='/people/jane-doe'>Jane Q. Doe</a>"
        "<a href='/news/1'>Council approves the flood barrier after a long debate</a> "
        "<a href='/news/2'>Mayor names a new head of the water board</a> <a href='/people/jane-doe'>MORE</a></span>"
    )
    lead = (
        f"Council leader <span class='who'><a href='/people/jane-doe'>Jane Doe</a>{card}</span> "
        "said on Monday the town would rebuild the river wall before the winter storms."
    )
    got = paragraphs(page(story_box([lead, *PARAS])))
    assert got == [
        "Council leader Jane Doe said on Monday the town would rebuild the river wall before the winter storms.",
        *PARAS,
    ]
    aside = "<span class='note'><a href='/glossary/levee'>levee</a> and <a href='/glossary/weir'>weir</a></span>"
    kept = f"The <a href='/maps/river'>river</a> {aside} held through the night, the engineers said on Monday."
    assert paragraphs(page(story_box([kept, *PARAS])))[0].startswith("The river levee and weir held")


def test_a_recipe_cards_buttons_are_dropped_in_five_languages() -> None:
    buttons = [
        *("Jump to Recipe", "Print Recipe", "Pin Recipe", "Save recipe", "Rate this recipe", "Print this article"),
        *("Rezept drucken", "Rezept bewerten", "Zum Rezept", "Imprimir receta", "Imprimer la recette"),
        *("Stampa la ricetta", "Recept afdrukken"),
    ]
    body = story_box([PARAS[0], *buttons, *PARAS[1:]])
    assert paragraphs(page(body)) == PARAS


def test_the_writers_box_titled_in_more_languages_ends_the_story_when_set_as_a_paragraph() -> None:
    bio = "<p>Jane Doe is a reporter who has covered city hall for ten years and lives in the north.</p>"
    titles = ("Informazioni sull'autore", "O autorze", "Об авторе", "Yazar hakkında", "Over de auteur")
    titles += ("Om forfatteren", "Kirjoittajasta", "A szerzőről", "O autorovi", "Despre autor", "Sobre o autor")
    titles += ("Σχετικά με τον συγγραφέα", "Tentang Penulis", "作者简介", "著者プロフィール", "기자 소개")
    titles += ("この記事を書いた人", "この記事の著者", "筆者紹介", "ライタープロフィール")
    for title in titles:
        body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{title}</p>{bio}</div>"
        assert paragraphs(page(body)) == PARAS, title


def test_a_sentence_about_subscribers_or_a_news_bulletin_is_no_sign_up() -> None:
    story = [
        "他说，订阅用户数量在过去一年里增长了三倍，公司计划明年推出更多的付费内容和服务。",
        "Bản tin thời sự tối nay cho biết chính phủ sẽ tăng lương tối thiểu từ tháng sau cho công nhân.",
        *PARAS,
    ]
    assert paragraphs(page(story_box(story))) == story


def test_a_list_of_teasers_is_furniture_where_a_teaser_alone_may_be_the_standfirst() -> None:
    from newsparse.html.clean import is_furniture_name

    assert is_furniture_name("teaser-list teaser-list--small") and is_furniture_name("c-teasers")
    assert not is_furniture_name("article-teaser") and not is_furniture_name("teaser-text")
    # a research group's page: a short introduction above a long list of other pages' teasers
    teasers = "".join(
        f"<div class='teaser'><h3><a href='/t{n}'>Project {n}</a></h3>"
        f"<p>Project {n} looks at how the energy transition changes the lives of the people in the regions "
        f"concerned, and what policy can do about it over the coming decade.</p></div>"
        for n in range(12)
    )
    story = [*PARAS, *(p.replace("paragraph", "part") for p in PARAS)]
    html = page(story_box(story), f"<div class='teaser-list'>{teasers}</div>")
    text = newsparse.extract(html).text
    assert all(p in text for p in story) and "Project 3" not in text


def _card(n: int, picture: bool, summary: str) -> str:
    thumbnail = f"<img src='/thumbs/{n}.jpg' alt=''>" if picture else ""
    return f"<div>{thumbnail}<h3><a href='/story-{n}'>Other story number {n} in the news</a></h3><p>{summary}</p></div>"


def test_teaser_cards_closing_the_story_box_are_left_out() -> None:
    """Cards of other stories sharing the story's container, each a linked title and a short
    summary with a thumbnail or cut short, end the body; a roundup's own linked headings
    with whole paragraphs and no pictures do not."""
    story = [*PARAS, *(p.replace("paragraph", "part") for p in PARAS)]
    summary = "The council met again on Monday to discuss the budget for the coming year and the new library"
    for picture, ending in ((True, "."), (False, " […]")):
        cards = "".join(_card(n, picture, summary + ending) for n in range(4))
        text = newsparse.extract(page("<div class='story'>" + "".join(f"<p>{p}</p>" for p in story) + cards)).text
        assert all(p in text for p in story) and "Other story number" not in text and "budget" not in text
    # a list of headlines, each a link alone under its thumbnail
    headlines = "".join(
        f"<img src='/t/{n}.jpg'><h3><a href='/story-{n}'>Other story number {n} in the news</a></h3>" for n in range(3)
    )
    text = newsparse.extract(page("<div class='story'>" + "".join(f"<p>{p}</p>" for p in story) + headlines)).text
    assert all(p in text for p in story) and "Other story number" not in text
    # a gallery's or a listicle's own items, numbered, each a linked title over its thumbnail
    slides = "".join(
        f"<img src='/s/{n}.jpg'><h3><a href='/gallery/{n}'>{n}. Costume number {n}</a></h3>"
        f"<p>Costume {n} needs a red dress and a wig.</p>"
        for n in range(1, 4)
    )
    text = newsparse.extract(page("<div class='story'>" + "".join(f"<p>{p}</p>" for p in story) + slides)).text
    assert "3. Costume number 3" in text and "Costume 3 needs" in text
    # a newsletter's roundup: each link's title over a whole paragraph of comment, no picture
    roundup = "".join(_card(n, False, f"{summary} ({n}), which readers may want to read in full.") for n in range(4))
    text = newsparse.extract(page("<div class='story'>" + "".join(f"<p>{p}</p>" for p in story) + roundup)).text
    assert "Other story number 3" in text


@pytest.mark.parametrize(
    "name",
    [
        *("reacties", "komentarze", "yorumlar", "binh-luan", "berita-terkait", "comentarii", "hozzaszolasok"),
        *("pinglun", "liuyan", "cebianlan", "youqing-lianjie", "osusume"),
    ],
)
def test_boxes_named_in_the_site_own_language_are_furniture(name: str) -> None:
    story = [*PARAS, *(f"{p} Again." for p in PARAS)]
    box = f"<div class='{name}'>" + "".join(f"<p>{COMMENT} {n}</p>" for n in range(3)) + "</div>"
    assert paragraphs(page(story_box(story) + box)) == story


def test_a_ticker_of_prices_does_not_outscore_the_story_on_its_decimal_points() -> None:
    stocks = "".join(
        f"<span><span>STOCK{n}</span><span>{3000 + n}.{n:02d}</span><span>-0.{n}%</span></span>" for n in range(40)
    )
    ticker = f"<div><a href='/six'><img src='six.png'></a><div>{stocks}</div></div>"
    # a page builder sets each paragraph in boxes of its own, whose points never meet
    story = "".join(f"<div><div><div><div><div><p>{p}</p></div></div></div></div></div>" for p in PARAS)
    story = f"<main><article><h1>Flood</h1><section>{story}</section></article></main>"
    assert paragraphs(f"<html><body><div><div><div>{ticker}</div></div></div><div>{story}</div></body></html>") == PARAS


def test_a_closing_section_title_left_alone_at_the_end_as_a_paragraph_goes() -> None:
    titles = ("Ähnliche Beiträge", "Beliebte Beiträge zum Thema:", "Mirá también", "Related Posts", "Kommentare")
    for title in (*titles, "Diese Beiträge solltest du nicht verpassen", "Latest on:", "Więcej informacji:"):
        assert paragraphs(page(story_box([*PARAS, title]))) == PARAS, title
    # a short closing sentence stays
    assert paragraphs(page(story_box([*PARAS, "More to come.", "Comments"]))) == [*PARAS, "More to come."]


def test_the_parts_of_a_story_an_article_holds_in_boxes_of_their_own_are_joined() -> None:
    """No class name ties the parts together: the longest outscores the others five times
    over, but inside one <article> a box of prose beside it is the story's."""
    main = [f"{p} Paragraph {n} of the report." for n in range(8) for p in PARAS]
    part = ["The report closes on the costs, which the council will put to a vote in the spring next year."] * 1
    part += [f"{p} The closing part, again." for p in PARAS]
    body = "<div>" + "".join(f"<p>{p}</p>" for p in main) + "</div><figure><img src='flood.jpg'></figure>"
    body += "<div><div>" + "".join(f"<p>{p}</p>" for p in part) + "</div></div>"
    html = f"<html><body><main><article><h1>Flood</h1>{body}</article><aside>x</aside></main></body></html>"
    assert paragraphs(html) == [*main, *part]
    # outside an <article>, the threshold stands: a box of prose beside it may be anything
    assert paragraphs(html.replace("article>", "section>")) == main


def test_a_magazine_story_cut_into_chunks_keeps_the_chunk_after_the_longest() -> None:
    """Each chunk sits in a grid of its own beside a rail, too far from the other for the
    cousins' search; the second, after the first, is a story's worth of prose in a box of
    the same class, inside the same <article> as the headline."""
    first = [f"{p} Part one, paragraph {n}." for n in range(10) for p in PARAS]
    second = [f"{p} Part two, paragraph {n}." for n in range(8) for p in PARAS]

    def chunk(texts: list[str]) -> str:
        inner = "<div class='body__inner-container'>" + "".join(f"<p>{p}</p>" for p in texts) + "</div>"
        rail = "<div class='grid-item'><div class='rail'><a href='/a'>Subscribe</a></div></div>"
        return f"<div class='grid'><div class='grid-item'><div class='body-wrapper'>{inner}</div></div>{rail}</div>"

    story = f"{chunk(first)}<div class='ad-row'><a href='/x'>Advertisement</a></div>{chunk(second)}"
    article = f"<article><header><h1>Flood</h1></header><div class='chunks'><div class='content'>{story}</div></div>"
    assert paragraphs(f"<html><body><main>{article}</article></main></body></html>") == [*first, *second]
    # A short box of the same class after them (the author's note) is no part, and no rival
    # part either: the second chunk still joins.
    note = [f"{p} The author's note, line {n}." for n in range(3) for p in PARAS]
    closing = f"<div class='notes'><div class='x'>{chunk(note)}</div></div>"
    html = f"<html><body><main>{article}{closing}</article></main></body></html>"
    assert paragraphs(html)[: len(first) + len(second)] == [*first, *second]


def test_a_story_cut_at_its_pictures_keeps_its_chunks_nested_alike_without_class_names() -> None:
    """A template writes each chunk of a long story with one partial, the first a level
    deeper in wrappers of its own; no class names tie them, and the longest chunk outscores
    the others, but the markup around their prose has one shape.  Comments beside them,
    written by another partial, stay out."""
    first = [f"{p} Part one, paragraph {n}." for n in range(4) for p in PARAS]
    longest = [f"{p} Part two, paragraph {n}." for n in range(10) for p in PARAS]
    last = [f"{p} Part three, paragraph {n}." for n in range(4) for p in PARAS]

    def chunk(texts: list[str]) -> str:
        return "<section><div><div><div>" + "".join(f"<p>{p}</p>" for p in texts) + "</div></div></div></section>"

    picture = "<figure><img src='/lungs.jpg'><figcaption>Cells in the lungs.</figcaption></figure>"
    comments = "<div><ul>" + "".join(f"<li><div><p>{COMMENT} {n}.</p></div></li>" for n in range(12)) + "</ul></div>"
    story = f"<div><div><div>{chunk(first)}</div></div></div>{picture}<div>{chunk(longest)}</div>{picture}"
    story += f"<div>{chunk(last)}</div>{comments}"
    html = f"<html><body><h1>Cells that taste danger</h1><div>{story}</div></body></html>"
    assert paragraphs(html) == [*first, *longest, *last]


def test_untitled_cards_closing_the_story_go_with_their_label() -> None:
    """A picture over an excerpt cut short, three in a row: other stories' cards whose titles
    went with their links; the label over them goes too."""
    excerpt = "Apple recently launched its new earphones, but it is already possible to grab a pair at a discount..."
    cards = "".join(f"<div><img src='/thumb{n}-105x70.jpg'><p>{excerpt}</p></div>" for n in range(4))
    body = story_box(PARAS) + f"<div><h4>Deals</h4>{cards}</div>"
    assert paragraphs(page(body)) == PARAS
    # two such cards may be the story's own pictures and their notes
    two = "".join(f"<div><img src='/thumb{n}-105x70.jpg'><p>{excerpt}</p></div>" for n in range(2))
    assert paragraphs(page(story_box(PARAS) + two)) == [*PARAS, excerpt, excerpt]


def test_a_dialog_laid_over_the_page_is_not_the_story_whatever_its_names() -> None:
    """A consent manager's preference centre reads as prose and may outweigh a short story;
    the page declares it a dialog."""
    privacy = (
        "When you visit any website, it may store or retrieve information on your browser, mostly in the form "
        "of cookies. This information might be about you, your preferences or your device, and is mostly used "
        "to make the site work as you expect it to."
    )
    for opening in ("<div role='alertdialog' aria-modal='true'>", "<div role='dialog'>", "<div aria-modal='true'>"):
        dialog = f"{opening}<h2>Your Privacy</h2>" + "".join(f"<p>{privacy} Part {n}.</p>" for n in range(5)) + "</div>"
        story = f"<main><h1>Flood</h1><div><p>{PARAS[0]}</p><p>{PARAS[1]}</p></div></main>"
        assert paragraphs(f"<html><body>{dialog}{story}</body></html>") == PARAS[:2], opening
