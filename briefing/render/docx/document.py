"""The Word document around the body: base document, page furniture and document properties.

The base is python-docx's own blank document, or an office's reference document with its body
emptied (its styles, theme, numbering, page size, margins and section settings kept), as pandoc's
``--reference-doc`` does. Every page carries the classification banner centred in its header and
footer and "Page X of Y" in its footer; the document properties describe the briefing and nothing
else (no author or comment left from a template).
"""
from __future__ import annotations

import zipfile
from datetime import datetime, timezone
from pathlib import Path
from html import escape

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Mm
from lxml import etree

from briefing.domain import Briefing, FactBlock
from briefing.errors import BriefingError
from briefing.render.docx import ooxml
from briefing.render.docx.text import plain, shorten

PROPERTY_LIMIT = 255  # Word refuses longer core properties
EMU_PER_TWIP = 635


class ReferenceDocError(BriefingError):
    """The reference document for Word styles cannot be used."""


def open_base(reference_doc: Path | None):
    """A python-docx Document to write into: blank A4, or ``reference_doc`` with its body emptied."""
    if reference_doc is None:
        document = docx.Document()
        section = document.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)  # the paper Korean offices print on
        return document
    path = Path(reference_doc)
    advice = "choose a Word .docx file to take the styles from"
    if not path.exists():
        raise ReferenceDocError(f"cannot use reference document {path}: it does not exist; {advice}")
    if not path.is_file():
        raise ReferenceDocError(f"cannot use reference document {path}: it is a folder, not a file; {advice}")
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, ValueError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise ReferenceDocError(
            f"cannot use reference document {path}: it is not a Word .docx document ({_reason(exc)}); "
            "open it in Word and save it as .docx, or choose another file") from None
    except OSError as exc:
        raise ReferenceDocError(f"cannot read reference document {path}: {exc.strerror or exc}; {advice}") from None
    body = document.element.body
    sect_pr = body.get_or_add_sectPr()
    for child in list(body):
        if child is not sect_pr:
            body.remove(child)
    return document


def _reason(exc: Exception) -> str:
    if isinstance(exc, (zipfile.BadZipFile, PackageNotFoundError)):
        return "not a zip package"
    if isinstance(exc, KeyError):
        return "a part is missing"
    if isinstance(exc, etree.XMLSyntaxError):
        return "damaged XML"
    return plain(str(exc))[:120]


def text_width(document) -> int:
    """The width between the margins of the last section, in twentieths of a point."""
    section = document.sections[-1]
    try:
        return max(1440, (section.page_width - section.left_margin - section.right_margin) // EMU_PER_TWIP)
    except TypeError:  # a section without page size or margins
        return 9026


# -- page furniture --------------------------------------------------------------------------------

def page_furniture(document, banner: str, styles: dict[str, str]) -> None:
    """Banner centred in every header and footer, "Page X of Y" in every footer.

    First-page and even-page variants get the same content when the base document uses them,
    so no page goes out unmarked.
    """
    banner = plain(banner)
    for section in document.sections:
        pairs = [(section.header, section.footer)]
        if section.different_first_page_header_footer:
            pairs.append((section.first_page_header, section.first_page_footer))
        if document.settings.odd_and_even_pages_header_footer:
            pairs.append((section.even_page_header, section.even_page_footer))
        for header, footer in pairs:
            header.is_linked_to_previous = False
            footer.is_linked_to_previous = False
            _write_header(header.part.element, banner, styles)
            _write_footer(footer.part.element, banner, styles)


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


# -- document properties ---------------------------------------------------------------------------

def _prop(text: str) -> str:
    return shorten(plain(text), PROPERTY_LIMIT)


def keywords(briefing: Briefing) -> str:
    """The tags of the facts the outline uses, in first-use order, as Word's "Tags" property."""
    seen: dict[str, None] = {}
    for section, _ in briefing.walk_sections():
        for block in section.blocks:
            fact = briefing.facts.get(block.fact_id) if isinstance(block, FactBlock) else None
            for tag in fact.tags if fact is not None else ():
                tag = plain(tag)
                if tag:
                    seen.setdefault(tag, None)
    text = ""
    for tag in seen:  # whole tags only, within Word's limit
        candidate = f"{text}; {tag}" if text else tag
        if len(candidate) > PROPERTY_LIMIT:
            break
        text = candidate
    return text


def set_properties(document, briefing: Briefing, now: datetime | None = None) -> None:
    """Replace every core and extended property with what describes ``briefing``."""
    package = document.part.package
    document.core_properties  # noqa: B018 (creates the core properties part when the base has none)
    core = package.part_related_by(RT.CORE_PROPERTIES).element
    for child in list(core):  # drop everything a template or reference document left behind
        core.remove(child)
    m = briefing.metadata
    props = document.core_properties
    props.title = _prop(m.title)
    props.subject = _prop(m.subtitle)
    props.author = props.last_modified_by = _prop(m.author or m.organisation)
    props.keywords = keywords(briefing)
    props.category = _prop(m.banner)
    props.identifier = _prop(m.report_number)
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(tzinfo=None, microsecond=0)
    props.created = props.modified = stamp
    props.revision = 1
    _replace_app_properties(package, _prop(m.organisation))


def _replace_app_properties(package, company: str) -> None:
    for r_id, rel in list(package.rels.items()):
        if rel.reltype in (RT.EXTENDED_PROPERTIES, RT.THUMBNAIL):  # a template's stale thumbnail too
            del package.rels[r_id]
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           f"<Company>{escape(company)}</Company><Application>Briefing</Application>"
           "<DocSecurity>0</DocSecurity></Properties>")
    part = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, xml.encode("utf-8"), package)
    package.relate_to(part, RT.EXTENDED_PROPERTIES)


def rebuild_notes(document) -> None:
    """Empty a reference document's footnote and endnote parts (its body, and so its notes, are gone)."""
    for kind, (reltype, _, _) in ooxml.NOTE_KINDS.items():
        if any(rel.reltype == reltype for rel in document.part.rels.values()):
            ooxml.notes_part(document.part, kind)

