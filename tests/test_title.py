"""Titles: the confirmed <h1>, else declared titles less the site's name."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.meta.title import choose_title, site_from_title, split_title, strip_site_suffix


def test_split_on_separators_but_not_inside_words() -> None:
    assert split_title("COVID-19 cases rise in e-mail survey - The Daily") == [
        "COVID-19 cases rise in e-mail survey",
        "The Daily",
    ]
    assert split_title("寒潮来袭_国内新闻_华夏资讯网") == ["寒潮来袭", "国内新闻", "华夏资讯网"]
    assert split_title("标题内容-中国新闻网") == ["标题内容", "中国新闻网"]
    assert split_title("操盘必读｜今日市场全景回顾与展望") == ["操盘必读", "今日市场全景回顾与展望"]
    # a mark the separator leaves before the page's name, while a quotation keeps its marks
    assert strip_site_suffix("mediaarchitecture.de // » Jens Weber") == "Jens Weber"
    assert split_title("«Gute Löhne alleine reichen nicht»") == ["«Gute Löhne alleine reichen nicht»"]


def test_site_suffix_removed() -> None:
    assert strip_site_suffix("Bike lanes approved | The Courier", "The Courier") == "Bike lanes approved"
    assert strip_site_suffix("操盘必读｜今日市场全景回顾与展望", None) == "今日市场全景回顾与展望"


def test_a_site_name_before_a_colon_a_fullwidth_hyphen_and_a_dated_site_segment_are_cut() -> None:
    assert strip_site_suffix("The Daily News: Flood waters rise", "The Daily News") == "Flood waters rise"
    assert strip_site_suffix("大雨致城区积水严重－新华网", None) == "大雨致城区积水严重"
    assert strip_site_suffix("Наводнение в городе - РИА Новости, 12.03.2023", None) == "Наводнение в городе"
    # without the site's name declared, a colon still joins a headline's two parts
    assert strip_site_suffix("The Daily News: Flood waters rise", None) == "The Daily News: Flood waters rise"


def test_a_japanese_outlet_after_a_full_width_colon_is_cut_but_a_label_before_one_stays() -> None:
    assert strip_site_suffix("図書館の開館時間を延長：朝日新聞デジタル") == "図書館の開館時間を延長"
    assert strip_site_suffix("米朝首脳直通電話　習氏に挑むトランプ戦術の成否　：日本経済新聞") == (
        "米朝首脳直通電話　習氏に挑むトランプ戦術の成否"
    )
    assert strip_site_suffix("速報：地震のニュース") == "速報：地震のニュース"


def test_the_sites_name_in_brackets_before_or_after_the_headline_is_cut_and_a_label_stays() -> None:
    assert strip_site_suffix("【新华网】郑州经济运行情况良好", "新华网") == "郑州经济运行情况良好"
    assert (
        strip_site_suffix("Bike lanes approved（City News）", None, domain=("citynews", "com")) == "Bike lanes approved"
    )
    assert strip_site_suffix("Bike lanes approved (City News)", "City News") == "Bike lanes approved"
    assert strip_site_suffix("【独家】郑州经济运行情况良好", "新华网") == "【独家】郑州经济运行情况良好"
    assert strip_site_suffix("Bike lanes approved (with map)", "City News") == "Bike lanes approved (with map)"


def test_a_declared_title_that_is_the_sites_name_alone_is_no_headline() -> None:
    story = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 6 + "</p>"
    head = '<title>Library hours extended after council vote</title><meta property="og:title" content="City News">'
    html = f"<html><head>{head}</head><body><article>{story}</article></body></html>"
    article = newsparse.extract(html, url="https://www.citynews.com/local/library")
    assert article.title == "Library hours extended after council vote"


def test_colon_headlines_stay_whole() -> None:
    assert strip_site_suffix("Election results: how every seat changed", None) == (
        "Election results: how every seat changed"
    )


def test_h1_confirmed_by_title_tag_wins_over_logo_h1() -> None:
    title, origin = choose_title(
        ["Riverside Courier", "Bike lanes approved"], [None], "Bike lanes approved - Riverside Courier", None
    )
    assert (title, origin) == ("Bike lanes approved", "h1")


def test_declared_title_when_no_h1_matches() -> None:
    title, origin = choose_title(["Menu"], ["Bike lanes approved"], "Bike lanes approved | Courier", "Courier")
    assert (title, origin) == ("Bike lanes approved", "declared")


def test_site_from_title_suffix() -> None:
    assert site_from_title("寒潮来袭_国内新闻_华夏资讯网", "寒潮来袭") == "华夏资讯网"
    assert site_from_title("Only a headline", "Only a headline") is None
    # the date a title closes on after the site's name is no part of the name
    title = "Совет утвердил новый бюджет — РИА Новости, 12.03.2024"
    assert site_from_title(title, "Совет утвердил новый бюджет") == "РИА Новости"
    # a newsletter's <title> closes on its writer's credit, no site
    assert site_from_title("Why the budget matters - by Jane Doe", "Why the budget matters") is None
    assert site_from_title("Maulwurfkuchen | Rezept von Backen.de", "Maulwurfkuchen") == "Backen.de"


def test_a_style_sheet_inside_the_headline_is_not_its_text() -> None:
    import newsparse

    story = "<p>" + "Der Text des Artikels erklärt, wo und bis wann man sich impfen lassen kann. " * 8 + "</p>"
    html = (
        "<html><head><title>Kanton</title></head><body><h1><style>.css-umyvef{font-size:16px}</style>"
        f"<span>Impfen ist bis Ende Februar noch überall möglich</span></h1>{story}</body></html>"
    )
    assert newsparse.extract(html).title == "Impfen ist bis Ende Februar noch überall möglich"


def test_a_kicker_set_above_the_headline_inside_the_h1_is_left_out() -> None:
    import newsparse

    story = (
        "<p>" + "Die Händler sind froh, dass sie wieder verkaufen dürfen, sagte der Sprecher am Montag. " * 8 + "</p>"
    )
    og = '<meta property="og:title" content="Autohäuser rechnen mit langsamem Anlaufen des Geschäfts">'
    h1 = (
        "<h1><span>Nach Corona-Lockerungen</span> "
        "<span>Autohäuser rechnen mit langsamem Anlaufen des Geschäfts</span></h1>"
    )
    html = f"<html><head><title>MDR</title>{og}</head><body>{h1}{story}</body></html>"
    assert newsparse.extract(html).title == "Autohäuser rechnen mit langsamem Anlaufen des Geschäfts"
    # Without a declared title naming the rest (or a class naming the kicker), the <h1>
    # stands whole.
    assert newsparse.extract(html.replace(og, "")).title == (
        "Nach Corona-Lockerungen Autohäuser rechnen mit langsamem Anlaufen des Geschäfts"
    )


def test_a_domain_name_in_the_title_is_the_site_however_short_the_headline() -> None:
    assert strip_site_suffix("atg 1700 - Pastebin.com", None) == "atg 1700"
    title, _ = choose_title(["atg 1700"], [None], "atg 1700 - Pastebin.com", None)
    assert title == "atg 1700"


def test_an_h1_that_og_title_confirms_is_no_site_name_though_the_title_tag_ends_on_it() -> None:
    # The longer <title> segment is a subtitle; the shorter one is og:title and the <h1>.
    title_tag = "WTF? What’s The Future? - From the WTF? Economy to the Next Economy"
    h1s = ["WTF? What’s The Future?", "My talk at the White House Frontiers Conference"]
    assert choose_title(h1s, ["WTF? What’s The Future?"], title_tag, None) == ("WTF? What’s The Future?", "h1")


def test_a_kicker_marked_in_the_h1_is_no_part_of_the_headline() -> None:
    story = "".join(f"<p>Paragraph {n} of the story, long enough to be read as prose by anyone.</p>" for n in range(6))
    for kicker in (
        "<span class='article-heading__kicker'>Klimaschutz:</span>",
        "<span class='roofline'>Brexit</span> –",
        "<div class='topic-label'>100. Geburtstag</div>",
        "<span class='ContentHead_titleheader__MSrlO'>Erdwärme</span>",
        "<span class='h1small'>Initiative Energie</span>",
        "<span class='sub-heading'>Energiewende Oberland:</span><br>",
    ):
        html = (
            f"<html><head><title>Site</title></head><body><h1>{kicker} "
            f"<span class='headline'>Bohren, bis es heiß wird</span></h1>{story}</body></html>"
        )
        article = newsparse.extract(html)
        assert article.title == "Bohren, bis es heiß wird"


def test_an_h1_naming_the_site_is_no_headline() -> None:
    """The site's name set as an <h1>, linking to the front page or named as the site's
    title, gives way to the story's own heading, however long the site's name is."""
    story = "<p>" + "The council voted on Tuesday to extend the opening hours of the library. " * 5 + "</p>"
    for logo in (
        "<h1><a href='http://fouryears.eu'>Four Years Remaining In This Long Blog Name</a></h1>",
        "<h1><a href='https://blog.example.org/' rel='home'>The Somewhat Different Business Directory</a></h1>",
        "<h1 class='site-title'>The Somewhat Different Business Directory Online</h1>",
    ):
        body = f"{logo}<article><h2>Truckwash</h2>{story}</article>"
        html = f"<html><head><title>Blog</title></head><body>{body}</body></html>"
        assert newsparse.extract(html).title != "Four Years Remaining In This Long Blog Name", logo
        assert "Directory" not in (newsparse.extract(html).title or ""), logo
    # A link to a story page inside the <h1> is the headline's own.
    linked = "<h1><a href='https://news.example.org/2020/05/library-hours'>Library hours extended to ten</a></h1>"
    html = f"<html><head><title>News</title></head><body><article>{linked}{story}</article></body></html>"
    assert newsparse.extract(html).title == "Library hours extended to ten"
    # An <h1> marked as the post's title is the headline, whatever a theme's class adds.
    marked = "<h1 class='w-post-elm post_title entry-title aungblogtitle' itemprop='headline'>Alkohol auf dem Boot</h1>"
    head = "<title>Alkohol auf dem Boot – Erfahre mehr zu den Risiken</title>"
    html = f"<html><head>{head}</head><body><article>{marked}{story}</article></body></html>"
    assert newsparse.extract(html).title == "Alkohol auf dem Boot"


def test_the_title_segment_an_h1_shows_is_the_headline_however_short() -> None:
    story = "<p>" + "Fair supply chains need rules that companies cannot simply ignore or avoid. " * 5 + "</p>"
    head = "<title>Faire Lieferketten - Evangelisches Jugendwerk in Württemberg</title>"
    html = f"<html><head>{head}</head><body><article><h1>Faire Lieferketten</h1>{story}</article></body></html>"
    assert newsparse.extract(html).title == "Faire Lieferketten"
    baike = "<html><head><title>蔡健雅_百度百科</title></head><body><h1>蔡健雅</h1>" + story + "</body></html>"
    assert newsparse.extract(baike).title == "蔡健雅"


def test_a_hidden_h1_is_no_headline() -> None:
    story = "<p>" + "The first electron decides how the reaction in the water runs on from there. " * 5 + "</p>"
    body = (
        f"<h1 class='pagetitle hidden'>News</h1><article><h1>Auf das erste Elektron kommt es an</h1>{story}</article>"
    )
    html = f"<html><head><title>News - Eawag</title></head><body>{body}</body></html>"
    assert newsparse.extract(html).title == "Auf das erste Elektron kommt es an"


_STORY = "<p>" + "The council met on Tuesday and voted on the plan for the old mill by the river. " * 6 + "</p>"


def test_the_site_name_an_h1_logo_shows_cuts_the_title_there_with_the_slogan_after_it() -> None:
    html = (
        "<html><head><title>Winter light on the dunes : Coastwatch | Notes on a changing shore | Since 2005"
        '</title></head><body><h1 class="vcard"><a href="https://coastwatch.example/">Coastwatch</a></h1>'
        f"<div>{_STORY}</div></body></html>"
    )
    article = newsparse.extract(html)
    assert (article.title, article.site_name) == ("Winter light on the dunes", "Coastwatch")


def test_a_site_name_holding_a_separator_is_cut_whole() -> None:
    assert strip_site_suffix("Enchufla - Salsa-Figuren - Rueda in Berlin", None, "Salsa-Figuren - Rueda in Berlin") == (
        "Enchufla"
    )
    assert (
        strip_site_suffix("Coastwatch | Winter light on the dunes", None, "Coastwatch") == "Winter light on the dunes"
    )


def test_a_site_name_after_a_bar_inside_the_h1_is_left_out_but_a_slash_joins_the_headline() -> None:
    declared = ["Was wir über uns nicht hören wollen"]
    h1 = "Was wir über uns nicht hören wollen | FASSETTE.NET"
    assert choose_title([h1], declared, None, None)[0] == "Was wir über uns nicht hören wollen"
    h1 = "Können Fische Schmerzen spüren / empfinden?"
    assert choose_title([h1], ["Können Fische Schmerzen spüren?"], None, None)[0] == h1


def _page(head: str, top: str) -> str:
    """A page with ``head`` in its head and ``top`` above the story."""
    return f"<html><head>{head}</head><body>{top}<div>{_STORY}</div></body></html>"


def test_a_declared_title_cut_short_by_an_unescaped_quote_gives_way_to_the_title_tag() -> None:
    head = (
        '<title>Senator calls the plan "reckless"</title>'
        '<meta property="og:title" content="Senator calls the plan "reckless"" />'
    )
    assert newsparse.extract(_page(head, "")).title == 'Senator calls the plan "reckless"'


def _page_with_h1(h1: str) -> str:
    return _page("<title>Shore news</title>", f"<h1>{h1}</h1>")


@pytest.mark.parametrize(
    ("h1", "headline"),
    [
        # the small print beside a headline, a rubric above or a date and categories below
        ("<small>Unit of the week</small><br>Medley pyramid with ten laps", "Medley pyramid with ten laps"),
        ("Spectators return to the arenas<br><small>02.02.2022 • Press</small>", "Spectators return to the arenas"),
        ("<small>Spectators return to the arenas</small>", "Spectators return to the arenas"),
        # labels for screen readers alone; a line break spaces the words it parts
        ('<span class="visuallyhidden">Headline:</span> Energy transition and change', "Energy transition and change"),
        (
            'Climate<span class="sr-only">: </span><span>Drilling until it gets hot</span>',
            "Climate Drilling until it gets hot",
        ),
        ("The council votes<br>on the old mill", "The council votes on the old mill"),
    ],
)
def test_what_an_h1_holds_beside_its_headline_is_no_part_of_it(h1: str, headline: str) -> None:
    assert newsparse.extract(_page_with_h1(h1)).title == headline


def test_an_h1_hidden_from_every_reader_is_no_headline() -> None:
    top = (
        '<h1 class="aural" aria-hidden="true">Navigation und Service</h1>'
        "<h1>Energiewende, Mobilität und nachhaltiges Wirtschaften</h1>"
    )
    assert newsparse.extract(_page("<title>BMBF</title>", top)).title == (
        "Energiewende, Mobilität und nachhaltiges Wirtschaften"
    )


def test_a_declared_title_keeps_its_own_segments_and_loses_the_sites() -> None:
    """og:title names the site in og:site_name: a colon or dash in it is the headline's own."""
    french = "Deux ans et demi en Macronie : une condamnation, dix mises en examen"
    assert choose_title([], [french], f"{french} - regards.fr", None) == (french, "declared")
    german = "Schneeflöckchen, Weißröckchen… – mit Hund im Winter"
    assert choose_title([], [german], f"{german} - Martin Rütter DOGS", None) == (german, "declared")
    # The site's name and channel the <title> sets after the headline, cut from og:title too.
    headline = "稱「憂鬱症是不知足」挨轟 吳宗憲：鼓勵患者別只往負面想"
    assert choose_title([], [f"{headline}--上報"], f"{headline} -- 上報 / 焦點", None) == (headline, "declared")
    # A date, or the site's name, leading the declared title.
    jubeln = "Dorothea Wierer darf beim Antholz-Abschluss noch jubeln"
    assert choose_title([], [f"23.01.2022 - {jubeln}"], None, "Biathlon Antholz") == (jubeln, "declared")
    # The site's name glued on with no space after the colon.
    treeviz = "マインドマップ風のツリーを描画できる「Treeviz」"
    assert choose_title([], [f"{treeviz}:phpspot開発日誌"], None, "phpspot開発日誌") == (treeviz, "declared")
    bmas = "Änderung der Anforderungen an Impf- und Genesenennachweise"
    assert choose_title([], [f"BMAS - {bmas}"], f"BMAS - {bmas}", "www.bmas.de") == (bmas, "declared")


