"""python-markdown's element tree -> WordprocessingML blocks: the Word half of "parse once, write many".

The tree is the one the preview shows (``briefing.render.parse`` of the annotated Markdown), so the
classes the Markdown renderer put on it decide the Word styles: ``h1.title`` is Title,
``p.subtitle`` Subtitle, ``p.byline`` Byline, ``p.judgment`` Judgment; section headings h2, h3 and
h4+ are Heading 1, 2 and 3. Footnote references become real Word footnotes (or endnotes).
Classification banners in the body are left out: the document writer puts the banner in the header
and footer of every page instead, where a reader expects it and where it cannot drift.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Callable, NamedTuple

from lxml import etree

from briefing.render.docx import ooxml
from briefing.render.docx.numbering import Lists
from briefing.render.docx.package import RT, Part
from briefing.render.docx.text import LINE_BREAK, clean, plain

BLOCK_TAGS = frozenset({"p", "ul", "ol", "blockquote", "pre", "table", "div", "hr",
                        "h1", "h2", "h3", "h4", "h5", "h6"})
HEADINGS = {"h1": "Heading 1", "h2": "Heading 1", "h3": "Heading 2", "h4": "Heading 3", "h5": "Heading 3",
            "h6": "Heading 3"}
PARAGRAPH_CLASSES = {"subtitle": "Subtitle", "byline": "Byline", "judgment": "Judgment"}
_BOOKMARK_UNSAFE = re.compile(r"[^A-Za-z0-9_]")
_ALIGN = re.compile(r"text-align:\s*(left|center|right)")
Progress = Callable[[int, int], None]


class _Format(NamedTuple):
    """How a run looks: the inline elements it sits inside."""

    bold: bool = False
    italic: bool = False
    style: str | None = None
    vert: str | None = None


PLAIN = _Format()


class TreeWriter:
    """Writes one element tree into one Word document; keep an instance for one export only.

    ``styles`` maps style names (see ``styles.STYLES``) to the document's style ids. ``notes`` is
    "footnote" or "endnote": where Markdown footnotes go. ``text_width`` (twentieths of a point)
    sizes table columns.
    """

    def __init__(self, document_part: Part, styles: dict[str, str], *, notes: str = "footnote",
                 text_width: int = 9026):
        self._part = document_part
        self._styles = styles
        self._notes_kind = notes
        self._text_width = text_width
        self._lists = Lists(document_part)
        self._new_paragraph = ooxml.Paragraphs()
        self._links: dict[tuple[int, str], str] = {}
        self._definitions: dict[str, ET.Element] = {}
        self._bookmarks: dict[str, str] = {}
        self._bookmark_id = 0
        self._notes_part = None
        self._next_note = 1
        self._in_note = False

    # -- the whole tree ----------------------------------------------------------------------------
    def write(self, root: ET.Element, body: etree._Element, progress: Progress | None = None) -> None:
        """Append the Word blocks for ``root``'s children to ``body`` (which must not end in sectPr)."""
        self._collect(root)
        blocks = list(root)
        total, reported = len(blocks), -1
        for done, block in enumerate(blocks, 1):
            self._block(block, body)
            if progress is not None and done * 100 // total != reported:
                reported = done * 100 // total
                progress(done, total)

    def _collect(self, root: ET.Element) -> None:
        for elem in root.iter():
            if elem.tag == "li" and (elem.get("id") or "").startswith("fn:"):
                self._definitions[elem.get("id")] = elem
            elif elem.tag in HEADINGS and elem.get("id"):
                name = _BOOKMARK_UNSAFE.sub("_", elem.get("id"))[:36]
                self._bookmarks[elem.get("id")] = name if name[:1].isalpha() else f"s_{name}"

    # -- blocks ------------------------------------------------------------------------------------
    def _block(self, elem: ET.Element, out: etree._Element, style: str | None = None) -> None:
        tag, classes = elem.tag, (elem.get("class") or "").split()
        if tag in HEADINGS:
            name = "Title" if tag == "h1" and "title" in classes else HEADINGS[tag]
            p = self._paragraph(out, name)
            self._inline(elem, p)
            if elem.get("id") in self._bookmarks:
                self._bookmark_id += 1
                ooxml.bookmark(p, self._bookmark_id, self._bookmarks[elem.get("id")])
        elif tag == "p":
            if "banner" in classes:
                return
            name = next((PARAGRAPH_CLASSES[c] for c in classes if c in PARAGRAPH_CLASSES), style or "Normal")
            if name == "Subtitle" and len(elem) == 1 and elem[0].tag == "em" and not (elem.text or "").strip():
                elem = elem[0]  # the emphasis only marked the line as a subtitle; the style gives its look
            self._inline(elem, self._paragraph(out, name))
        elif tag in ("ul", "ol"):
            self._list(elem, out, 1)
        elif tag == "blockquote":
            for child in elem:
                self._block(child, out, "Quote")
        elif tag == "pre":
            code = "".join(elem.itertext()).rstrip("\n").replace("\r\n", "\n").replace("\n", LINE_BREAK)
            self._text(self._paragraph(out, "Source Code"), code, PLAIN, keep_lines=True)
        elif tag == "table":
            self._table(elem, out)
        elif tag == "hr":
            ooxml.border(self._paragraph(out, "Normal").find(ooxml.W + "pPr"), "bottom", size=6, space=1)
        elif tag == "div":
            if "footnote" not in classes:  # footnote definitions are written where they are referenced
                for child in elem:
                    self._block(child, out, style)
        else:
            self._inline(elem, self._paragraph(out, style or "Normal"))

    def _paragraph(self, parent: etree._Element, name: str, **kwargs) -> etree._Element:
        return self._new_paragraph(parent, self._styles[name], **kwargs)

    def _list(self, elem: ET.Element, out: etree._Element, depth: int) -> None:
        ordered = elem.tag == "ol"
        level = min(depth, 9) - 1
        if ordered:
            start = elem.get("start") or "1"
            num_id = self._lists.ordered(level, int(start) if start.isdigit() else 1)
        else:
            num_id = self._lists.bullets()
        suffix = "" if depth == 1 else f" {min(depth, 3)}"
        item_style = self._styles[("List Number" if ordered else "List Bullet") + suffix]
        continued = "List Continue" + suffix
        for item in elem:
            if item.tag != "li":
                continue
            p = self._new_paragraph(out, item_style, num=(num_id, level))
            rest = self._inline(item, p, stop_at_blocks=True)
            if rest and rest[0].tag == "p" and p.find(ooxml.W + "r") is None:
                self._inline(rest.pop(0), p)
            for child in rest:
                if child.tag in ("ul", "ol"):
                    self._list(child, out, depth + 1)
                else:
                    self._block(child, out, continued)

    def _table(self, elem: ET.Element, out: etree._Element) -> None:
        rows: list[tuple[ET.Element, bool]] = []
        for part in elem:
            if part.tag == "tr":
                rows.append((part, False))
            else:
                rows += [(tr, part.tag == "thead") for tr in part if tr.tag == "tr"]
        columns = max((sum(c.tag in ("th", "td") for c in tr) for tr, _ in rows), default=0)
        if not columns:
            return
        widths = [self._text_width // columns] * columns
        tbl = ooxml.table(out, self._styles["Table Grid"], widths)
        for tr, header in rows:
            row = ooxml.table_row(tbl, header=header)
            cells = [c for c in tr if c.tag in ("th", "td")]
            for index, width in enumerate(widths):
                cell = ooxml.table_cell(row, width)
                source = cells[index] if index < len(cells) else None
                align = _ALIGN.search(source.get("style") or "") if source is not None else None
                p = self._paragraph(cell, "Normal", align={"center": "center", "right": "right"}.get(
                    align.group(1)) if align else None)
                if source is not None:
                    self._inline(source, p, PLAIN._replace(bold=source.tag == "th"))

    # -- inline content ----------------------------------------------------------------------------
    def _inline(self, elem: ET.Element, parent: etree._Element, fmt: _Format = PLAIN, *,
                stop_at_blocks: bool = False) -> list[ET.Element]:
        """Write ``elem``'s text and inline children into ``parent``; return the block children skipped."""
        if elem.text and (elem.text.strip() or not stop_at_blocks):  # a loose list item starts with "\n"
            self._text(parent, elem.text, fmt)
        children = list(elem)
        for index, child in enumerate(children):
            if stop_at_blocks and child.tag in BLOCK_TAGS:
                return children[index:]
            self._inline_element(child, parent, fmt)
            if child.tail:
                self._text(parent, child.tail, fmt)
        return []

    def _inline_element(self, elem: ET.Element, parent: etree._Element, fmt: _Format) -> None:
        tag, classes = elem.tag, (elem.get("class") or "").split()
        if tag in ("strong", "b"):
            self._inline(elem, parent, fmt._replace(bold=True))
        elif tag in ("em", "i"):
            self._inline(elem, parent, fmt._replace(italic=True))
        elif tag == "code":
            self._text(parent, "".join(elem.itertext()), fmt._replace(style=self._styles["Verbatim Char"]))
        elif tag == "br":
            ooxml.run(parent, LINE_BREAK)
        elif tag == "a":
            self._link(elem, parent, fmt, classes)
        elif tag == "sup" and len(elem) == 1 and "footnote-ref" in (elem[0].get("class") or ""):
            self._inline(elem, parent, fmt)
        elif tag in ("sup", "sub"):
            self._inline(elem, parent, fmt._replace(vert="superscript" if tag == "sup" else "subscript"))
        else:
            self._inline(elem, parent, fmt)

    def _link(self, elem: ET.Element, parent: etree._Element, fmt: _Format, classes: list[str]) -> None:
        href = plain(elem.get("href") or "")
        if "footnote-backref" in classes:
            return
        if "footnote-ref" in classes and href.startswith("#") and not self._in_note:
            definition = self._definitions.get(href[1:])
            if definition is not None:
                self._note(definition, parent)
                return
        if href.startswith("#"):
            anchor = self._bookmarks.get(href[1:])
            target = ooxml.hyperlink(parent, anchor=anchor) if anchor else parent
        elif href:
            part = self._notes_part if self._in_note else self._part
            key = (id(part), href)
            if key not in self._links:
                self._links[key] = part.relate_to(href, RT.HYPERLINK, external=True)
            target = ooxml.hyperlink(parent, r_id=self._links[key])
        else:
            target = parent
        link_fmt = fmt._replace(style=self._styles["Hyperlink"]) if target is not parent else fmt
        self._inline(elem, target, link_fmt)

    def _note(self, definition: ET.Element, parent: etree._Element) -> None:
        """Write a footnote (or endnote) for ``definition`` and its reference mark into ``parent``.

        Word lets a note be referenced once, so a note cited twice in the Markdown becomes two notes.
        """
        kind = self._notes_kind
        if self._notes_part is None:
            self._notes_part = ooxml.notes_part(self._part, kind)
        note_id, self._next_note = self._next_note, self._next_note + 1
        reference_style = self._styles["Footnote Reference" if kind == "footnote" else "Endnote Reference"]
        text_style = "Footnote Text" if kind == "footnote" else "Endnote Text"
        ooxml.note_mark(parent, kind, reference_style, note_id)
        note = ooxml.note(self._notes_part.element, kind, note_id)
        self._in_note = True
        try:
            rest = list(definition)
            first = self._paragraph(note, text_style)
            ooxml.note_mark(first, kind, reference_style)
            ooxml.run(first, " ")
            if rest and rest[0].tag == "p":
                self._inline(rest.pop(0), first)
            for block in rest:
                self._block(block, note, text_style)
        finally:
            self._in_note = False

    def _text(self, parent: etree._Element, text: str, fmt: _Format, *, keep_lines: bool = False) -> None:
        text = clean(text)
        if not keep_lines:
            text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
        if text:
            ooxml.run(parent, text, style_id=fmt.style, bold=fmt.bold, italic=fmt.italic, vert=fmt.vert)
