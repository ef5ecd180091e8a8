"""New, Open, Save, Save As, recent files, the unsaved-changes question, and restoring recovered work."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from briefing.domain import Briefing
from briefing.errors import BriefingError
from briefing.storage import load_briefing, save_briefing
from briefing.ui.actions import ActionId, ActionRegistry
from briefing.ui.document import Document
from briefing.ui.prompts import BRIEF_FILTER, RecoveryChoice, SaveChoice
from briefing.ui.services import Services
from briefing.ui.workspace import Workspace

MAX_RECENT = 8
RECENT_KEY = "files/recent"


class FileController(QObject):
    """Owns the file actions. Every path that would drop unsaved work asks first (:meth:`may_discard`)."""

    status = Signal(str)

    def __init__(self, workspace: Workspace, services: Services, actions: ActionRegistry, window: QWidget):
        super().__init__(window)
        self._workspace, self._services, self._window = workspace, services, window
        actions.connect(ActionId.NEW, self.new)
        actions.connect(ActionId.OPEN, self.open)
        actions.connect(ActionId.SAVE, self.save)
        actions.connect(ActionId.SAVE_AS, self.save_as)
        self.recent_menu = QMenu("Open &Recent", window)
        self.recent_menu.setObjectName("menu-recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    @property
    def document(self) -> Document:
        return self._workspace.document

    # -- the actions -------------------------------------------------------------------------
    def new(self) -> bool:
        if not self.may_discard():
            return False
        self._workspace.replace(Document(Briefing(), self._services.registry))
        return True

    def open(self, path: Path | None = None) -> bool:
        """Open ``path`` (asking for one when None). A file that cannot be read is explained and
        the current briefing stays open."""
        if not self.may_discard():
            return False
        if path is None:
            folder = str(self.document.path.parent) if self.document.path else str(Path.home())
            path = self._services.prompts.open_path(self._window, folder)
            if path is None:
                return False
        try:
            briefing = load_briefing(path, self._services.registry)
        except BriefingError as exc:
            self._services.prompts.error(self._window, "Cannot open briefing", str(exc))
            return False
        self._workspace.replace(Document(briefing, self._services.registry, Path(path)))
        self._remember(Path(path))
        self.status.emit(f"Opened {path}")
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        suggested = self.document.path or Path.home() / f"{_file_stem(self.document.briefing.metadata.title)}.brief"
        path = self._services.prompts.save_path(self._window, "Save Briefing As", suggested, BRIEF_FILTER)
        if path is None:
            return False
        if path.suffix.lower() != ".brief":
            path = path.with_name(path.name + ".brief")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            save_briefing(self.document.briefing, path)
        except BriefingError as exc:
            self._services.prompts.error(self._window, "Cannot save briefing", str(exc))
            return False
        self.document.mark_saved(path)
        self._remember(path)
        self.status.emit(f"Saved {path}")
        return True

    def may_discard(self) -> bool:
        """True when the current briefing may be closed: it is saved, or the user saved or discarded it."""
        if not self.document.modified:
            return True
        choice = self._services.prompts.ask_save_changes(self._window, self.document.display_name)
        if choice is SaveChoice.SAVE:
            return self.save()
        return choice is SaveChoice.DISCARD

    # -- recovered work ----------------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """Offer to restore work left by a session that did not close cleanly. True if restored."""
        store, prompts = self._services.recovery, self._services.prompts
        for entry in store.pending():
            choice = prompts.offer_recovery(self._window, entry.title, entry.original, entry.written)
            if choice is RecoveryChoice.LATER:
                continue
            if choice is RecoveryChoice.DISCARD:
                store.discard(entry)
                continue
            if not self.may_discard():
                return False
            try:
                briefing = store.load(entry, self._services.registry)
            except BriefingError as exc:
                prompts.error(self._window, "Cannot restore unsaved work", str(exc))
                continue
            document = Document(briefing, self._services.registry, entry.original)
            document.mark_recovered()
            self._workspace.replace(document)
            store.discard(entry)
            self.status.emit("Restored unsaved work; save it to keep it")
            return True
        return False

    # -- recent files ------------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        value = self._services.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [Path(v) for v in value or []]

    def _remember(self, path: Path) -> None:
        path = path.resolve()
        files = [path] + [p for p in self.recent_files() if p != path]
        self._services.settings.setValue(RECENT_KEY, [str(p) for p in files[:MAX_RECENT]])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for number, path in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open(p))
        if not files:
            self.recent_menu.addAction("No recent briefings").setEnabled(False)


def _file_stem(title: str) -> str:
    stem = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
    return "-".join(stem.split()).lower()[:60] or "briefing"