def test_a_long_kicker_ending_in_its_colon_is_cut_where_the_title_tag_confirms_the_rest() -> None:
    story = "<p>" + "Die Impfzentren bleiben bis Ende Februar geöffnet, teilte die Direktion mit. " * 5 + "</p>"
    kicker = "<span class='css-umyvef'>Medienmitteilung der Gesundheits-, Sozial- und Integrationsdirektion :</span>"
    headline = "Impfen und Boostern ist bis Ende Februar noch überall möglich"
    head = f"<title>{headline}</title><meta property='og:title' content='Medienmitteilungen'>"
    html = f"<html><head>{head}</head><body><article><h1>{kicker}{headline}</h1>{story}</article></body></html>"
    assert newsparse.extract(html).title == headline


def test_a_dash_between_two_numbers_is_a_range_not_a_separator() -> None:
    assert split_title("Wochenbericht 14. - 20. Januar 2022 - SLF") == ["Wochenbericht 14. - 20. Januar 2022", "SLF"]
    assert split_title("Baujahre 1931 – 1945 | Fahrzeuge") == ["Baujahre 1931 – 1945", "Fahrzeuge"]
    assert split_title("COVID-19 - Site") == ["COVID-19", "Site"]
    assert split_title("Headline–Site") == ["Headline", "Site"]


