"""A QTextDocument kept as a sequence of frames, one per preview part, patched a few at a time.

Setting the HTML of a whole 1,000-fact briefing takes 25-90 ms on the UI thread, several frames of a
60 Hz display. Instead each part (title, section, closing, run of notes) lives in its own
QTextFrame; an update replaces the content of the frames that changed, inserts and removes frames
for sections added, removed or moved, and does so in slices of a few milliseconds, returning to the
event loop between slices so typing never waits for the preview.
"""
from __future__ import annotations

import time
from collections import deque
from typing import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat, QTextFrame, QTextFrameFormat


def _kept_in_order(old: list[str], new: list[str]) -> set[str]:
    """The largest set of parts present in both lists whose relative order did not change
    (a longest increasing subsequence of their old positions); everything else is re-inserted."""
    position = {part: i for i, part in enumerate(old)}
    seq = [part for part in new if part in position]
    tails: list[int] = []         # index into seq of the smallest tail of each length
    previous: list[int] = [-1] * len(seq)
    for i, part in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if position[seq[tails[mid]]] < position[part]:
                lo = mid + 1
            else:
                hi = mid
        previous[i] = tails[lo - 1] if lo else -1
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    kept: set[str] = set()
    i = tails[-1] if tails else -1
    while i >= 0:
        kept.add(seq[i])
        i = previous[i]
    return kept


class FramedDocument(QObject):
    """Shows parts (id -> HTML) in ``document`` in a given order, patching rather than rebuilding.

    ``continues(part)`` says whether a part runs on from the one before it (the next stretch of a
    long list), so that no blank line may separate them. ``budget_ms`` is how long one slice of
    patching may hold the UI thread. A slice does at least one operation, and does not start another
    that it expects to overrun the budget: putting a part in costs about in proportion to the length
    of its HTML, and the slices keep a running estimate of the cost per character.
    """

    def __init__(self, document: QTextDocument, budget_ms: float = 6.0,
                 continues: Callable[[str], bool] = lambda part: False, parent: QObject | None = None):
        super().__init__(parent)
        self._continues = continues
        self.document = document
        self.budget = budget_ms / 1000.0
        self._frames: dict[str, QTextFrame] = {}
        self._html: dict[str, str] = {}
        self._order: list[str] = []
        self._queue: deque[tuple[Callable[[], None], int]] = deque()   # operation, characters of HTML
        self._seconds_per_char = 0.0
        self._on_done: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_slice)
        self._format = QTextFrameFormat()

    @property
    def order(self) -> list[str]:
        return list(self._order)

    @property
    def busy(self) -> bool:
        return bool(self._queue) or self._timer.isActive()

    def clear(self) -> None:
        """Forget every part and empty the document (a new briefing)."""
        self._queue.clear()
        self._timer.stop()
        self.document.clear()
        self._frames.clear()
        self._html.clear()
        self._order = []

    def apply(self, order: tuple[str, ...] | list[str], html: dict[str, str],
              on_done: Callable[[], None] | None = None) -> None:
        """Make the document show ``order``'s parts; ``html`` holds the parts whose HTML changed.

        The work is queued and done in slices; ``on_done`` is called when the document is current.
        """
        self._html.update(html)
        order = list(order)
        kept = _kept_in_order(self._order, order)
        for part in self._order:
            if part not in kept:
                self._queue.append((lambda part=part: self._remove(part), 0))
        for index, part in enumerate(order):
            if part not in kept:
                self._queue.append((lambda part=part, after=order[index - 1] if index else None:
                                    self._insert(part, after), len(self._html[part])))
            elif part in html:
                self._queue.append((lambda part=part: self._replace(part), len(self._html[part])))
        for stale in set(self._html) - set(order):
            del self._html[stale]
        self._order = order
        self._on_done = on_done
        self._timer.start()

    def finish_now(self) -> None:
        """Do all queued patching at once (tests and shutdown)."""
        self._timer.stop()
        while self._queue:
            self._queue.popleft()[0]()
        self._done()

    # -- patching ----------------------------------------------------------------------------
    def _run_slice(self) -> None:
        now = time.perf_counter()
        deadline = now + self.budget
        first = True
        while self._queue:
            operation, size = self._queue[0]
            if not first and now + size * self._seconds_per_char > deadline:
                break
            self._queue.popleft()
            operation()
            took, now, first = time.perf_counter() - now, time.perf_counter(), False
            if size:
                self._seconds_per_char += (took / size - self._seconds_per_char) / 4
        if self._queue:
            self._timer.start()
        else:
            self._done()

    def _done(self) -> None:
        on_done, self._on_done = self._on_done, None
        if on_done is not None:
            on_done()

    def _remove(self, part: str) -> None:
        frame = self._frames.pop(part)
        cursor = QTextCursor(self.document)
        cursor.setPosition(frame.firstPosition() - 1)
        cursor.setPosition(frame.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

    def _insert(self, part: str, after: str | None) -> None:
        if after is None:
            cursor = self.document.rootFrame().firstCursorPosition()
        else:
            cursor = QTextCursor(self.document)
            cursor.setPosition(self._frames[after].lastPosition() + 1)
        frame = cursor.insertFrame(self._format)
        cursor.insertHtml(self._html[part])
        self._frames[part] = frame
        if self._continues(part):
            self._flatten(self.document.findBlock(frame.firstPosition() - 1))
            self._flatten(frame.firstCursorPosition().block())

    def _replace(self, part: str) -> None:
        frame = self._frames[part]
        cursor = frame.firstCursorPosition()
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()             # one change for the layout to follow, not three
        cursor.removeSelectedText()
        # The paragraph left behind keeps the format of the old first one (a list item, a heading);
        # HTML inserted into it would continue that list or heading. Start from a plain paragraph,
        # as in a new frame.
        if cursor.block().textList() is not None:
            cursor.block().textList().remove(cursor.block())
        cursor.setBlockFormat(QTextBlockFormat())
        cursor.insertHtml(self._html[part])
        cursor.endEditBlock()
        if self._continues(part):
            self._flatten(frame.firstCursorPosition().block())

    # Frames need an empty paragraph between them, and a part that starts with a list gets an
    # empty first paragraph of its own; between sections they make the space above a heading, but
    # in the middle of a list that runs on across parts they would show as a gap. There they are
    # given no height.
    def _flatten(self, block) -> None:
        if block.isValid() and block.length() == 1 and block.textList() is None \
                and not block.blockFormat().hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth):
            flat = QTextBlockFormat()
            flat.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            QTextCursor(block).setBlockFormat(flat)
