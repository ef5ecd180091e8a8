"""The raw WordprocessingML the export writes, as lxml elements.

Paragraphs and runs built straight from style ids (fast, no name look-ups), hyperlinks, bookmarks,
fields (PAGE, NUMPAGES), tables, footnote and endnote parts, East Asian fonts
and a few style properties (borders). Children are always inserted in the order the schema
(ECMA-376 part 1) requires, because Word refuses files whose elements are out of order even when
LibreOffice opens them.
"""
from __future__ import annotations

from typing import Iterable

from lxml import etree

from briefing.render.docx.package import CT, RT, PackageError, Part
from briefing.render.docx.text import LINE_BREAK, PAGE_BREAK, TAB, pieces

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
W = f"{{{W_NS}}}"
R_ID = f"{{{R_NS}}}id"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# Child order of the property elements this module writes into (ECMA-376 17.3.1.26, 17.3.2.28).
PPR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
             "sectPr", "pPrChange")
RPR_ORDER = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
             "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
             "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
             "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath")
STYLE_ORDER = ("name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority",
               "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose",
               "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr")
TBLPR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
               "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook")


def child(parent: etree._Element, tag: str, order: tuple[str, ...], **attrs: str) -> etree._Element:
    """The ``w:tag`` child of ``parent``, created in its schema position if missing; sets ``attrs``."""
    found = parent.find(W + tag)
    if found is None:
        found = etree.Element(W + tag)
        later = set(order[order.index(tag) + 1:])
        for existing in parent:
            if isinstance(existing.tag, str) and existing.tag.startswith(W) and existing.tag[len(W):] in later:
                existing.addprevious(found)
                break
        else:
            parent.append(found)
    for key, value in attrs.items():
        found.set(W + key, value)
    return found


# -- paragraphs and runs ---------------------------------------------------------------------------

def paragraph(parent: etree._Element, style_id: str | None, *, num: tuple[int, int] | None = None,
              align: str | None = None, keep_next: bool = False) -> etree._Element:
    """Append a ``w:p`` in paragraph style ``style_id`` to ``parent``; ``num`` is (numId, level) for a list item.

    Created in place (never built apart and moved in), which is both the fastest way with lxml and
    keeps the namespace declarations on the part's root.
    """
    p = etree.SubElement(parent, W + "p")
    if style_id or num or align or keep_next:
        ppr = etree.SubElement(p, W + "pPr")
        if style_id:
            etree.SubElement(ppr, W + "pStyle", {W + "val": style_id})
        if keep_next:
            etree.SubElement(ppr, W + "keepNext")
        if num is not None:
            numpr = etree.SubElement(ppr, W + "numPr")
            etree.SubElement(numpr, W + "ilvl", {W + "val": str(num[1])})
            etree.SubElement(numpr, W + "numId", {W + "val": str(num[0])})
        if align:
            etree.SubElement(ppr, W + "jc", {W + "val": align})
    return p


class Paragraphs:
    """Appends paragraphs by copying one prepared paragraph per look (style, list, alignment).

    lxml copies a small subtree about four times faster than it builds one element by element,
    and a long briefing is thousands of paragraphs in a handful of looks.
    """

    def __init__(self) -> None:
        self._holder = etree.Element(W + "body", nsmap={"w": W_NS})
        self._templates: dict[tuple, etree._Element] = {}

    def __call__(self, parent: etree._Element, style_id: str | None, *, num: tuple[int, int] | None = None,
                 align: str | None = None) -> etree._Element:
        key = (style_id, num, align)
        template = self._templates.get(key)
        if template is None:
            template = self._templates[key] = paragraph(self._holder, style_id, num=num, align=align)
        p = template.__copy__()  # lxml's copy is deep; calling it directly skips copy.deepcopy's dispatch
        parent.append(p)
        return p


