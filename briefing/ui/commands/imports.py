"""The command for an import: a source document, its new sources and its facts, in one undo step."""
from __future__ import annotations

from briefing.domain import Briefing, ValidationError, edits
from briefing.domain.imports import ImportResult
from briefing.ui.changes import Change
from briefing.ui.commands.base import DocumentCommand, EditTarget, quoted


class ImportSource(DocumentCommand):
    """Add ``result``'s document, the new sources the briefing lacks, and the facts at the end of the library.

    Undo takes out exactly what redo put in. The constructor checks the whole result against the
    briefing first and raises ValidationError, so a result that does not fit never reaches the stack.
    """

    def __init__(self, target: EditTarget, result: ImportResult, parent=None):
        count = len(result.facts)
        super().__init__(target, f"Import {count} fact{'s' if count != 1 else ''} from "
                                 f"{quoted(result.document.title)}", parent)
        self.result = result
        self._check()
        self._added_codes: list[str] = []

    @property
    def fact_ids(self) -> list[str]:
        """The ids of the facts this import adds, in library order."""
        return [fact.id for fact in self.result.facts]

    def redo(self) -> None:
        self._added_codes = edits.add_own_sources(self.briefing, self.result.new_sources)
        edits.insert_document(self.briefing, self.result.document)
        edits.insert_facts(self.briefing, self.result.facts)
        self.notify(Change.of(library=True, sources=bool(self._added_codes)))

    def undo(self) -> None:
        edits.remove_facts(self.briefing, self.fact_ids)
        edits.remove_document(self.briefing, self.result.document.id)
        edits.remove_own_sources(self.briefing, self._added_codes)
        self.notify(Change.of(library=True, sources=bool(self._added_codes)))

    def _check(self) -> None:
        document = self.result.document
        if document.id in self.briefing.documents:
            raise ValidationError(f"a source document with id {document.id} already exists")
        # Against a scratch briefing holding the document, without touching the real one.
        scratch = Briefing(documents={document.id: document}, facts=dict(self.briefing.facts))
        edits.insert_facts(scratch, self.result.facts)
