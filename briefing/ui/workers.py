"""Run plain Python functions off the UI thread and get their results back on it.

Each :class:`Worker` owns a one-thread pool, so its jobs run one at a time in the order they
were submitted (autosave writes can never overtake each other). Results and errors come back
through a queued signal, so callbacks always run on the UI thread.
"""
from __future__ import annotations

import itertools
from typing import Any, Callable

from PySide6.QtCore import QObject, QThreadPool, Signal


class _Relay(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)


class Worker(QObject):
    """A serial background queue. ``submit`` returns at once; ``on_done(result)`` or
    ``on_failed(exception)`` is called later on the UI thread."""

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_relay_finished)
        self._relay.failed.connect(self._on_relay_failed)
        self._callbacks: dict[int, tuple[Callable, Callable | None]] = {}
        self._tokens = itertools.count()

    def submit(self, job: Callable[[], Any], on_done: Callable[[Any], None] = lambda _: None,
               on_failed: Callable[[BaseException], None] | None = None) -> None:
        token = next(self._tokens)
        self._callbacks[token] = (on_done, on_failed)
        relay = self._relay

        def run() -> None:
            try:
                result = job()
            except Exception as exc:  # reported on the UI thread, never lost in the pool
                _emit(relay.failed, token, exc)
            else:
                _emit(relay.finished, token, result)

        self._pool.start(run)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every submitted job has run (callbacks still arrive through the event loop)."""
        return self._pool.waitForDone(msecs)

    def _on_relay_finished(self, token: int, result: object) -> None:
        on_done, _ = self._callbacks.pop(token, (None, None))
        if on_done is not None:
            on_done(result)

    def _on_relay_failed(self, token: int, exc: object) -> None:
        _, on_failed = self._callbacks.pop(token, (None, None))
        if on_failed is None:
            raise exc
        on_failed(exc)


def _emit(signal, *args) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # the receiver was deleted while the job ran (window closed): nobody is waiting
        pass
