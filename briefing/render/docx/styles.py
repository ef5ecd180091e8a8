"""The Word styles a briefing uses: found in the document by name, created when it lacks them.

A reference document (an office's own .docx) restyles the export the way pandoc's
``--reference-doc`` does, because every paragraph names a real Word style. Styles are matched by
name, not id, since localised Word writes its own ids ("berschrift1" for "heading 1"); the writer
then uses ids only, so no paragraph ever pays for a look-up by name.
"""
from __future__ import annotations

from typing import Callable

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.styles import BabelFish
from docx.styles.style import StyleFactory

from briefing.render.docx import ooxml
from briefing.render.docx.ooxml import W

PARAGRAPH, CHARACTER, TABLE = WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER, WD_STYLE_TYPE.TABLE
_TYPE_NAMES = {PARAGRAPH: "paragraph", CHARACTER: "character", TABLE: "table"}

# Word's own (internal) names of built-in styles that Word stores in lower case.
_WORD_NAMES = {"Heading 1": "heading 1", "Heading 2": "heading 2", "Heading 3": "heading 3",
               "Footnote Text": "footnote text", "Footnote Reference": "footnote reference",
               "Endnote Text": "endnote text", "Endnote Reference": "endnote reference",
               "Header": "header", "Footer": "footer"}
GREY = RGBColor(0x59, 0x59, 0x59)


def _heading(level: int) -> Callable:
    def setup(style, document) -> None:
        style.font.bold = True
        style.font.size = Pt((16, 13, 12)[level - 1])
        style.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        style.paragraph_format.space_before = Pt((18, 12, 10)[level - 1])
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
        ooxml.outline_level(style.element, level - 1)
    return setup


def _list(depth: int, continued: bool = False) -> Callable:
    def setup(style, document) -> None:
        style.paragraph_format.space_after = Pt(3)
        if continued:
            style.paragraph_format.left_indent = Pt(36 * depth)
    return setup


def _title(style, document) -> None:
    style.font.size = Pt(24)
    style.paragraph_format.space_after = Pt(6)


def _subtitle(style, document) -> None:
    style.font.size = Pt(13)
    style.font.italic = True
    style.font.color.rgb = GREY
    style.paragraph_format.space_after = Pt(6)


def _byline(style, document) -> None:
    style.font.size = Pt(10)
    style.font.color.rgb = GREY
    style.paragraph_format.space_after = Pt(12)
    style.quick_style = True


def _quote(style, document) -> None:
    style.font.italic = True
    style.paragraph_format.left_indent = Pt(36)
    style.paragraph_format.right_indent = Pt(36)


def _judgment(style, document) -> None:
    # A judgment must stand apart from reporting: a rule down its left edge, and kept whole on a page.
    style.paragraph_format.left_indent = Pt(9)
    style.paragraph_format.space_before = Pt(6)
    style.paragraph_format.space_after = Pt(8)
    style.paragraph_format.keep_together = True
    ooxml.border(ooxml.paragraph_properties(style.element), "left", size=24, space=6, color="1F3864")
    style.quick_style = True


def _code(style, document) -> None:
    style.font.name = "Consolas"
    style.font.size = Pt(9.5)
    style.paragraph_format.space_before = Pt(4)
    style.paragraph_format.space_after = Pt(6)


def _verbatim(style, document) -> None:
    style.font.name = "Consolas"


def _note_text(style, document) -> None:
    style.font.size = Pt(9)
    style.paragraph_format.space_after = Pt(0)


def _note_reference(style, document) -> None:
    style.font.superscript = True


def _hyperlink(style, document) -> None:
    style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    style.font.underline = True


def _compact(style, document) -> None:
    style.paragraph_format.space_after = Pt(0)


def _banner(style, document) -> None:
    style.font.bold = True
    style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style.paragraph_format.space_after = Pt(0)
    style.quick_style = True


def _table_grid(style, document) -> None:
    ooxml.table_style_borders(style.element)


