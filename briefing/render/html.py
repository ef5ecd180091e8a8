"""Markdown -> element tree -> HTML, through python-markdown, made safe for the preview.

One configured parser serves the preview, the HTML export and the Word writer: ``parse`` gives the
element tree the writers walk, ``to_html`` the fragment the preview shows. Raw HTML in the text is
shown as text, never interpreted; links keep only http, https, mailto and in-page targets; images
are replaced by their description, so nothing is ever loaded from the network or from disk.
"""
from __future__ import annotations

import html
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

from briefing.render import quick_inline
from briefing.render.footnotes import LinearFootnoteExtension
from briefing.resources import read_text

EXTENSIONS = ["attr_list", "footnotes", "tables", "sane_lists", "fenced_code"]  # as built in _parser
SAFE_SCHEMES = ("http://", "https://", "mailto:", "#")


class _Sanitise(Treeprocessor):
    """Drops link targets that are not web, mail or in-page, and turns images into their alt text."""

    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "img":
                    replacement = etree.Element("span", {"class": "image-omitted"})
                    replacement.text = f"[image: {child.get('alt') or 'no description'}]"
                    replacement.tail = child.tail
                    parent.remove(child)
                    parent.insert(index, replacement)
                elif child.tag == "a":
                    href = (child.get("href") or "").strip()
                    if not href.lower().startswith(SAFE_SCHEMES):
                        child.attrib.pop("href", None)
                        child.set("class", "link-removed")


class _Capture(Treeprocessor):
    """Keeps the finished element tree (after inline processing) for the writers."""

    def run(self, root: etree.Element) -> None:
        self.md.captured_tree = root


class _SafeBriefingExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (python-markdown's API)
        # Raw HTML becomes text: without these, <script> or <img src=...> in the user's text would be kept.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.inlinePatterns.deregister("entity")
        md.treeprocessors.register(_Sanitise(md), "briefing-sanitise", 1)
        md.treeprocessors.register(_Capture(md), "briefing-capture", -10)
        quick_inline.install(md)


def _parser() -> markdown.Markdown:
    # Instances, not names: names are looked up through package metadata, which costs a command
    # line start-up 15 ms. The footnotes are upstream's, numbered in linear time.
    return markdown.Markdown(
        extensions=[AttrListExtension(), LinearFootnoteExtension(BACKLINK_TEXT="↩", SUPERSCRIPT_TEXT="{}"),
                    TableExtension(), SaneListExtension(), FencedCodeExtension(), _SafeBriefingExtension()],
        output_format="html",
    )


class Parser:
    """The configured parser kept for many parses (python-markdown sets itself up in about a
    millisecond; a caller parsing a briefing piece by piece pays that once)."""

    def __init__(self) -> None:
        self._md = _parser()
        self._md.serializer = lambda _root: "<div></div>"  # the writers need the tree, not HTML text

    def parse(self, markdown_text: str) -> etree.Element:
        """The element tree of ``markdown_text`` (a ``div`` root), as :func:`parse` gives it."""
        md = self._md
        md.reset()
        md.convert(markdown_text)
        _restore_stashed_blocks(md.captured_tree, md.htmlStash.rawHtmlBlocks)
        return md.captured_tree


def parse(markdown_text: str) -> etree.Element:
    """The element tree of ``markdown_text`` (a ``div`` root) as the HTML and Word writers see it."""
    return Parser().parse(markdown_text)


def _restore_stashed_blocks(root: etree.Element, stash: list) -> None:
    """Put fenced code back into the tree.

    python-markdown keeps fenced code aside as HTML text and leaves a placeholder paragraph in the
    tree, restoring it only in its HTML output; without this the Word writer would lose the code.
    """
    found = [(parent, index, int(match.group(1)))
             for parent in root.iter() for index, child in enumerate(parent)
             if child.tag == "p" and not len(child)
             and (match := HTML_PLACEHOLDER_RE.fullmatch((child.text or "").strip()))]
    for parent, index, number in found:
        raw = stash[number] if number < len(stash) else ""
        try:
            block = etree.fromstring(raw) if isinstance(raw, str) else raw
        except etree.ParseError:
            block = etree.Element("pre")
            block.text = raw
        block.tail = parent[index].tail
        parent[index] = block


def to_html(markdown_text: str) -> str:
    """The HTML fragment for ``markdown_text``; raw HTML in it appears as text."""
    return _parser().convert(markdown_text)


def html_page(fragment: str, title: str) -> str:
    """A complete, self-contained HTML page around ``fragment`` with the briefing stylesheet inlined."""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        f"<title>{html.escape(title)}</title>\n<style>\n{read_text('styles', 'briefing.css')}</style>\n"
        f"</head>\n<body>\n{fragment}\n</body>\n</html>\n"
    )
