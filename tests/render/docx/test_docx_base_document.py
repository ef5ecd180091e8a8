"""Without a reference document the export is Briefing's own A4 document, complete and self-consistent."""
from __future__ import annotations

import posixpath

import pytest

from tests.helpers.docx_reading import W, Package

CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
STYLE_REFERENCES = ("pStyle", "rStyle", "tblStyle", "basedOn")


def _stories(package):
    return [name for name in package.parts if name.startswith("word/") and name.endswith(".xml")
            and name.rsplit("/", 1)[1].startswith(("document", "footnotes", "endnotes", "header", "footer"))]


@pytest.mark.parametrize("style, notes", [("inline", "footnote"), ("notes", "footnote"), ("notes", "endnote")])
def test_every_style_a_paragraph_run_or_table_names_is_defined(rich, export, style, notes):
    package = export(rich, style, notes=notes)
    defined = {s.get(W + "styleId") for s in package.xml("word/styles.xml").iter(W + "style")}
    for name in [*_stories(package), "word/styles.xml"]:
        used = {e.get(W + "val") for tag in STYLE_REFERENCES for e in package.xml(name).iter(W + tag)}
        assert used <= defined, (name, used - defined)


def _content_type(package, name):
    types = package.xml("[Content_Types].xml")
    override = {e.get("PartName"): e.get("ContentType") for e in types.iter(CT_NS + "Override")}
    default = {e.get("Extension"): e.get("ContentType") for e in types.iter(CT_NS + "Default")}
    return override.get("/" + name) or default.get(name.rsplit(".", 1)[-1])


@pytest.mark.parametrize("style", ["inline", "notes"])
def test_every_relationship_leads_to_a_part_that_has_a_content_type(rich, export, style):
    package = export(rich, style)
    rels_files = [name for name in package.parts if name.endswith(".rels")]
    assert "_rels/.rels" in rels_files and "word/_rels/document.xml.rels" in rels_files
    for rels in rels_files:
        folder = posixpath.dirname(posixpath.dirname(rels))
        for rel in package.xml(rels):
            if rel.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join(folder, rel.get("Target")))
            assert target in package.parts, (rels, target)
            assert _content_type(package, target), target
    for name in package.parts:
        assert name.endswith(".rels") or name == "[Content_Types].xml" or _content_type(package, name), name


def test_every_relationship_the_body_names_exists(rich, export):
    package = export(rich)
    ids = {rel.get("Id") for rel in package.xml("word/_rels/document.xml.rels")}
    named = {e.get(R_ID) for e in package.xml("word/document.xml").iter() if e.get(R_ID)}
    assert named and named <= ids


def test_the_page_is_a4_with_one_inch_top_and_bottom_and_wider_side_margins(example, export):
    sect = export(example).xml("word/document.xml").find(f"{W}body/{W}sectPr")
    margins = {key.split("}")[1]: value for key, value in sect.find(W + "pgMar").attrib.items()}
    assert margins == {"top": "1440", "right": "1800", "bottom": "1440", "left": "1800", "header": "720",
                       "footer": "720", "gutter": "0"}


def test_body_text_is_eleven_point_cambria_and_headings_calibri(example, export):
    package = export(example)
    styles = package.xml("word/styles.xml")
    defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert defaults.find(W + "rFonts").get(W + "ascii") == "Cambria"
    assert defaults.find(W + "sz").get(W + "val") == "22"
    ids = package.style_ids()
    for name in ("Title", "heading 1", "heading 3"):
        style = next(s for s in styles.iter(W + "style") if s.get(W + "styleId") == ids[name])
        assert style.find(f"{W}rPr/{W}rFonts").get(W + "ascii") == "Calibri", name


def test_words_own_styles_are_not_marked_custom_but_briefings_are(example, export):
    styles = {s.find(W + "name").get(W + "val"): s.get(W + "customStyle")
              for s in export(example).xml("word/styles.xml").iter(W + "style")}
    assert styles["heading 1"] is None and styles["List Bullet"] is None and styles["footnote text"] is None
    assert styles["Judgment"] == styles["Classification Banner"] == "1"


@pytest.mark.parametrize("font", ["Malgun Gothic", "Noto Sans CJK KR"])
def test_the_font_table_marks_the_korean_font_as_hangul(example, export, font):
    fonts = {f.get(W + "name"): f.find(W + "charset").get(W + "val")
             for f in export(example, east_asian_font=font).xml("word/fontTable.xml").iter(W + "font")}
    assert fonts[font] == "81"
    assert fonts["Cambria"] == fonts["Calibri"] == "00"


def test_word_opens_it_in_its_current_layout_mode(example, export):
    modes = export(example).xpath("word/settings.xml",
                                  "//w:compat/w:compatSetting[@w:name='compatibilityMode']/@w:val")
    assert modes == ["15"]  # not "Compatibility Mode" in Word's title bar


def test_the_file_carries_only_what_the_briefing_needs(example, export):
    package = export(example)
    assert not any(name.startswith(("customXml/", "word/stylesWithEffects", "word/webSettings"))
                   for name in package.parts)
    assert len(package.parts["word/styles.xml"]) < 40_000  # not a template's hundreds of unused styles