def run(parent: etree._Element, text: str, *, style_id: str | None = None, bold: bool = False,
        italic: bool = False, vert: str | None = None) -> etree._Element:
    """Append a ``w:r`` holding ``text`` (already clean) to ``parent``; tabs and breaks become elements."""
    r = etree.SubElement(parent, W + "r")
    if style_id or bold or italic or vert:
        rpr = etree.SubElement(r, W + "rPr")
        if style_id:
            etree.SubElement(rpr, W + "rStyle", {W + "val": style_id})
        if bold:
            etree.SubElement(rpr, W + "b")
        if italic:
            etree.SubElement(rpr, W + "i")
        if vert:
            etree.SubElement(rpr, W + "vertAlign", {W + "val": vert})
    if "\t" not in text and LINE_BREAK not in text and PAGE_BREAK not in text:  # most text: one w:t
        t = etree.SubElement(r, W + "t")
        t.text = text
        if text[0] == " " or text[-1] == " ":
            t.set(XML_SPACE, "preserve")
        return r
    for piece in pieces(text):
        if piece == TAB:
            etree.SubElement(r, W + "tab")
        elif piece == LINE_BREAK:
            etree.SubElement(r, W + "br")
        elif piece == PAGE_BREAK:
            etree.SubElement(r, W + "br", {W + "type": "page"})
        else:
            t = etree.SubElement(r, W + "t")
            t.text = piece
            if piece[0] == " " or piece[-1] == " ":
                t.set(XML_SPACE, "preserve")
    return r


def hyperlink(parent: etree._Element, *, r_id: str | None = None, anchor: str | None = None) -> etree._Element:
    """Append a ``w:hyperlink`` to an external target (relationship ``r_id``) or a bookmark."""
    link = etree.SubElement(parent, W + "hyperlink")
    if r_id:
        link.set(R_ID, r_id)
    if anchor:
        link.set(W + "anchor", anchor)
    link.set(W + "history", "1")
    return link


def bookmark(p: etree._Element, bookmark_id: int, name: str) -> None:
    """Wrap the content of paragraph ``p`` in a bookmark called ``name``."""
    start = etree.Element(W + "bookmarkStart", {W + "id": str(bookmark_id), W + "name": name})
    ppr = p.find(W + "pPr")
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    etree.SubElement(p, W + "bookmarkEnd", {W + "id": str(bookmark_id)})


def field(parent: etree._Element, instruction: str, shown: str) -> None:
    """Append a complex field (``PAGE``, ``NUMPAGES``) showing ``shown`` until Word updates it."""
    etree.SubElement(etree.SubElement(parent, W + "r"), W + "fldChar", {W + "fldCharType": "begin"})
    instr = etree.SubElement(etree.SubElement(parent, W + "r"), W + "instrText")
    instr.text = f" {instruction} "
    instr.set(XML_SPACE, "preserve")
    etree.SubElement(etree.SubElement(parent, W + "r"), W + "fldChar", {W + "fldCharType": "separate"})
    run(parent, shown)
    etree.SubElement(etree.SubElement(parent, W + "r"), W + "fldChar", {W + "fldCharType": "end"})


def border(ppr: etree._Element, side: str, *, size: int = 18, space: int = 8, color: str = "808080") -> None:
    """Give paragraph properties ``ppr`` a single line border on ``side`` (size in eighths of a point)."""
    pbdr = child(ppr, "pBdr", PPR_ORDER)
    sides = ("top", "left", "bottom", "right", "between", "bar")
    edge = child(pbdr, side, sides)
    for key, value in (("val", "single"), ("sz", str(size)), ("space", str(space)), ("color", color)):
        edge.set(W + key, value)


# -- tables ----------------------------------------------------------------------------------------

