"""The fixture pages with golden outputs under tests/golden/ (one style of page each)."""

GOLDEN_PAGES = (
    "chinanews-henan.html",  # the seed: Chinese regional news, traditional script, no metadata markup
    "english-jsonld.html",  # English news with JSON-LD @graph, OpenGraph, share bar, comments
    "blog-wordpress.html",  # a WordPress blog post: list, code block, bold lead-in, comments form
    "chinese-portal-gbk.html",  # a Chinese portal in GBK declared gb2312: one-line dateline, editor note
    "chinese-big5.html",  # a Taiwanese page in Big5: 記者 byline, slash date
    "lists-and-table.html",  # ordered and unordered lists, a data table, itemprop=articleBody
    "german-news.html",  # German: "Von" byline, "6. Dezember 2023, 17:35 Uhr"
    "no-metadata.html",  # a 1990s table layout, <br><br> paragraphs, no metadata at all
)
