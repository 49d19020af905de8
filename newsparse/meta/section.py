"""The section an article is filed under, read off the breadcrumb trail.

``首页 > 社会与法 > 正文`` and ``Home › World › Europe`` both end with the most specific
section; the home link, "you are here" labels and the article's own title are not sections.
"""

from __future__ import annotations

import re

from newsparse.html.parse import Tree
from newsparse.html.text import squash

_BREADCRUMB_SELECTOR = (
    "[class*=breadcrumb], [id*=breadcrumb], [class*=crumb], [itemtype*=BreadcrumbList], "
    "[aria-label*=readcrumb], [class=position], [class*=location], [class=weizhi], "
    "[class*=dangqian], [class*=curpos], [class*=current-path]"
)
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>|›|»|＞|→|/|\||>>|・|·)\s*")
_NOT_SECTION = re.compile(
    r"^(?:首页|首頁|主页|主頁|网站首页|網站首頁|home|homepage|start|accueil|inicio|startseite|"
    r"正文|正文内容|内容|內容|详情|詳情|article|news|当前位置|當前位置|您的位置|您现在的位置|"
    r"你的位置|位置|current|you are here)\s*[:：]?$",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^(?:当前位置|當前位置|您的位置|您现在的位置|你的位置|位置|you are here)\s*[:：]\s*", re.IGNORECASE
)
_MAX_CRUMB = 40


def section_from_breadcrumb(tree: Tree, title: str | None) -> str | None:
    body = tree.body
    if body is None:
        return None
    for trail in body.css(_BREADCRUMB_SELECTOR):
        links = [squash(a.text(deep=True)) for a in trail.css("a")]
        text = _LABEL.sub("", squash(trail.text(deep=True, separator=" ")))
        parts = [p for p in _CRUMB_SEPARATOR.split(text) if p]
        if len(parts) < 2 and len(links) < 2:
            continue
        items = parts if len(parts) >= len(links) else links
        sections = [
            item
            for item in items
            if item and not _NOT_SECTION.match(item) and len(item) <= _MAX_CRUMB and item != title
        ]
        if sections and len(items) >= 2:
            return sections[-1]
    return None
