"""Commands on the fact library: add, replace (edit), delete."""
from __future__ import annotations

from typing import Iterable

from briefing.domain import Fact, Source, edits
from briefing.ui.changes import Change
from briefing.ui.commands.base import DocumentCommand, EditTarget, quoted


class _SourcesMixin:
    """Adds sources a dialog created to the briefing's own sources, and takes them out on undo."""

    def _add_sources(self, sources: tuple[Source, ...]) -> bool:
        self._added_codes = edits.add_own_sources(self.briefing, sources)
        return bool(self._added_codes)

    def _remove_added_sources(self) -> bool:
        edits.remove_own_sources(self.briefing, self._added_codes)
        return bool(self._added_codes)


class AddFact(_SourcesMixin, DocumentCommand):
    """Add a fact to the library at ``index`` (None: at the end), with any sources it brought."""

    def __init__(self, target: EditTarget, fact: Fact, index: int | None = None,
                 new_sources: Iterable[Source] = (), text: str | None = None):
        super().__init__(target, text or f"Add fact {quoted(fact.statement)}")
        self.fact = fact
        self.index = index
        self.new_sources = tuple(new_sources)
        # fail now, before the command reaches the stack, if the fact breaks the model's rules
        self.briefing.validate_fact(fact)

    def redo(self) -> None:
        sources = self._add_sources(self.new_sources)
        edits.insert_fact(self.briefing, self.fact, self.index)
        self.notify(Change.of(library=True, sources=sources))

    def undo(self) -> None:
        edits.remove_fact(self.briefing, self.fact.id)
        sources = self._remove_added_sources()
        self.notify(Change.of(library=True, sources=sources))


class ReplaceFact(_SourcesMixin, DocumentCommand):
    """Put an edited copy of a fact in its place (the dialog's result), with any new sources."""

    def __init__(self, target: EditTarget, fact: Fact, new_sources: Iterable[Source] = ()):
        super().__init__(target, f"Edit fact {quoted(fact.statement)}")
        self.fact = fact
        self.new_sources = tuple(new_sources)
        self.briefing.validate_fact(fact)
        self._old: Fact | None = None

    def redo(self) -> None:
        sources = self._add_sources(self.new_sources)
        self._old = edits.replace_fact(self.briefing, self.fact)
        self.notify(Change.of(facts={self.fact.id}, sources=sources))

    def undo(self) -> None:
        edits.replace_fact(self.briefing, self._old)
        sources = self._remove_added_sources()
        self.notify(Change.of(facts={self.fact.id}, sources=sources))


class DeleteFact(DocumentCommand):
    """Take a fact out of the library together with the outline bullets that show it."""

    def __init__(self, target: EditTarget, fact_id: str):
        fact = target.briefing.facts[fact_id]
        super().__init__(target, f"Delete fact {quoted(fact.statement)}")
        self.fact_id = fact_id
        self._index = 0
        self._fact: Fact | None = None
        self._bullets: list[tuple[str, int, object]] = []

    def redo(self) -> None:
        self._bullets = edits.blocks_showing(self.briefing, self.fact_id)
        for _section_id, _index, block in reversed(self._bullets):
            edits.remove_block(self.briefing, block.id)
        self._index, self._fact = edits.remove_fact(self.briefing, self.fact_id)
        self.notify(Change.of(library=True, sections={s for s, _, _ in self._bullets}))

    def undo(self) -> None:
        edits.insert_fact(self.briefing, self._fact, self._index)
        for section_id, index, block in self._bullets:
            edits.insert_block(self.briefing, section_id, index, block)
        self.notify(Change.of(library=True, sections={s for s, _, _ in self._bullets}))

    @property
    def bullets_removed(self) -> int:
        return len(self._bullets)
