"""The Word document around the body: the base it starts from, and the page furniture.

The base is Briefing's own blank document (``base``), or an office's reference document with its
body emptied (its styles, theme, numbering, page size, margins and section settings kept), as
pandoc's ``--reference-doc`` does. Every page carries the classification banner centred in its
header and footer and "Page X of Y" in its footer.
"""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from lxml import etree

from briefing.errors import BriefingError
from briefing.render.docx import ooxml
from briefing.render.docx.base import blank_package
from briefing.render.docx.ooxml import R_ID, R_NS, W, W_NS
from briefing.render.docx.package import CT, RT, Package, PackageError, Part, read_package
from briefing.render.docx.text import plain

FALLBACK_TEXT_WIDTH = 9026  # A4 less 1-inch margins, for a section that does not say
# Main parts a reference document may have; a template's becomes a document's in the export.
_MAIN_TYPES = (CT.DOCUMENT, "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")
_OFF = ("0", "false", "off")


class ReferenceDocError(BriefingError):
    """The reference document for Word styles cannot be used."""


class WordDocument:
    """A Word package being written: its main part, body, final section properties, styles and settings."""

    def __init__(self, package: Package):
        self.package = package
        self.part = package.main_part
        body = self.part.element.find(W + "body")
        if body is None:
            raise PackageError("its main part has no body")
        self.body = body
        last = body[-1] if len(body) else None
        self.sect_pr = last if last is not None and last.tag == W + "sectPr" else etree.SubElement(body, W + "sectPr")

    @property
    def styles(self) -> etree._Element:
        """The ``w:styles`` root, creating the styles part when the document has none."""
        part = self.part.related(RT.STYLES)
        if part is None:
            part = Part("/word/styles.xml", CT.STYLES, element=etree.Element(W + "styles", nsmap={"w": W_NS}))
            self.part.relate_to(part, RT.STYLES)
        return part.element

    @property
    def settings(self) -> etree._Element | None:
        """The ``w:settings`` root, or None when the document has no settings part."""
        part = self.part.related(RT.SETTINGS)
        return part.element if part is not None else None

    def empty_body(self) -> None:
        """Remove everything from the body but its final section properties."""
        for child in list(self.body):
            if child is not self.sect_pr:
                self.body.remove(child)

    def text_width(self) -> int:
        """The width between the margins of the final section, in twentieths of a point."""
        size, margins = self.sect_pr.find(W + "pgSz"), self.sect_pr.find(W + "pgMar")
        try:
            width = int(size.get(W + "w")) - int(margins.get(W + "left")) - int(margins.get(W + "right"))
        except (AttributeError, TypeError, ValueError):  # no page size or margins, or not in twips
            return FALLBACK_TEXT_WIDTH
        return max(1440, width)

    def save(self, stream: BinaryIO) -> None:
        """Write the whole package, as a .docx file, to the binary ``stream``."""
        self.package.save(stream)


def open_base(reference_doc: Path | None, *, east_asian_font: str) -> WordDocument:
    """The document to write into: Briefing's blank A4 document, or ``reference_doc`` with its body emptied.

    Raises ReferenceDocError, with what to do, when ``reference_doc`` cannot be used.
    """
    if reference_doc is None:
        return WordDocument(blank_package(east_asian_font))
    path = Path(reference_doc)
    advice = "choose a Word .docx file to take the styles from"
    if not path.exists():
        raise ReferenceDocError(f"cannot use reference document {path}: it does not exist; {advice}")
    if not path.is_file():
        raise ReferenceDocError(f"cannot use reference document {path}: it is a folder, not a file; {advice}")
    try:
        document = _reference(read_package(str(path)))
    except PackageError as exc:
        raise ReferenceDocError(
            f"cannot use reference document {path}: it is not a Word .docx document ({plain(str(exc))[:160]}); "
            "open it in Word and save it as .docx, or choose another file") from None
    except OSError as exc:
        raise ReferenceDocError(f"cannot read reference document {path}: {exc.strerror or exc}; {advice}") from None
    document.empty_body()
    return document


