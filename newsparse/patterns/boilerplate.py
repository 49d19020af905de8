"""Vocabularies that tell page furniture from article text.

Data only, so the rules can be reviewed and extended without reading code.  Class and id
tokens are matched as regular expressions against ``"class id"`` in lower case; the pinyin
tokens cover Chinese CMS templates (``xgxw`` = 相关新闻, ``fenxiang`` = 分享, ...).
"""

import re

from newsparse.patterns.build import name_parts_pattern

# Elements that never hold article text.  Removed outright before scoring.
NEVER_CONTENT_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "object",
    "embed",
    "input",
    "select",
    "textarea",
    "button",
    "nav",
    "dialog",
    "menu",
    "link",
    "meta",
    # Ruby annotations (furigana over kanji): the reading, not the text.
    "rt",
    "rp",
)

# Class names of text written for screen readers alone ("Opens in a new window", "Headline:").
SCREEN_READER_NAMES = r"sr-only|visually-?hidden|screen-?reader\w*|element-invisible|aural"

# Parts of class and id names that mark navigation, share bars, related lists, comments,
# ads and footers (Readability's "unlikely candidates", trafilatura's discard XPaths, and
# pinyin tokens): each matches a whole part of a name, between its ends, a space, "-" or "_".
_POST_PARTS = r"-?(?:meta|footer|tags|info|author|navigation|nav)"  # "post-meta", "entrynav"
_NAVIGATION_PARTS = (
    *("masthead", "site-?header", "topbar", "top-?bar", "navbar", "nav", "navigation", r"menu\w*", "submenu"),
)
# sign-in and registration dialogs ("loginpanelgroup", "logindialog-password", "sign-in-form"),
# pop-ups and consent boxes
_DIALOG_PARTS = (r"log-?in\w*", r"sign-?in\w*", "registration", "popup", "modal", r"cookie\w*", "gdpr", "consent")
FURNITURE_NAME_PARTS = (
    *(r"ad-?slot", r"ad-?unit", r"ad-?wrap\w*", r"ad-?container", r"ad-?banner", "banner", r"sponsor\w*", r"promo\w*"),
    *("breadcrumbs?", "crumbs?"),
    *("comments?", r"comment-\w+", "disqus", "replies", "reply", "respond"),
    *("share", "sharing", r"share\w+", r"social\w*", "sns", "bshare", "jiathis", "fenxiang"),
    *(r"related\w*", r"recomm?end\w*", "more-?stories", "read-?more", "readnext", "read-next"),
    # lists of other stories' teasers ("teaser-list", "teasers"); a "teaser" alone is often
    # the story's own standfirst
    *(r"teaser-?lists?", "teasers"),
    *("outbrain", "taboola"),
    *("footer", "foot", "site-?footer", "copyright", "legal"),
    *_NAVIGATION_PARTS,
    # (a page builder's own "elementor-widget-wrap" holds the story's text and pictures)
    *("sidebar", "side-?bar", "sidebox", "rightbar", "right-?col", "aside", r"w(?<!elementor-w)idget\w*"),
    *("newsletter", r"subscribe\w*", "signup", "paywall"),
    *_DIALOG_PARTS,
    "overlay",
    *("pagination", "pager", "references", "bibliography", "ratings?"),
    *("tags?", "tag-?list", "keywords?"),
    *("skip-?link", *SCREEN_READER_NAMES.split("|")),
    *("xgxw", "xgwz", "xgyd", "tuijian", "remen", "rdph", "paihang"),
    *("hot-?news", "hotnews", "most-?read", "mostread"),
    *("caption", "credits?", "photo-?credit", "image-?credit", "wp-caption-text", "slideshow", "gallery", "carousel"),
    *("popular", "trending", "marquee"),
    *("qrcode", "erweima", "ewm", "follow-?us"),
    *("print", "toolbar", "tools"),
    r"search\w*",
    *("author-?bio", "about-?author", "author-?box", "bio-?box"),
    # the video.js player's own names: its controls' labels ("Current Time", "Loaded: 0%")
    *("video-js", r"vjs-\w+"),
    *(f"post{_POST_PARTS}", f"entry{_POST_PARTS}", f"article{_POST_PARTS}", f"story{_POST_PARTS}", "postmetadata"),
    # German, French, Spanish, Italian names for the same furniture
    *("kommentare?", r"kommentar\w+", "teilen", "werbung", "anzeige", "verwandte?", "aehnliche?", "weitere?-?artikel"),
    *("commentaires?", "partage", "publicite", "articles?-lies", "comentarios?", "compartir", "relacionad[oa]s"),
    *("commenti", "condividi", "correlati"),
    # and in the other languages templates are written in, where a site names its boxes in
    # its own words: comments, sharing, related stories, advertising, most read
    *("reacties?", r"gerelateerd\w*", "advertenties?", "nieuwsbrief", "meest-?gelezen"),  # Dutch
    *(r"komentarz\w*", "reklamy?", "powiazane", "polecane", "udostepnij"),  # Polish
    *(r"compartilh\w*", r"partilh\w*", "publicidade", "leia-?tambem", "veja-?tambem", "mais-?lidas"),
    *("publicidad", "mas-?leidas", "lee-?tambien", "pubblicita", "piu-?letti", "leggi-?anche", "lire-?aussi"),
    *(r"meistgelesen\w*", "mehr-?zum-?thema", "komentare", "diskuse", "diskusia", "souvisejici", "suvisiace"),
    *(r"yorum\w*", "reklam", r"paylas\w*", "ilgili-?haberler", "benzer-?haberler"),  # Turkish
    *("relaterade", "relaterte", "relaterede", r"annon[cs]\w*"),  # Scandinavian (and French ads)
    *("komentar", "bagikan", "berita-?terkait", "terkait", "iklan"),  # Indonesian and Malay
    *("binh-?luan", "tin-?lien-?quan", "lien-?quan", "chia-?se", "quang-?cao"),  # Vietnamese
    *("comentarii", "distribuie", "publicitate", "articole-?similare"),  # Romanian
    *(r"hozzaszolas\w*", r"kapcsolodo\w*", r"hirdetes\w*", "megosztas"),  # Hungarian
    *("pohozhie", "pinglun", "xiangguan", "guanggao", "kanren"),  # Russian, Chinese, Japanese romanized
    # more pinyin: navigation, header, footer, sidebar, copyright, messages, friendly links,
    # disclaimer; and romanized Japanese: recommended, popular
    *("daohang", "toubu", "dibu", r"cebian\w*", "banquan", "liuyan", "youqing-?lianjie", "mianze", "osusume", "ninki"),
)
# "ad" only as a whole class name: as part of one it is too often something else
# ("page-ad-margins" wraps a whole page).
FURNITURE_NAMES = ("ads?", "adv", r"advert\w*", "adsbygoogle")
UNLIKELY_CLASS = name_parts_pattern(FURNITURE_NAME_PARTS, FURNITURE_NAMES)

# Of those, the names of page chrome no story continues in: menus, headers, dialogs and
# consent banners.  The relaxed pass (a story too short among the marked boxes) still
# leaves them out of the text it takes in.
CHROME_CLASS = name_parts_pattern((*_NAVIGATION_PARTS, *_DIALOG_PARTS))

# Names of a layout that has a sidebar or a menu beside the main column, which it holds
# too ("c-fixed-sidebar-layout--140--left", "has-sidebar", Tailwind's
# "lg:w-main-with-right-sidebar"), or that has none ("no-sub-nav", "no-sidebar"): no
# furniture themselves.
LAYOUT_WITH_FURNITURE = re.compile(
    r"(?:sidebar|side-?bar|nav|menu)[_-]*layout|(?:has|with)[_-](?:(?:left|right)[_-])?(?:sidebar|side-?bar)|"
    r"(?:^|[_-])(?:no|without)[_-](?:sub[_-])?(?:sidebar|side-?bar|nav|navigation|menu|header|footer)(?![a-z])"
)

# Names of a gated box: a "subscribe to read on" notice when short, but the story's
# remaining paragraphs themselves when long (served whole to crawlers and scripts).
GATED_CLASS = re.compile(r"paywall|premium|subscriber-only|gated|locked-content")

# A post quoted from a social network, as its embed code writes it: the story's quotation,
# though its wrapper is named like a share bar ("social-media-embed").
EMBEDDED_POST_CLASS = re.compile(r"twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed")

# Tokens that rescue an element matched above: it may be the article itself.
CONTENT_CLASS = re.compile(
    r"article|content|entry|main|body|post|story|text|column|"
    r"zhengwen|neirong|wenzhang|detail|con_text|contxt"
)

# Score hints for candidate containers (Readability's class weight, extended).
POSITIVE_CLASS = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|"
    r"zhengwen|neirong|wenzhang|detail|con_text|contxt|txt"
)
NEGATIVE_CLASS = re.compile(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|"
    r"masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|"
    r"skyscraper|sponsor|shopping|tags|widget|nav|menu|byline|author|caption|"
    r"xgxw|tuijian|remen|paihang"
)

# Class names that say "the story's body" and nothing else: whatever holds the largest such
# element is no furniture, however its own names read ("above-footer").
STORY_BODY_CLASS = re.compile(
    r"article-body|article-content|articlebody|article__body|post-content|entry-content|story-body|story-content"
)

# Lines that are site furniture wherever they stand: legal notices, licences, contacts,
# reprint statements.  A block matching one of these is dropped from the body.  Two
# patterns, so that text without CJK characters (a cheap test) is spared the first.
LEGAL_LINE_CJK = re.compile(
    # the characters the notices start with, looked ahead for before trying them: most
    # places in a line start none, and are spared every alternative's trial
    r"(?=[I京公저무재無互网網傳版未禁不违違举舉投新本【\[\s特別别重声聲免仅僅])(?:"
    r"ICP[备證证]|京ICP|公[网網]安[备備]|저작권자|무단\s?전재|재배포\s?금지|無断(?:転載|複製|転用)|"
    r"互联网新闻信息服务许可证|互聯網新聞信息服務許可證|"
    r"[网網][络絡上]传播[视視][听聽]节目许可证|傳播視聽節目許可證|"
    r"版[权權]所有|未[经經](?:授[权權]|许可|許可)|禁止[转轉][载載]|不得[转轉][载載]|"
    r"[违違]法和不良信息[举舉][报報]|[举舉][报報][电電][话話]|投稿[邮郵]箱|新[闻聞][热熱][线線]|"
    r"本[网網]站所刊[载載]|不代表本?[网網站].{0,10}[观觀]点|不代表\S{0,8}[网網站]的?[观觀]点|"
    # a platform's word on what its users post ("本文…仅代表该作者或机构观点，不代表澎湃新闻的观点")
    r"[仅僅]代表\S{0,4}(?:作者|个人|個人)\S{0,6}[观觀]点|"
    r"^\s*[【\[]?免[责責][声聲]明|"
    # a statement set as a line of its own ("特别声明：以上内容…为自媒体平台用户上传", "声明：…仅供参考")
    r"^\s*[【\[]?(?:特别|特別|版权|版權|重要)?[声聲]明\s*[:：】\]])"
)
LEGAL_LINE = re.compile(
    r"^\s*(?:Copyright|©|\([cC]\)|Hak Cipta)(?:\s|(?=\d{4}))|All rights reserved|Dilindungi Undang-Undang|"
    r"Alle Rechte vorbehalten|Tous droits réservés|"
    r"Todos los derechos reservados|Tutti i diritti riservati|may not be (?:reproduced|republished|copied)|"
    r"without (?:the )?(?:express )?(?:prior )?written permission|constitutes acceptance of (?:our|the) Terms|"
    # in title case or capitals, never the lower case a sentence quotes it in
    r"All Rights Reserved|ALL RIGHTS RESERVED"
)

