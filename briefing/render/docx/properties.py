"""The document properties of an export: they describe the briefing, and nothing else.

Word shows them under File > Info and document management systems index them. The core part
(title, subject, author, tags, category, identifier, dates) and the extended part (company,
application) are written new for every export, so no author, comment or thumbnail is left over
from a reference document.
"""
from __future__ import annotations

from datetime import datetime, timezone

from lxml import etree

from briefing.domain import Briefing, FactBlock
from briefing.render.docx.package import CT, RT, Package, Part
from briefing.render.docx.text import plain, shorten

PROPERTY_LIMIT = 255  # Word refuses longer core properties
CP_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC_NS = "http://purl.org/dc/elements/1.1/"
DCTERMS_NS = "http://purl.org/dc/terms/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
EP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"


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


def set_properties(package: Package, briefing: Briefing, now: datetime | None = None) -> None:
    """Replace every core and extended property of ``package`` with what describes ``briefing``.

    ``now``: the export's time (None: the current time), written as created and modified.
    """
    for reltype in (RT.CORE_PROPERTIES, RT.EXTENDED_PROPERTIES, RT.THUMBNAIL):  # a template's stale thumbnail too
        package.drop(reltype)
    package.relate_to(Part("/docProps/core.xml", CT.CORE_PROPERTIES, element=core_properties(briefing, now)),
                      RT.CORE_PROPERTIES)
    package.relate_to(Part("/docProps/app.xml", CT.EXTENDED_PROPERTIES,
                           element=app_properties(_prop(briefing.metadata.organisation))), RT.EXTENDED_PROPERTIES)


def core_properties(briefing: Briefing, now: datetime | None = None) -> etree._Element:
    """The ``cp:coreProperties`` of ``briefing``; empty values are left out."""
    m = briefing.metadata
    author = _prop(m.author or m.organisation)
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    root = etree.Element(f"{{{CP_NS}}}coreProperties", nsmap={"cp": CP_NS, "dc": DC_NS, "dcterms": DCTERMS_NS,
                                                               "xsi": XSI_NS})
    for ns, name, value in ((DC_NS, "title", _prop(m.title)), (DC_NS, "subject", _prop(m.subtitle)),
                            (DC_NS, "creator", author), (CP_NS, "lastModifiedBy", author),
                            (CP_NS, "keywords", keywords(briefing)), (CP_NS, "category", _prop(m.banner)),
                            (DC_NS, "identifier", _prop(m.report_number))):
        if value:
            etree.SubElement(root, f"{{{ns}}}{name}").text = value
    for name in ("created", "modified"):
        etree.SubElement(root, f"{{{DCTERMS_NS}}}{name}", {f"{{{XSI_NS}}}type": "dcterms:W3CDTF"}).text = stamp
    etree.SubElement(root, f"{{{CP_NS}}}revision").text = "1"
    return root


def app_properties(company: str) -> etree._Element:
    """The extended properties: the organisation as Word's "Company", and Briefing as the application."""
    root = etree.Element(f"{{{EP_NS}}}Properties", nsmap={None: EP_NS, "vt": VT_NS})
    for name, value in (("Company", company), ("Application", "Briefing"), ("DocSecurity", "0")):
        etree.SubElement(root, f"{{{EP_NS}}}{name}").text = value
    return root