def test_one_long_word_in_an_h1_is_a_pages_label_and_no_headline() -> None:
    h1s = ["Partner", "Impressum", "Datenschutzerklärung"]
    declared = ["FINA Weltmeisterschaften VERSCHOBEN", None, None]
    title_tag = "FINA Weltmeisterschaften VERSCHOBEN - OSV"
    assert choose_title(h1s, declared, title_tag, None) == ("FINA Weltmeisterschaften VERSCHOBEN", "declared")
    # a CJK headline has no spaces
    assert (
        choose_title(["国务院联防联控机制印发通知进一步指导各地"], [None], None, None)[0]
        == "国务院联防联控机制印发通知进一步指导各地"
    )


def test_on_a_page_of_many_h1s_none_confirmed_an_og_title_the_title_tag_agrees_with_wins() -> None:
    h1s = ["Menu di navigazione", "Cronaca", "Articoli Correlati", "Topnews - Primo Piano", "Ultimi articoli"]
    headline = "Perturbazione polare al Centro e al Sud"
    declared = [f"{headline} - La Stampa", None, None]
    assert choose_title(h1s, declared, f"{headline} - La Stampa", "lastampa.it")[0] == headline
    # where og:title and <title> disagree (one rewritten for sharing), the first <h1> long enough stands
    h1s = ["The Disappearance of John M. Ford", "More on Slate Book Review", "We Need to Talk", "Want to Block Ads?"]
    declared = ["The Resurrection of the Greatest Sci-Fi Writer", None, None]
    title_tag = "John M. Ford’s books are being republished, but how did he fall into obscurity?"
    assert choose_title(h1s, declared, title_tag, "Slate Magazine")[0] == "The Disappearance of John M. Ford"