# Agencies credited under pictures: news agencies, and those selling photographs only.
_PHOTO_AGENCIES = r"keystone|imago(?: images)?|getty images|picture[- ]alliance|shutterstock|istock(?:photo)?"
_PICTURE_AGENCIES = rf"pap|afp|ap|dpa|epa|efe|ansa|apa|reuters|agencia [\w ]{{2,20}}|{_PHOTO_AGENCIES}"
# "All rights reserved" in more languages, each as a notice capitalises it: read on short
# lines only, where a notice stands alone (a long paragraph is spared the search).
RIGHTS_RESERVED = re.compile(
    r"Todos os direitos reservados|Alle rechten voorbehouden|Tous droits de reproduction réservés|"
    r"Wszelkie prawa zastrzeżone|Všechna práva vyhrazena|Všetky práva vyhradené|Minden jog fenntartva|"
    r"Toate drepturile rezervate|Sva prava pridržana|Vse pravice pridržane|Все права защищены|"
    r"Tüm hakları saklıdır|Alle rettigheder forbeholdes|Alle rettigheter forbeholdt|Alla rättigheter förbehållna|"
    r"Kaikki oikeudet pidätetään|Visos teisės saugomos|Visas tiesības aizsargātas|Kõik õigused kaitstud|"
    r"Με την επιφύλαξη παντός δικαιώματος|جميع الحقوق محفوظة|כל הזכויות שמורות|सर्वाधिकार सुरक्षित|สงวนลิขสิทธิ์|"
    r"Bản quyền thuộc về|Hak cipta dilindungi"
)
RIGHTS_LINE_MAX = 200  # characters

# The names of a site's own pages, as its footer's links show them: a line of two or more
# of them between bars ("IMPRESSUM | DATENSCHUTZ | COPYRIGHT …") is that footer, its links
# gone.  Matched on each part of the line, lower-cased.
SITE_PAGE_NAME = re.compile(
    r"(?:impressum|datenschutz(?:erklärung|hinweise)?|kontakt|imprint|privacy(?: policy| notice| settings)?|"
    r"terms(?: of (?:use|service)| (?:&|and) conditions)?|cookies?(?: policy| settings| einstellungen)?|sitemap|agb|"
    r"disclaimer|accessibility|contact(?: us)?|about(?: us)?|mentions légales|politique de confidentialité|"
    r"aviso legal|política de privacidad|note legali|colofon|polityka prywatności|regulamin|nutzungsbedingungen|"
    r"barrierefreiheit|haftungsausschluss|über uns|(?:copyright|©).{0,60})$"
)
SITE_PAGE_BARS = re.compile(r"\s*[|·•]\s*")
SITE_PAGES_MIN = 2  # such names on a line: one may be a story's "Kontakt" or "About us"

