"""Hangul gets an East Asian font that Word and LibreOffice both honour."""
from __future__ import annotations

from tests.helpers.docx_reading import W

THEME_ATTRIBUTES = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def _run_properties(package):
    """{style id or "defaults": w:rPr} for the document defaults and every style."""
    root = package.xml("word/styles.xml")
    out = {"defaults": root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")}
    out.update({s.get(W + "styleId"): s.find(W + "rPr") for s in root.iter(W + "style")})
    return out


def test_normal_title_and_heading_styles_name_the_korean_font_and_language(example, export):
    package = export(example)
    ids = package.style_ids()
    rprs = _run_properties(package)
    for key in ("defaults", ids["Normal"], ids["Title"], ids["Subtitle"], ids["heading 1"], ids["heading 2"],
                ids["heading 3"]):
        fonts = rprs[key].find(W + "rFonts")
        assert fonts.get(W + "eastAsia") == "Malgun Gothic", key
        assert not any(fonts.get(W + a) for a in THEME_ATTRIBUTES), key
        assert rprs[key].find(W + "lang").get(W + "eastAsia") == "ko-KR", key


def test_theme_fonts_are_written_out_so_latin_text_keeps_its_face(example, export):
    package = export(example)
    heading = _run_properties(package)[package.style_ids()["heading 1"]].find(W + "rFonts")
    assert heading.get(W + "ascii") and heading.get(W + "ascii") == heading.get(W + "hAnsi")


def test_the_korean_font_is_a_setting(example, export):
    package = export(example, east_asian_font="Noto Sans CJK KR")
    fonts = _run_properties(package)[package.style_ids()["Normal"]].find(W + "rFonts")
    assert fonts.get(W + "eastAsia") == "Noto Sans CJK KR"


def test_hangul_text_reaches_the_document_unchanged(rich, export):
    texts = [text for _, text in export(rich).paragraphs()]
    assert "합참은 북한군 사상자가 약 1,100명이라고 밝혔다." in texts