# name -> (type, base style, how to set up a created one); the order is the order of creation.
STYLES: dict[str, tuple[WD_STYLE_TYPE, str | None, Callable | None]] = {
    "Normal": (PARAGRAPH, None, None),
    "Title": (PARAGRAPH, "Normal", _title),
    "Subtitle": (PARAGRAPH, "Normal", _subtitle),
    "Byline": (PARAGRAPH, "Normal", _byline),
    "Heading 1": (PARAGRAPH, "Normal", _heading(1)),
    "Heading 2": (PARAGRAPH, "Normal", _heading(2)),
    "Heading 3": (PARAGRAPH, "Normal", _heading(3)),
    "List Bullet": (PARAGRAPH, "Normal", _list(1)),
    "List Bullet 2": (PARAGRAPH, "Normal", _list(2)),
    "List Bullet 3": (PARAGRAPH, "Normal", _list(3)),
    "List Number": (PARAGRAPH, "Normal", _list(1)),
    "List Number 2": (PARAGRAPH, "Normal", _list(2)),
    "List Number 3": (PARAGRAPH, "Normal", _list(3)),
    "List Continue": (PARAGRAPH, "Normal", _list(1, continued=True)),
    "List Continue 2": (PARAGRAPH, "Normal", _list(2, continued=True)),
    "List Continue 3": (PARAGRAPH, "Normal", _list(3, continued=True)),
    "Quote": (PARAGRAPH, "Normal", _quote),
    "Judgment": (PARAGRAPH, "Normal", _judgment),
    "Source Code": (PARAGRAPH, "Normal", _code),
    "Footnote Text": (PARAGRAPH, "Normal", _note_text),
    "Endnote Text": (PARAGRAPH, "Normal", _note_text),
    "Header": (PARAGRAPH, "Normal", _compact),
    "Footer": (PARAGRAPH, "Normal", _compact),
    "Classification Banner": (PARAGRAPH, "Normal", _banner),
    "Footnote Reference": (CHARACTER, None, _note_reference),
    "Endnote Reference": (CHARACTER, None, _note_reference),
    "Hyperlink": (CHARACTER, None, _hyperlink),
    "Verbatim Char": (CHARACTER, None, _verbatim),
    "Table Grid": (TABLE, None, _table_grid),
}
# Styles whose text may be Korean and which often carry theme fonts that would override the choice.
EAST_ASIAN_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3")


def _existing(document) -> tuple[dict[tuple[str, str], str], set[str]]:
    """The document's styles as {(type, lower-case name): id}, and every id in use."""
    by_name: dict[tuple[str, str], str] = {}
    ids: set[str] = set()
    for style in document.styles.element.iterchildren(W + "style"):
        style_id = style.get(W + "styleId") or ""
        ids.add(style_id)
        name = style.find(W + "name")
        if name is not None and style_id:
            by_name.setdefault((style.get(W + "type") or "paragraph", (name.get(W + "val") or "").lower()), style_id)
    return by_name, ids


def prepare_styles(document, *, east_asian_font: str) -> dict[str, str]:
    """Make sure every style in ``STYLES`` exists in ``document``; return {style name: style id}.

    Styles the document already has are used as they are (an office's reference document wins);
    missing ones are created with sensible formatting. Then the Normal, title and heading styles,
    and the document defaults, get ``east_asian_font`` for Hangul (see ``ooxml.east_asian_font``).
    """
    by_name, ids = _existing(document)
    root = document.styles.element
    result: dict[str, str] = {}
    created: dict[str, object] = {}
    for name, (kind, base, setup) in STYLES.items():
        found = by_name.get((_TYPE_NAMES[kind], name.lower()))
        if found:
            result[name] = found
            continue
        # Styles.add_style would first scan every style by name again: known missing, so create directly.
        style = StyleFactory(root.add_style_of_type(BabelFish.ui2internal(name), kind, False))
        word_name = _WORD_NAMES.get(name)
        if word_name:
            style.element.name_val = word_name
        style_id = style.style_id
        suffix = 1
        while style_id in ids:  # a style of another type may already use this id
            suffix += 1
            style_id = f"{style.style_id}{suffix}"
        style.style_id = style_id
        ids.add(style_id)
        if base and base in created:
            style.base_style = created[base]
        elif base and base in result:
            ooxml.child(style.element, "basedOn", ooxml.STYLE_ORDER, val=result[base])
        if setup is not None:
            setup(style, document)
        created[name] = style
        result[name] = style_id
    _east_asian(document, east_asian_font, [result[name] for name in EAST_ASIAN_STYLES])
    return result


def _east_asian(document, font: str, style_ids: list[str]) -> None:
    themes = ooxml.theme_fonts(document.part)
    root = document.styles.element
    defaults = ooxml.child(root, "docDefaults", ("docDefaults", "latentStyles", "style"))
    rpr_default = ooxml.child(defaults, "rPrDefault", ("rPrDefault", "pPrDefault"))
    ooxml.east_asian_font(ooxml.child(rpr_default, "rPr", ("rPr",)), font, themes)
    wanted = set(style_ids)
    for style in root.iterchildren(W + "style"):
        if style.get(W + "styleId") in wanted and style.get(W + "type") == "paragraph":
            ooxml.east_asian_font(ooxml.run_properties(style), font, themes)