# A Chinese page's widgets: print, close and bookmark buttons, and counters and settings
# with their label ("浏览次数：123", "点击：" a script fills, "字号：大 中 小"). A line of
# them is interface text (FILLER_LINE); set among a byline's fields they are no field
# (PAGE_WIDGET_FIELD), the buttons there only in their brackets ("打印" opens "打印机").
_CJK_BUTTONS = r"(?:我要)?(?:打印(?:本页|本文|此文)?|关闭(?:窗口|本页)?|關閉(?:窗口|視窗)?|返回顶部|收藏本文|纠错)"
_CJK_COUNTERS = (
    r"(?:(?:浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問)(?:次数|次數|量|数|數)?|人气|人氣)\s*[:：]\s*\d*|"
    # the text size's buttons, in brackets or not, after a colon or none: "字体：[大 中 小]", "字号 大 中 小"
    r"字[体號号體]\s*(?:[:：]\s*(?:[\[【(（]?\s*大\s*中\s*小\s*[\]】)）]?)?|[\[【(（]?\s*大\s*中\s*小\s*[\]】)）]?)"
)
PAGE_WIDGET_FIELD = re.compile(rf"[【\[]?(?:{_CJK_COUNTERS})\s*[】\]]?|[【\[]{_CJK_BUTTONS}[】\]]")
# Whole lines that are interface text, not prose ("Advertisement", "Continue reading").
# Written in lower case and matched against the lower-cased line: a case-blind match of so
# many alternatives costs half as much again, as the engine can then skip no alternative by
# its first letter.
FILLER_LINE = re.compile(
    # in brackets too: "(Story continues below)", "[Advertisement]", "【点击查看更多精彩内容】"
    r"^\s*[(\[（【〈＜※]?\s*(?:[-–—]\s*(?:advertisement|anzeige|werbung|publicité|publicidad)\s*[-–—]|"  # "- Anzeige -"
    r"advertisement|advertising|anzeige|publicité|publicidad|pubblicità|werbung|"
    # the same notice, and the share button, in other languages
    r"реклама|advertentie|reklam|quảng cáo|광고|広告|スポンサー(?:ド)?\s?リンク|anúncio|mainos|annonse|annons|"
    r"διαφήμιση|إعلان|विज्ञापन|oglas|hirdetés|reclamă|reklāma|reklaam|"
    r"поделиться|(?:\w+['’](?:ta|te|da|de) )?paylaş|chia sẻ|공유하기|シェアする|シェア|bagikan|sdílet|"
    r"κοινοποίηση|مشاركة|"
    r"sponsored(?: content| links?)?|continue reading(?: below| the main story)?|"
    r"(?:the )?(?:story|article|content) continues (?:below|after (?:the )?(?:ad|advertisement))(?: advertisement)?|"
    r"advertisement\s*[-–—:|]\s*(?:the )?(?:story|article) continues below|scroll to continue with content|"
    # the same notice in other languages: "CONTINUA DEPOIS DA PUBLICIDADE", "La suite après cette publicité"
    r"continua (?:depois|após) d?a publicidade|continúa después de la publicidad|continua dopo la pubblicità|"
    r"la suite après (?:cette|la) publicité|"
    r"(?:der )?artikel (?:wird )?(?:unter|nach) der anzeige (?:fortgesetzt|weiter)|weiterlesen nach der anzeige|"
    r"(?:il )?testo continua dopo la pubblicità|czytaj dalej pod reklamą|продолжение (?:после|под) реклам(?:ы|ой)|"
    r"advertisement\s*[-–—:|]\s*(?:scroll to continue|continue reading below)|"
    # a paged story's pointer to its next page ("Continue reading on page 2 »", "Weiter auf Seite 2")
    r"continue reading on (?:the )?(?:next )?page(?: \d+)?\W*|weiter auf (?:der nächsten )?seite(?: \d+)?\W*|"
    r"lire la suite (?:en |à la )?page \d+\W*|continúa en la página \d+\W*|"
    # a feedback widget's question and buttons, a rating's stars
    r"(?:was|is) this (?:article|page|post|story|answer|information) (?:helpful|useful)\?(?:\s*(?:yes|no))*|"
    r"war (?:dieser|der) (?:artikel|beitrag) hilfreich\?(?:\s*(?:ja|nein))*|"
    r"cet article vous a-t-il été utile\s?\?(?:\s*(?:oui|non))*|"
    r"rate this (?:article|story|post|recipe|page)\s*:?[\s★☆*]*|"
    r"open in (?:the )?app|link copied!?|"
    # a paywall's notice set in the text: the story is for subscribers, or "already one?"
    r"(?:this|the) (?:article|story|content) is (?:only )?(?:for|available to|reserved for|exclusive to) "
    r"(?:paid |digital )?(?:subscribers|members)(?: only)?(?:\.\s*already (?:a )?(?:subscriber|member)\?.{0,60})?|"
    r"subscribe (?:now )?to (?:continue|keep) reading.{0,60}|"
    r"already (?:a )?(?:subscriber|member)\?.{0,60}|"
    r"(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur|exklusiv) für (?:\S+[ -])?abonnent\S*(?: verfügbar)?|"
    r"sie sind bereits abonnent(?:in)?\?.{0,60}|"
    r"cet article est réservé aux abonnés|la suite (?:de cet article )?est réservée aux abonnés|"
    r"déjà abonné\s*\?.{0,60}|il vous reste \d+ ?% de cet article à lire.{0,80}|"
    r"(?:este|el) (?:contenido|artículo) es exclusivo para (?:suscriptores|socios)|"
    r"contenido exclusivo para suscriptores|"
    r"¿ya eres suscriptor\?.{0,60}|contenuto riservato agli abbonati|sei già abbonato\?.{0,60}|"
    r"conteúdo exclusivo para assinantes|já é assinante\?.{0,60}|"
    r"artykuł dostępny tylko dla (?:prenumeratorów|subskrybentów)|(?:этот )?материал доступен только подписчикам|"
    # a video player's elapsed and total time ("0:04 / 1:06:03•Watch full video"), its buttons and
    # the lines it shows around an ad ("Continue watching" / "after the ad")
    r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?(?:\W{0,3}watch full video)?|"
    r"play|pause|replay|(?:tap to )?unmute|now playing|continue watching|(?:continue watching )?after the ad|"
    r"video ad feedback|"
    # a media library's notice how long its video stays online ("Video verfügbar bis 28.02.2021")
    r"(?:(?:video|audio|sendung|beitrag) )?verfügbar bis\b.{0,30}|(?:video )?available until\b.{0,30}|"
    r"(?:vidéo )?disponible jusqu['’]au\b.{0,30}|"
    # a rating widget's stars: "(2) 4 Sterne von 5", "3 von 5, (1 Bewertung)"
    r"(?:\(\d+\)\s*)?\d(?:[.,]\d)?\s*(?:sterne?|stars?|étoiles?|estrellas?|stelle)\s*(?:von|of|sur|de|su)\s*\d|"
    r"\d(?:[.,]\d+)? (?:von|of|sur|de|su) \d,?\s*\(\d+ (?:bewertung(?:en)?|ratings?|votes?|avis|votos?|voti)\)|"
    r"read more|read the full (?:story|article)|related(?: articles| stories| coverage| content)?|"
    # a cross-link's label and title ("Related post: Pickled Sprouts", "Related Roundup: MacBook Pro";
    # the label alone, "Related links:", is a closing section's title), a label whose list went
    # ("More:", "Topics", "Tags")
    r"related(?: [\w-]+){0,2}\s*:\s*\S.{0,150}|more\s*:|topics|tags|themen|schlagw(?:orte|örter)|"
    # AP's closing pointer: "Follow AP's full coverage of Brexit at https://apnews.com/Brexit"
    r"(?:follow|find|read|see) [\w.'’ -]{1,40} (?:full |complete )?coverage (?:of|on) .{1,120}\b(?:at|here)\b.{0,120}|"
    r"share(?: this)?(?: article| story)?|click (?:here )?to (?:share|print|email)\b.*|"
    r"skip (?:to|this) \w+|loading\W*|advert|ad|caption|close|enlarge(?: this image)?|toggle caption|"
    # a gallery's counter and its way back ("Image 1 of / 8", "Bild 2 von 10", "1 / 8")
    r"(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine) )?\d{1,3} (?:(?:of|von|de|di|sur) /? ?|/ ?)\d{1,3}|"
    r"this slideshow requires javascript|back to (?:the )?gallery|zurück zur (?:galerie|bildergalerie|übersicht)|"
    r"(?:\(?(?:photo|image|picture|credit|foto|bild|photograph|illustration|beitragsbild|titelbild|photocredit|"
    r"headerbild|artikelbild|vorschaubild|aufmacherbild|symbol(?:bild|foto|grafik)|grafik|"
    r"crédits? photos?|cr[ée]dito|kuva|zdjęcie|fotó|снимка|"
    r"фото|fotoğraf|ảnh|사진|写真|照片|摄影|攝影|φωτογραφία|صورة|फोटो|तस्वीर|ภาพ|צילום|תמונה)s?"
    r"(?: by| credit| source| \(cc\))?\s*[:：＝]).{0,80}|"
    # Picture credits: an agency with or without the photographer ("PAP/ Rafał Guz",
    # "Hector Andrade | Agencia UNO"); captions closing on one are CAPTION_CREDIT's
    # (a news agency's name alone is meta/lift.py's to read: the source closing a story, a
    # picture's credit within it); a date after them makes a byline ("Jane Doe | Reuters |
    # Updated 2 hours ago"), no credit
    rf"(?:[^\W\d][\w.' -]{{0,40}}\s*[/|]\s*)(?:{_PICTURE_AGENCIES})(?:\s*[/|]\s*(?:[^\W\d]|[.' -]){{1,40}})?|"
    rf"(?:{_PICTURE_AGENCIES})\s*[/|]\s*[\w.' -]{{1,40}}|{_PHOTO_AGENCIES}|"
    # The agencies' caption style: "In this Dec. 12, 2006, file photo, … (NASA via AP, File)"
    r"in this (?:[\w.,' -]{0,40} )?(?:file )?(?:photo|image|picture|handout photo)\b.{0,400}\([^()]{2,80}\)|"
    r"vergrößern\s.{0,200}|"
    # Lines that invite one to follow the outlet ("Follow The Gleaner on Twitter and …")
    r"(?:follow us|follow (?:the )?@?[\w.-]+ on|folgen sie uns|folge uns|suivez-nous|síguenos|"
    # a blogger's own ("Folge mir auf Instagram!")
    r"follow me|folge mir|folgt mir|suivez-moi|sígueme|"
    # a longer name, followed on two networks ("Follow The New York Times Opinion section on Facebook, Twitter …")
    r"follow [\w.'’ -]{1,60} on (?:facebook|twitter|instagram|linkedin|youtube|tiktok|threads)\W{1,20}(?:and )?|"
    r"seguir a [\w.-]+ en|seguici|obserwuj nas|подписывайтесь на|siga-nos|volg ons|ikuti kami|bizi|"
    # or to like it, find it, join it there ("Like us on Facebook", "Liken Sie uns auf Facebook")
    r"like us|liken sie uns|find us|finden sie uns|join us|retrouvez-nous|encuéntranos)\b.{0,60}"
    r"\b(?:twitter|facebook|instagram|youtube|tiktok|linkedin|telegram|whatsapp)\b.{0,150}|connect with us|"
    r"\[\w+\s[^\]]*=[^\]]*\].*|iklan|publicidade|"
    # a picture's address printed as text (an item's "image" property shown): no picture, no text
    r"https?://\S+\.(?:jpe?g|png|gif|webp|avif|svg)(?:\?\S*)?|"
    # what a byline leaves when its linked names went as links: "By", "and"
    r"(?:by|von|par|por|door|and|und|et)\s*:?|"
    # an author's label whose name went with its link ("Auteur :", "Autor:")
    r"(?:auteur(?:\(s\)|s)?|autor(?:in|en|es)?|author|autore|autori|verfasser(?:in)?)|"
    r"广告|廣告|返回顶部|返回頂部|分享到[:：]?(?:\s*(?:微信|朋友圈|微博|qq空间|qq|qzone|豆瓣|人人网|脸书|臉書|facebook|twitter|line))*|打印|关闭窗口|關閉窗口|【?纠错】?|【?糾錯】?|"
    # where the pictures or the text came from ("图片来源：视觉中国", "图片均来自网络，如有侵权请联系删除")
    r"(?:图片|圖片|配图|配圖|素材|信息|資訊|内容|內容)(?:均|皆)?(?:来源|來源|来自|來自|源自)于?(?:[:：].{1,30}|"
    r"(?:网络|網絡|互联网|互聯網).{0,30})|"
    # the text from "the internet" ("文章来源于网络，如有侵权请联系删除"; "本文来源：X" is its source, a field)
    r"(?:文章|本文)(?:均|皆)?(?:来源|來源|来自|來自|源自)于?(?:网络|網絡|互联网|互聯網).{0,30}|"
    # a notice on reprinting: "本文为本报原创，转载请注明出处", "未经授权，不得转载" (a line
    # opening on a Latin letter is spared the search)
    r"(?=[\u3000-\u9fff\uff00-\uffef]).{0,30}(?:转载|轉載)(?:请|請|须|須|务必|務必)?(?:注明|註明|联系|聯繫)(?:出处|出處|来源|來源|作者|本报|本報)?.{0,20}|"
    r"(?=[\u3000-\u9fff\uff00-\uffef]).{0,30}(?:未经|未經)(?:授权|授權|许可|許可|同意).{0,10}(?:不得|禁止|严禁|嚴禁|请勿|請勿)(?:转载|轉載).{0,30}|"
    # and one on the licence it was reprinted under ("本文由某某授權轉載")
    r"(?:本文|本篇)\S{0,20}(?:授权|授權)(?:转载|轉載|刊登|转发|轉發)\S{0,20}|"
    r"图集|圖集|收藏|点赞|點讚|举报|舉報|\+1|"
    # the buttons to subscribe or follow, to open the app, to read the rest, to unfold or fold a box
    r"[+＋]?\s*(?:订阅|訂閱|关注|關注)|已关注|已關注|(?:打开|打開|下载|下載)\s*app|app\s*内打开|点击展开全文|"
    # the portal's plug for its app closing each story ("海量资讯、精准解读，尽在新浪财经APP")
    r".{0,20}(?:尽在|盡在)\S{1,12}(?:app|客户端|客戶端)|"
    r"(?:展开全部|展開全部|收起)(?:\s+(?:展开全部|展開全部|收起))?|"
    # a pager's and a thread's counters ("Pages: 1 2 3 4", "459 more replies"), a label whose
    # list went ("Relacionadas", "Anzeigen")
    r"pages?\s*:(?:\s*\d+)+|\d+ more (?:replies|comments|answers)|relacionad[ao]s|anzeigen|"
    # "Where you are" trails ("您所在的位置：首页 > 快讯", "产经 > 正文") and links home
    r"(?:您|你)?(?:当前|當前|现在|現在|所在)?的?位置\s*[:：].{0,80}|.{0,40}[>›»＞]\s*正文|返回\S{0,10}首[页頁]\W*|"
    r"返回\S{1,6}[，,]?\s*查看更多|(?:责任编辑|責任編輯|编辑|編輯|来源|來源|作者|记者|記者|出典|情報元|配信元)\s*[:：]?|"
    # Share, like, print and "loading" widgets (WordPress's among them), in other languages
    r"(?:share|like|teilen|gefällt mir|sharen|partager|j['’]aime|compartir|compartilhe|compartilhar|me gusta|"
    r"curtir|condividi|mi piace|udostępnij|delen)(?: (?:this|mit|dies|con|com|sur|on|via))?|"
    # WordPress's German "Share this:", and share and send buttons' words
    r"teilen sie dies mit|jetzt teilen!?|like it\?\s*share it!?|versenden|"
    # "Share this article" in more languages
    r"partag(?:er|ez) (?:cet(?:te)?|l['’]) ?(?:article|page|actualité|info)|"
    r"compart(?:ir|e|a) (?:este|esta|el|la) (?:artículo|nota|noticia|página)|"
    r"condividi (?:questo|questa|l['’]) ?(?:articolo|notizia|pagina)|"
    r"(?:compartilh|partilh)(?:e|ar) (?:este|esta|o|a) (?:artigo|notícia|matéria|página)|"
    r"deel (?:dit|deze|het) (?:artikel|bericht|pagina|nieuws)|udostępnij (?:ten )?(?:artykuł|wpis|post)|"
    r"поделиться (?:статьей|статьёй|новостью|публикацией|материалом)|bu (?:haberi|yazıyı|makaleyi) paylaş|"
    r"sdílet (?:článek|příspěvek)|zdieľať článok|bagikan (?:artikel|berita) ini|แชร์(?:บทความนี้|ข่าวนี้)|"
    r"شارك (?:هذا )?(?:المقال|الخبر)|اشتراک[\s\u200c]?گذاری|поділитися|"
    # a comment section's note that it is empty
    r"(?:bisher |noch )?keine kommentare|no comments(?: yet)?|aucun commentaire|sin comentarios|nessun commento|"
    r"(?:facebook|twitter|x|pinterest|whatsapp|linkedin|telegram|reddit|e-?mail|tweet|drucken|imprimer|"
    r"imprimir|stampa|drukuj|print)(?: (?:this|the|la|le))?(?: (?:page|article|story|post|recipe|seite|artikel|rezept|"
    r"receta|recette|ricetta))?|"
    r"(?:artikel|seite|beitrag|rezept) (?:teilen|drucken|merken|speichern|empfehlen|bewerten)|recept afdrukken|"
    # a recipe card's buttons
    r"(?:jump|skip|go) to (?:the )?recipe|(?:pin|save|rate|review) (?:this |the )?recipe|zum rezept|"
    r"wird geladen|chargement|cargando|carregando|caricamento|ładowanie|laden|"
    r"weiterlesen|mehr lesen|lire la suite|leer más|leia mais|leggi tutto|czytaj (?:więcej|dalej)|lees meer|"
    r"(?:previous|next|vorheriger|nächster|article précédent|article suivant) (?:post|article|artikel|beitrag)|"
    r"(?:vorheriger|nächster|précédent|suivant|anterior|siguiente|poprzedni|następny)|"
    r"bild vergrößern|zum vergrößern klicken|click to enlarge|"
    # "See also" boxes stand inside stories too: the line goes, the story goes on
    r"lesen sie (?:auch|mehr)|schon gelesen\??|meistgelesen\w*|zobacz (?:również|też|także)|"
    r"czytaj (?:też|także|również)|polecamy|lees ook|leggi anche|lee también|"
    # Reading time, feedback and comment prompts, blog-engine footers
    r"\d+\s*min(?:ute)?s?\.? read|(?:lesezeit|temps de lecture|tiempo de lectura)\W*\d+\s*min\w*|\d+ min\w* lesezeit|"
    r"(?:(?:estimated )?reading time|tempo di lettura|tempo de leitura|czas czytania|przeczytanie zajmie|leestijd|"
    r"время чтения|okuma süresi|lukuaika|lästid|läsetid)\W*\d+\s*\w*|"
    r"\d+\s*(?:min\w*|мин\w*|dk)\.?\s+(?:de lecture|de lectura|de leitura|di lettura|leestijd|чтения|okuma)|"
    r"(?:kommentare? schreiben|(?:jetzt |diesen (?:artikel|beitrag) )?kommentieren|write a comment|add a comment|"
    r"comments? (?:are )?closed)|zobacz wideo\b.{0,150}|"
    r"(?:fanden|fandest) (?:sie|du) (?:diesen|den) (?:artikel|beitrag) (?:nützlich|hilfreich)\??|"
    r"(?:war|ist) (?:dieser|der) (?:artikel|beitrag) (?:hilfreich|nützlich)\??|"
    # a rating widget's tally: "(95 Stimmen: 4,73 von 5)", "(12 votes, average: 4.50 out of 5)"
    r"\(?\d+ (?:stimmen|bewertungen|votes?|ratings?|évaluations?|votos?)\b[^()]{0,40}\)?|"
    r"was this (?:article|page|post|story) (?:helpful|useful)\??|"
    r"möchten sie (?:den|diesen) (?:artikel|beitrag) teilen\??|"
    r"(?:wie )?(?:bewerten|gefällt) (?:sie|dir|ihnen) (?:diesen|dieser|den|der) (?:artikel|beitrag)\??|"
    r"rate this (?:article|story|post|page)|(?:sign up for |get )?(?:[\w.' -]{1,30} )?newsletters?\W*|"
    # recipe plugins' invitation under the card: "Tried this recipe? Mention @x or tag #x!",
    # "Did you make this recipe? Tag @x on Instagram", "Rezept ausprobiert? …"
    r"(?:tried|did you (?:make|try)|made|have you (?:made|tried)) this recipe\?.{0,160}|rezept ausprobiert\?.{0,160}|"
    r"this entry was posted in .{1,120}|bookmark the permalink|kommentarfeed.{0,80}|"
    # a blog post's trackback address and the count of them ("Trackback: http://…", "Trackbacks (2)")
    r"trackback(?: url| uri)?\s*[:：]\s*\S+|(?:trackbacks?|pingbacks?)(?:\s*[(（]\d+[)）])?|"
    r"(?:like|gefällt mir|j['’]aime|me gusta|mi piace)\s+(?:loading|wird geladen|lade|chargement|cargando|caricamento)|"
    r"lade|explore further|weitere informationen|kontakt|contact|quellen (?:ausblenden|anzeigen)|inhaltsverzeichnis|"
    r"(?:diesen|den|this) (?:artikel|beitrag|article|post) (?:teilen|drucken|bewerten|share)|"
    r"(?:hier können sie )?(?:den|diesen) (?:artikel|beitrag) bewerten|"
    r"externer inhalt|empfohlener (?:redaktioneller|externer) inhalt|reklama|"
    r"(?:.{0,40} )?als pdf(?: herunterladen)?|(?:download|herunterladen)(?: as)? pdf|zum weiterlesen|"
    r"mehr (?:themen|kolumnen|artikel|beiträge|news)\b.{0,30}|"
    # a reader's button, "beta" and its length after it at times ("Listen to article · 5 min")
    r"(?:beta )?(?:escucha(?:r)? (?:esta |la )?(?:nota|noticia)(?: aquí)?|listen to (?:this )?(?:article|story)|"
    r"(?:artikel|beitrag) (?:anhören|vorlesen(?: lassen)?)|écouter (?:cet |l')article|ascolta (?:l'|questo )articolo|"
    r"ouvir (?:a |esta )?(?:notícia|matéria))(?: \W? ?\d+ ?min\w*)?|"
    r"(?:.{0,60} )?(?:sign(?:ing)? up|subscribe) (?:to|for) (?:our|the|[\w.-]{1,30}(?:'|’)s) newsletters?.{0,40}|"
    r"have a (?:news )?tip\?.{0,250}|\[pr\]|"
    # Prompts to log in before commenting, and the links of a shop or a gallery
    r"(?:sie müssen|du musst) (?:sich |dich )?(?:einloggen|anmelden|angemeldet sein|eingeloggt sein)\b.{0,120}|"
    r"you must be logged in to (?:post|leave|write) a comment.{0,40}|"
    r"nur (?:angemeldete|registrierte|eingeloggte) (?:benutzer|nutzer|user|mitglieder|leser) können .{1,60}|"
    r"only (?:registered|logged[- ]in|signed[- ]in) (?:users|members|readers) can (?:comment|post|reply)\b.{0,40}|"
    r"bitte geben sie ihre e-mail-adresse ein|(?:please )?enter your e-?mail(?: address)?|"
    r"gib deine e-?mail-?adresse ein\W*|e-?mail-?adresse eingeben|"
    # a prompt to like the story or to follow the outlet, closing it
    r"(?:dieser|der) (?:artikel|beitrag) gefällt (?:ihnen|dir)\?|"
    r"gefällt (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag)\?|did you (?:like|enjoy) this (?:article|post|story)\?|"
    r"verpasse keine (?:news|artikel|beiträge|neuigkeiten)\b.{0,40}|missing out on the latest .{1,60}|"
    # a wiki's page footer: "Diese Seite wurde zuletzt am 6. Mai 2014 um 10:12 Uhr bearbeitet."
    r"(?:diese seite wurde zuletzt am|this page was last (?:edited|modified) on|"
    r"cette page a été modifiée pour la dernière fois le|esta página (?:se editó|fue editada) por última vez el|"
    r"questa pagina è stata modificata per l'ultima volta il) .{1,60}|"
    # prompts to share, to be notified, to read on; a plugin's author line; a map loading
    r"like this (?:story|article|post)\?\s*share it\b.{0,40}|latest posts by .{1,60}\(see all\)|"
    r"(?:aktiviere|aktivieren sie) die benachrichtigungen|benachrichtigung(?:en)? über neue (?:artikel|beiträge)|"
    r"mehr anzeigen|artikel lesen|mehr zum thema|lesen sie weitere artikel zu diesem thema|"
    r"images may be subject to copyright|karte wird geladen\W{0,3}(?:bitte warten)?\W*|"
    # share widgets' titles, shop and list buttons, a page counter, a rating plugin's tally
    r"sharing is caring!?|be sociable,? share!?|social share|show (?:more|less)|quick view|seguir leyendo|"
    # a gallery's buttons: show them all, full screen, the other galleries
    r"(?:show|view|see) all|alle (?:anzeigen|ansehen)|tout voir|voir tout|tout afficher|ver tod[oa]s?|mostra tutt[oi]|"
    r"tümünü göster|full ?screen|vollbild|plein écran|pantalla completa|schermo intero|tam ekran(?: yap)?|"
    r"diğer galeriler|other galleries|weitere galerien|"
    r"(?:post )?views\s*:\s*[\d.,]+|rating:\s*[\d.,]+/\d+\s*\(\d+ votes? cast\)|"
    # a count of views or reads, or its label alone ("37 views", "12.345 Aufrufe", "letture")
    r"(?:[\d.,]+\s*[km]?\s*)?(?:views?|reads|letture|visualizzazioni|aufrufe|lecturas|visualizações|leituras)|"
    # the time a story was changed, alone on a line ("Updated at 1:23 p.m.", "Updated 3:45 PM ET")
    r"(?:updated|posted|published)(?: at)? \d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?: [a-z]{2,4})?|"
    r"zum shop|weiter|(?:bild(?:er)? anzeigen|bild schließen)(?: (?:bild(?:er)? anzeigen|bild schließen))*|"
    r"(?:photo(?:graph)?|photography|image|illustration)s? by [\w.' -]{2,60}(?:, [\w.'& -]{2,60})?|"
    r"representative (?:image|picture|photo)|"
    # a Q&A site's user card ("3,9269 gold badges27 silver badges46 bronze badges") and the
    # prompt closing its answers ("Not the answer you're looking for? Browse other questions …")
    r"[\d.,]*k?(?:\d+ (?:gold|silver|bronze) badges?)+|not the answer you(?:'|’)re looking for\?.{0,200}|"
    # A role left alone on its line by its name's link ("Opinion writer"), picture sources
    # listed for a gallery ("amazon / istock / amazon / istock")
    r"(?:opinion|staff|contributing|guest|senior) (?:writer|columnist|contributor|reporter)|"
    r"(?:(?:amazon|istock(?:photo)?|getty(?: images)?|shutterstock|alamy|unsplash|pexels|pixabay|dreamstime)"
    r"\s*[/|,]\s*)+(?:amazon|istock(?:photo)?|getty(?: images)?|shutterstock|alamy|unsplash|pexels|pixabay|dreamstime)|"
    r"mit unserem newsletter.{0,60}|"
    r"\(?alle angaben ohne gewähr\)?|\*?(?:werbung|anzeige)\s*[.,:|–-]\s*.{0,120}|"
    # Disclosures, pleas and notices that every story of a site carries: that a text holds
    # affiliate links ("Affiliatelink", "Hinweis: Dieser Artikel enthält Affiliate-Links.")
    r"(?:advertising|affiliate) disclosure\s*:.{0,300}|\*?\s*affiliate[- ]?links?|"
    r"(?:hinweis\s*:\s*)?(?:dieser|der|unser) (?:artikel|beitrag|text) enthält (?:sogenannte )?"
    r"(?:affiliate|partner)[- ]?links\b.{0,300}|"
    r"cet article contient des liens (?:affiliés|d['’]affiliation)\b.{0,300}|"
    r"este (?:artículo|post) contiene enlaces (?:de afiliados?|afiliados)\b.{0,300}|"
    # The server's own error messages, printed into the page by PHP ("Warning: … in
    # /www/htdocs/…/wp-db.php on line 56"), one or several
    r"(?:(?:strict standards|warning|notice|deprecated|(?:catchable )?fatal error|parse error)\s*:.{1,400}? "
    r"in /\S+ on line \d+\s*)+|"
    r"(?:disclosure\s*:\s*)?this (?:post|article|page|story) (?:may )?contains? "
    r"(?:affiliate links|references to products)\b.{0,400}|"
    r"if you enjoyed reading this (?:post|article|story)\b.{0,200}|"
    # how a blog asks to be cited, with the citation ("SUGGESTED CITATION Sauer, Heiko: …, VerfBlog")
    r"(?:suggested|recommended) citation\s*:?\s*\S.{20,400}|cite this (?:article|post) as\s*:?\s*\S.{20,400}|"
    r"(?:zitiervorschlag|empfohlene zitierweise|citation suggérée|pour citer cet article|"
    r"cómo citar este artículo|come citare questo articolo)\s*:?\s*\S.{20,400}|"
    # a video player's message: "We apologize, this video has expired.", "Please enable JavaScript to watch this video"
    r"(?:(?:we apologi[sz]e|sorry|we(?:'|’)re sorry)[,.!]?\s*)?(?:this|the) video "
    r"(?:has expired|is (?:(?:no longer|not|currently not) available|(?:currently )?unavailable))\b.{0,80}|"
    r"(?:please )?enable javascript to (?:view|watch|play) (?:this|the) (?:video|content|media)\b.{0,80}|"
    r"we want to hear what you think about this (?:article|story)\b.{0,200}|"
    # pleas to give ("Support independent journalism", "Jetzt spenden!") or to subscribe
    # ("First-time subscribers also receive …", "Lesen Sie das … Magazin … als Abo oder
    # Einzelheft"; "Subscribe now …" opens a closing section, TRAILING_SECTION's, that ends the
    # story where it stands)
    r"(?:please )?(?:support|fund) (?:our|independent|quality|local|nonprofit|non-profit) "
    r"(?:journalism|reporting|newsroom)\b.{0,250}|"
    r"unterstützen sie (?:unseren|unabhängigen|guten|kritischen) journalismus\b.{0,250}|"
    r"(?:jetzt )?(?:spenden|unterstützer(?:in)? werden|abonnieren)\s*!?|"
    r"soutenez (?:notre|une) (?:journalisme|rédaction|presse) (?:libre|indépendante?)\b.{0,250}|"
    r"apoy[ae] (?:el|nuestro) periodismo\b.{0,250}|first-time subscribers\b.{0,250}|"
    r"lesen sie (?:das|die|den) .{1,40}?(?:magazin|zeitung|heft)\b.{0,200}\b(?:abo|abonnement|einzelheft)\b.{0,80}|"
    r"zapraszamy (?:też |również )?do (?:subskrypcji|prenumeraty)\b.{0,250}|"
    r"submit your letter to the editor\b.{0,200}|"
    r"the [\w.' ]{1,30} is committed to publishing a diversity of letters to the editor\b.{0,300}|"
    # a magazine's offer ("Get Motor Cycle Monthly delivered through your letterbox … 12 issues for £11.99")
    r"get .{1,60} delivered .{0,80}\b\d+ issues for\b.{0,150}|"
    r"to (?:view|read) the (?:full|whole|rest of the) (?:story|article), "
    r"(?:please )?(?:subscribe|log in|sign in)\b.{0,200}|"
    r"if you(?:'|’)re seeing this message but you(?:'|’)re already a subscriber\b.{0,200}|"
    # a pitch after the story ("If you enjoyed this article, we have a proposition for you: …")
    r"if you (?:enjoyed|liked|appreciated|found value in) this (?:article|story|post|piece)\b.{0,450}|"
    # the comments' policy ("Note: we are temporarily moderating all comments …", "Kommentare werden moderiert")
    r"(?:note:\s*|please understand that )?(?:we (?:are )?(?:\w+ )?moderat\w* (?:all )?comments|"
    r"(?:all )?comments are (?:\w+ )?moderated|"
    r"some comments may be (?:re)?published (?:on|in) (?:the|this|our) (?:web)?(?:site|newspaper|paper)|"
    r"kommentare werden (?:\w+ )?moderiert|los comentarios (?:son|serán) moderados|"
    r"les commentaires sont (?:\w+ )?modérés|"
    r"(?:atenção:\s*)?comentários\b.{0,160}\b(?:pelo moderador|serão moderados))\b.{0,160}|"
    r"lust auf mehr\?.{0,200}|"
    # A pointer to another story set in the text: "Read more: Title", "Lesen Sie auch: Title"
    r"(?:read (?:more|also)|also read|see also|lee también|lea (?:también|además)|te puede interesar|"
    r"leia (?:também|mais)|veja também|lesen sie (?:auch|mehr)|mehr zum thema|(?:à )?lire aussi|leggi anche|"
    r"czytaj (?:też|także|również)|zobacz (?:też|także|również)|читайте (?:также|також)|"
    # and in more languages: Dutch, Nordic, Finnish, Czech and Slovak, Romanian, Hungarian, South
    # Slavic, Indonesian ("Baca juga:", set inside many a story), Vietnamese, Greek, Turkish,
    # Bulgarian, Arabic, Hebrew, Hindi, Thai, Chinese, Japanese and Korean
    r"lees (?:ook|meer)|läs (?:också|mer)|les (?:også|mer)|læs (?:også|mere)|lue (?:myös|lisää)|"
    r"čtěte (?:také|též|více)|čítajte (?:aj|tiež)|citește (?:și|şi)|olvassa el|olvasd el|"
    r"pročitajte (?:i|još|takođe)|preberite (?:še|tudi)|baca (?:juga|selengkapnya)|xem thêm|đọc thêm|"
    r"διαβάστε (?:επίσης|ακόμα|ακόμη)|ayrıca (?:okuyun|bakınız)|прочетете (?:още|също)|"
    r"اقرأ (?:أيضا|أيضاً)|بیشتر بخوانید|مزید پڑھیں|קראו גם|ראו גם|यह भी पढ़ें|อ่านเพิ่มเติม|"
    r"相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|扩展阅读|あわせて読みたい|관련\s?기사)\s*(?:[:：]|[】\]]\s*[:：]?)\s*\S.{2,200}|"
    # The story's tags and categories set as a line ("Schlagwörter: Klima, Energie")
    r"(?:tags|tagged(?: with)?|topics|schlagw[öo]rter?|stichw[öo]rter?|stichworte|themen|kategorien?|categories|"
    r"mots-clés|étiquettes|etiquetas|categorías|categorie|argomenti|tagi|теги|метки|рубрики?|etiketler|avainsanat|"
    r"címkék|štítky|标签|標籤|タグ|태그)\s*[:：]\s*[^.!?:：\n]{0,150})"
    r"\s*[:：.…)）\]】〉＞]*\s*$"
)
# A plea for readers' money that asks them to "please consider" giving: after what they found
# ("If you found the reporting above valuable, please consider making a donation…"), or
# closing a paragraph on the newsroom's mission ("… Please consider making a contribution to
# Vox today."; not a speaker's plea, quoted).  Matched like FILLER_LINE, on a line holding
# "please consider": the long openings would cost every line a scan.  Shorter pleas, opening
# their line, are FILLER_LINE's.
SUPPORT_PLEA = re.compile(
    r"^(?:if you (?:found|find|value|appreciate|enjoy(?:ed)?|liked?|rely on)\b.{0,120}?\bplease consider "
    r"(?:making a |a )?(?:donation|donating|gift|giving|contribution|contributing|supporting|subscribing|becoming a)"
    r"\b.{0,250}|"
    r"[^\"“”„«»]{0,400}?\bplease consider (?:making )?(?:a |an )?(?:(?:one-time |monthly |small )?"
    r"(?:donation|contribution|gift)|supporting us)\b[^\"“”„«»]{0,120})\s*[:：.…!)）]*\s*$"
)

