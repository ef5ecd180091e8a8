"""A candidate fact: one sentence of a source text with its attribution and junk flag."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping


@dataclass(frozen=True, slots=True)
class Candidate:
    """One sentence of a source text, offered to the user as a possible fact.

    ``start``/``end`` are code-point offsets into the source text and ``text`` is exactly
    ``source[start:end]``. ``sources`` lists source codes (a body not in the registry gets a code
    of its own; ``source_names`` gives each code's name as written, so the app can offer to add
    it). ``attribution`` is "explicit" (named in the sentence), "inherited" (carried over from
    context) or "none". ``cue`` holds the reporting words found, or None. ``boilerplate`` marks
    scrape junk, which never has sources.
    """

    text: str
    start: int
    end: int
    sources: tuple[str, ...] = ()
    attribution: str = "none"
    cue: str | None = None
    quote: bool = False
    boilerplate: bool = False
    paragraph: int = 0
    source_names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), hash=False)

    def as_json(self) -> dict:
        """A plain dict for ``briefing extract --json``."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sources": list(self.sources),
            "attribution": self.attribution,
            "cue": self.cue,
            "quote": self.quote,
            "boilerplate": self.boilerplate,
            "paragraph": self.paragraph,
            "source_names": dict(self.source_names),
        }
