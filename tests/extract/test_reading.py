"""Reading source files: formats, encodings, limits and clear errors."""
from __future__ import annotations

import zipfile

import pytest

from briefing.errors import BriefingError
from briefing.extract import MAX_BYTES, SourceReadError, read_source

KOREAN = "합참은 북한이 동해상으로 탄도미사일을 발사했다고 밝혔다.\n통일부에 따르면 올해 입국자는 162명이다."
ENGLISH = "Seoul’s spy agency said on Monday that the North fired two missiles."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp949", "euc-kr"])
def test_a_korean_text_file_is_read_in_any_common_encoding(tmp_path, encoding):
    path = tmp_path / "article.txt"
    data = KOREAN.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # with a BOM, as Windows Notepad writes them
        data = ("\ufeff" + KOREAN).encode(encoding)
    path.write_bytes(data)
    assert read_source(path) == KOREAN


def test_utf16_without_a_bom_is_still_recognised(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(ENGLISH.encode("utf-16-le"))
    assert read_source(path) == ENGLISH


def test_a_markdown_file_is_read_as_text(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Headline\n\nThe JCS said so.\n", encoding="utf-8")
    assert read_source(path) == "# Headline\n\nThe JCS said so.\n"


def test_windows_line_breaks_become_newlines(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes("Headline\r\n\r\nBody line.\rNext.".encode("utf-8"))
    assert read_source(path) == "Headline\n\nBody line.\nNext."


def test_html_keeps_the_article_text_and_drops_scripts_styles_and_navigation(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Site</title><style>p {color: red}</style>"
        "<script>var x = '<p>not text</p>';</script></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        "<header>Site banner</header>"
        "<article><h1>JCS says North fired missile</h1>"
        "<p>The JCS said the missile flew 350 km &amp; fell&nbsp;into the sea.</p>"
        "<p>Officials   said\n more<br>later.</p></article>"
        "<div role='navigation'>Next story</div><footer>© 2025 Site</footer>"
        "<script>alert(1)</script></body></html>", encoding="utf-8")
    assert read_source(path) == ("JCS says North fired missile\n\nThe JCS said the missile flew 350 km & fell into"
                                 " the sea.\n\nOfficials said more\nlater.")


def test_broken_html_degrades_to_its_text(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text("<p>First <b>bold <i>para</p><p>Second < 3 para<div>unclosed", encoding="utf-8")
    text = read_source(path)
    assert "First bold para" in text and "Second < 3 para" in text and "unclosed" in text


def test_html_declared_as_euc_kr_is_decoded_by_its_meta_charset(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(f"<html><head><meta charset='euc-kr'></head><body><p>{KOREAN}</p></body></html>".encode("euc-kr"))
    assert "합참은 북한이" in read_source(path)


def test_a_docx_file_gives_its_paragraph_text_in_order(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("N. Korean rocket breaks apart, JCS says")
    document.add_paragraph("")
    document.add_paragraph("The JCS said the rocket broke apart.")
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "통일부는 입국자가 162명이라고 밝혔다."
    path = tmp_path / "report.docx"
    document.save(path)
    assert read_source(path) == ("N. Korean rocket breaks apart, JCS says\n\nThe JCS said the rocket broke apart."
                                 "\n\n통일부는 입국자가 162명이라고 밝혔다.")


def test_a_docx_with_a_dtd_is_refused(tmp_path):
    path = tmp_path / "evil.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                   '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                   "<w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>")
    with pytest.raises(SourceReadError, match="DTD"):
        read_source(path)


@pytest.mark.parametrize("content", [b"not a zip at all", b"PK\x03\x04broken"])
def test_a_damaged_docx_gives_a_clear_error(tmp_path, content):
    path = tmp_path / "broken.docx"
    path.write_bytes(content)
    with pytest.raises(SourceReadError, match=r"broken\.docx: it is not a valid \.docx file"):
        read_source(path)


def test_a_zip_that_is_not_a_word_document_is_refused(tmp_path):
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("content.xml", "<x/>")
    with pytest.raises(SourceReadError, match="not a Word document"):
        read_source(path)


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(SourceReadError, match=r"huge\.txt: the file is 10\.0 MB, over the 10 MB limit"):
        read_source(path)


def test_an_unknown_extension_is_refused_with_the_supported_ones(tmp_path):
    path = tmp_path / "article.pdf"
    path.write_bytes(b"%PDF-1.7")
    with pytest.raises(SourceReadError, match=r"'\.pdf' files are not supported; save it as \.txt, \.md, \.html or \.docx"):
        read_source(path)


def test_a_missing_file_says_so(tmp_path):
    with pytest.raises(SourceReadError, match="no such file"):
        read_source(tmp_path / "gone.txt")


def test_a_folder_is_not_a_source(tmp_path):
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(SourceReadError, match="it is a folder"):
        read_source(folder)


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\xfd",
                                  "caf\u00e9 na\u00efve r\u00e9sum\u00e9".encode("latin-1")])
def test_undecodable_bytes_give_an_error_that_says_what_to_do(tmp_path, data):
    path = tmp_path / "binary.txt"
    path.write_bytes(data)
    with pytest.raises(SourceReadError) as info:
        read_source(path)
    message = str(info.value)
    assert "binary.txt" in message and "save it as UTF-8" in message and "\n" not in message


def test_read_errors_are_briefing_errors_so_the_command_line_reports_them_in_one_line():
    assert issubclass(SourceReadError, BriefingError)