# Interface lines that are short, kept apart from FILLER_LINE so that a paragraph of prose
# (most are longer) is spared their alternatives: a reporter's e-mail address, a social
# network's address, a page counter, members' notices, share and copy-link buttons, a count
# of comments.  Matched the way FILLER_LINE is (lower case, on the lower-cased line), on lines
# of SHORT_FILLER_MAX characters.
SHORT_FILLER_MAX = 160
# A share bar's buttons closing a block, two or more, their labels run on after its last
# sentence ("… goodbye. facebook twitter Share Link"), as a live blog's entries end.
_SHARE_BUTTONS = (
    *("facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "pinterest", "reddit", "flipboard"),
    *("email", "e-mail", "print", "share", "share link", "share this", "copy link", "tweet"),
)
_SHARE_LABELS = "|".join(sorted(map(re.escape, _SHARE_BUTTONS), key=len, reverse=True))
SHARE_TAIL = re.compile(
    # each button's label, or the network it shares on ("Share on Facebook Share via Email")
    rf"(?:[\s|·•]+(?:share (?:on|via) )?(?:{_SHARE_LABELS})){{2,}}\s*$",
    re.IGNORECASE,
)
SHARE_TAIL_MAX = 80  # characters: the buttons' labels, which the search is held to
# The words such a tail ends on, lower-cased: a block ending on none is spared the search.
SHARE_TAIL_ENDS = frozenset(label.split()[-1] for label in _SHARE_BUTTONS)
SHORT_FILLER_LINE = re.compile(
    r"^\s*[(\[（【]?\s*[▶►▷■●◆]?\s*(?:"  # in brackets too, as FILLER_LINE, or after a link's mark
    # a reporter's e-mail address alone on its line, closing the story ("kim@yna.co.kr")
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
    # a social network's address after its name ("Facebook https://fb.me/site"), a line of
    # the outlet's list of them (a handle alone is no such line: listicles name accounts);
    # the look ahead for the address spares most lines a try at every split of their start
    r"(?=(?s:.*)\.(?:com|me|be)/)(?:\S+(?: \S+)?\s*[:：=]?\s*)?(?:https?://)?(?:www\.)?(?:facebook\.com|fb\.me|twitter\.com|x\.com|"
    r"instagram\.com|youtube\.com|youtu\.be|t\.me|tiktok\.com|line\.me|linkedin\.com)/\S*|"
    # Where a page of a story paged in several stands ("（1/3ページ）", "Page 2 of 3", "第1页 共3页")
    r"[（(]?\d+\s*/\s*\d+\s*(?:ページ|页|頁|페이지)[)）]?|(?:page|seite|página|pagina|strona) \d+ "
    r"(?:of|von|de|di|z) \d+|第\s*\d+\s*[页頁]\s*[/，,]?\s*共\s*\d+\s*[页頁]|"
    # and which picture of a gallery is shown ("2 von 17", "3 of 12"; "1/12" may be a figure's
    # value, "180/132" horsepower and kilowatts)
    r"\d{1,3} (?:of|von|sur|de|di|z) \d{1,3}|"
    # Japanese members' notices: "この記事は会員限定です…", "［有料会員限定］…", "会員の方はこちら"
    r"(?:[［\[]有料会員限定[］\]]\s*)?この記事は(?:有料)?会員限定です.{0,80}|[［\[]有料会員限定[］\]]|"
    r"(?:有料)?会員の方はこちら|続きを読む|"
    # the same buttons in more languages, and each network's: "Compartir en Facebook", "Auf
    # Facebook teilen", "Share on WhatsApp"; "Jaa", "Megosztás", "Distribuie", "Dela", "แชร์"…
    r"(?:share|compartir|compartilhar|partilhar|condividi|partager|teilen|del|dela|deel|udostępnij|paylaş|"
    r"sdílet|jaa|megosztás|distribuie|chia sẻ|поделиться|поділитися)(?: (?:on|en|no|na|su|sur|auf|på|op|via|"
    # the network's name as the language inflects it ("na Facebooku", "Facebookissa")
    r"w|в|у|trên|em|pe))? (?:facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|reddit|e-?mail|messenger)"
    r"(?:u|issa|ssa|ta|te|a)?|"
    # Hebrew's and Arabic's, the network in their own letters or not ("שתפו בפייסבוק", "شارك على فيسبوك")
    r"(?:שתפו|שתף|שתפי|שיתוף)(?: ב\S{2,20})?|شارك(?: على \S{2,20})?|"
    r"(?:auf|på|op) (?:facebook|twitter|x|whatsapp|linkedin|pinterest) (?:teilen|dele|dela|delen)|"
    r"jaa|megosztás|distribuie|dela|แชร์|共有する|ツイート|좋아요|구독하기|chia sẻ bài viết|yorum yap|"
    r"(?:copy|copier|copiar|copia|kopiuj|kopieren|копировать|kopyala)(?: (?:the|le|el|o|il))? "
    r"(?:link|lien|enlace|ссылку|linki?)|link kopieren|linki kopyala|"
    # a count of comments: "Comments (3)", "Комментарии (3)"
    r"(?:comments?|kommentare?|commentaires?|comentarios|comentários|commenti|komentarze|комментарии|"
    r"коментарі|yorumlar|reacties|kommentarer|コメント|댓글)\s*[（(]\d+[)）]|"
    # More languages' labels and buttons, each a whole line: an advertisement's label, "read
    # more", "share the article", "loading", "print", a picture's source ("사진=연합뉴스")
    r"annonce|reklame|hirdetés|reclame|โฆษณา|פרסומת|"
    r"číst (?:dál|dále|více)|tovább(?: olvasom)?|citește (?:mai mult|tot articolul)|читать (?:далее|дальше|полностью)|"
    r"devamını oku|อ่านต่อ|더보기|阅读全文|閱讀全文|查看全文|展开全文|اقرأ المزيد|"
    r"del (?:artikkelen|artiklen)|dela artikeln|jaa artikkeli|partilhar|分享|"
    r"загрузка|読み込み中|加载中|載入中|печать|распечатать|yazdır|사진\s*=\s*\S.{0,40}|"
    # an embedded Instagram post's link to itself
    r"(?:view this post on|sieh dir diesen beitrag auf|voir cette publication sur|ver esta publicación en|"
    r"bekijk dit bericht op|visualizza questo post su|zobacz ten post na|ver essa publicação no) instagram(?: an)?|"
    # a player's note where its video or audio does not play ("Your browser does not support
    # the video tag", "您的浏览器暂时无法播放此视频")
    r"(?:your|ihr|dein|votre|tu|su|您的|你的)\s?(?:web\s)?(?:browser|navigateur|navegador|浏览器|瀏覽器)\s?"
    r"(?:does not|doesn't|cannot|can't|unterstützt|ne (?:prend|supporte)|no (?:soporta|admite)|"
    r"暂时无法|暫時無法|不支持|無法)"
    r".{0,60}(?:video|vidéo|vídeo|audio|html5|视频|視頻|影片)\w*.{0,30}|"
    # Chinese pages' widgets and links, each a line: the previous and next story, a QR code's
    # prompt, print and close buttons, the font size, a count of views, a pager, an app's plug
    r"(?:上一篇|下一篇|上一条|下一条|上一篇文章|下一篇文章)\s*[:：].{0,80}|"
    r"(?:微信|手机|手機)?(?:扫|掃)(?:一扫|一掃|描.{0,4}(?:二维码|二維碼)).{0,30}|"
    rf"(?:[【\[]?(?:{_CJK_BUTTONS}|{_CJK_COUNTERS})[】\]]?\s*){{1,6}}|"
    r"(?:首页\s*)?上一页(?:\s*\d+)*\s*下一页(?:\s*尾页)?|(?:点击|點擊)?查看更多.{0,10}|下载客户端|下載客戶端|关注我们|關注我們|"
    r"更多精彩内容.{0,20}|热点推荐|熱點推薦|"
    # Japanese and Korean pages' buttons: share, bookmark, print, save, follow, enlarge the
    # picture, the pages, "continues after the advertisement", a member's notice, the font size,
    # back to the story, an ad's mark ("PR"), more related stories, the reporter's profile, likes
    r"この記事をシェアする|はてなブックマーク|印刷(?:する)?|(?:次|前)のページへ?|(?:\d+\s+)*(?:次|前)へ|記事を保存|"
    r"フォローする|広告の後にも続きます|記事に戻る|pr|관련\s?기사\s?더보기|기자\s?프로필|좋아요\s*\d*|"
    r"(?:画像|写真)を?拡大(?:する)?|この記事の(?:写真|画像)を(?:みる|見る).{0,10}|"
    r"続きを読むには.{0,40}|いいね[!！]?|스크랩|인쇄(?:하기)?|글자\s?크기(?: 설정)?|가장 많이 본 뉴스|"
    r"이 기사를 추천합니다|(?:페이스북|트위터|카카오톡|카카오스토리|네이버\s?밴드|밴드|라인)(?:\s+(?:페이스북|트위터|"
    r"카카오톡|카카오스토리|네이버\s?밴드|밴드|라인))+|구독(?:하기)?|댓글\s*\d+|카카오톡 공유|url 복사|"
    r"(?:다음|이전)\s?기사|사진 확대|\[광고\]|공유(?:하기)?|"
    # print, share and mail buttons, and the text size's, in yet more languages
    r"afdrukken|skriv ut|tulosta|in bài|พิมพ์|הדפס|प्रिंट|طباعة|שתף|शेयर(?: करें)?|pin it|"
    r"(?:send|share) (?:by|via) e-?mail|per e-?mail (?:versenden|senden|teilen)|envoyer par (?:e-?mail|courriel)|"
    r"enviar por (?:correo|e-?mail)|"
    r"(?:font size|text size|schriftgröße|taille du (?:texte|police)|tamaño (?:de (?:la )?)?(?:letra|fuente|texto))"
    r"(?:\s*[:：]?\s*a[+-]{0,2}(?:\s+a[+-]{0,2}){1,3})?|a[+-]?(?:\s+a[+-]?){1,2}|"
    # an invitation to the newsletter: "Melden Sie sich für unseren Newsletter an"
    r"(?:melden sie sich|abonnieren sie|suscríbete|suscribete|zapisz się|inscreva-se|meld je aan|tilaa)\b"
    r".{0,60}\b(?:newsletter\w*|boletín|boletin|uutiskirje\w*)\b.{0,40}"
    r")\s*[:：.…)）\]】]*\s*$"
)

# A caption closing on its picture's credit: "… aus der Schweiz. © AFP / MARCO BERTORELLO",
# "… gut getarnt. (mlharing / iStock.com)", "… (REUTERS/Denis Balibouse)", "… (AP Photo/X,
# File)", "… (Photo: X)", "Dee Dee Myers Getty Images".  Searched for in the line's last
# characters, apart from FILLER_LINE, where a ".{0,250}" before each form cost every
# paragraph a backtracking scan.  The named groups take other lengths of caption before
# them (CAPTION_TEXT_BEFORE).
CAPTION_CREDIT = re.compile(
    r"(?:\s(?:\|\s*)?©\s?[^\s©.!?][^©.!?\n]{1,60}|"
    r"\([^()]{1,40}/\s*(?:istock(?:photo)?|getty images|shutterstock|imago|adobe ?stock|unsplash|pixabay|"
    r"picture[- ]alliance|dpa|afp|ap|reuters|epa)(?:\.com)?\)|"
    r"\((?:reuters|afp|ap|ap photo|efe|epa|dpa|pap|getty images|imago)\s*/[^)]{1,60}\)|"
    r"(?P<file>\((?:[^()]{1,60} via )?(?:ap|afp|reuters)(?: photo)?(?:/[^()]{1,60})?, file\))|"
    r"(?P<labelled>\((?:image|photo|picture|pic|credit|foto|bild)s?\s*(?:credit)?\s*:[^)]{1,80}\))|"
    # the same label after the caption's last sentence, unbracketed: "… Unterstützern. Bild: dpa"
    r"(?P<bare_label>(?<=[.!?])\s+(?:image|photo|picture|foto|bild)(?:s|er)?\s*(?:credit)?\s*:\s*[^.!?:()]{1,60})|"
    r"\s(?P<agency>getty images|shutterstock|istock(?:photo)?(?:\.com)?))\s*[:：.…)）]*\s*$",
    re.IGNORECASE,
)
# Characters of caption a credit may close, by the credit's form (the rest: 250).
CAPTION_TEXT_BEFORE = {"file": 400, "labelled": 200, "bare_label": 200, "agency": 100}

# A picture's controls, set where its caption would stand: "Enlarge this image", "Vollbild",
# "（クリックして拡大）", a video poster's "Video", a recipe card's "Pin Print", a count
# beside an icon ("337").  No caption.
PICTURE_CONTROL = re.compile(
    r"^[\s(（]*(?:enlarge(?: this image)?|click (?:here )?to enlarge|zoom(?: in)?|full ?screen|vollbild|"
    r"(?:bild )?vergrößern|zum vergrößern klicken|agrandir|ampliar|ingrandisci|powiększ|"
    r"(?:play )?video(?: loading)?|merken|pin(?: it)?(?: print)?|print|toggle caption|hide caption|\\d{1,3}|"
    r"クリックして拡大|(?:画像|写真)を?拡大(?:する)?|点击(?:查看|看)?大图|查看大图|사진 확대)[\s)）]*$",
    re.IGNORECASE,
)
# The same control's label opening a caption: "Vergrößern Eine kleine runde Aussparung …"
PICTURE_CONTROL_LEAD = re.compile(r"^(?:enlarge(?: this image)?|(?:bild )?vergrößern)\s+(?=\S)", re.IGNORECASE)
# A box's name that says it holds a picture's caption or credit ("credit-caption", "wp-caption-text").
PICTURE_CAPTION_NAME = re.compile(r"caption|credit")
# An advertisement's label as a picture's caption ("ANZEIGE" over a banner): the picture is the ad.
AD_PICTURE_LABEL = re.compile(
    r"^\W*(?:advertisement|anzeige|werbung|reklama|reklame|publicité|publicidad|pubblicità|annonce|"
    r"реклама|广告|廣告|広告|광고)\W*$",
    re.IGNORECASE,
)

# The outlet inviting readers to its channel on a messaging or video platform ("Join our
# WhatsApp channel", "¿Ya sabías que en X tenemos canal de Telegram? Únete…", "¡Mira lo que
# tiene nuestro canal de YouTube!"), or to its podcast ("Subscribe to our podcast on Apple
# Podcasts or Spotify"): searched only in a short line that names a platform.
CHANNEL_PLATFORMS = ("telegram", "whatsapp", "youtube", "tiktok", "signal", "viber", "podcast", "spotify")
CHANNEL_PROMO = re.compile(
    r"\b(?:our|we have|join|subscribe|nuestro|nuestra|tenemos|únete|unete|suscríbete|unser\w*|abonnier\w*|"
    r"notre|rejoignez|abonnez|nosso|nossa|inscreva|nasz\w*|dołącz|il nostro|iscriviti|onze|volg)\b"
    r".{0,80}?\b(?:channel|canal|kanal|chaîne|kanał|canale|kanaal|grupo|group|gruppe|groupe|podcast)\b",
    re.IGNORECASE,
)

# A shop's commission on what readers buy, which a line of the site's discloses: "As an
# Amazon Associate I earn from qualifying purchases", "When you buy through links on our site,
# we may earn an affiliate commission".  Searched only in a short line holding one of
# AFFILIATE_WORDS, lower-cased.
AFFILIATE_NOTICE_MAX = 400
AFFILIATE_WORDS = ("commission", "qualifying purchases")
AFFILIATE_NOTICE = re.compile(
    r"^as an amazon associate,? (?:i|we) earn from qualifying purchases\b|"
    r"\b(?:when|if) you (?:buy|purchase|click|shop)\b[^.]{0,60}\blinks?\b.{0,60}\bwe (?:may )?(?:earn|receive|get)\b|"
    r"\bwe may (?:earn|receive|get) (?:an? )?(?:small |affiliate )?(?:commission|share of (?:the )?sales)\b"
)

# A site announcing its cookies, in a banner the template set inside the story's box ("Wir
# verwenden Cookies…", "Informujemy, że korzystamy z cookies."): searched for only in a short
# paragraph that says "cookie", and only near its start, where a notice says it.
COOKIE_NOTICE_MAX = 400  # a notice naming what the cookies are for and the policy to read
COOKIE_NOTICE = re.compile(
    r"\b(?:(?:this|our) (?:web)?site uses|we use|(?:auf )?(?:unserer|dieser) (?:website|webseite|seite) werden|"
    r"diese (?:website|webseite|seite) (?:verwendet|nutzt)|wir (?:verwenden|nutzen|setzen)|korzystamy z|używamy|"
    r"nous utilisons des|ce site utilise des|(?:este sitio|esta web) utiliza|utilizamos|questo sito utilizza(?: i)?|"
    r"wij gebruiken|deze website gebruikt)\s+(?:plików\s+)?cookies?\b"
)

# A form's or an embed's consent line set inside the story's box: the terms a newsletter
# form binds one to ("By signing up, you agree to our Privacy Policy"), the reCAPTCHA
# notice, an embedded post held back until one agrees ("…haben wir das automatische Laden
# der Inhalte von twitter.com blockiert", "Ich bin damit einverstanden, dass mir externe
# Inhalte angezeigt werden") or until one clicks to load it.  Searched for only in a short paragraph that holds one of
# CONSENT_WORDS, and only near its start.
CONSENT_NOTICE_MAX = 400
CONSENT_NOTICE_START = 160  # characters: where a notice's words start, searched alone
CONSENT_NOTICE_HEAD = 220  # characters: where its words stand
CONSENT_WORDS = (
    *("recaptcha", "agree", "consent", "accept", "acepta", "einverstanden", "blockiert", "zustimmung"),
    *("zu laden", "to load", "einverständnis", "this content", "akzeptieren sie", "externen inhalt"),
)
CONSENT_NOTICE = re.compile(
    r"\bthis (?:site|page|form) is protected by recaptcha\b|"
    r"\bby (?:signing up|subscribing|registering|submitting|clicking|choosing|selecting|continuing|loading|"
    r"creating an account|entering|using (?:this|our) (?:site|website))\b"
    r"[^.]{0,60}, you (?:agree|consent|acknowledge)\b|\bread our (?:full )?[\w ]{0,20}consent terms\b|"
    r"\ben (?:vous inscrivant|cliquant|soumettant|continuant)\b[^.]{0,60}, vous acceptez\b|"
    r"\bal (?:suscribirte|suscribirse|registrarte|registrarse|hacer clic|enviar)\b[^.]{0,60}, aceptas?\b|"
    r"\bhaben wir das (?:automatische )?laden\b.{0,80}?\bblockiert\b|"  # "der Inhalte von twitter.com"
    # a blocked embed's: "Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram"
    r"\bmit dem laden (?:des|der) \w+ akzeptieren sie\b|"
    r"\bich bin (?:damit )?einverstanden, dass (?:mir|ich)\b[^.]{0,80}\b(?:inhalte?|angezeigt)\b|"
    r"\bwir benötigen (?:ihre|deine) zustimmung\b|"
    # an embedded post's placeholder: "… stellen deshalb ohne dein Einverständnis keine Verbindung zu
    # Twitter her", "To view this content, please accept social media cookies"
    r"\bohne (?:dein|ihr)e? einverständnis (?:\w+ ){0,2}keine verbindung\b|"
    r"\bto (?:view|see|display|watch|load) this content,? (?:please |you (?:need|have|must) to |"
    r"(?:we|you) need (?:your|to) )?(?:accept|consent|enable|allow)\b|"
    # the button's own line: "Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden."
    r"\bum den inhalt von\b.{1,60}?\bzu laden\b|\bclick (?:on )?(?:the button below|below|here) to load\b|"
    # "An dieser Stelle findet Ihr einen externen Inhalt von Instagram, der den Artikel ergänzt."
    r"\ban dieser stelle (?:finden sie|findet ihr|findest du) (?:einen )?externen inhalt\b"
)

# An invitation to the outlet's newsletter set between the story's paragraphs ("Never miss
# the latest news from the Star. Sign up for our newsletters…", "Dann abonnieren Sie unseren
# Newsletter!", "Nichts Neues verpassen! - Newsletter abonnieren"): a short paragraph that
# names a newsletter and asks the reader to sign up, get it or not miss it.  A story's
# sentence about a newsletter ("Writing in his latest Power On newsletter, Gurman says")
# asks nothing.
NEWSLETTER_PLUG_MAX = 250
NEWSLETTER_WORDS = (
    *("newsletter", "nieuwsbrief", "nyhetsbrev", "nyhedsbrev", "boletín", "рассылк", "bülten", "hírlevel"),
    *("bản tin", "新闻通讯", "ニュースレター", "뉴스레터"),
)
NEWSLETTER_PLUG = re.compile(
    r"\b(?:sign(?:ing)? up|subscribe|subscribing|inbox|get|receive|join|abonnier\w*|anmeld\w*|erhalten|"
    r"bekommen|verpass\w*|hol dir|inscri\w*|abonnez|suscr[ií]b\w*|iscriv\w*|zapisz|abonneer|aanmelden|"
    r"schrijf je in|abonner|přihlaste|iratkozz|abone ol\w*|đăng ký|"
    r"prenumerera|tilaa|подпиш\w*)\b|"
    # Chinese, Japanese and Korean, whose words no \b sets apart
    r"订阅|訂閱|購読|登録|구독"
)

# A line sending the reader to a link ("Para leer sobre otros hechos en Medellín, clic AQUÍ.",
# "…, click here."): searched for in a short line's last characters only, where the prompt
# stands; a ".{0,120}" before it in FILLER_LINE cost every paragraph a backtracking scan.
LINK_PROMPT_MAX = 150
LINK_PROMPT = re.compile(r"\b(?:clic|click|clique|cliquez|pincha|klicken sie)\s+(?:aqu[ií]|here|ici|hier)\W*$")
LINK_PROMPT_TAIL = 30  # characters

# A prompt to report a typo by selecting it ("Если вы заметили ошибку, выделите её и нажмите
# Ctrl+Enter", "Found a mistake? Select it and press Ctrl+Enter"): searched for only in a
# short line that says "ctrl"; an error's word must go with the keys, which a tutorial's
# prose presses too ("press Ctrl+Enter to run the cell").
# A note that the reader's browser runs no scripts, where a page sets it outside <noscript>
# ("Twoja przeglądarka nie ma włączonej obsługi JavaScript", "Please enable JavaScript to
# view the comments"): read on short lines naming JavaScript only.
SCRIPT_NOTICE_MAX = 200
SCRIPT_NOTICE = re.compile(
    r"\b(?:enable|activate|turn on|aktivieren sie|aktiviere|activez|activa|habilita|attiva|ative|włącz)\w*"
    r"(?: (?:the|das|le|el|il|o))? javascript(?: (?:in|on|im|dans|en|nel|w) \w+ \w+| to (?:view|see|use|watch|read|"
    r"continue|display|load|comment)\b.{0,80}|\W*$)|"
    r"\bjavascript (?:is|ist|est|está|è|jest|je) (?:\w+ )?(?:disabled|turned off|deaktiviert|ausgeschaltet|"
    r"désactivé|desactivado|disattivato|desativado|wyłączon\w*|vypnut\w*)|"
    r"\b(?:browser|navigateur|navegador|przeglądarka|prohlížeč)\b.{0,40}\b(?:no|not|nicht|kein|pas|nie|non|não|nemá)\b"
    r".{0,40}\bjavascript\b|"
    r"^\W*javascript (?:is |ist |est |es |must be )?(?:required|erforderlich|requis|necesario|wymagan\w*)"
    r"(?: (?:to|for) (?:use|view|run|access|display) (?:this|the|our) \w+)?\W*$"
)
TYPO_PROMPT_MAX = 250
TYPO_PROMPT = re.compile(
    r"(?:ошибк|помилк|опечатк|error|typo|mistake|fehler|erreur|faute|errore|erro|błąd|chyb|hat[ae]|грешк|greš|"
    r"klaid|kļūd|vig[au])\w*\b.{0,150}\bctrl\s*\+\s*enter\b"
)

# The same pointer under a one-word label, in capitals only ("MIRA:", "LEA:"): in another
# case the word is a speaker's name in an interview ("Lee: I said so").
SEE_ALSO_CAPS = re.compile(r"^\s*(?:MIRA|MIRE|LEA|LEE|VEA|VER|LEIA|VEJA|LIRE|LESEN)\s*[:：]\s*\S.{2,200}$")

# A label left closing the body when its value went as links (a box of tags, the source's
# link): a taxonomy's or a source's name alone ("Kategorien", "Tags", "Quelle:", "Siehe
# auch:").  Any other line closing on a colon may lead into what the truths keep ("Das
# Konzeptpapier finden Sie hier:", "Empfehlungen von Dennis:"), and stays.
CLOSING_LABEL = re.compile(
    r"^\s*(?:tags|tagged|schlagw[öo]rter|stichw[öo]rter|stichworte|themen|kategorien?|categories|category|"
    r"latest on|more information|mehr informationen|więcej informacji|"
    r"mots-clés|étiquettes|etiquetas|categorías|categorie|argomenti|tagi|теги|рубрики?|etiketler|"
    r"标签|標籤|タグ|태그|(?:bild|foto)?quellen?|sources?|fuentes?|fonti|siehe auch|see also|archiv)\s*[:：]?\s*$",
    re.IGNORECASE,
)

# Headings that open a section after the story: once one appears in the body's second
# half, it and everything after it are page furniture.
TRAILING_SECTION = re.compile(
    r"^\s*(?:related(?: articles| stories| posts| content| coverage| reading)?|"
    r"(?:you )?(?:may|might) (?:also )?(?:like|enjoy|be interested)\b.*|more (?:from|on|stories|articles)\b.*|"
    r"more (?:[\w'’.-]+ ){1,3}(?:stories|articles|posts|reads)|"  # "More Great WIRED Stories"
    r"read (?:more|next|also)\b.*|also read\b.*|recommended(?: for you| stories| articles)?|"
    r"popular(?: posts| stories)?|"
    r"most (?:read|popular|viewed|shared|commented)(?: (?:in|on|from|at) [\w'’ &.-]{2,40})?|"  # "Most read in news"
    r"trending|comments?|\d+ comments?|leave a (?:reply|comment)|"
    r"about the author|newsletter|subscribe\b.*|"
    r"über (?:den autor|die autorin)|à propos de l'auteure?|sobre (?:el|la) autora?|"
    # the writer's box in more languages
    r"(?:informazioni )?sull['’]autore|o autorze|o autorce|об авторе|yazar hakkında|over de auteur|"
    r"om (?:forfatteren|skribenten|författaren)|kirjoittajasta|a szerzőről|o autorovi|o autorke|despre autor|"
    r"σχετικά με τον συγγραφέα|sobre (?:o autor|a autora)|tentang penulis|作者简介|作者簡介|기자 소개|"
    r"(?:著者|筆者|執筆者|ライター)(?:プロフィール|紹介)|この記事を書いた人|この記事の(?:著者|筆者|執筆者|ライター)|"
    r"your answer|related links|partner news|top videos?|don'?t miss|more news(?: from .*)?|join the conversation.*|"
    r"what to read next|editor['’]?s['’]? picks|latest (?:news|posts|articles|stories)|die neuesten \w+|"
    r"related topics|trending (?:now|stories|news|articles|topics)|more in [\w'’ &-]{1,30}|must[- ]reads?|"
    r"more like this|read these next|up next|you may have missed|in case you missed it|around the web|"
    r"from our partners|(?:sponsored|promoted|partner) (?:stories|content|links)|"
    r"editors['’]? recommendations?|latest (?:buzz|videos?|reviews|headlines|updates)|"
    r"(?:les )?dernières (?:news|nouvelles|actualités|infos)\b.*|"
    r"você (?:pode|também pode) gostar.*|veja também|leia também|artigos relacionados|"
    r"ähnliche (?:beiträge|artikel)|verwandte (?:beiträge|artikel|themen)|auch interessant\W*|"
    r"das könnte (?:sie|dich) auch interessieren\W*|mehr zum thema(?: auf [\w.-]{2,40})?|weitere (?:artikel|beiträge)|"
    # "Lesen Sie auch die folgenden Beiträge:", "Más sobre La Tercera AM" ("Mehr zum 3er-Facelift:"
    # may lead into a box of links and on to the story's last paragraph)
    r"lesen sie (?:auch|mehr) \w.*|más sobre \w.*|"
    r"kommentare?|kommentar schreiben|schreibe einen kommentar|"
    r"à lire aussi|lire aussi|à lire également|sur le même (?:sujet|thème)|dans la même rubrique|"
    r"vous aimerez (?:peut-être )?aussi|articles similaires|commentaires?|(?:articles )?les plus lus|"
    r"lo más leído|más leídas|leggi anche|i più letti|ti potrebbe piacere|"
    r"(?:audios? et )?vidéos sur le (?:même )?sujet|"
    r"te puede interesar|noticias relacionadas|art[ií]culos relacionados\b.*|comentarios|mirá también|leé también|"
    r"potrebbe interessarti|articoli correlati|commenti|"
    r"terkait|baca juga|sukai ini\W*|"
    r"empfohlene (?:beiträge|artikel)|beliebte (?:beiträge|artikel)(?: zum thema)?|weitere beiträge\b.*|"
    r"(?:diese|folgende) (?:beiträge|artikel) (?:solltest du|sollten sie) nicht verpassen\W*|"
    r"weitere themen|weiterführender? links?|"
    r"empfehlungen (?:der|aus der) redaktion|weitere (?:stories|geschichten|nachrichten|news)|"
    r"das (?:thema|könnte) (?:könnte )?(?:dich|sie) auch interessieren\W*|"
    r"das (?:könnte|dürfte) (?:sie|dich) (?:auch )?interessieren\W*|"
    r"polecane(?: artykuły)?|komentarze|gerelateerde artikelen|meer nieuws|reacties|"
    r"ti potrebbe interessare|también te puede interesar|"
    r"相关新闻|相關新聞|更多新闻|更多新聞|相关阅读|相關閱讀|相关报道|相關報導|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|"
    r"热点排行|熱點排行|热门推荐|熱門推薦|猜你喜欢|猜你喜歡|网友评论|網友評論|评论|評論|"
    r"点击排行|點擊排行|排行榜|\d+\s*条评论|\d+\s*條評論|"
    # picks of the day or the editors', and a forum's or a portal's statement of its rules
    r"今日推荐|今日推薦|精彩推荐|精彩推薦|编辑推荐|編輯推薦|郑重声明|鄭重聲明|免责声明|免責聲明|"
    # Japanese, Korean, Russian, Ukrainian, the Nordic languages, Czech, Slovak, Turkish,
    # Portuguese, Spanish, Dutch, Arabic, Vietnamese, Greek, Hindi and Indonesian
    r"[■●◆▼【＜〈]?\s*(?:関連記事|関連ニュース|関連エントリー?|関連リンク|関連サイト|関連キーワード|関連トピックス|あわせて読みたい|"
    r"合わせて読みたい|おすすめ記事|人気記事|アクセスランキング|ランキング|新着記事|最新ニュース|"
    r"こちらもおすすめ|コメント)[】＞〉]?|관련\s?기사|관련\s?뉴스|많이 본 뉴스|인기\s?뉴스|추천\s?기사|댓글|"
    r"читайте (?:также|також)|(?:ещё|еще) по теме|похожие (?:новости|статьи|материалы)|другие новости|"
    # readers' reviews and the site's most popular pages ("Отзывы", "Самые популярные диеты")
    r"отзывы|відгуки|самые популярные \w+|найпопулярніші \w+|most popular \w+|"
    r"новости по теме|по теме|"
    r"комментарии|коментарі|до теми|схожі (?:новини|матеріали)|інші новини|"
    r"lue (?:myös|lisää|aiheesta lisää|seuraavaksi)|kommentit|aiheeseen liittyvät\b.*|"
    r"läs (?:också|mer|även)|relaterat|relaterade artiklar|kommentarer|"
    r"les (?:også|mer)|læs (?:også|mere)|relaterte artikler|relaterede artikler|"
    r"čtěte (?:také|též)|související články|komentáře|mohlo by vás zajímat|čítajte aj|súvisiace články|"
    r"ilgili haberler|benzer haberler|diğer haberler|yorumlar|bunları da okuyun|ayrıca okuyun|"
    r"leia (?:mais|também)|notícias relacionadas|comentários|saiba mais|"
    r"más información|te recomendamos|le[ae] también|otras noticias|altre notizie|meer over dit onderwerp|gerelateerd|"
    r"اقرأ أيضا|اقرأ أيضاً|مواضيع ذات صلة|أخبار ذات صلة|التعليقات|الأكثر (?:قراءة|تصفحا|تصفحاً|مشاهدة)|"
    r"tin liên quan|bài liên quan|xem thêm|đọc thêm|bình luận|διαβάστε (?:επίσης|ακόμα)|σχετικά άρθρα|"
    r"ये भी पढ़ें|यह भी पढ़ें|और पढ़ें|संबंधित खबरें|berita terkait|komentar|"
    # Thai, Persian, Hebrew, Greek, Hungarian, Romanian, the South Slavic languages, Bulgarian,
    # Vietnamese, Russian, Finnish, the Nordic languages, Dutch, Polish, Spanish, Portuguese, Italian
    r"ข่าวที่เกี่ยวข้อง|อ่านเพิ่มเติม|ข่าวล่าสุด|ข่าวยอดนิยม|اخبار مرتبط|مطالب مرتبط|پربازدیدترین|"
    r"כתבות נוספות|קרא(?:ו)? עוד|כתבות קשורות|עוד (?:באותו נושא|בנושא)|הנקראים ביותר|δείτε επίσης|δημοφιλή|"
    r"kapcsolódó cikkek|kapcsolódó|legolvasottabb|cite[sș]te (?:[sș]i|și)|articole (?:similare|recomandate)|"
    r"cele mai citite|pročitajte (?:još|i)|povezane (?:vijesti|vesti|novice)|povezani članci|najčitanije|"
    r"preberite še|najbolj brano|още по темата|свързани новини|най-четени|"
    r"tin cùng chuyên mục|tin mới nhất|đọc nhiều|связанные (?:материалы|статьи|новости)|самое читаемое|"
    r"aiheeseen liittyvää|luetuimmat|mest læste|mest lest|mest lästa|meest gelezen|najczęściej czytane|"
    r"podobne (?:artykuły|wpisy)|powiązane (?:artykuły|wpisy|tematy)|(?:zobacz|czytaj) (?:też|także|również)|"
    r"مقالات ذات صلة|مقالات مشابهة|daha fazla haber|ilginizi çekebilir|lees ook|lees meer|σχόλια|"
    r"más noticias(?: de [\w ]{2,30})?|lo más visto|últimas noticias|mais lidas|últimas notícias|"
    r"ultime notizie|i più letti|"
    r"top stories|more stories|more from [\w.' -]{2,40}|(?:recommended|suggested) for you|you (?:may|might) also like|"
    r"populares)\s*[:：]?\s*$",
    re.IGNORECASE,
)

# The title of the readers' discussion under the story: what follows it is comments, however
# much it reads like prose ("Reader responses (12)", "Kommentare (3)", "Discussion").
COMMENTS_TITLE = re.compile(
    r"^\s*(?:(?:\d+\s+)?(?:(?:top|top[- ]rated|(?:most )?popular|latest|recent|newest|featured|best|all)\s+)?"
    r"(?:reader |readers['’] |user )?(?:comments?|responses|reactions|replies)(?:\s*\(\d+\))?|"
    r"discussion|join the discussion|leave a (?:reply|comment)|leserkommentare|"
    r"(?:\d+\s+)?(?:kommentare?|commentaires?|comentarios|comentários|commenti|komentarze|reacties|"
    r"комментарии|yorumlar|댓글|コメント|评论|評論|网友评论|網友評論)(?:\s*\(\d+\))?)\s*[:：»›→↓]?\s*$|"
    # WordPress themes title the comments after the post, in every language they are
    # translated into: "34 responses to “Title”", "One thought on “Title”", "3 Gedanken zu
    # „Titel“", "2 réflexions au sujet de « Titre »", "5 comentarios en «Título»"
    r"^\s*(?:\d+|one|ein|eine|einen|un|une|uno|una|één)\s+"
    r"(?:thoughts?|responses?|comments?|repl(?:y|ies)|gedanken|kommentare?|antworten|réflexions?|commentaires?|"
    r"réponses?|comentarios?|respuestas?|pensieri|commenti|risposte|gedachten|reacties?|komentarz[ey]?)\s+"
    r"(?:on|to|zu|au sujet de|sur|à|en|a|para|su|over|op|do|bei)\s*[“\"„«‘'‚]",
    re.IGNORECASE,
)
# White space between single Chinese characters, as a template spaces a title out ("相 关 新 闻",
# "今<br>日<br>推<br>荐")
_SPACED_HAN = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff](?:\s|$))")


