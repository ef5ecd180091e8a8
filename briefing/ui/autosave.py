"""Autosave to the recovery file a few seconds after a change, off the UI thread."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from briefing.storage import dumps
from briefing.ui.document import Document
from briefing.ui.recovery import RecoveryStore
from briefing.ui.snapshot import snapshot
from briefing.ui.workers import Worker
from briefing.ui.workspace import Workspace


class Autosaver(QObject):
    """Writes the open document to its recovery file ``delay_ms`` after the first unsaved change.

    Later changes within the delay ride along with the same write, so steady typing is saved every
    ``delay_ms`` rather than never. The snapshot is taken on the UI thread (well under a
    millisecond); serialising and writing happen on ``worker``, in order. A document that becomes
    unmodified (saved, or undone back to the saved state) has its recovery file removed.
    """

    written = Signal()      # a recovery file was written
    failed = Signal(str)

    def __init__(self, workspace: Workspace, store: RecoveryStore, worker: Worker, delay_ms: int = 3000,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._store = store
        self._worker = worker
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        self._document: Document | None = None
        workspace.document_replaced.connect(self._watch)
        self._watch(workspace.document)

    def _watch(self, document: Document) -> None:
        if self._document is not None:
            self._document.changed.disconnect(self._on_document_changed)
            self._document.modified_changed.disconnect(self._on_document_modified_changed)
        self._document = document
        document.changed.connect(self._on_document_changed)
        document.modified_changed.connect(self._on_document_modified_changed)
        self._on_document_modified_changed(document.modified)

    def _on_document_changed(self, _change) -> None:
        if self._document.modified and not self._timer.isActive():
            self._timer.start()

    def _on_document_modified_changed(self, modified: bool) -> None:
        if modified:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
            self._worker.submit(self._store.remove_own, on_failed=lambda exc: None)

    def save_now(self) -> None:
        """Write the recovery file now (if there is anything unsaved)."""
        self._timer.stop()
        document = self._document
        if not document.modified:
            return
        copy, path, store = snapshot(document.briefing), document.path, self._store
        self._worker.submit(lambda: store.write(dumps(copy), path, copy.metadata.title),
                            lambda _: self.written.emit(),
                            lambda exc: self.failed.emit(f"Unsaved work could not be written aside: {exc}"))

    def shutdown(self) -> None:
        """A clean close: finish pending writes, then remove the recovery file and release the lock."""
        self._timer.stop()
        self._worker.wait()
        self._store.close()
