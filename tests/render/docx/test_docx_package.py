"""The zip package layer: what it writes is a valid package, and what it reads is read defensively."""
from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from briefing.render.docx import package as opc
from briefing.render.docx.package import CT, RT, Package, PackageError, Part, read_package

CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
PNG = b"\x89PNG\r\n\x1a\n not really an image"
IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


def _xml(tag: str) -> etree._Element:
    return etree.Element(tag)


def _small_package() -> Package:
    """A document with a styles part, a picture, a header and a hyperlink; core properties beside it."""
    package = Package()
    document = Part("/word/document.xml", CT.DOCUMENT, element=_xml("document"))
    package.relate_to(document, RT.OFFICE_DOCUMENT)
    package.relate_to(Part("/docProps/core.xml", CT.CORE_PROPERTIES, element=_xml("core")), RT.CORE_PROPERTIES)
    document.relate_to(Part("/word/styles.xml", CT.STYLES, element=_xml("styles")), RT.STYLES)
    header = Part("/word/header1.xml", CT.HEADER, element=_xml("hdr"))
    document.relate_to(header, RT.HEADER)
    header.relate_to(Part("/word/media/logo 1.png", "image/png", blob=PNG), IMAGE)
    document.relate_to("https://www.jcs.mil.kr/?a=1&b=2", RT.HYPERLINK, external=True)
    return package


def _saved(package: Package) -> dict[str, bytes]:
    buffer = io.BytesIO()
    package.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        assert archive.testzip() is None
        assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in archive.infolist())
        return {name: archive.read(name) for name in archive.namelist()}


def _resave(package: Package) -> bytes:
    buffer = io.BytesIO()
    package.save(buffer)
    return buffer.getvalue()


def _zip(parts: dict[str, bytes | str]) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    buffer.seek(0)
    return buffer


def test_every_part_is_written_with_its_content_type_and_relationships():
    files = _saved(_small_package())
    assert list(files)[:2] == ["[Content_Types].xml", "_rels/.rels"]
    types = etree.fromstring(files["[Content_Types].xml"])
    overrides = {e.get("PartName"): e.get("ContentType") for e in types.iter(CT_NS + "Override")}
    defaults = {e.get("Extension"): e.get("ContentType") for e in types.iter(CT_NS + "Default")}
    assert overrides["/word/document.xml"] == CT.DOCUMENT and overrides["/word/header1.xml"] == CT.HEADER
    assert defaults["png"] == "image/png" and defaults["rels"] == CT.RELATIONSHIPS
    assert files["word/media/logo 1.png"] == PNG
    assert {"word/styles.xml", "docProps/core.xml", "word/_rels/header1.xml.rels"} <= set(files)


def test_relationship_targets_are_relative_to_their_source_and_links_are_external():
    files = _saved(_small_package())
    rels = {r.get("Type").rsplit("/", 1)[1]: r for r in etree.fromstring(files["word/_rels/document.xml.rels"])}
    assert rels["styles"].get("Target") == "styles.xml"
    assert rels["hyperlink"].get("Target") == "https://www.jcs.mil.kr/?a=1&b=2"
    assert rels["hyperlink"].get("TargetMode") == "External"
    (image,) = etree.fromstring(files["word/_rels/header1.xml.rels"])
    assert image.get("Target") == "media/logo%201.png"
    top = [r.get("Target") for r in etree.fromstring(files["_rels/.rels"])]
    assert top == ["word/document.xml", "docProps/core.xml"]


def test_a_saved_package_reads_back_with_the_same_parts_and_relationships():
    package = read_package(io.BytesIO(_resave(_small_package())))
    document = package.main_part
    assert document.content_type == CT.DOCUMENT
    header = document.related(RT.HEADER)
    assert header.partname == "/word/header1.xml" and header.element.tag == "hdr"
    assert next(iter(header.rels.values())).target.blob == PNG
    links = [rel for rel in document.rels.values() if rel.external]
    assert links == [(RT.HYPERLINK, "https://www.jcs.mil.kr/?a=1&b=2", True)]


def test_a_part_nobody_looked_at_is_copied_byte_for_byte():
    odd_xml = b"<?xml version='1.0'?>\n<theme   spacing = 'kept' ><!-- a comment --></theme>"
    source = _zip({"[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   f'<Override PartName="/word/document.xml" ContentType="{CT.DOCUMENT}"/></Types>',
                   "_rels/.rels": _rels(("rId1", RT.OFFICE_DOCUMENT, "word/document.xml")),
                   "word/document.xml": "<document/>",
                   "word/_rels/document.xml.rels": _rels(("rId1", RT.THEME, "theme/theme1.xml")),
                   "word/theme/theme1.xml": odd_xml})
    files = _saved(read_package(source))
    assert files["word/theme/theme1.xml"] == odd_xml