def closing_title(text: str) -> str | None:
    """What a title heads, if it closes the story: "comments" ("34 Comments"), "section" (a
    closing section's, "Related stories", "相 关 新 闻" spaced out), else None.  Callers bound
    the length: a title, not a sentence."""
    if COMMENTS_TITLE.match(text):
        return "comments"
    if not text.isascii():
        text = _SPACED_HAN.sub("", text)
    return "section" if TRAILING_SECTION.match(text) else None


# How a teaser's summary is cut short: "… und dann […]".
TRUNCATION_MARKS = ("...", "…", "…]", "...]")

# A teaser's standfirst ends on its link, a lone "more" after the last sentence.
TEASER_END = re.compile(
    r"[.!?…“”\"»]\s+(?:mehr|more|weiterlesen|lire la suite|leer más|leia mais|leggi tutto|czytaj dalej)\s*[»›>]*\s*$",
    re.IGNORECASE,
)

# Lines that close a Chinese story by sending the reader elsewhere: a QR code to scan, an
# app to download, an account to follow, a topic page to visit.  Taken off the end of the
# body only, where nothing of the story follows them.
CLOSING_PROMO_CJK = re.compile(
    r"二维码|二維碼|扫码|掃碼|扫一扫|掃一掃|请下载|請下載|下载\S{0,10}(?:APP|App|app|客户端)|"
    r"关注\S{0,12}(?:公众号|微信|微博|头条号)|關注\S{0,12}(?:公眾號|微信|微博)|"
    r"(?:更多|相关|相關)\S{0,12}请(?:关注|访问|点击)|点击(?:进入|查看|阅读)|點擊(?:進入|查看|閱讀)|阅读全文|閱讀全文|"
    # WeChat's closers: "点击“阅读原文”", "喜欢就点个在看吧"
    r"阅读原文|閱讀原文|(?:点|點)(?:个|個|亮)?[“「【]?在看"
)
# A link home glued to the story's last sentence ("…仍将持续。返回腾讯网首页>>").
CLOSING_HOME_LINK_CJK = re.compile(r"\s*返回\S{0,10}首[页頁]\s*[>»＞》]*\s*$")
