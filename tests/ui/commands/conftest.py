"""Commands run on a bare QUndoStack against a recording edit target: no widgets, no Document."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from briefing.storage import dumps


class Recorder:
    """An edit target that keeps the briefing and every change notice sent to it."""

    def __init__(self, briefing):
        self.briefing = briefing
        self.notices = []

    def notify(self, change):
        self.notices.append(change)


@pytest.fixture
def target(example):
    return Recorder(example)


@pytest.fixture
def stack():
    stack = QUndoStack()
    yield stack
    stack.deleteLater()


@pytest.fixture
def saved(example):
    """The example as text, to check that undo brings back exactly what was there."""
    return dumps(example)
