"""List numbering: the definitions in the numbering part, and a numId for every list the writer meets.

Word numbers a paragraph from the ``w:num`` its ``w:numPr`` names, and a ``w:num`` points to an
abstract definition (bullet or decimal, nine levels). Bulleted lists share one ``w:num``; every
ordered list gets its own, with a start override, so each counts from its own first number.
New definitions go after the document's own ones, in the order the schema requires.
"""
from __future__ import annotations

from lxml import etree

from briefing.render.docx.ooxml import W, W_NS
from briefing.render.docx.package import CT, RT, Part


class Lists:
    """Numbering for lists: one shared numId for bullets, a new numId per ordered list so each restarts."""

    def __init__(self, document_part: Part):
        self._part = document_part
        self._root = None
        self._abstract: dict[bool, int] = {}
        self._bullets: int | None = None
        self._next_num = 0

    def _definition(self, ordered: bool) -> int:
        if self._root is None:
            self._root = numbering_root(self._part)
            self._next_num = next_id(self._root, "num", "numId")
        if ordered not in self._abstract:
            self._abstract[ordered] = abstract_list(self._root, ordered)
        return self._abstract[ordered]

    def _new(self, ordered: bool, level: int = 0, start: int | None = None) -> int:
        abstract_id = self._definition(ordered)
        num_id, self._next_num = self._next_num, self._next_num + 1
        list_instance(self._root, num_id, abstract_id, level=level, start=start)
        return num_id

    def bullets(self) -> int:
        if self._bullets is None:
            self._bullets = self._new(False)
        return self._bullets

    def ordered(self, level: int, start: int) -> int:
        return self._new(True, level, start)


_BULLETS = ("•", "◦", "▪")


def numbering_root(document_part: Part) -> etree._Element:
    """The ``w:numbering`` element of the document, creating the numbering part if it has none."""
    part = document_part.related(RT.NUMBERING)
    if part is None:
        part = Part("/word/numbering.xml", CT.NUMBERING, element=etree.Element(W + "numbering", nsmap={"w": W_NS}))
        document_part.relate_to(part, RT.NUMBERING)
    return part.element


def next_id(root: etree._Element, tag: str, attr: str) -> int:
    """One more than the largest numeric ``w:attr`` of the ``w:tag`` children of ``root`` (1 if none)."""
    return max((int(e.get(W + attr)) for e in root.iterchildren(W + tag)
                if (e.get(W + attr) or "").lstrip("-").isdigit()), default=0) + 1


def abstract_list(root: etree._Element, ordered: bool) -> int:
    """Add a nine-level bullet or decimal list definition; return its abstractNumId."""
    abstract_id = next_id(root, "abstractNum", "abstractNumId")
    definition = etree.Element(W + "abstractNum", {W + "abstractNumId": str(abstract_id)})
    etree.SubElement(definition, W + "multiLevelType", {W + "val": "multilevel"})
    for level in range(9):
        lvl = etree.SubElement(definition, W + "lvl", {W + "ilvl": str(level)})
        etree.SubElement(lvl, W + "start", {W + "val": "1"})
        etree.SubElement(lvl, W + "numFmt", {W + "val": "decimal" if ordered else "bullet"})
        text = f"%{level + 1}." if ordered else _BULLETS[level % len(_BULLETS)]
        etree.SubElement(lvl, W + "lvlText", {W + "val": text})
        etree.SubElement(lvl, W + "lvlJc", {W + "val": "left"})
        ppr = etree.SubElement(lvl, W + "pPr")
        etree.SubElement(ppr, W + "ind", {W + "left": str(720 * (level + 1)), W + "hanging": "360"})
    nums = root.find(W + "num")
    anchor = nums if nums is not None else root.find(W + "numIdMacAtCleanup")
    if anchor is not None:
        anchor.addprevious(definition)
    else:
        root.append(definition)
    return abstract_id


def list_instance(root: etree._Element, num_id: int, abstract_id: int, *, level: int = 0,
                  start: int | None = None) -> None:
    """Add ``w:num`` ``num_id`` using ``abstract_id``; ``start`` restarts ``level`` at that number.

    Word continues a list's numbering across every paragraph that shares its numId, so each list
    that must count from 1 gets a numId of its own with a start override.
    """
    num = etree.Element(W + "num", {W + "numId": str(num_id)})
    etree.SubElement(num, W + "abstractNumId", {W + "val": str(abstract_id)})
    if start is not None:
        override = etree.SubElement(num, W + "lvlOverride", {W + "ilvl": str(level)})
        etree.SubElement(override, W + "startOverride", {W + "val": str(start)})
    cleanup = root.find(W + "numIdMacAtCleanup")
    if cleanup is not None:
        cleanup.addprevious(num)
    else:
        root.append(num)