def table(parent: etree._Element, style_id: str | None, widths: list[int]) -> etree._Element:
    """Append a full-width ``w:tbl`` in table style ``style_id``, columns ``widths`` twentieths of a point wide."""
    tbl = etree.SubElement(parent, W + "tbl")
    tblpr = etree.SubElement(tbl, W + "tblPr")
    if style_id:
        etree.SubElement(tblpr, W + "tblStyle", {W + "val": style_id})
    etree.SubElement(tblpr, W + "tblW", {W + "w": "5000", W + "type": "pct"})
    etree.SubElement(tblpr, W + "tblLook", {W + "val": "04A0", W + "firstRow": "1", W + "lastRow": "0",
                                            W + "firstColumn": "0", W + "lastColumn": "0",
                                            W + "noHBand": "0", W + "noVBand": "1"})
    grid = etree.SubElement(tbl, W + "tblGrid")
    for width in widths:
        etree.SubElement(grid, W + "gridCol", {W + "w": str(width)})
    return tbl


def table_row(tbl: etree._Element, *, header: bool = False) -> etree._Element:
    """Append a ``w:tr``; a header row repeats at the top of every page the table crosses."""
    tr = etree.SubElement(tbl, W + "tr")
    if header:
        etree.SubElement(etree.SubElement(tr, W + "trPr"), W + "tblHeader")
    return tr


def table_cell(tr: etree._Element, width: int) -> etree._Element:
    """Append a ``w:tc`` of ``width``; the caller must give it at least one paragraph."""
    tc = etree.SubElement(tr, W + "tc")
    etree.SubElement(etree.SubElement(tc, W + "tcPr"), W + "tcW", {W + "w": str(width), W + "type": "dxa"})
    return tc


def table_style_borders(style: etree._Element) -> None:
    """Give table style element ``style`` single borders around and between all cells."""
    tblpr = child(style, "tblPr", STYLE_ORDER)
    borders = child(tblpr, "tblBorders", TBLPR_ORDER)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        etree.SubElement(borders, W + side, {W + "val": "single", W + "sz": "4", W + "space": "0",
                                             W + "color": "auto"})


def table_style_margins(style: etree._Element, *, left: int, right: int) -> None:
    """Give table style ``style`` no indent and cell margins ``left`` and ``right`` (twentieths of a point)."""
    tblpr = child(style, "tblPr", STYLE_ORDER)
    child(tblpr, "tblInd", TBLPR_ORDER, w="0", type="dxa")
    margins = child(tblpr, "tblCellMar", TBLPR_ORDER)
    for side, width in (("top", 0), ("left", left), ("bottom", 0), ("right", right)):
        etree.SubElement(margins, W + side, {W + "w": str(width), W + "type": "dxa"})


# -- footnotes and endnotes ------------------------------------------------------------------------

NOTE_KINDS = {
    "footnote": (RT.FOOTNOTES, CT.FOOTNOTES, "/word/footnotes.xml"),
    "endnote": (RT.ENDNOTES, CT.ENDNOTES, "/word/endnotes.xml"),
}


def notes_part(document_part: Part, kind: str) -> Part:
    """A fresh notes part (``kind`` "footnote" or "endnote") related to ``document_part``.

    Holds only the separator notes, taken from the document's existing notes part when it has one
    (a reference document's own separator formatting survives) and created otherwise. The old
    part, with any notes left over from the reference document's body, is dropped.
    """
    reltype, content_type, partname = NOTE_KINDS[kind]
    separators: list[etree._Element] = []
    old = document_part.related(reltype)
    if old is not None:
        separators = [n for n in old.element if n.get(W + "type") in ("separator", "continuationSeparator",
                                                                      "continuationNotice")]
        document_part.drop(reltype)
    root = etree.Element(W + f"{kind}s", nsmap={"w": W_NS, "r": R_NS})
    if not separators:
        for note_id, note_type in (("-1", "separator"), ("0", "continuationSeparator")):
            note = etree.SubElement(root, W + kind, {W + "type": note_type, W + "id": note_id})
            p = etree.SubElement(note, W + "p")
            etree.SubElement(etree.SubElement(p, W + "pPr"), W + "spacing",
                             {W + "after": "0", W + "line": "240", W + "lineRule": "auto"})
            etree.SubElement(etree.SubElement(p, W + "r"), W + note_type)
    root.extend(separators)
    part = Part(partname, content_type, element=root)
    document_part.relate_to(part, reltype)
    return part