def test_an_h1_a_declared_title_repeats_whole_wins_over_a_logo_h1_the_title_tags_tail_contains() -> None:
    title_tag = "動画：自爆攻撃で31人死亡　写真1枚　国際ニュース：AFPBB News"
    h1s = ["国際ニュース：AFPBB News", "動画：自爆攻撃で31人死亡"]
    assert choose_title(h1s, ["動画：自爆攻撃で31人死亡"], title_tag, None) == ("動画：自爆攻撃で31人死亡", "h1")


def test_a_byline_an_h1_sets_after_a_line_break_is_no_part_of_the_headline() -> None:
    h1 = "米朝首脳直通電話 習氏に挑むトランプ戦術の成否 編集委員 中沢克二"
    parts = {h1: ["米朝首脳直通電話 習氏に挑むトランプ戦術の成否", "編集委員 中沢克二"]}
    declared = ["米朝首脳直通電話　習氏に挑むトランプ戦術の成否（写真＝ロイター）"]
    assert choose_title([h1], declared, None, None, parts)[0] == parts[h1][0]
    # A kicker before the headline the <title> goes on with is no headline.
    h1 = "Initiative EnergieEffizienz Kostenloser Stromcheck für private Haushalte"
    parts = {h1: ["Initiative EnergieEffizienz", "Kostenloser Stromcheck für private Haushalte"]}
    title_tag = "Initiative EnergieEffizienz - kostenloser Stromcheck | Ökologisch Bauen"
    assert choose_title([h1], [None], title_tag, None, parts)[0] == h1


