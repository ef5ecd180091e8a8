"""The undo command for an import: a source document, its new sources and its facts, in one step.

Follows the document-command pattern of ``briefing.ui.commands``: the command is given an edit
target (anything with a ``briefing`` and a ``notify(change)``, such as the open Document),
changes the briefing only in ``redo``/``undo``, and sends a :class:`~briefing.ui.changes.Change`
naming what it touched. Widgets only push it.
"""
from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from briefing.domain import Briefing, ValidationError
from briefing.domain.imports import ImportResult
from briefing.ui.changes import Change

TITLE_LIMIT = 40


class EditTarget(Protocol):
    """What the command edits: a briefing, and where to send change notices."""

    briefing: Briefing

    def notify(self, change: Change) -> None: ...


class ImportSource(QUndoCommand):
    """Add ``result``'s document, the new sources the briefing lacks, and the facts at the end of the library.

    Undo takes out exactly what redo put in. The constructor checks the whole result against the
    briefing first and raises ValidationError, so a result that does not fit never reaches the stack.
    """

    def __init__(self, target: EditTarget, result: ImportResult, parent: QUndoCommand | None = None):
        title = result.document.title
        short = title if len(title) <= TITLE_LIMIT else title[:TITLE_LIMIT - 1] + "…"
        count = len(result.facts)
        super().__init__(f"Import {count} fact{'s' if count != 1 else ''} from “{short}”", parent)
        self.target = target
        self.result = result
        self._check(target.briefing, result)
        self._added_codes: list[str] = []

    @property
    def briefing(self) -> Briefing:
        return self.target.briefing

    def redo(self) -> None:
        briefing = self.briefing
        own = {source.code for source in briefing.sources}
        added = [source for source in self.result.new_sources if source.code not in own]
        self._added_codes = [source.code for source in added]
        briefing.sources.extend(added)
        briefing.add_document(self.result.document)
        for fact in self.result.facts:
            briefing.add_fact(fact)
        self.target.notify(Change.of(library=True, sources=bool(added)))

    def undo(self) -> None:
        briefing = self.briefing
        for fact in self.result.facts:
            briefing.facts.pop(fact.id, None)
        briefing.documents.pop(self.result.document.id, None)
        briefing.sources[:] = [s for s in briefing.sources if s.code not in self._added_codes]
        self.target.notify(Change.of(library=True, sources=bool(self._added_codes)))

    @staticmethod
    def _check(briefing: Briefing, result: ImportResult) -> None:
        document = result.document
        if document.id in briefing.documents:
            raise ValidationError(f"a source document with id {document.id} already exists")
        # Check the facts against a scratch briefing holding the document, without touching the real one.
        scratch = Briefing(documents={document.id: document}, facts=dict(briefing.facts))
        for fact in result.facts:
            scratch.add_fact(fact)
