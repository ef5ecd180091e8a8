"""Briefing -> the element tree the Word writer walks, without parsing what needs no parsing.

The tree is, by contract, the one python-markdown gives for the briefing's annotated Markdown
(``parse(to_markdown(briefing, registry, annotate=True))``): what the preview shows is what Word
gets. Parsing all of it costs a large briefing more than everything else in an export together, and
almost all of it is text Briefing wrote itself: headings, one list item per fact, citations, none
holding any markup. So the tree is built piece by piece from the same Markdown the renderer writes:

* a piece whose text holds none of the characters Markdown acts on becomes its elements directly;
* any other piece (the user's own paragraphs with emphasis, links or tables, a statement with an
  asterisk) goes through python-markdown on its own, with the same configuration as the preview;
* a briefing whose free text could reach beyond its own block (footnote or link definitions, a
  list or quotation that would join its neighbour, a code fence, an indented continuation) is parsed
  whole, as before.

A property test holds the two ways to the same Word document for arbitrary briefings.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from typing import Callable

from briefing.domain import Briefing, FactBlock, JudgmentBlock, Section, SourceRegistry, TextBlock
from briefing.render.markdown_text import MarkdownRenderer, escape_inline, heading_level

# Text is plain when it holds nothing an inline pattern, an attribute list or an escape acts on.
_MARKUP = re.compile(r"[\\`\[\]!<>&*_{}\x00-\x1f\x7f-\x9f]|  ")
_SAFE_ID = re.compile(r"[A-Za-z0-9_-]+\Z")
_PARAGRAPH_START = re.compile(r"[#>|=~+\-\d\s]")  # could start a heading, quote, table, list or code
# Free text that reaches beyond its own block: note and link definitions and references to them,
# list items and quotations (python-markdown joins them with a neighbouring list or quotation), code
# fences (one block's fence can close on another's).
_REACHING = re.compile(r"\[\^|\]:|^\s*(?:[-*+]|\d+[.)])(?:\s|$)|^\s*(?:>|```|~~~)", re.MULTILINE)


def element_tree(briefing: Briefing, registry: SourceRegistry) -> etree.Element:
    """The element tree (a ``div`` root) of the briefing's annotated Markdown, as ``parse`` gives it."""
    builder = _Builder(briefing, registry)
    try:
        if not any(_reaches_out(block) for section, _ in briefing.walk_sections() for block in section.blocks):
            return builder.build()
    except _Unexpected:
        pass
    from briefing.render.html import parse
    from briefing.render.markdown_text import to_markdown

    return parse(to_markdown(briefing, registry, annotate=True))


class _Unexpected(Exception):
    """A piece parsed to something other than the one element it stands for."""


def _reaches_out(block) -> bool:
    if isinstance(block, TextBlock):
        text = block.text.strip("\n")
        return bool(text.strip()) and (text[:1].isspace() or _REACHING.search(text) is not None)
    return isinstance(block, JudgmentBlock) and ("[^" in block.text or "]:" in block.text)


def _plain(text: str) -> bool:
    return bool(text) and text == text.strip() and _MARKUP.search(text) is None


def _heading(text: str) -> str:
    """A heading's text to build directly, or "" (parse it): python-markdown drops the closing hashes
    of a heading ("## Title ##"), so a heading that ends in "#" is left to it."""
    return "" if text.endswith("#") else text


def _element(tag: str, text: str | None = None, **attrib: str) -> etree.Element:
    elem = etree.Element(tag, {key.replace("class_", "class"): value for key, value in attrib.items()})
    elem.text = text
    return elem


