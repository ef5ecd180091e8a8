"""Briefing's own blank Word document, built in code: what an export starts from without a reference.

A4 paper (what Korean offices print on) with 1-inch top and bottom and 1.25-inch side margins, a
styles part holding only the document defaults (Cambria 11 pt, 10 pt after each paragraph, 1.15
line spacing) and the four styles Word itself always defines, a settings part and a font table.
Every other style is created by ``styles.prepare_styles``, the same way it fills the gaps of an
office's reference document, so there is one description of Briefing's look, not two.
"""
from __future__ import annotations

from lxml import etree

from briefing.render.docx.package import CT, RT, Package, Part
from briefing.render.docx.ooxml import R_NS, W, W_NS

BODY_FONT = "Cambria"
HEADING_FONT = "Calibri"
# The theme font names the styles ask for ("minorHAnsi": body, "majorHAnsi": headings), for a
# document without a theme part: ours never has one, and some reference documents lack it too.
DEFAULT_THEME_FONTS = {"minorHAnsi": BODY_FONT, "majorHAnsi": HEADING_FONT}
A4_TWIPS = (11906, 16838)
MARGINS = {"top": 1440, "right": 1800, "bottom": 1440, "left": 1800, "header": 720, "footer": 720, "gutter": 0}

_NSMAP = {"w": W_NS, "r": R_NS}
_WORD_URI = "http://schemas.microsoft.com/office/word"

_STYLES = f"""<w:styles xmlns:w="{W_NS}">
<w:docDefaults>
  <w:rPrDefault><w:rPr><w:rFonts w:ascii="{BODY_FONT}" w:hAnsi="{BODY_FONT}" w:cs="Times New Roman"/>
    <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="ko-KR" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr><w:spacing w:after="200" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>
  <w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>
  <w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>
  <w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>
  <w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>
  <w:semiHidden/><w:unhideWhenUsed/></w:style>
</w:styles>"""

_SETTINGS = f"""<w:settings xmlns:w="{W_NS}">
<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="{_WORD_URI}" w:val="15"/>
  <w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="{_WORD_URI}" w:val="1"/>
  <w:compatSetting w:name="enableOpenTypeFeatures" w:uri="{_WORD_URI}" w:val="1"/>
  <w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="{_WORD_URI}" w:val="1"/></w:compat>
<w:themeFontLang w:val="en-US" w:eastAsia="ko-KR"/>
<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>
</w:settings>"""

# name -> (PANOSE-1, charset, family, pitch): what lets Word and LibreOffice pick a close substitute
# for a font the machine lacks ("81" is the Hangul character set).
_FONTS = {
    "Times New Roman": ("02020603050405020304", "00", "roman", "variable"),
    "Cambria": ("02040503050406030204", "00", "roman", "variable"),
    "Calibri": ("020F0502020204030204", "00", "swiss", "variable"),
    "Consolas": ("020B0609020204030204", "00", "modern", "fixed"),
    "Malgun Gothic": ("020B0503020000020004", "81", "swiss", "variable"),
}
_ALT_NAMES = {"Malgun Gothic": "맑은 고딕"}


def _xml(text: str) -> etree._Element:
    # Our own constant markup: whitespace between elements is layout here, not content.
    return etree.fromstring(text, etree.XMLParser(remove_blank_text=True))


def blank_package(east_asian_font: str) -> Package:
    """A new package holding an empty A4 document, its base styles, settings and font table."""
    document = etree.Element(W + "document", nsmap=_NSMAP)
    body = etree.SubElement(document, W + "body")
    sect = etree.SubElement(body, W + "sectPr")
    etree.SubElement(sect, W + "pgSz", {W + "w": str(A4_TWIPS[0]), W + "h": str(A4_TWIPS[1])})
    etree.SubElement(sect, W + "pgMar", {W + side: str(value) for side, value in MARGINS.items()})
    etree.SubElement(sect, W + "cols", {W + "space": "720"})
    etree.SubElement(sect, W + "docGrid", {W + "linePitch": "360"})
    main = Part("/word/document.xml", CT.DOCUMENT, element=document)
    main.relate_to(Part("/word/styles.xml", CT.STYLES, element=_xml(_STYLES)), RT.STYLES)
    main.relate_to(Part("/word/settings.xml", CT.SETTINGS, element=_xml(_SETTINGS)), RT.SETTINGS)
    main.relate_to(Part("/word/fontTable.xml", CT.FONT_TABLE, element=font_table(east_asian_font)), RT.FONT_TABLE)
    package = Package()
    package.relate_to(main, RT.OFFICE_DOCUMENT)
    return package


def font_table(east_asian_font: str) -> etree._Element:
    """The ``w:fonts`` of the faces the base styles name, the East Asian one marked as Hangul."""
    root = etree.Element(W + "fonts", nsmap=_NSMAP)
    names = list(_FONTS)
    if east_asian_font not in names:
        names.append(east_asian_font)
    for name in names:
        font = etree.SubElement(root, W + "font", {W + "name": name})
        if name in _ALT_NAMES:
            etree.SubElement(font, W + "altName", {W + "val": _ALT_NAMES[name]})
        panose, charset, family, pitch = _FONTS.get(name, (None, "81", "auto", "variable"))
        if panose:
            etree.SubElement(font, W + "panose1", {W + "val": panose})
        etree.SubElement(font, W + "charset", {W + "val": charset})
        etree.SubElement(font, W + "family", {W + "val": family})
        etree.SubElement(font, W + "pitch", {W + "val": pitch})
    return root
