"""Find the candidate facts of a text without freezing the window.

A short text is extracted at once, on the UI thread (a few milliseconds); a long one on a worker
thread of the extractor's own pool. Each request gets a number, and only the answer to the latest
request is passed on, so a slow answer for text the user has since changed is dropped.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, Signal

from briefing.domain import SourceRegistry
from briefing.extract import extract_candidates

# About 10 ms of extraction at the budgeted 200 ms per 100 KB: short enough to run between two frames.
SYNC_LIMIT = 5_000


class _Relay(QObject):
    """Carries a worker's answer back to the UI thread (its signal is queued across threads)."""

    done = Signal(int, str, object)
    failed = Signal(int, str)


class Extractor(QObject):
    """Runs ``extract_candidates`` over ``registry`` for the latest text given to :meth:`request`.

    ``finished(text, candidates)`` answers the latest request; ``failed(message)`` says why it
    could not. Texts up to ``sync_limit`` characters are answered before :meth:`request` returns.
    """

    finished = Signal(str, object)
    failed = Signal(str)

    def __init__(self, registry: SourceRegistry, parent: QObject | None = None, *, sync_limit: int = SYNC_LIMIT):
        super().__init__(parent)
        self.registry = registry
        self.sync_limit = sync_limit
        self._latest = 0
        self._waiting = False            # a worker is on the latest request
        # Relays of running jobs, by request number: held here so they die on the UI thread, where
        # they live, rather than on the worker when its job lets go of them.
        self._relays: dict[int, _Relay] = {}
        self._pool = QThreadPool(self)   # its own pool: destroying the extractor waits for a running job
        self._pool.setMaxThreadCount(1)

    @property
    def busy(self) -> bool:
        """Whether the answer to the latest request is still to come."""
        return self._waiting

    def request(self, text: str) -> None:
        self._latest += 1
        number = self._latest
        if len(text) <= self.sync_limit:
            self._waiting = False
            try:
                candidates = extract_candidates(text, self.registry)
            except Exception as error:  # noqa: BLE001 - an engine bug must not take the dialog down
                self.failed.emit(_message(error))
                return
            self.finished.emit(text, candidates)
            return
        self._waiting = True
        relay = _Relay()
        self._relays[number] = relay
        relay.done.connect(self._on_relay_done)
        relay.failed.connect(self._on_relay_failed)
        registry = self.registry

        def job() -> None:
            try:
                relay.done.emit(number, text, extract_candidates(text, registry))
            except Exception as error:  # noqa: BLE001
                relay.failed.emit(number, _message(error))

        self._pool.start(job)

    def wait(self) -> None:
        """Block until the worker is idle (for closing, and for tests)."""
        self._pool.waitForDone()

    def _on_relay_done(self, number: int, text: str, candidates: object) -> None:
        self._relays.pop(number, None)
        if number == self._latest:
            self._waiting = False
            self.finished.emit(text, candidates)

    def _on_relay_failed(self, number: int, message: str) -> None:
        self._relays.pop(number, None)
        if number == self._latest:
            self._waiting = False
            self.failed.emit(message)


def _message(error: Exception) -> str:
    return f"The facts of this text could not be found ({type(error).__name__}: {error}). Report this text to the developers."
