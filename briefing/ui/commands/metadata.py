"""Commands on the title block and on the briefing's own sources."""
from __future__ import annotations

from briefing.domain import Metadata, Source, ValidationError
from briefing.ui.changes import Change
from briefing.ui.commands.base import DocumentCommand, EditTarget


class SetMetadata(DocumentCommand):
    """Replace the briefing's metadata (title, markings, attribution style...)."""

    def __init__(self, target: EditTarget, metadata: Metadata):
        super().__init__(target, "Change briefing properties")
        self.metadata = metadata
        self._old: Metadata | None = None

    def redo(self) -> None:
        self._old, self.briefing.metadata = self.briefing.metadata, self.metadata
        self.notify(Change.of(metadata=True))

    def undo(self) -> None:
        self.briefing.metadata = self._old
        self.notify(Change.of(metadata=True))


class SetOwnSources(DocumentCommand):
    """Replace the sources the briefing defines besides the built-in registry.

    Raises ValidationError (and so never reaches the stack) if a fact would be left naming a
    source that no longer exists.
    """

    def __init__(self, target: EditTarget, sources: list[Source], builtin_codes: set[str]):
        super().__init__(target, "Edit sources")
        self.sources = list(sources)
        known = builtin_codes | {s.code for s in self.sources}
        for fact in self.briefing.facts.values():
            missing = [code for code in fact.sources if code not in known]
            if missing:
                raise ValidationError(
                    f"the source {missing[0]} is still named by the fact “{fact.statement[:60]}”: "
                    "change that fact's sources first, or keep the source")
        self._old: list[Source] = []

    def redo(self) -> None:
        self._old = list(self.briefing.sources)
        self.briefing.sources[:] = self.sources
        self.notify(Change.of(sources=True))

    def undo(self) -> None:
        self.briefing.sources[:] = self._old
        self.notify(Change.of(sources=True))
