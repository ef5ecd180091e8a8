"""Make templates/decision-memo.reference.docx, the Word look of the built-in decision memo.

Run once (``python tests/helpers/make_house_style.py``) and commit the .docx; run again only to
change the look. The look: A4 paper with narrow 20 mm margins, Arial 10.5 pt body text, Georgia
headings and title in navy. tests/render/test_template_docx_style.py checks an export carries it.
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NAVY = RGBColor(0x1F, 0x38, 0x64)
HEADING_FONT = "Georgia"
BODY_FONT = "Arial"
TARGET = Path(__file__).resolve().parents[2] / "templates" / "decision-memo.reference.docx"


def _set_font(style, name: str) -> None:
    """Name the font outright: a theme font (asciiTheme) would take precedence over w:ascii in Word."""
    style.font.name = name
    fonts = style.element.rPr.rFonts
    for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attribute}"), None)


def make(path: Path) -> None:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    normal = document.styles["Normal"]
    _set_font(normal, BODY_FONT)
    normal.font.size = Pt(10.5)
    for name, size in (("Title", 22), ("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        style = document.styles[name]
        _set_font(style, HEADING_FONT)
        style.font.size, style.font.bold = Pt(size), True
        style.font.color.rgb = NAVY
    props = document.core_properties
    props.title, props.author = "Decision memo house style", "Briefing"
    props.created = props.modified = datetime(2024, 12, 23)
    document.save(path)


if __name__ == "__main__":
    make(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