def _reference(package: Package) -> WordDocument:
    """``package`` as a document to write into; parses now every part the export will change."""
    main = package.main_part
    if main.content_type not in _MAIN_TYPES:
        raise PackageError("its main part is not a Word document")
    main.content_type = CT.DOCUMENT
    document = WordDocument(package)
    for reltype in (RT.STYLES, RT.SETTINGS, RT.NUMBERING, RT.FOOTNOTES, RT.ENDNOTES):
        part = main.related(reltype)
        if part is not None:
            part.element  # noqa: B018 (a damaged part is a damaged reference document, reported now)
    for reference in document.sect_pr:
        if reference.tag in (W + "headerReference", W + "footerReference"):
            part = main.target(reference.get(R_ID) or "")
            if part is not None:
                part.element  # noqa: B018
    return document


def rebuild_notes(document: WordDocument) -> None:
    """Empty a reference document's footnote and endnote parts (its body, and so its notes, are gone)."""
    for kind, (reltype, _, _) in ooxml.NOTE_KINDS.items():
        if document.part.related(reltype) is not None:
            ooxml.notes_part(document.part, kind)


# -- page furniture --------------------------------------------------------------------------------

def page_furniture(document: WordDocument, banner: str, styles: dict[str, str]) -> None:
    """Banner centred in every header and footer, "Page X of Y" in every footer.

    First-page and even-page variants get the same content when the base document uses them,
    so no page goes out unmarked.
    """
    banner = plain(banner)
    kinds = ["default"]
    title_page = document.sect_pr.find(W + "titlePg")
    if title_page is not None and title_page.get(W + "val") not in _OFF:
        kinds.append("first")
    settings = document.settings
    even = settings.find(W + "evenAndOddHeaders") if settings is not None else None
    if even is not None and even.get(W + "val") not in _OFF:
        kinds.append("even")
    for kind in kinds:
        _write_header(_story(document, "header", kind), banner, styles)
        _write_footer(_story(document, "footer", kind), banner, styles)


def _story(document: WordDocument, story: str, kind: str) -> etree._Element:
    """The root of the section's ``story`` ("header" or "footer") of ``kind``, added when missing."""
    sect, tag = document.sect_pr, W + f"{story}Reference"
    for reference in sect.iterchildren(tag):
        if reference.get(W + "type", "default") == kind:
            part = document.part.target(reference.get(R_ID) or "")
            if part is not None:
                return part.element
            sect.remove(reference)  # points nowhere: replaced below
    taken = {part.partname.lower() for part in document.package.parts()}
    number = 1
    while f"/word/{story}{number}.xml" in taken:
        number += 1
    root = etree.Element(W + ("hdr" if story == "header" else "ftr"), nsmap={"w": W_NS, "r": R_NS})
    part = Part(f"/word/{story}{number}.xml", CT.HEADER if story == "header" else CT.FOOTER, element=root)
    r_id = document.part.relate_to(part, RT.HEADER if story == "header" else RT.FOOTER)
    sect.insert(0, etree.Element(tag, {W + "type": kind, R_ID: r_id}))  # references come first in a sectPr
    return root


def _banner(story: etree._Element, banner: str, styles: dict[str, str]) -> None:
    ooxml.run(ooxml.paragraph(story, styles["Classification Banner"], align="center"), banner, bold=True)


def _write_header(story: etree._Element, banner: str, styles: dict[str, str]) -> None:
    _clear(story)
    if banner:
        _banner(story, banner, styles)
    else:
        ooxml.paragraph(story, styles["Header"])


def _write_footer(story: etree._Element, banner: str, styles: dict[str, str]) -> None:
    _clear(story)
    page = ooxml.paragraph(story, styles["Footer"], align="center")
    ooxml.run(page, "Page ")
    ooxml.field(page, "PAGE", "1")
    ooxml.run(page, " of ")
    ooxml.field(page, "NUMPAGES", "1")
    if banner:  # the banner is the last line of the page
        _banner(story, banner, styles)


def _clear(story: etree._Element) -> None:
    for child in list(story):
        story.remove(child)
