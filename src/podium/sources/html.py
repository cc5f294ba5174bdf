"""HTML pages: the report's title, paragraphs and publication date, without the page around it.

Rules rather than a general boilerplate detector: a news or blog page marks its article (`<article>`,
`.entry-content`, `itemprop=articleBody`) and its widgets (navigation, sidebars, comment forms, share and like
buttons) by tag and class, so removing those and reading the paragraphs of the article is exact, and selectolax
does it in about a millisecond a page (see bench/ingest.py).
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from podium.sources.checks import iso_date

_NOT_CONTENT = ", ".join([
    "script", "style", "noscript", "template", "nav", "aside", "form", "footer", "iframe", "button",
    "header:not(.entry-header)", "#comments", ".comments-area", ".comment-respond", ".navigation",
    ".post-navigation", ".sharedaddy", ".sd-sharing", ".sd-like", "[class*=share]", "[class*=likes]",
    "[class*=related]", ".entry-meta", ".entry-footer", ".widget", ".sidebar", ".screen-reader-text",
])
_CONTENT_ROOTS = ("[itemprop=articleBody]", ".entry-content", ".post-content", ".article-body", "article",
                  "main", "body")
_TITLES = ("article h1", "h1.entry-title", "h1")
# the article's own <time> before the page's metadata, and both before any <time> (a sidebar lists other posts)
_DATES = (("article time[datetime]", "datetime"), ("meta[property='article:published_time']", "content"),
          ("meta[itemprop=datePublished]", "content"), ("time[datetime]", "datetime"),
          ("meta[name=date]", "content"), ("meta[name='DC.date']", "content"))
_SITE_NAME = re.compile(r"\s+[\u2013\u2014|-]\s+[^\u2013\u2014|-]+$")  # "Report Title – Blog Name"
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")
_BLOCKS = ", ".join(_BLOCK_TAGS)

# The parser's tree building is quadratic in nesting depth (100,000 nested <div>s take about a minute), so a page
# is measured before it is parsed. Real article pages nest a few dozen elements deep.
MAX_NESTING = 2_000
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
# elements that never hold others, or whose end tag a page may leave out: they never deepen the tree for long
_NOT_NESTING = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                          "track", "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody", "thead"})


def _first(tree: HTMLParser, selectors) -> object | None:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is not None:
            return node
    return None


def _title(tree: HTMLParser) -> str:
    node = _first(tree, _TITLES)
    if node is not None:
        return node.text(separator=" ").strip()
    meta = tree.css_first("meta[property='og:title']")
    if meta is not None and meta.attributes.get("content"):
        return meta.attributes["content"].strip()
    page_title = tree.css_first("title")
    return _SITE_NAME.sub("", page_title.text()).strip() if page_title is not None else ""


def _date(tree: HTMLParser) -> str | None:
    for selector, attribute in _DATES:
        for node in tree.css(selector):
            found = iso_date(node.attributes.get(attribute))
            if found:
                return found
    return None


def _paragraphs(root) -> list[str]:
    """The text of each block of the article; a block nested in another (a <p> in a <li>) is read once."""
    blocks = [node for node in root.css(_BLOCKS)
              if not any(parent in _BLOCK_TAGS for parent in _ancestor_tags(node, root))]
    if not blocks:
        return [root.text(separator=" ")]
    return [node.text(separator=" ") for node in blocks]


def _ancestor_tags(node, root):
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id:
        yield parent.tag
        parent = parent.parent


def nesting_problem(content: str) -> str | None:
    """Why the page is not parsed (nested more than MAX_NESTING elements deep), or None; one linear scan."""
    depth = 0
    for match in _TAG.finditer(content):
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in _NOT_NESTING:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        if depth > MAX_NESTING:
            return f"HTML nested more than {MAX_NESTING:,} elements deep: not an article page"
    return None


def parse_html(content: str) -> dict:
    """{'title', 'date', 'text'} of the page's article; `text` has one paragraph per block, blank-line separated."""
    tree = HTMLParser(content)
    date = _date(tree)  # read before the page furniture (which holds the <time>) is removed
    title = _title(tree)
    for node in tree.css(_NOT_CONTENT):
        node.decompose()
    root = _first(tree, _CONTENT_ROOTS) or tree.root
    paragraphs = [p.strip() for p in _paragraphs(root)]
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    return {"title": title, "date": date, "text": "\n\n".join(p for p in paragraphs if p)}
