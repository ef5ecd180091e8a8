"""The readable text of an HTML page: paragraphs kept, scripts, styles and navigation dropped.

Uses the standard library's lenient parser; malformed markup degrades to plain text rather than
failing. Nothing is fetched: no scripts run, no entities or resources are loaded.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = frozenset("""script style nav header footer aside noscript template svg form iframe button select
option head title object embed canvas figure menu dialog""".split())
_SKIP_ROLES = frozenset("navigation banner contentinfo complementary search menu menubar dialog".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK = frozenset("""p div li h1 h2 h3 h4 h5 h6 tr article section blockquote pre ul ol table dd dt main hr
td th caption address details summary figcaption""".split())
_PARA, _LINE = "\x00P", "\x00L"


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        hidden = ("hidden" in attributes or attributes.get("aria-hidden") == "true"
                  or (attributes.get("role") or "").lower() in _SKIP_ROLES)
        if (tag in _SKIP or hidden) and tag not in _VOID:
            self.skipping.append(tag)
            return
        if tag == "br":
            self.chunks.append(_LINE)
        elif tag in _BLOCK:
            self.chunks.append(_PARA)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.chunks.append(_LINE)
        elif tag in _BLOCK:
            self.chunks.append(_PARA)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag in self.skipping:
                while self.skipping and self.skipping.pop() != tag:
                    pass
            return
        if tag in _BLOCK:
            self.chunks.append(_PARA)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.chunks.append(data)


def html_text(markup: str) -> str:
    """Paragraphs of ``markup`` separated by blank lines, whitespace inside them collapsed."""
    parser = _TextParser()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # the parser is lenient; anything it still chokes on keeps what was read so far
        pass
    paragraphs = []
    for block in "".join(parser.chunks).split(_PARA):
        lines = [" ".join(line.split()) for line in block.split(_LINE)]
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(re.sub("\x00", "", text))
    return "\n\n".join(paragraphs)