def test_a_title_segment_spelling_the_host_name_is_the_sites_even_as_the_longest_or_as_an_h1() -> None:
    from newsparse.meta.title import domain_labels

    chor = domain_labels("https://www.chorknaben-ulm.de/geschichte.html")
    assert strip_site_suffix("Geschichte - St. Georgs Chorknaben Ulm", domain=chor) == "Geschichte"
    firemen = domain_labels("https://feuerwehrtaucher-oldenburg.de/ausbildung")
    assert strip_site_suffix("Feuerwehr Oldenburg - Ausbildung", domain=firemen) == "Ausbildung"
    assert strip_site_suffix(
        "Stadtrat tagt - Nalas Löwenseiten", domain=domain_labels("http://nalas-loewenseiten.info/x")
    ) == ("Stadtrat tagt")
    # before a colon, where a colon within a headline joins its parts
    planet = domain_labels("https://www.dailyplanet.com/news/budget")
    assert strip_site_suffix("The Daily Planet: Council approves budget", domain=planet) == "Council approves budget"
    assert (
        strip_site_suffix("Budget 2024: council approves plan", domain=planet) == "Budget 2024: council approves plan"
    )
    # the blog's name shown as the <h1> over its post is no headline
    blog = domain_labels("http://www.time4talks.com/2009/kinos")
    title_tag = "Time 4 talks » Blog Archiv » Weitere Digitalisierung der Schweizer Kinos"
    assert choose_title(["Time 4 talks"], [None], title_tag, None, domain=blog)[0] == (
        "Weitere Digitalisierung der Schweizer Kinos"
    )
    # a headline that names the site is no site name, nor is it when both segments do
    guardian = domain_labels("https://www.theguardian.com/commentisfree/2019/editorial")
    h1 = "The Guardian view on Hong Kong: a city on the brink"
    assert choose_title([h1], [None], f"{h1} | Editorial | The Guardian", None, domain=guardian)[0] == h1
    apple = domain_labels("https://www.apple.com/newsroom/")
    assert strip_site_suffix("Apple unveils a new iPhone - Apple", domain=apple) == "Apple unveils a new iPhone"


@pytest.mark.parametrize(
    ("publisher", "site"),
    [
        ("Fassette Online Magazin", "Fassette Online Magazin"),
        ("https://www.facebook.com/fassette", None),
        ("161385360554578", None),  # the Facebook page's number
        ("Fassette.Online.Magazin", None),  # its handle
    ],
)
def test_a_publisher_meta_tag_names_the_site_when_it_holds_a_name(publisher: str, site: str | None) -> None:
    page = (
        f'<html><head><meta property="article:publisher" content="{publisher}"></head>'
        "<body><article><h1>Ein Sommer am See</h1><p>"
        + "Der Sommer war lang und warm am See. " * 8
        + "</p></article></body></html>"
    )
    assert newsparse.extract(page).site_name == site


def test_a_title_of_the_host_name_alone_gives_way_to_the_heading() -> None:
    assert choose_title(["Flood closes the river road"], [], "www.riverside-courier.com", None)[0] == (
        "Flood closes the river road"
    )
    assert choose_title(["Hochwasser"], [], "riverside-courier.de", None)[0] == "Hochwasser"


