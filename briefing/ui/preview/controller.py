"""Keeps the preview current without stalling typing: coalesced, off-thread, per-section rendering.

ReText's pattern, taken further: a change notice marks the top-level sections it touched as
dirty and sets a pending flag; a single-shot timer starts one rendering at a time on a worker
thread (from a snapshot, so the worker never sees a half-done edit); the result is patched into
the preview a few milliseconds at a time; if more edits arrived meanwhile, it runs again.
"""
from __future__ import annotations

import itertools

from PySide6.QtCore import QObject, QTimer, Signal

from briefing.domain import FactBlock
from briefing.ui.changes import Change
from briefing.ui.document import Document
from briefing.ui.preview.framed_document import FramedDocument
from briefing.ui.preview.renderer import PreviewRenderer, PreviewUpdate
from briefing.ui.snapshot import snapshot
from briefing.ui.workers import Worker


class PreviewController(QObject):
    """Renders ``document`` into ``framed`` and hands the Markdown to ``show_markdown``.

    ``delay_ms`` is how long the first edit of a burst waits for the next ones before a rendering
    starts; later edits of the burst do not push the rendering further back.
    """

    updated = Signal()          # the preview shows the briefing as it is now
    failed = Signal(str)        # a rendering raised; the message is for the status bar

    def __init__(self, framed: FramedDocument, show_markdown, worker: Worker, delay_ms: int = 15,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.framed = framed
        self._show_markdown = show_markdown
        self._worker = worker
        self._document: Document | None = None
        self._renderer: PreviewRenderer | None = None
        self._dirty: set[str] = set()
        self._tops: dict[str, set[str]] | None = None     # see _top_sections
        self._dirty_all = True
        self._pending = False
        self._busy = False
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def is_current(self) -> bool:
        return not (self._pending or self._busy or self._timer.isActive())

    def set_document(self, document: Document) -> None:
        if self._document is not None:
            self._document.changed.disconnect(self._on_document_changed)
        self._document = document
        self._renderer = PreviewRenderer(document.registry)
        self._generation += 1       # a rendering of the previous document still running is dropped
        self._busy = False
        self._tops = None
        self.framed.clear()
        document.changed.connect(self._on_document_changed)
        self._dirty_all = True
        self._schedule()

    # -- coalescing ----------------------------------------------------------------------------
    def _on_document_changed(self, change: Change) -> None:
        if change.touches_outline_shape or change.library:
            self._tops = None
        if change.everything or change.metadata or change.sources:
            self._dirty_all = True
        else:
            # a keystroke marks its section through a lookup, without a walk through the outline
            tops = self._top_sections()
            for ident in itertools.chain(change.sections, change.blocks, change.facts):
                self._dirty |= tops.get(ident, set())
        self._schedule()

    def _top_sections(self) -> dict[str, set[str]]:
        """Section, block and fact ids -> the top-level sections that hold or show them; kept
        until the outline changes shape. (An id naming two things marks the sections of both:
        more than needed, never fewer.)"""
        if self._tops is None:
            self._tops = {}
            for top in self._document.briefing.sections:
                for section, _ in top.walk():
                    self._tops.setdefault(section.id, set()).add(top.id)
                    for block in section.blocks:
                        self._tops.setdefault(block.id, set()).add(top.id)
                        if isinstance(block, FactBlock):
                            self._tops.setdefault(block.fact_id, set()).add(top.id)
        return self._tops

    def _schedule(self) -> None:
        self._pending = True
        if not self._busy and not self._timer.isActive():
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        if self._busy or self._document is None:
            return
        self._pending, self._busy = False, True
        dirty = None if self._dirty_all else frozenset(self._dirty)
        self._dirty, self._dirty_all = set(), False
        copy, renderer, generation = snapshot(self._document.briefing), self._renderer, self._generation
        self._worker.submit(lambda: renderer.render(copy, dirty),
                            lambda update: self._on_rendered(generation, update),
                            lambda exc: self._on_render_failed(generation, exc))

    # -- results -------------------------------------------------------------------------------
    def _on_rendered(self, generation: int, update: PreviewUpdate) -> None:
        if generation != self._generation:
            return
        self._show_markdown(update.markdown)
        self.framed.apply(update.order, update.html, on_done=lambda: self._on_applied(generation))

    def _on_render_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._busy = False
        self._dirty_all = True      # start from scratch next time: the caches may be half updated
        self._renderer = PreviewRenderer(self._document.registry)
        self.failed.emit(f"The preview could not be updated: {exc}")

    def _on_applied(self, generation: int) -> None:
        if generation != self._generation:
            return
        self._busy = False
        if self._pending:
            self._timer.start()
        else:
            self.updated.emit()
