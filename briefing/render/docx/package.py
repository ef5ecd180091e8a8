"""The zip package a .docx is (Open Packaging Conventions): parts, their relationships, content types.

A ``Package`` holds ``Part``s reachable from its own relationships; each part is an lxml element
or plain bytes and has relationships of its own, to other parts or to external addresses
(hyperlinks). ``Package.save`` writes ``[Content_Types].xml``, every ``.rels`` file and every
reachable part to a deflated zip; relationship targets and part names are worked out only then, so
parts can be added, related and dropped freely while the document is built.

``read_package`` opens an existing .docx defensively, as a file from elsewhere deserves: a cap on
the unpacked size of every part and of the whole (a zip bomb cannot exhaust memory), no DTDs and so
no entity expansion or external entities, and XML parts parsed only when someone asks for them
(a reference document's theme, fonts and images are copied through untouched). Anything wrong
raises ``PackageError`` with a short reason the caller puts into its own message.
"""
from __future__ import annotations

import posixpath
import time
import zipfile
from typing import BinaryIO, Iterator, NamedTuple
from urllib.parse import quote, unquote

from lxml import etree

MAX_PART_BYTES = 64 * 1024 * 1024    # a styles or document part of a real Word file is a few MB at most
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all parts together, images included
MAX_PARTS = 10_000
COMPRESS_LEVEL = 6                   # zlib's default: what Word and LibreOffice write

PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_OFFICE_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_WML_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


class RT:
    """Relationship types this project writes or follows."""

    OFFICE_DOCUMENT = _OFFICE_RT + "officeDocument"
    CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    EXTENDED_PROPERTIES = _OFFICE_RT + "extended-properties"
    THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
    STYLES = _OFFICE_RT + "styles"
    SETTINGS = _OFFICE_RT + "settings"
    FONT_TABLE = _OFFICE_RT + "fontTable"
    NUMBERING = _OFFICE_RT + "numbering"
    THEME = _OFFICE_RT + "theme"
    FOOTNOTES = _OFFICE_RT + "footnotes"
    ENDNOTES = _OFFICE_RT + "endnotes"
    HEADER = _OFFICE_RT + "header"
    FOOTER = _OFFICE_RT + "footer"
    HYPERLINK = _OFFICE_RT + "hyperlink"


class CT:
    """Content types of the parts this project writes."""

    RELATIONSHIPS = "application/vnd.openxmlformats-package.relationships+xml"
    XML = "application/xml"
    CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml"
    EXTENDED_PROPERTIES = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    DOCUMENT = _WML_CT + "document.main+xml"
    STYLES = _WML_CT + "styles+xml"
    SETTINGS = _WML_CT + "settings+xml"
    FONT_TABLE = _WML_CT + "fontTable+xml"
    NUMBERING = _WML_CT + "numbering+xml"
    FOOTNOTES = _WML_CT + "footnotes+xml"
    ENDNOTES = _WML_CT + "endnotes+xml"
    HEADER = _WML_CT + "header+xml"
    FOOTER = _WML_CT + "footer+xml"


class PackageError(Exception):
    """The file is not a usable package; ``str()`` is a short reason such as "not a zip package"."""


class Relationship(NamedTuple):
    """One relationship: ``target`` is a Part, or an address when ``external``."""

    reltype: str
    target: "Part | str"
    external: bool = False


class _Relating:
    """Relationships from a part, or from the package itself, keyed by id ("rId1", ...)."""

    def __init__(self) -> None:
        self.rels: dict[str, Relationship] = {}
        self._ids: dict[tuple, str] = {}  # (type, target, external) -> id: a thousand links stay cheap

    @staticmethod
    def _key(rel: Relationship) -> tuple:
        return rel.reltype, rel.target if rel.external else id(rel.target), rel.external

    def add(self, r_id: str, rel: Relationship) -> None:
        """Record relationship ``r_id`` as it is (a package being read)."""
        self.rels[r_id] = rel
        self._ids.setdefault(self._key(rel), r_id)

    def relate_to(self, target: "Part | str", reltype: str, *, external: bool = False) -> str:
        """The id of a relationship of ``reltype`` to ``target``, added unless one exists already."""
        rel = Relationship(reltype, target, external)
        r_id = self._ids.get(self._key(rel))
        if r_id is None:
            number = len(self.rels) + 1
            while f"rId{number}" in self.rels:
                number += 1
            r_id = f"rId{number}"
            self.add(r_id, rel)
        return r_id

    def related(self, reltype: str) -> "Part | None":
        """The first part related by ``reltype``, or None."""
        return next((rel.target for rel in self.rels.values() if rel.reltype == reltype and not rel.external), None)

    def target(self, r_id: str) -> "Part | None":
        """The part relationship ``r_id`` points to, or None (no such id, or an external target)."""
        rel = self.rels.get(r_id)
        return rel.target if rel is not None and not rel.external else None

    def drop(self, reltype: str) -> None:
        """Remove every relationship of ``reltype`` (the parts stay only if related from elsewhere)."""
        self.rels = {r_id: rel for r_id, rel in self.rels.items() if rel.reltype != reltype}
        self._ids = {}
        for r_id, rel in self.rels.items():
            self._ids.setdefault(self._key(rel), r_id)