SECTPR_ORDER = ("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
                "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
                "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange")


def note_numbering(sect_pr: etree._Element, kind: str, number_format: str = "decimal") -> None:
    """Number a section's notes of ``kind`` as ``number_format`` (Word numbers endnotes i, ii, iii by default)."""
    child(child(sect_pr, f"{kind}Pr", SECTPR_ORDER), "numFmt", ("pos", "numFmt", "numStart", "numRestart"),
          val=number_format)


def note(notes_root: etree._Element, kind: str, note_id: int) -> etree._Element:
    """Append an empty ``w:footnote``/``w:endnote`` with ``note_id`` to the notes part's root."""
    return etree.SubElement(notes_root, W + kind, {W + "id": str(note_id)})


def note_mark(p: etree._Element, kind: str, style_id: str | None, note_id: int | None = None) -> None:
    """Append the note's number: a reference in the text, or (``note_id`` None) the mark inside the note."""
    r = etree.SubElement(p, W + "r")
    if style_id:
        etree.SubElement(etree.SubElement(r, W + "rPr"), W + "rStyle", {W + "val": style_id})
    if note_id is None:
        etree.SubElement(r, W + f"{kind}Ref")
    else:
        etree.SubElement(r, W + f"{kind}Reference", {W + "id": str(note_id)})


# -- fonts -----------------------------------------------------------------------------------------

def theme_fonts(document_part: Part) -> dict[str, str]:
    """The theme's fonts by the names Word's theme attributes use ("majorHAnsi", "minorBidi", ...).

    Empty when the document has no theme, or a theme that cannot be read.
    """
    part = document_part.related(RT.THEME)
    try:
        theme = part.element if part is not None else None
    except PackageError:
        theme = None
    if theme is None:
        return {}
    fonts: dict[str, str] = {}
    for scheme, prefix in (("majorFont", "major"), ("minorFont", "minor")):
        for script, suffix in (("latin", "HAnsi"), ("ea", "EastAsia"), ("cs", "Bidi")):
            face = theme.find(f".//{{{A_NS}}}{scheme}/{{{A_NS}}}{script}")
            if face is not None and face.get("typeface"):
                fonts[prefix + suffix] = face.get("typeface")
    return fonts


def east_asian_font(rpr: etree._Element, font: str, themes: dict[str, str]) -> None:
    """Make ``rpr`` use ``font`` for East Asian text and mark that text Korean.

    Theme font attributes win over explicit names in Word, so they are removed; the Latin and
    complex-script faces they stood for are written out explicitly so only the East Asian face changes.
    """
    fonts = child(rpr, "rFonts", RPR_ORDER)
    for theme_attr, attr in (("asciiTheme", "ascii"), ("hAnsiTheme", "hAnsi"), ("cstheme", "cs"),
                             ("eastAsiaTheme", "eastAsia")):
        theme_name = fonts.attrib.pop(W + theme_attr, None)
        if theme_name and attr != "eastAsia" and fonts.get(W + attr) is None and themes.get(theme_name):
            fonts.set(W + attr, themes[theme_name])
    fonts.set(W + "eastAsia", font)
    child(rpr, "lang", RPR_ORDER, eastAsia="ko-KR")


def run_properties(style_or_defaults: etree._Element, order: Iterable[str] = STYLE_ORDER) -> etree._Element:
    """The ``w:rPr`` of a style (or of ``w:rPrDefault``), created in schema order if missing."""
    return child(style_or_defaults, "rPr", tuple(order))


def paragraph_properties(style: etree._Element) -> etree._Element:
    """The ``w:pPr`` of a style, created in schema order if missing."""
    return child(style, "pPr", STYLE_ORDER)


def outline_level(style: etree._Element, level: int) -> None:
    """Mark a paragraph style as an outline level, so Word's navigation pane lists it."""
    child(paragraph_properties(style), "outlineLvl", PPR_ORDER, val=str(level))
