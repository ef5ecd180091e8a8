"""Briefing -> Word (.docx): the export a staff officer can send up the chain as it is.

``export_docx`` writes the file atomically (a failed export leaves any existing file untouched);
``build_docx`` returns the same document as bytes, for tests and for callers that store it elsewhere.
Both walk the element tree the preview shows, so what the user previews is what Word shows.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO, Callable

from briefing.domain import Briefing, SourceRegistry
from briefing.render.docx.document import ReferenceDocError

DEFAULT_EAST_ASIAN_FONT = "Malgun Gothic"  # 맑은 고딕: ships with Windows and Office; Korean offices' default
NOTE_PLACES = ("footnote", "endnote")
Progress = Callable[[int, int], None]

__all__ = ["DEFAULT_EAST_ASIAN_FONT", "NOTE_PLACES", "ReferenceDocError", "build_docx", "export_docx",
           "write_docx"]


def write_docx(briefing: Briefing, registry: SourceRegistry, stream: BinaryIO, *,
               reference_doc: Path | None = None, east_asian_font: str = DEFAULT_EAST_ASIAN_FONT,
               notes: str = "footnote", progress: Progress | None = None) -> None:
    """Write ``briefing`` as a .docx package to the binary ``stream``.

    ``reference_doc``: an office's .docx whose styles, page size and margins the export takes
    (None: Briefing's own A4 defaults). ``east_asian_font``: the font Word and LibreOffice use for
    Hangul. ``notes``: "footnote" or "endnote", where source notes go when the briefing's attribution
    style is ``notes``. ``progress``: called as ``progress(done, total)`` while the body is written
    (at most about a hundred times) and once more when the file is complete; None reports nothing.
    Raises ReferenceDocError when the reference document cannot be used.
    """
    from briefing.render.docx import document as word
    from briefing.render.docx import ooxml
    from briefing.render.docx.properties import set_properties
    from briefing.render.docx.styles import prepare_styles
    from briefing.render.docx.writer import TreeWriter
    from briefing.render.tree import element_tree

    if notes not in NOTE_PLACES:
        raise ValueError(f"notes must be one of {NOTE_PLACES}, not {notes!r}")
    tree = element_tree(briefing, registry)
    document = word.open_base(reference_doc, east_asian_font=east_asian_font)
    if reference_doc is not None:
        word.rebuild_notes(document)
    styles = prepare_styles(document.styles, east_asian_font=east_asian_font,
                            theme_fonts=ooxml.theme_fonts(document.part))
    writer = TreeWriter(document.part, styles, notes=notes, text_width=document.text_width())
    body, sect_pr = document.body, document.sect_pr
    body.remove(sect_pr)  # appended again below: the body's section properties must come last
    writer.write(tree, body, progress)
    body.append(sect_pr)
    if notes == "endnote":
        ooxml.note_numbering(sect_pr, "endnote")  # 1, 2, 3 like footnotes, not Word's default i, ii, iii
    word.page_furniture(document, briefing.metadata.banner, styles)
    set_properties(document.package, briefing)
    document.save(stream)
    if progress is not None:
        total = len(tree)
        progress(total, total)


def build_docx(briefing: Briefing, registry: SourceRegistry, **options) -> bytes:
    """The .docx file for ``briefing`` as bytes; ``options`` as for ``write_docx``."""
    buffer = io.BytesIO()
    write_docx(briefing, registry, buffer, **options)
    return buffer.getvalue()


def export_docx(briefing: Briefing, registry: SourceRegistry, path: Path, *, reference_doc: Path | None = None,
                east_asian_font: str = DEFAULT_EAST_ASIAN_FONT, notes: str = "footnote",
                progress: Progress | None = None) -> None:
    """Write ``briefing`` to the .docx file ``path`` atomically; options as for ``write_docx``.

    The document is built in memory first, so a bad reference document changes nothing on disk;
    then it goes to a temporary file that replaces ``path`` only when complete. Raises
    ReferenceDocError or briefing.storage.WriteError (both BriefingError) with one clear message.
    """
    from briefing.storage import atomic_writer

    data = build_docx(briefing, registry, reference_doc=reference_doc, east_asian_font=east_asian_font,
                      notes=notes, progress=progress)
    with atomic_writer(Path(path)) as handle:
        handle.write(data)