def _rels(*rels: tuple[str, str, str]) -> str:
    items = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{target}"/>' for i, t, target in rels)
    return f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>'


def test_two_new_parts_given_the_same_name_are_saved_under_two_names():
    package = _small_package()
    document = package.main_part
    document.relate_to(Part("/word/footer1.xml", CT.FOOTER, element=_xml("first")), RT.FOOTER)
    document.relate_to(Part("/word/footer1.xml", CT.FOOTER, element=_xml("second")), RT.FOOTER)
    files = _saved(package)
    assert {files["word/footer1.xml"][-8:], files["word/footer12.xml"][-9:]} == {b"<first/>", b"<second/>"}
    targets = [r.get("Target") for r in etree.fromstring(files["word/_rels/document.xml.rels"])]
    assert "footer1.xml" in targets and "footer12.xml" in targets


def _minimal(**extra: bytes | str) -> io.BytesIO:
    parts = {"[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/word/document.xml" ContentType="{CT.DOCUMENT}"/></Types>',
             "_rels/.rels": _rels(("rId1", RT.OFFICE_DOCUMENT, "word/document.xml")),
             "word/document.xml": "<document/>"}
    parts.update(extra)
    return _zip(parts)


def test_a_part_declaring_a_dtd_is_refused_and_its_entities_never_expanded():
    bomb = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            "<document>&b;</document>")
    package = read_package(_minimal(**{"word/document.xml": bomb}))
    with pytest.raises(PackageError, match="DTD"):
        package.main_part.element  # noqa: B018


def test_an_external_entity_is_never_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    xxe = f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "{secret.as_uri()}">]><document>&x;</document>'
    package = read_package(_minimal(**{"word/document.xml": xxe}))
    with pytest.raises(PackageError) as caught:
        package.main_part.element  # noqa: B018
    assert "TOP SECRET" not in str(caught.value)


def test_a_part_larger_than_the_cap_is_refused_before_it_is_unpacked(monkeypatch):
    monkeypatch.setattr(opc, "MAX_PART_BYTES", 1000)
    with pytest.raises(PackageError, match="too large"):
        read_package(_minimal(**{"word/document.xml": "<document>" + " " * 5000 + "</document>"}))


def test_a_package_larger_than_the_cap_unpacked_is_refused(monkeypatch):
    monkeypatch.setattr(opc, "MAX_TOTAL_BYTES", 2000)
    with pytest.raises(PackageError, match="too large"):
        read_package(_minimal(**{"word/media/big.bin": b"\0" * 5000}))


@pytest.mark.parametrize("damage, reason", [
    ({"word/_rels/document.xml.rels": _rels(("rId1", RT.STYLES, "styles.xml"))}, "missing"),
    ({"_rels/.rels": _rels(("rId1", RT.CORE_PROPERTIES, "word/document.xml"))}, "no main document"),
    ({"[Content_Types].xml": "<Types"}, "damaged XML"),
])
def test_a_damaged_package_is_refused_with_a_reason(damage, reason):
    with pytest.raises(PackageError, match=reason):
        read_package(_minimal(**damage))


def test_something_that_is_not_a_zip_is_refused():
    with pytest.raises(PackageError, match="not a zip package"):
        read_package(io.BytesIO(b"just some text"))


def test_a_link_used_twice_shares_one_relationship_and_each_new_link_gets_its_own():
    document = Part("/word/document.xml", CT.DOCUMENT, element=_xml("document"))
    ids = [document.relate_to(f"https://example.org/{n}", RT.HYPERLINK, external=True) for n in range(1000)]
    assert len(set(ids)) == 1000
    assert document.relate_to("https://example.org/7", RT.HYPERLINK, external=True) == ids[7]
    styles = Part("/word/styles.xml", CT.STYLES, element=_xml("styles"))
    assert document.relate_to(styles, RT.STYLES) == document.relate_to(styles, RT.STYLES)
    document.drop(RT.HYPERLINK)
    assert list(document.rels.values()) == [(RT.STYLES, styles, False)]
    document.relate_to("https://example.org/7", RT.HYPERLINK, external=True)
    assert len(document.rels) == 2  # dropped means gone: relating it again adds it anew
