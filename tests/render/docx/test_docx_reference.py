"""--reference-doc: the office's own .docx gives styles, page size and margins, as pandoc's option does."""
from __future__ import annotations

import shutil
import subprocess
import zipfile

import docx
import pytest
from docx.shared import Inches, Pt, RGBColor

from briefing.errors import BriefingError
from briefing.render.docx import ReferenceDocError, export_docx
from tests.helpers.docx_reading import W, Package

RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@pytest.fixture
def office_reference(tmp_path):
    """An office template: US Letter, 2-inch left margin, big red Heading 1, and some old content."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = Inches(2)
    heading = document.styles["Heading 1"]
    heading.font.size = Pt(30)
    heading.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    document.add_paragraph("OLD BODY TEXT that must not reach the briefing")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "OLD TABLE"
    document.core_properties.author = "Jane Office"
    document.core_properties.comments = "office template, do not distribute"
    path = tmp_path / "office.docx"
    document.save(path)
    return path


def _export(briefing, registry, tmp_path, reference):
    out = tmp_path / "out.docx"
    export_docx(briefing, registry, out, reference_doc=reference)
    return Package(out.read_bytes())


def test_styles_page_size_and_margins_come_from_the_reference(example, registry, tmp_path, office_reference):
    package = _export(example, registry, tmp_path, office_reference)
    sect = package.xml("word/document.xml").find(f"{W}body/{W}sectPr")
    assert sect.find(W + "pgSz").get(W + "w") == "12240"  # 8.5 inches, not Briefing's A4
    assert sect.find(W + "pgMar").get(W + "left") == "2880"
    heading = package.xpath("word/styles.xml", "//w:style[w:name/@w:val='heading 1']")[0]
    assert heading.find(f"{W}rPr/{W}sz").get(W + "val") == "60"
    assert heading.find(f"{W}rPr/{W}color").get(W + "val") == "C00000"


def test_the_reference_body_and_properties_are_not_carried_over(example, registry, tmp_path, office_reference):
    package = _export(example, registry, tmp_path, office_reference)
    document = package.parts["word/document.xml"].decode()
    assert "OLD BODY TEXT" not in document and "OLD TABLE" not in document
    core = package.parts["docProps/core.xml"].decode()
    assert "Jane Office" not in core and "do not distribute" not in core
    assert [text for _, text in package.paragraphs()][0] == "North Korean troops in Russia's war"


def test_styles_the_reference_lacks_are_created(example, registry, tmp_path, office_reference):
    ids = _export(example, registry, tmp_path, office_reference).style_ids()
    assert {"Judgment", "Byline", "Classification Banner"} <= set(ids)


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_a_pandoc_reference_document_works_too(example, registry, tmp_path):
    reference = tmp_path / "pandoc-reference.docx"
    reference.write_bytes(subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                                         check=True, capture_output=True).stdout)
    example.metadata.attribution_style = example.metadata.attribution_style.NOTES
    package = _export(example, registry, tmp_path, reference)
    ids = package.style_ids()
    assert package.paragraphs()[0] == (ids["Title"], "North Korean troops in Russia's war")
    assert package.xpath("word/document.xml", "count(//w:footnoteReference)") == 13


def _bad_references(tmp_path):
    text = tmp_path / "notes.docx"
    text.write_text("not a Word file", encoding="utf-8")
    other_zip = tmp_path / "archive.docx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("hello.txt", "hi")
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    return {"missing": tmp_path / "missing.docx", "text": text, "zip": other_zip, "folder": folder}


@pytest.mark.parametrize("kind", ["missing", "text", "zip", "folder"])
def test_an_unusable_reference_is_one_clear_error_and_changes_nothing(example, registry, tmp_path, kind):
    reference = _bad_references(tmp_path)[kind]
    out = tmp_path / "out.docx"
    out.write_bytes(b"previous export")
    with pytest.raises(ReferenceDocError) as caught:
        export_docx(example, registry, out, reference_doc=reference)
    message = str(caught.value)
    assert isinstance(caught.value, BriefingError)
    assert str(reference) in message and "\n" not in message
    assert out.read_bytes() == b"previous export"


@pytest.fixture
def first_and_even_pages(tmp_path):
    """An office template with its own first-page and even-page headers and footers."""
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    document.settings.odd_and_even_pages_header_footer = True
    section.header.paragraphs[0].text = "OLD DEFAULT HEADER"
    section.first_page_header.paragraphs[0].text = "OLD FIRST-PAGE HEADER"
    section.even_page_footer.paragraphs[0].text = "OLD EVEN-PAGE FOOTER"
    path = tmp_path / "pages.docx"
    document.save(path)
    return path


def test_first_and_even_pages_get_the_banner_and_page_numbers_too(example, registry, tmp_path, first_and_even_pages):
    package = _export(example, registry, tmp_path, first_and_even_pages)
    sect = package.xml("word/document.xml").find(f"{W}body/{W}sectPr")
    banner = "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
    for story in ("header", "footer"):
        references = {ref.get(W + "type"): ref.get(RELATIONSHIP_ID) for ref in sect.iter(W + f"{story}Reference")}
        assert sorted(references) == ["default", "even", "first"]
        targets = {rel.get("Id"): rel.get("Target") for rel in package.xml("word/_rels/document.xml.rels")}
        for kind, r_id in references.items():
            texts = [text for _, text in package.paragraphs(f"word/{targets[r_id]}")]
            assert texts[-1] == banner, (story, kind)
            assert story == "header" or texts[0] == "Page 1 of 1"
    assert "OLD" not in " ".join(part.decode("utf-8", "replace") for name, part in package.parts.items()
                                 if name.startswith(("word/header", "word/footer")))


def _rewritten(source, tmp_path, name, change):
    """A copy of the .docx ``source`` with ``change(part name, bytes) -> bytes`` applied to every part."""
    target = tmp_path / name
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            new.writestr(info.filename, change(info.filename, old.read(info)))
    return target


def test_a_reference_declaring_a_dtd_is_refused(office_reference, example, registry, tmp_path):
    bomb = b'<!DOCTYPE w:styles [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">]>'
    reference = _rewritten(office_reference, tmp_path, "dtd.docx", lambda name, data: data.replace(
        b"?>", b"?>" + bomb, 1) if name == "word/styles.xml" else data)
    with pytest.raises(ReferenceDocError, match="DTD") as caught:
        export_docx(example, registry, tmp_path / "out.docx", reference_doc=reference)
    assert str(reference) in str(caught.value)
    assert not (tmp_path / "out.docx").exists()


def test_a_word_template_dotx_can_be_the_reference(office_reference, example, registry, tmp_path):
    main = b"wordprocessingml.document.main+xml"
    reference = _rewritten(office_reference, tmp_path, "office.dotx", lambda name, data: data.replace(
        main, b"wordprocessingml.template.main+xml") if name == "[Content_Types].xml" else data)
    package = _export(example, registry, tmp_path, reference)
    assert main in package.parts["[Content_Types].xml"]  # a document, which Word opens as one
    assert package.xpath("word/document.xml", "//w:pgSz/@w:w") == ["12240"]
