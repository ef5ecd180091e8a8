"""The Word styles a briefing uses: found in the document by name, created when it lacks them.

Briefing's own look lives here: the blank base document (``base``) holds only the defaults, and
every style below is created from its setup, as it is for a reference document that lacks it.

A reference document (an office's own .docx) restyles the export the way pandoc's
``--reference-doc`` does, because every paragraph names a real Word style. Styles are matched by
name, not id, since localised Word writes its own ids ("berschrift1" for "heading 1"); the writer
then uses ids only, so no paragraph ever pays for a look-up by name.
"""
from __future__ import annotations

from typing import Callable

from lxml import etree

from briefing.render.docx import ooxml
from briefing.render.docx.base import DEFAULT_THEME_FONTS
from briefing.render.docx.ooxml import PPR_ORDER, RPR_ORDER, STYLE_ORDER, W

PARAGRAPH, CHARACTER, TABLE = "paragraph", "character", "table"

# Word's own (internal) names of built-in styles that Word stores in lower case.
_WORD_NAMES = {"Heading 1": "heading 1", "Heading 2": "heading 2", "Heading 3": "heading 3",
               "Footnote Text": "footnote text", "Footnote Reference": "footnote reference",
               "Endnote Text": "endnote text", "Endnote Reference": "endnote reference",
               "Header": "header", "Footer": "footer"}
# Styles of Briefing's own (and pandoc's): Word marks them custom, every other name is one of Word's.
CUSTOM = frozenset({"Byline", "Judgment", "Classification Banner", "Source Code", "Verbatim Char"})
NAVY, BLUE, DARK_BLUE, GREY, LINK = "1F3864", "4F81BD", "365F91", "595959", "0563C1"
HEADING_FACE = "majorHAnsi"  # the theme's heading font; written out by name in _east_asian
Setup = Callable[[etree._Element], None]


def _font(style: etree._Element, *, size: float | None = None, bold: bool = False, italic: bool = False,
          color: str | None = None, face: str | None = None, theme_face: str | None = None,
          superscript: bool = False, underline: bool = False, letter_spacing: int | None = None,
          kern: float | None = None) -> None:
    """Character formatting of ``style``; ``size`` in points, ``letter_spacing`` in twentieths of a point,
    ``kern``: the smallest size (in points) that gets kerning."""
    rpr = ooxml.run_properties(style)

    def put(tag: str, **attrs: str) -> None:
        ooxml.child(rpr, tag, RPR_ORDER, **attrs)

    if face or theme_face:
        attrs = {"ascii": face, "hAnsi": face} if face else {"asciiTheme": theme_face, "hAnsiTheme": theme_face}
        put("rFonts", **attrs)
    if bold:
        put("b")
        put("bCs")
    if italic:
        put("i")
        put("iCs")
    if color:
        put("color", val=color)
    if letter_spacing is not None:
        put("spacing", val=str(letter_spacing))
    if kern is not None:
        put("kern", val=str(round(kern * 2)))
    if size is not None:
        put("sz", val=str(round(size * 2)))
        put("szCs", val=str(round(size * 2)))
    if underline:
        put("u", val="single")
    if superscript:
        put("vertAlign", val="superscript")


def _paragraph(style: etree._Element, *, before: float | None = None, after: float | None = None,
               single: bool = False, left: float | None = None, right: float | None = None,
               keep_next: bool = False, keep_lines: bool = False, contextual: bool = False,
               align: str | None = None) -> None:
    """Paragraph formatting of ``style``; distances in points, ``single`` for single line spacing."""
    ppr = ooxml.paragraph_properties(style)

    def put(tag: str, **attrs: str) -> None:
        ooxml.child(ppr, tag, PPR_ORDER, **attrs)

    if keep_next:
        put("keepNext")
    if keep_lines:
        put("keepLines")
    spacing = {key: str(round(value * 20)) for key, value in (("before", before), ("after", after))
               if value is not None}
    if single:
        spacing.update(line="240", lineRule="auto")
    if spacing:
        put("spacing", **spacing)
    indents = {key: str(round(value * 20)) for key, value in (("left", left), ("right", right)) if value is not None}
    if indents:
        put("ind", **indents)
    if contextual:
        put("contextualSpacing")
    if align:
        put("jc", val=align)


def _quick(style: etree._Element) -> None:
    """Show ``style`` in Word's style gallery."""
    ooxml.child(style, "qFormat", STYLE_ORDER)


def _heading(level: int) -> Setup:
    def setup(style: etree._Element) -> None:
        _font(style, theme_face=HEADING_FACE, bold=True, size=(14, 13, 11)[level - 1],
              color=(DARK_BLUE, BLUE, BLUE)[level - 1])
        _paragraph(style, before=(24, 10, 10)[level - 1], after=0, keep_next=True, keep_lines=True)
        ooxml.outline_level(style, level - 1)
        _quick(style)
    return setup


def _list(depth: int, continued: bool = False) -> Setup:
    def setup(style: etree._Element) -> None:
        # No gap between the items of one list; the usual gap after its last item.
        _paragraph(style, contextual=True, left=36 * depth if continued else None)
    return setup


def _title(style: etree._Element) -> None:
    _font(style, theme_face=HEADING_FACE, size=26, color="17365D", letter_spacing=5, kern=14)
    _paragraph(style, after=15, single=True, contextual=True)
    ooxml.border(ooxml.paragraph_properties(style), "bottom", size=8, space=4, color=BLUE)
    _quick(style)


