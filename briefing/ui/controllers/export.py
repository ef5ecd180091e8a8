"""Export to Word, Markdown or HTML on a worker thread, with progress for long exports.

Before anything is written the sourcing checks run; errors (never warnings alone) make the user
choose: export anyway, see the problems, or cancel.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from briefing.checks import Severity, check_briefing
from briefing.domain import Briefing, Metadata, SourceRegistry
from briefing.errors import BriefingError
from briefing.render import html_page, to_html, to_markdown
from briefing.storage import write_atomically
from briefing.ui.actions import ActionId, ActionRegistry
from briefing.ui.document import Document
from briefing.ui.prompts import ExportChoice
from briefing.ui.services import Services
from briefing.ui.snapshot import snapshot
from briefing.ui.workers import Worker
from briefing.ui.workspace import Workspace

Progress = Callable[[int, int], None]
Writer = Callable[[Briefing, SourceRegistry, Path, Progress], None]

NOTES_KEY = "export/word_notes"
NOTE_CHOICES = {"footnote": ("As &Footnotes", "Source notes at the foot of each page"),
                "endnote": ("As &Endnotes", "Source notes together at the end of the document")}
NOTES_TIP = " in Word, when the briefing's attribution style is numbered source notes"

FORMATS = {
    "docx": ("Export to Word", "Word documents (*.docx)", ".docx"),
    "md": ("Export to Markdown", "Markdown (*.md)", ".md"),
    "html": ("Export to HTML", "Web pages (*.html)", ".html"),
}


class ExportError(BriefingError):
    """The briefing cannot be exported as it stands."""


def write_markdown(briefing: Briefing, registry: SourceRegistry, path: Path, progress: Progress) -> None:
    progress(0, 1)
    write_atomically(path, to_markdown(briefing, registry).encode("utf-8"))
    progress(1, 1)


def write_html(briefing: Briefing, registry: SourceRegistry, path: Path, progress: Progress) -> None:
    progress(0, 2)
    fragment = to_html(to_markdown(briefing, registry, annotate=True))
    progress(1, 2)
    write_atomically(path, html_page(fragment, briefing.metadata.title).encode("utf-8"))
    progress(2, 2)


def word_writer(notes: str = "footnote", reference_doc: Path | None = None) -> Writer:
    """A writer of Word files with source notes as ``notes`` ("footnote" or "endnote") in the styles of
    ``reference_doc`` (None: Briefing's own)."""

    def write_docx(briefing: Briefing, registry: SourceRegistry, path: Path, progress: Progress) -> None:
        from briefing.render.docx import export_docx   # the Word writer (lxml) loads on first export, not at start-up

        export_docx(briefing, registry, path, reference_doc=reference_doc, notes=notes, progress=progress)

    return write_docx


def remembered_reference_doc(metadata: Metadata, brief_path: Path | None) -> Path | None:
    """The Word styles document the briefing names (a relative path is relative to its .brief file), or None.

    Raises ExportError when the named file is not there, as ``briefing export`` does: exporting
    without the office's styles would go unnoticed.
    """
    if not metadata.reference_doc:
        return None
    path = Path(metadata.reference_doc).expanduser()
    if not path.is_absolute():
        if brief_path is None:
            raise ExportError(f"the briefing takes its Word styles from {metadata.reference_doc}, a path relative "
                              "to the briefing's file: save the briefing in the folder that holds it first")
        path = brief_path.parent / path
    if not path.is_file():
        raise ExportError(f"the briefing takes its Word styles from {path}, which does not exist: put that "
                          "Word document back, or keep the briefing in the folder that holds it")
    return path


class _ProgressRelay(QObject):
    changed = Signal(int, int)


class ExportController(QObject):
    """Owns the export actions. Exports a snapshot, so editing may go on while the file is written.

    :attr:`notes_menu` chooses where Word puts numbered source notes (footnotes or endnotes); the
    choice is the user's, remembered in the settings, as ``briefing export --notes`` chooses it per
    export: it is not part of the briefing.
    """

    started = Signal(str)             # what is being written
    progressed = Signal(int, int)     # done, total
    finished = Signal(object)         # the Path written
    failed = Signal(str)
    problems_requested = Signal()     # the user chose to see the sourcing errors instead of exporting

    def __init__(self, workspace: Workspace, services: Services, actions: ActionRegistry, worker: Worker,
                 window: QWidget):
        super().__init__(window)
        self._workspace, self._services, self._worker, self._window = workspace, services, worker, window
        self._relay = _ProgressRelay(self)
        self._relay.changed.connect(self.progressed)
        self._running = False
        actions.connect(ActionId.EXPORT_WORD, lambda: self.export("docx"))
        actions.connect(ActionId.EXPORT_MARKDOWN, lambda: self.export("md"))
        actions.connect(ActionId.EXPORT_HTML, lambda: self.export("html"))
        self.notes_menu = QMenu("Word So&urce Notes", window)
        self.notes_menu.setObjectName("menu-word-notes")
        self._note_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for place, (text, tip) in NOTE_CHOICES.items():
            action = self.notes_menu.addAction(text)
            action.setObjectName(f"action-word-{place}s")
            action.setCheckable(True)
            action.setStatusTip(tip + NOTES_TIP)
            action.setToolTip(tip + NOTES_TIP)
            action.triggered.connect(lambda _checked=False, p=place: self.set_word_notes(p))
            group.addAction(action)
            self._note_actions[place] = action
        self._note_actions[self.word_notes].setChecked(True)

    @property
    def word_notes(self) -> str:
        """Where Word exports put source notes: "footnote" (the default) or "endnote"."""
        value = self._services.settings.value(NOTES_KEY, "footnote")
        return value if value in NOTE_CHOICES else "footnote"

    def set_word_notes(self, place: str) -> None:
        if place not in NOTE_CHOICES:
            raise ValueError(f"source notes go in a footnote or an endnote, not {place!r}")
        self._services.settings.setValue(NOTES_KEY, place)
        self._note_actions[place].setChecked(True)

    @property
    def running(self) -> bool:
        return self._running

    def export(self, kind: str, path: Path | None = None) -> bool:
        """Start exporting as ``kind`` ("docx", "md", "html") to ``path`` (asked for when None)."""
        prompts = self._services.prompts
        title, file_filter, suffix = FORMATS[kind]
        if self._running:
            prompts.error(self._window, title, "An export is still running; wait for it to finish.")
            return False
        document = self._workspace.document
        writer = {"md": write_markdown, "html": write_html}.get(kind)
        if writer is None:
            try:
                reference_doc = remembered_reference_doc(document.briefing.metadata, document.path)
            except ExportError as exc:
                prompts.error(self._window, title, f"The briefing was not exported: {exc}")
                return False
            writer = word_writer(self.word_notes, reference_doc)
        if not self._sourcing_allows_export(document):
            return False
        if path is None:
            folder = document.path.parent if document.path else Path.home()
            stem = document.path.stem if document.path else "briefing"
            path = prompts.save_path(self._window, title, folder / f"{stem}{suffix}", file_filter)
            if path is None:
                return False
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        copy, registry, relay = snapshot(document.briefing), document.registry, self._relay
        self._running = True
        self.started.emit(f"Exporting to {path.name}…")
        self._worker.submit(lambda: writer(copy, registry, path, relay.changed.emit),
                            lambda _: self._on_done(path), self._on_failed)
        return True

    def _sourcing_allows_export(self, document: Document) -> bool:
        """True when the checks find no errors, or the user chose to export anyway."""
        errors = [p for p in check_briefing(document.briefing, document.registry) if p.severity is Severity.ERROR]
        if not errors:
            return True
        first = f"{errors[0].where}: {errors[0].message}" if errors[0].where else errors[0].message
        choice = self._services.prompts.ask_export_with_errors(self._window, len(errors), first)
        if choice is ExportChoice.SHOW_PROBLEMS:
            self.problems_requested.emit()
        return choice is ExportChoice.EXPORT_ANYWAY

    def _on_done(self, path: Path) -> None:
        self._running = False
        self.finished.emit(path)

    def _on_failed(self, exc: BaseException) -> None:
        self._running = False
        message = str(exc) or type(exc).__name__
        self.failed.emit(message)
        self._services.prompts.error(self._window, "Export failed", f"The briefing was not exported: {message}")
