"""Change notices: what one edit of a briefing changed, so each view refreshes only what it must.

No Qt. A command builds a :class:`Change` naming the facts, blocks and sections it touched;
the document stamps it with the edit's origin (the widget that asked for it, or None for undo,
redo and programmatic edits) so that the editor that made a change need not refresh itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class Change:
    """One notice. Empty sets and False flags mean "not touched".

    ``facts``: facts whose content changed. ``library``: facts were added, removed or reordered.
    ``blocks``: blocks whose text or confidence changed. ``sections``: sections whose heading or
    list of blocks changed. ``outline``: sections were added, removed or moved. ``metadata`` and
    ``sources``: the title block or the briefing's own sources changed; both can change how every
    section renders. ``everything``: a whole new briefing (New, Open, restore).
    """

    facts: frozenset[str] = frozenset()
    library: bool = False
    blocks: frozenset[str] = frozenset()
    sections: frozenset[str] = frozenset()
    outline: bool = False
    metadata: bool = False
    sources: bool = False
    everything: bool = False
    origin: object | None = field(default=None, compare=False)

    @classmethod
    def of(cls, *, facts=(), blocks=(), sections=(), **flags) -> "Change":
        return cls(facts=frozenset(facts), blocks=frozenset(blocks), sections=frozenset(sections), **flags)

    def with_origin(self, origin: object | None) -> "Change":
        return replace(self, origin=origin)

    def __or__(self, other: "Change") -> "Change":
        """Both notices in one (the origin is kept only when both agree)."""
        return Change(
            facts=self.facts | other.facts, library=self.library or other.library,
            blocks=self.blocks | other.blocks, sections=self.sections | other.sections,
            outline=self.outline or other.outline, metadata=self.metadata or other.metadata,
            sources=self.sources or other.sources, everything=self.everything or other.everything,
            origin=self.origin if self.origin is other.origin else None,
        )

    @property
    def touches_outline_shape(self) -> bool:
        """Whether the tree of sections and blocks may have a different shape now."""
        return self.everything or self.outline or bool(self.sections)