def _subtitle(style: etree._Element) -> None:
    _font(style, theme_face=HEADING_FACE, size=12, italic=True, color=BLUE, letter_spacing=15)
    _quick(style)


def _byline(style: etree._Element) -> None:
    _font(style, size=10, color=GREY)
    _paragraph(style, after=12)
    _quick(style)


def _quote(style: etree._Element) -> None:
    _font(style, italic=True)
    _paragraph(style, left=36, right=36)
    _quick(style)


def _judgment(style: etree._Element) -> None:
    # A judgment must stand apart from reporting: a rule down its left edge, and kept whole on a page.
    _paragraph(style, before=6, after=8, left=9, keep_lines=True)
    ooxml.border(ooxml.paragraph_properties(style), "left", size=24, space=6, color=NAVY)
    _quick(style)


def _code(style: etree._Element) -> None:
    _font(style, face="Consolas", size=9.5)
    _paragraph(style, before=4, after=6)


def _verbatim(style: etree._Element) -> None:
    _font(style, face="Consolas")


def _note_text(style: etree._Element) -> None:
    _font(style, size=9)
    _paragraph(style, after=0)


def _note_reference(style: etree._Element) -> None:
    _font(style, superscript=True)


def _hyperlink(style: etree._Element) -> None:
    _font(style, color=LINK, underline=True)


def _compact(style: etree._Element) -> None:
    _paragraph(style, after=0, single=True)


def _banner(style: etree._Element) -> None:
    _font(style, bold=True)
    _paragraph(style, after=0, align="center")
    _quick(style)


def _table_grid(style: etree._Element) -> None:
    _paragraph(style, after=0, single=True)  # cells hold lines of text, not spaced-out paragraphs
    ooxml.table_style_borders(style)
    ooxml.table_style_margins(style, left=108, right=108)


# name -> (type, base style, how to set up a created one); the order is the order of creation.
STYLES: dict[str, tuple[str, str | None, Setup | None]] = {
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


def _existing(root: etree._Element) -> tuple[dict[tuple[str, str], str], set[str]]:
    """The styles under ``root`` as {(type, lower-case name): id}, and every id in use."""
    by_name: dict[tuple[str, str], str] = {}
    ids: set[str] = set()
    for style in root.iterchildren(W + "style"):
        style_id = style.get(W + "styleId") or ""
        ids.add(style_id)
        name = style.find(W + "name")
        if name is not None and style_id:
            by_name.setdefault((style.get(W + "type") or "paragraph", (name.get(W + "val") or "").lower()), style_id)
    return by_name, ids


def prepare_styles(root: etree._Element, *, east_asian_font: str, theme_fonts: dict[str, str]) -> dict[str, str]:
    """Make sure every style in ``STYLES`` exists under ``root`` (a ``w:styles``); return {name: style id}.

    Styles the document already has are used as they are (an office's reference document wins);
    missing ones are created with Briefing's own look. Then the Normal, title and heading styles,
    and the document defaults, get ``east_asian_font`` for Hangul (see ``ooxml.east_asian_font``).
    ``theme_fonts`` ({"majorHAnsi": face, ...}, see ``ooxml.theme_fonts``) names the faces that
    theme attributes stand for; empty means ``base.DEFAULT_THEME_FONTS``.
    """
    by_name, ids = _existing(root)
    result: dict[str, str] = {}
    for name, (kind, base, setup) in STYLES.items():
        found = by_name.get((kind, name.lower()))
        if found:
            result[name] = found
            continue
        style_id = _free_id(name, ids)
        style = etree.SubElement(root, W + "style", {W + "type": kind})
        if name in CUSTOM:
            style.set(W + "customStyle", "1")
        style.set(W + "styleId", style_id)
        etree.SubElement(style, W + "name", {W + "val": _WORD_NAMES.get(name, name)})
        if base:
            etree.SubElement(style, W + "basedOn", {W + "val": result[base]})
        if setup is not None:
            setup(style)
        result[name] = style_id
    _east_asian(root, east_asian_font, theme_fonts or DEFAULT_THEME_FONTS,
                [result[name] for name in EAST_ASIAN_STYLES])
    return result


def _free_id(name: str, ids: set[str]) -> str:
    """Word's id for a style called ``name`` ("Heading1"), made unique among ``ids`` and added to them."""
    stem = "".join(c for c in name if c.isalnum())
    style_id, suffix = stem, 1
    while style_id in ids:  # a style of another type may already use this id
        suffix += 1
        style_id = f"{stem}{suffix}"
    ids.add(style_id)
    return style_id


def _east_asian(root: etree._Element, font: str, themes: dict[str, str], style_ids: list[str]) -> None:
    defaults = ooxml.child(root, "docDefaults", ("docDefaults", "latentStyles", "style"))
    rpr_default = ooxml.child(defaults, "rPrDefault", ("rPrDefault", "pPrDefault"))
    ooxml.east_asian_font(ooxml.child(rpr_default, "rPr", ("rPr",)), font, themes)
    wanted = set(style_ids)
    for style in root.iterchildren(W + "style"):
        if style.get(W + "styleId") in wanted and style.get(W + "type") == "paragraph":
            ooxml.east_asian_font(ooxml.run_properties(style), font, themes)
