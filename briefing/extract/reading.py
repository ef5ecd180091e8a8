"""Read a source file as text: .txt/.md (any common encoding), .html (text only) or .docx.

Encodings are detected, never asked: a BOM (UTF-8, UTF-16, UTF-32), else UTF-8, else an HTML
``<meta charset>``, else CP949 (which covers EUC-KR) when the result reads as Korean. Line breaks
come back as "\\n". Every failure is a :class:`SourceReadError` whose message says what went wrong,
with which file, and what to do.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from briefing.errors import BriefingError

MAX_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
DOCX_SUFFIXES = frozenset({".docx"})
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)


class SourceReadError(BriefingError):
    """A source file cannot be read as text; the message is one line for the user."""


def read_source(path: Path) -> str:
    """The text of the source file at ``path``, with "\\n" line breaks and no BOM."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES:
        kind = f"'{suffix}' files" if suffix else "files without an extension"
        raise SourceReadError(f"cannot read {path}: {kind} are not supported; "
                              "save it as .txt, .md, .html or .docx and import that")
    data = _read_bytes(path)
    if suffix in DOCX_SUFFIXES:
        from briefing.extract.docx_text import docx_text
        text = docx_text(data, path)
    else:
        text = decode(data, path, html=suffix in HTML_SUFFIXES)
        if suffix in HTML_SUFFIXES:
            from briefing.extract.html_text import html_text
            text = html_text(text)
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise SourceReadError(f"cannot read {path}: it is a folder; choose a file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceReadError(f"cannot read {path}: the file is {size / 1048576:.1f} MB, over the "
                                  f"{MAX_BYTES // 1048576} MB limit; import a shorter extract")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise SourceReadError(f"cannot read {path}: no such file; check the path") from None
    except PermissionError:
        raise SourceReadError(f"cannot read {path}: permission denied; check the file's permissions") from None
    except OSError as exc:
        raise SourceReadError(f"cannot read {path}: {exc.strerror or exc}; check that the file is readable") from None
    if len(data) > MAX_BYTES:
        raise SourceReadError(f"cannot read {path}: the file is over the {MAX_BYTES // 1048576} MB limit; "
                              "import a shorter extract")
    return data


def decode(data: bytes, path: Path | str = "<text>", html: bool = False) -> str:
    """Decode ``data``, detecting its encoding; raises SourceReadError when it is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise SourceReadError(f"cannot read {path}: it starts with a {encoding.upper()} byte-order "
                                      "mark but is not valid text; save it again as UTF-8") from None
    guess = _utf16_without_bom(data)  # before UTF-8: ASCII in UTF-16 is also valid UTF-8, NULs and all
    if guess:
        return guess
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" not in text:
            return text
    if b"\x00" not in data:
        if html:
            declared = _META_CHARSET.search(data[:4096])
            if declared:
                try:
                    return data.decode(codecs.lookup(declared.group(1).decode("ascii")).name)
                except (LookupError, UnicodeDecodeError):
                    pass
        try:
            text = data.decode("cp949")
        except UnicodeDecodeError:
            text = None
        if text is not None and _reads_as_korean(text):
            return text
    raise SourceReadError(f"cannot read {path}: it is not text in UTF-8, UTF-16 or CP949/EUC-KR "
                          "(or it is a binary file); save it as UTF-8 text and import it again")


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    encoding = "utf-16-le" if odd > half * 0.3 and even == 0 else "utf-16-be" if even > half * 0.3 and odd == 0 else None
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _reads_as_korean(text: str) -> bool:
    """True when most non-ASCII characters are Hangul, CJK or common punctuation."""
    wide = [c for c in text if ord(c) > 127]
    if not wide:
        return True
    good = sum(1 for c in wide if "\uac00" <= c <= "\ud7a3" or "\u3000" <= c <= "\u9fff"
               or "\u2010" <= c <= "\u2060" or "\uff00" <= c <= "\uffef" or c in "\u00b7\u00a9\u2460\u24d2")
    return good / len(wide) >= 0.8