class Part(_Relating):
    """One part: its name ("/word/document.xml"), content type, and content as XML or bytes.

    A part read from a file keeps its bytes until ``element`` is first asked for; a part whose
    element was never touched is written back byte for byte.
    """

    def __init__(self, partname: str, content_type: str, *, element: etree._Element | None = None,
                 blob: bytes | None = None):
        super().__init__()
        self.partname = partname
        self.content_type = content_type
        self._element = element
        self._blob = blob

    @property
    def element(self) -> etree._Element:
        """The part's root element, parsed (safely) on first use."""
        if self._element is None:
            self._element = parse_xml(self._blob or b"")
            self._blob = None
        return self._element

    @property
    def blob(self) -> bytes:
        """The part's content as written to the file."""
        if self._element is not None:
            return etree.tostring(self._element, xml_declaration=True, encoding="UTF-8", standalone=True)
        return self._blob or b""


class Package(_Relating):
    """A whole package: the parts reachable from its relationships."""

    @property
    def main_part(self) -> Part:
        """The main document part (``officeDocument`` relationship)."""
        part = self.related(RT.OFFICE_DOCUMENT)
        if part is None:
            raise PackageError("it has no main document")
        return part

    def parts(self) -> Iterator[Part]:
        """Every part reachable through relationships, each once, in a stable order."""
        seen: set[int] = set()
        stack = [rel.target for rel in reversed(self.rels.values()) if not rel.external]
        while stack:
            part = stack.pop()
            if id(part) in seen:
                continue
            seen.add(id(part))
            yield part
            stack.extend(rel.target for rel in reversed(part.rels.values()) if not rel.external)

    def save(self, stream: BinaryIO) -> None:
        """Write the package as a zip to ``stream``: content types, relationships, then every part."""
        parts = list(self.parts())
        _unique_names(parts)
        stamp = time.localtime()[:6]
        with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as archive:
            def write(name: str, data: bytes) -> None:
                info = zipfile.ZipInfo(name, stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data, compresslevel=COMPRESS_LEVEL)

            write("[Content_Types].xml", _content_types(parts))
            write("_rels/.rels", _rels_xml(self.rels, "/"))
            for part in parts:
                write(part.partname[1:], part.blob)
                if part.rels:
                    folder, base = posixpath.split(part.partname)
                    write(f"{folder[1:]}/_rels/{base}.rels".lstrip("/"), _rels_xml(part.rels, folder))


def _unique_names(parts: list[Part]) -> None:
    """Rename a part whose name another part already has (a new part meeting an old one's name)."""
    taken: set[str] = set()
    for part in parts:
        name = part.partname
        if name.lower() in taken:
            stem, ext = posixpath.splitext(name)
            number = 2
            while f"{stem}{number}{ext}".lower() in taken:
                number += 1
            part.partname = name = f"{stem}{number}{ext}"
        taken.add(name.lower())


