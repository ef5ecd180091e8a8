"""The paragraph text of a Word .docx file, read safely from its zip package.

Only ``word/document.xml`` is read, with a cap on its unpacked size (a zip bomb cannot exhaust
memory) and a refusal of any DTD (no external or expanding entities).
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from briefing.extract.reading import SourceReadError

MAX_XML_BYTES = 64 * 1024 * 1024
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(data: bytes, path: Path | str = "<docx>") -> str:
    """Each non-empty paragraph of the document (tables included), separated by blank lines."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            try:
                info = package.getinfo("word/document.xml")
            except KeyError:
                raise SourceReadError(f"cannot read {path}: it is a zip file but not a Word document; "
                                      "open it in Word and save it as .docx") from None
            if info.file_size > MAX_XML_BYTES:
                raise SourceReadError(f"cannot read {path}: its text part is too large to import safely; "
                                      "import a shorter extract")
            xml = package.read(info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError, OSError):
        raise SourceReadError(f"cannot read {path}: it is not a valid .docx file (damaged or another "
                              "format); open it in Word and save it again as .docx") from None
    head = xml[:8192].upper()
    if b"<!DOCTYPE" in head or b"<!ENTITY" in xml.upper():
        raise SourceReadError(f"cannot read {path}: the document declares a DTD, which is not allowed "
                              "in .docx files; save it again from Word")
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        raise SourceReadError(f"cannot read {path}: its text part is damaged; open it in Word and "
                              "save it again") from None
    paragraphs = []
    for paragraph in root.iter(_W + "p"):
        parts = []
        for element in paragraph.iter():
            if element.tag == _W + "t" and element.text:
                parts.append(element.text)
            elif element.tag == _W + "tab":
                parts.append("\t")
            elif element.tag in (_W + "br", _W + "cr"):
                parts.append("\n")
            elif element.tag == _W + "noBreakHyphen":
                parts.append("-")
        text = "".join(parts).strip()
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)