@pytest.mark.parametrize(
    ("label", "heading", "title"),
    [
        ("Ausbildung", "Bootsdienst Ausbildung", "Bootsdienst Ausbildung"),
        ("显示", "比赛革命的革命", "比赛革命的革命"),
        # a section's heading is no headline, nor does a <title> long enough for one give way
        ("Baumgutachten", "Einleitung", "Baumgutachten"),
        # a numbered section's heading under a chapter's title is its first part
        ("二十三、感赞", "一、法官试验凡事谢恩", "二十三、感赞"),
        ("Neue Öffnungszeiten der Bibliothek", "Bootsdienst Ausbildung", "Neue Öffnungszeiten der Bibliothek"),
    ],
)
def test_a_story_opening_on_its_heading_under_a_title_too_short_for_a_headline_takes_the_heading(
    label: str, heading: str, title: str
) -> None:
    text = "<p>" + "Die Stadt verlängert die Öffnungszeiten der Bibliothek ab Montag. " * 6 + "</p>"
    page = f"<html><head><title>{label}</title></head><body><div><h2>{heading}</h2>{text}</div></body></html>"
    article = newsparse.extract(page)
    assert article.title == title
    assert (article.blocks[0].text == heading) == (title != heading)  # the headline leaves the body


def test_a_story_opening_on_its_heading_under_a_title_naming_the_site_alone_takes_the_heading() -> None:
    text = "<p>" + "The city extends the library's opening hours from Monday, the council said. " * 6 + "</p>"

    def page(body: str) -> str:
        site = "<meta property='og:site_name' content='The Riverside Courier'>"
        return f"<html><head><title>Riverside Courier</title>{site}</head><body>{body}</body></html>"

    article = newsparse.extract(page(f"<article><h2>Library hours extended</h2>{text}</article>"))
    assert article.title == "Library hours extended"
    assert article.blocks[0].text != "Library hours extended"  # the headline leaves the body
    # a blog's front page: each post's title as high as the first's, the site's name stands
    front = f"<div><h2>Library hours extended</h2>{text}<h2>Bridge closed for repairs</h2>{text}</div>"
    assert newsparse.extract(page(front)).title == "Riverside Courier"


def test_a_title_tag_headline_shown_as_a_subheading_outranks_an_h1_nothing_confirms() -> None:
    headline = "Sixers game notes: Joel Embiid leads Sixers to statement victory over Boston Celtics"
    text = "<p>" + "The Sixers captured their biggest win of the year on Wednesday night in Boston. " * 5 + "</p>"
    widget = "<aside><h1>Visit Harford County this fall</h1><p>Sponsored</p></aside>"

    def page(subheading: str) -> str:
        return (
            f"<html><head><title>{headline} | PhillyVoice</title></head><body>{widget}"
            f"<article>{subheading}{text}</article></body></html>"
        )

    assert newsparse.extract(page(f"<h2>{headline}</h2>")).title == headline
    # Shown nowhere else, the <title> confirms nothing: the <h1>, long enough, stands.
    assert newsparse.extract(page("")).title == "Visit Harford County this fall"


def test_a_headline_og_title_and_json_ld_agree_on_shown_as_a_dated_subheading_outranks_a_mottos_h1() -> None:
    post = "Das vielleicht schönste Ende der Welt: Montauk"
    text = "<p>" + "Ein Strand ist ein Strand, dachte ich, bis ich nach Montauk kam und staunte. " * 5 + "</p>"
    motto = "<div class='sidetray'><h1>Wann, wenn nicht jetzt...</h1><p>Der Blog für Frauen über 50.</p></div>"
    heading = f"<h2><time datetime='2019-06-17'>Jun 17 </time>{post}</h2>"

    def page(jsonld_headline: str) -> str:
        data = f'{{"@type": "BlogPosting", "headline": "{jsonld_headline}"}}'
        return (
            f"<html><head><title>BeFifty - Der Blog</title><meta property='og:title' content='{post}'>"
            f"<script type='application/ld+json'>{data}</script></head>"
            f"<body>{motto}<article>{heading}{text}</article></body></html>"
        )

    article = newsparse.extract(page(post))
    assert article.title == post
    assert "Jun 17" not in (article.text or "")  # the heading's date with it, the headline repeated
    # A title the data declares once (a video's, shown in a related box) confirms nothing:
    # the <h1> stands.
    assert newsparse.extract(page("Harry and Meghan talk about royal life")).title == "Wann, wenn nicht jetzt..."


def test_the_h1_a_story_opens_with_wins_over_a_title_tag_the_story_does_not_show() -> None:
    text = "<p>" + "Das Westviertel ist ein Stadtteil von Essen, er liegt westlich der Innenstadt. " * 5 + "</p>"

    def title(title_tag: str, story: str) -> str | None:
        html = f"<html><head><title>{title_tag}</title></head><body><article>{story}</article></body></html>"
        return newsparse.extract(html).title

    assert title("Ausflugtipps Niederrhein und Ruhrgebiet", f"<h1>Essen-Westviertel</h1>{text}") == "Essen-Westviertel"
    # The <title> shown as the heading under the <h1>: the <h1> is the section's label.
    post = "Das Ministerium für Club-Kultur informiert"
    assert title(post, f"<h1>Neuigkeiten</h1><h2>{post}</h2>{text}") == post