def _content_types(parts: list[Part]) -> bytes:
    root = etree.Element(f"{{{CT_NS}}}Types", nsmap={None: CT_NS})
    defaults = {"rels": CT.RELATIONSHIPS, "xml": CT.XML}
    overrides = []
    for part in parts:
        ext = posixpath.splitext(part.partname)[1][1:].lower()
        if ext and ext != "xml" and ext not in defaults:
            defaults[ext] = part.content_type
        elif defaults.get(ext) != part.content_type:
            overrides.append(part)
    for ext, content_type in defaults.items():
        etree.SubElement(root, f"{{{CT_NS}}}Default", Extension=ext, ContentType=content_type)
    for part in overrides:
        etree.SubElement(root, f"{{{CT_NS}}}Override", PartName=part.partname, ContentType=part.content_type)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _rels_xml(rels: dict[str, Relationship], folder: str) -> bytes:
    root = etree.Element(f"{{{PKG_RELS_NS}}}Relationships", nsmap={None: PKG_RELS_NS})
    for r_id, rel in rels.items():
        attrs = {"Id": r_id, "Type": rel.reltype}
        if rel.external:
            attrs["Target"], attrs["TargetMode"] = rel.target, "External"
        else:
            attrs["Target"] = quote(posixpath.relpath(rel.target.partname, folder or "/"))
        etree.SubElement(root, f"{{{PKG_RELS_NS}}}Relationship", attrs)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# -- reading ---------------------------------------------------------------------------------------

def parse_xml(data: bytes) -> etree._Element:
    """Parse one XML part: no DTD, no entities, no network; raises PackageError when it cannot."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise PackageError("damaged XML") from None
    if root.getroottree().docinfo.doctype:
        raise PackageError("a part declares a DTD, which Word files never do")
    return root


def read_package(source: str | BinaryIO) -> Package:
    """The package in the zip file ``source`` (a path or a binary file); raises PackageError or OSError."""
    try:
        with zipfile.ZipFile(source) as archive:
            return _Reader(archive).package()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError):
        raise PackageError("not a zip package") from None
    except ValueError as exc:  # zipfile's own complaints about a damaged archive
        raise PackageError(f"damaged zip package: {exc}") from None


class _Reader:
    def __init__(self, archive: zipfile.ZipFile):
        infos = archive.infolist()
        if len(infos) > MAX_PARTS:
            raise PackageError("it holds too many parts")
        if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
            raise PackageError("it is too large unpacked")
        self._archive = archive
        self._names = {info.filename.lower(): info for info in infos}
        self._parts: dict[str, Part] = {}
        types = self._xml("/[Content_Types].xml")
        if types is None:
            raise PackageError("it has no content types")
        self._defaults = {e.get("Extension", "").lower(): e.get("ContentType", "")
                          for e in types.iter(f"{{{CT_NS}}}Default")}
        self._overrides = {e.get("PartName", "").lower(): e.get("ContentType", "")
                           for e in types.iter(f"{{{CT_NS}}}Override")}

    def package(self) -> Package:
        package = Package()
        self._relate(package, "/")
        package.main_part  # noqa: B018 (raises when there is no main document)
        return package

    def _read(self, partname: str) -> bytes | None:
        info = self._names.get(partname[1:].lower())
        if info is None:
            return None
        if info.file_size > MAX_PART_BYTES:
            raise PackageError(f"its part {partname} is too large")
        return self._archive.read(info)

    def _xml(self, partname: str) -> etree._Element | None:
        data = self._read(partname)
        return None if data is None else parse_xml(data)

    def _part(self, partname: str) -> Part:
        key = partname.lower()
        if key in self._parts:
            return self._parts[key]
        blob = self._read(partname)
        if blob is None:
            raise PackageError(f"a part is missing ({partname})")
        content_type = self._overrides.get(key) or self._defaults.get(posixpath.splitext(key)[1][1:])
        if not content_type:
            raise PackageError(f"the part {partname} has no content type")
        part = self._parts[key] = Part(partname, content_type, blob=blob)
        self._relate(part, partname)
        return part

    def _relate(self, source: _Relating, partname: str) -> None:
        folder, base = posixpath.split(partname)
        rels = self._xml(posixpath.join(folder, "_rels", f"{base}.rels") if base else "/_rels/.rels")
        if rels is None:
            return
        for rel in rels.iter(f"{{{PKG_RELS_NS}}}Relationship"):
            r_id, reltype, target = rel.get("Id"), rel.get("Type"), rel.get("Target")
            if not (r_id and reltype and target is not None):
                raise PackageError("a relationship is incomplete")
            if rel.get("TargetMode") == "External":
                source.add(r_id, Relationship(reltype, target, True))
            else:
                path = posixpath.normpath(posixpath.join(folder, unquote(target.split("#")[0])))
                source.add(r_id, Relationship(reltype, self._part("/" + path.lstrip("/"))))
