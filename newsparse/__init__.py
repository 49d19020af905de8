"""newsparse: news article pages to clean data (metadata and typed body blocks).

>>> import newsparse
>>> article = newsparse.extract(html_bytes, url="https://example.com/story")
>>> article.title, article.published, article.to_dict()
"""

from newsparse.errors import (
    ExitCode,
    FetchError,
    InputError,
    NewsparseError,
    NoArticleError,
    NotHTMLError,
)
from newsparse.model import Article, Block
from newsparse.pipeline import extract

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Block",
    "ExitCode",
    "FetchError",
    "InputError",
    "NewsparseError",
    "NoArticleError",
    "NotHTMLError",
    "__version__",
    "extract",
]