def test_a_blogs_name_as_the_pages_h1_gives_way_to_the_posts_heading_the_title_tag_holds() -> None:
    post = "Die Stadt verlängert die Öffnungszeiten der Bibliothek ab Montag"
    text = "<p>" + "Die Bibliothek öffnet künftig auch am Abend, teilte die Stadt mit. " * 6 + "</p>"

    def page(title_tag: str, story: str, og: str = "") -> str:
        head = f"<title>{title_tag}</title>" + (f"<meta property='og:title' content='{og}'>" if og else "")
        return f"<html><head>{head}</head><body><header><h1>Gabys Tagebuch</h1></header>{story}</body></html>"

    article = newsparse.extract(page(f"Gabys Tagebuch - {post}", f"<article><h3>{post}</h3>{text}</article>"))
    assert article.title == post
    assert post not in article.text  # the headline leaves the body
    # The <h1> inside the story, over a deck the <title> repeats: the headline keeps.
    deck = "Ann Cotten verwebt in ihrem neuen Band Lokales und Globales"
    story = f"<article><h1>Gabys Tagebuch</h1><h2>{deck}</h2>{text}</article>"
    html = page(f"Gabys Tagebuch - {deck}", story).replace("<header><h1>Gabys Tagebuch</h1></header>", "")
    assert newsparse.extract(html).title == "Gabys Tagebuch"
    # og:title holding the <h1> confirms it
    confirmed = page(f"Gabys Tagebuch - {post}", f"<article><h3>{post}</h3>{text}</article>", og="Gabys Tagebuch")
    assert newsparse.extract(confirmed).title == "Gabys Tagebuch"


@pytest.mark.parametrize(
    ("title_tag", "shown"),
    [
        # a site's name set after the headline in a way no separator rule reads
        (
            "阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU-EDN 电子技术设计",
            "阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU",
        ),
        (
            "顺德区大良街道党工委委员一行到众创金融街开展调研工作 东区办事处",
            "顺德区大良街道党工委委员一行到众创金融街开展调研工作",
        ),
        # a blog's name after a bar, the heading written with a no-break space
        ("Würde des Lebens – ein Projekt | Große Fragen", "Würde des Lebens – ein&nbsp;Projekt"),
        # a blog's name before its post, as Blogger sets its <title>
        (
            "A Bookshelf Full Of Sunshine: (News) Viertes eigenes Blog-Interview mit Anne Lück",
            "(News) Viertes eigenes Blog-Interview mit Anne Lück",
        ),
    ],
)
def test_a_title_tag_the_page_shows_in_part_gives_the_part_it_shows(title_tag: str, shown: str) -> None:
    page = _page(f"<title>{title_tag}</title>", f"<div class='t'>{shown}</div><div>2019-09-25 来源：本站</div>")
    assert newsparse.extract(page).title == shown.replace("&nbsp;", " ")


def test_a_title_tag_whose_shown_close_follows_a_path_stays_whole() -> None:
    title = "golemfactory/yapapi: Python high-level API for the Golem network"
    shown = "Python high-level API for the Golem network"
    assert newsparse.extract(_page(f"<title>{title}</title>", f"<div>{shown}</div>")).title == title


def test_a_title_tag_shown_whole_or_cut_inside_a_word_stays_whole() -> None:
    title = "Council extends the opening hours of the city library"
    assert newsparse.extract(_page(f"<title>{title}</title>", f"<div>{title}</div>")).title == title
    cut = "Council extends the opening hours of the city libr"
    assert newsparse.extract(_page(f"<title>{title}</title>", f"<div>{cut}</div>")).title == title


@pytest.mark.parametrize(
    "declared",
    [
        "https://www.fr.de",  # an address
        "{$plugin.tx_news.opengraph.site_name}",  # a template's variable left unfilled
        "Land zahlte 1,4 Millionen Euro Prämie für Wildschweine | MLUK",  # the page's title
    ],
)
def test_a_declared_site_name_that_is_an_address_a_placeholder_or_the_title_gives_way(declared: str) -> None:
    head = (
        "<title>Land zahlte 1,4 Millionen Euro Prämie für Wildschweine | MLUK</title>"
        f'<meta property="og:site_name" content="{declared}">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"name": "Landesministerium"}}'
        "</script>"
    )
    page = _page(head, "<h1>Land zahlte 1,4 Millionen Euro Prämie für Wildschweine</h1>")
    assert newsparse.extract(page).site_name == "Landesministerium"


def test_a_declared_site_name_holding_a_short_title_is_the_sites_name() -> None:
    head = '<title>WordPress.com</title><meta property="og:site_name" content="The WordPress.com Blog">'
    assert newsparse.extract(_page(head, "<h1>WordPress.com</h1>")).site_name == "The WordPress.com Blog"


_INSTITUTE_STORY = (
    "5月10日至12日，2019年人文地理学术年会在西南大学举行，来自全国各地的三百余名专家学者参加了会议。"
    "与会代表围绕城市化、乡村振兴和区域发展等议题进行了深入交流，会议还评选出优秀论文二十篇。"
)