class _Builder:
    def __init__(self, briefing: Briefing, registry: SourceRegistry):
        self.briefing = briefing
        self.md = MarkdownRenderer(briefing, registry, annotate=True)
        self._parser = None
        self._cited: dict[int, int] = {}  # note number -> references so far (python-markdown's ids)

    def _parse(self, markdown_text: str) -> list[etree.Element]:
        if self._parser is None:
            from briefing.render.html import Parser  # python-markdown is imported only when needed

            self._parser = Parser()
        return list(self._parser.parse(markdown_text))

    def _one(self, markdown_text: str, *path: str) -> etree.Element:
        """The single element at ``path`` (tags from the root down) of ``markdown_text``'s tree."""
        elements = self._parse(markdown_text)
        for depth, tag in enumerate(path):
            if len(elements) != 1 or elements[0].tag != tag:
                raise _Unexpected(markdown_text)
            if depth < len(path) - 1:
                elements = list(elements[0])
        return elements[0]

    def _piece(self, parent: etree.Element, inline: str, markdown_text: str, tag: str,
               build: Callable[[str], etree.Element], ident: str | None = None) -> None:
        """Append the element for one piece: built from ``inline`` when it is plain text (and its
        ``ident``, if it has one, a plain id), else parsed."""
        if _plain(inline) and (ident is None or _SAFE_ID.match(ident)):
            parent.append(build(inline))
        else:
            parent.append(self._one(markdown_text, tag))

    # -- the document -------------------------------------------------------------------------
    def build(self) -> etree.Element:
        root = etree.Element("div")
        m, md = self.briefing.metadata, self.md
        banner = escape_inline(m.banner)
        if m.banner:
            self._banner(root, banner)
        self._piece(root, _heading(escape_inline(m.title)), f"# {escape_inline(m.title)} {{: .title }}", "h1",
                    lambda text: _element("h1", text, class_="title"))
        if m.subtitle:
            subtitle = escape_inline(m.subtitle)
            self._piece(root, subtitle, f"*{subtitle}*\n{{: .subtitle }}", "p",
                        lambda text: self._wrapped("p", "em", text, class_="subtitle"))
        byline = md.byline()
        if byline:
            self._piece(root, byline, f"{byline}\n{{: .byline }}", "p",
                        lambda text: _element("p", text, class_="byline"))
        for section in self.briefing.sections:
            self._section(root, section, 1)
        self._sources(root)
        if m.banner:
            self._banner(root, banner)
        self._notes(root)
        return root

    def _banner(self, root: etree.Element, banner: str) -> None:
        self._piece(root, banner, f"**{banner}**\n{{: .banner }}", "p",
                    lambda text: self._wrapped("p", "strong", text, class_="banner"))

    @staticmethod
    def _wrapped(tag: str, inner: str, text: str, **attrib: str) -> etree.Element:
        elem = _element(tag, **attrib)
        etree.SubElement(elem, inner).text = text
        return elem

    # -- sections -----------------------------------------------------------------------------
    def _section(self, root: etree.Element, section: Section, depth: int) -> None:
        tag = f"h{heading_level(depth)}"
        self._piece(root, _heading(escape_inline(section.heading)), self.md.heading(section, depth), tag,
                    lambda text: _element(tag, text, id=section.id), section.id)
        bullets = None
        for block in section.blocks:
            if isinstance(block, FactBlock):
                if bullets is None:
                    bullets = etree.SubElement(root, "ul")
                self._fact(bullets, block)
            elif isinstance(block, TextBlock):
                if block.text.strip():
                    bullets = None
                    self._text(root, block)
            else:
                bullets = None
                self._judgment(root, block)
        for sub in section.subsections:
            self._section(root, sub, depth + 1)

    def _fact(self, bullets: etree.Element, block: FactBlock) -> None:
        line, notes = self.md.fact_line(block)
        if _plain(line) and _SAFE_ID.match(block.id):
            item = etree.SubElement(bullets, "li", {"id": block.id, "class": "fact"})
            item.text = line
        else:
            item = self._one(self.md.list_item(line, block), "ul", "li")
            bullets.append(item)
        for number in notes:  # the note marks follow the text
            cited = self._cited[number] = self._cited.get(number, 0) + 1
            sup = etree.SubElement(item, "sup", {"id": f"fnref{cited if cited > 1 else ''}:{number}"})
            etree.SubElement(sup, "a", {"href": f"#fn:{number}", "class": "footnote-ref"}).text = str(number)

    def _text(self, root: etree.Element, block: TextBlock) -> None:
        markdown_text = self.md.text_block(block)
        text = block.text.strip("\n")
        if "\n" not in text and not _PARAGRAPH_START.match(text):
            self._piece(root, self.md.portion() + text, markdown_text, "p",
                        lambda plain: _element("p", plain, id=block.id, class_="text"), block.id)
        else:
            root.extend(self._parse(markdown_text))

    def _judgment(self, root: etree.Element, block: JudgmentBlock) -> None:
        text = " ".join(block.text.split())
        portion = self.md.portion()
        confidence = block.confidence.value
        if (_plain(text) or not text) and (not portion or _plain(portion.strip())) and _SAFE_ID.match(block.id):
            paragraph = _element("p", portion or None, id=block.id,
                                 class_=f"judgment confidence-{confidence}")
            lead = etree.SubElement(paragraph, "strong")
            lead.text = f"Judgment ({confidence} confidence):"
            lead.tail = f" {text}"
            root.append(paragraph)
        else:
            root.append(self._one(self.md.judgment(block), "p"))

    # -- closing ------------------------------------------------------------------------------
    def _sources(self, root: etree.Element) -> None:
        entries = self.md.source_entries()
        if not entries:
            return
        root.append(_element("h2", "Source documents", id="source-documents", class_="sources"))
        listing = etree.SubElement(root, "ol")
        for number, entry in enumerate(entries, 1):
            if _plain(entry):
                etree.SubElement(listing, "li").text = entry
            else:
                listing.append(self._one(f"{number}. {entry}", "ol", "li"))

    def _notes(self, root: etree.Element) -> None:
        texts = self.md.notes.texts
        if not texts:
            return
        footnotes = etree.SubElement(root, "div", {"class": "footnote"})
        etree.SubElement(footnotes, "hr")
        listing = etree.SubElement(footnotes, "ol")
        for number, text in enumerate(texts, 1):
            item = etree.SubElement(listing, "li", {"id": f"fn:{number}"})
            markdown_text = escape_inline(text)
            if _plain(markdown_text):
                etree.SubElement(item, "p").text = markdown_text
            else:
                item.append(self._one(markdown_text, "p"))