def _institute_page(heading: str, dateline: str, extra: str = "") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>新闻动态--中国某某学会官网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/news'>新闻动态</a></div><h3>首页 - 新闻动态</h3>"
        f"<div class='news'>{extra}<h5>{heading}</h5><div class='ly'>{dateline}</div>"
        f"<div class='detail'><p>{_INSTITUTE_STORY}</p><p>{_INSTITUTE_STORY}</p></div></div></body></html>"
    )


def test_a_heading_over_the_storys_dateline_is_the_headline_where_no_h1_and_the_title_names_none() -> None:
    """An institution's page shows its story's headline in an <h5> over "发布时间：… 来源：…",
    its <title> naming the section and the site: the heading is the headline, and the
    dateline under it is read."""
    heading = "2019年人文地理学术年会在西南大学成功举行"
    article = newsparse.extract(_institute_page(heading, "发布时间：2019-05-18 来源：中国某某学会"))
    assert (article.title, article.source, article.published) == (heading, "中国某某学会", "2019-05-18")
    # a date alone, labelled, does as well
    assert newsparse.extract(_institute_page(heading, "发布时间：2019-05-18")).title == heading


@pytest.mark.parametrize(
    ("dateline", "extra"),
    [
        # a heading over a line that is no dateline (a version's date) is no story's headline
        ("Version 3, 29 June 2007", ""),
        # several headings over dates list teasers
        (
            "发布时间：2019-05-18",
            "<h5>学会召开第十届理事会第三次会议并部署年度工作</h5><div>发布时间：2019-05-02</div>",
        ),
    ],
)
def test_a_heading_over_a_dateline_that_is_none_or_among_others_leaves_the_title(dateline: str, extra: str) -> None:
    page = _institute_page("2019年人文地理学术年会在西南大学成功举行", dateline, extra)
    assert newsparse.extract(page).title == "中国某某学会官网"


def _story_page(title_tag: str, headline_markup: str) -> str:
    story = "".join(
        f"<p>The council voted on Tuesday to approve the new budget after a long debate, part {n}.</p>"
        for n in range(5)
    )
    return (
        f"<html><head><meta charset='utf-8'><title>{title_tag}</title></head><body>"
        f"<div class='nav'><a href='/'>Home</a></div>{headline_markup}<div class='text'>{story}</div></body></html>"
    )


@pytest.mark.parametrize(
    "markup",
    [
        "<table><tr><td class='bt_title'>Council approves the budget after a long debate</td></tr></table>",
        "<div class='articleTitle'>Council approves the budget after a long debate</div>",
        "<div id='news-headline'><b>Council approves the budget after a long debate</b></div>",
    ],
)
def test_an_element_named_as_the_title_is_the_headline_where_no_h1_and_the_title_names_the_site(markup: str) -> None:
    """A page with no <h1> whose <title> is the site's name alone ("北医新闻网_(新闻)") shows
    its headline in an element its class or id names a title."""
    article = newsparse.extract(_story_page("City News_(News)", markup))
    assert article.title == "Council approves the budget after a long debate"


@pytest.mark.parametrize(
    ("title_tag", "markup"),
    [
        # a <title> that reads as a headline stands
        ("Budget passes after the debate - City News", "<div class='title'>Council approves the budget</div>"),
        # a teaser's title is a link, a subtitle no title, a widget's title too short
        ("City News", "<div class='news-title'><a href='/x'>Another story on the budget debate</a></div>"),
        ("City News", "<div class='sub-title'>Council approves the budget after a long debate</div>"),
        ("City News", "<div class='widget-title'>Most read</div>"),
        # a short title an <h3> shows is a post's, the elements named as titles its widgets'
        (
            "Tach auch! - My Blog",
            "<h3 class='post-title'>Tach auch!</h3><h2 class='title'>Dieses Blog durchsuchen</h2>",
        ),
    ],
)
def test_an_element_named_as_a_title_leaves_a_headline_or_is_none(title_tag: str, markup: str) -> None:
    expected = title_tag.split(" - ")[0]
    assert newsparse.extract(_story_page(title_tag, markup)).title == expected


def test_the_title_tags_page_name_is_no_section_and_its_site_stays_where_the_headline_is_shown_elsewhere() -> None:
    """The <title> names the site and the page ("Energy Watch | Gas prices"), the page shows
    the headline in an element named as the title: the site's name is still read off the
    <title>, and a breadcrumb closing on the page's name gives the section before it."""
    crumbs = "<div class='breadcrumb'><a href='/'>Home</a> &gt; <a href='/prices'>Prices</a> &gt; Gas prices</div>"
    markup = crumbs + "<div class='articleTitle'>Energy price crisis: relief and rights at a glance</div>"
    page = _story_page("Energy Watch | Gas prices", markup)
    article = newsparse.extract(page, url="https://www.energywatch.org/prices/gas")
    assert article.title == "Energy price crisis: relief and rights at a glance"
    assert (article.site_name, article.section) == ("Energy Watch", "Prices")
