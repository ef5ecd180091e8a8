"""What the user has decided so far in an import, kept apart from the widgets that show it. No Qt.

:class:`ImportRows` holds one :class:`Row` per candidate (ticked or not, with the source codes
the user settled on) and the new sources the engine found (:class:`NewSource`: add it or not,
under which code and name). The Import Source dialog draws from it and writes to it; the tests of
the rules here need no widgets.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from briefing.domain import Source, SourceRegistry, has_visible_text
from briefing.domain.imports import Pick, dropped_codes
from briefing.extract import Candidate

_SEPARATORS = re.compile(r"[,;，、]")


@dataclass(slots=True)
class Row:
    """A candidate, whether it is ticked, and the codes it will be attributed to."""

    candidate: Candidate
    ticked: bool
    sources: tuple[str, ...]

    @property
    def pickable(self) -> bool:
        """Whether the candidate can become a fact: its text shows something (see briefing.domain.visible).

        The extractor may cut a "sentence" of only zero-width or control characters out of a
        scraped page; such a row is never ticked, so it never becomes an empty bullet.
        """
        return has_visible_text(self.candidate.text)

    @property
    def sources_edited(self) -> bool:
        """Whether the user changed the sources the engine found."""
        return self.sources != self.candidate.sources

    @property
    def pick(self) -> Pick:
        return Pick(self.candidate.start, self.candidate.end, self.sources)


@dataclass(slots=True)
class NewSource:
    """A body the engine named that no registry knows: ``detected`` is the engine's code for it."""

    detected: str
    code: str
    name: str
    add: bool = True

    def source(self) -> Source:
        return Source(self.code, self.name)


def default_ticked(candidate: Candidate) -> bool:
    """Body sentences start ticked, scrape junk and text that shows nothing do not. An unsourced
    sentence is ticked but flagged."""
    return not candidate.boilerplate and has_visible_text(candidate.text)


def name_as_written(name: str) -> str:
    """A detected body's name fit for the registry: "the Korea Customs Service" -> "Korea Customs Service"."""
    name = " ".join(name.split())
    return re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE) or name


class ImportRows:
    """The candidates of one text with the user's choices, and the new sources they name.

    ``registry`` is every source already known (built-in and the briefing's own). :meth:`known`
    adds the new sources the user agreed to add: only those codes survive into the facts.
    """

    def __init__(self, registry: SourceRegistry):
        self.registry = registry
        self.rows: list[Row] = []
        self.new: dict[str, NewSource] = {}      # by detected code, in the order first found
        self._starts: list[int] = []
        self._names: dict[str, str] = {}         # casefolded code, name or alias -> code
        self._index_names(registry)

    # -- filling ---------------------------------------------------------------------------
    def load(self, candidates: Sequence[Candidate]) -> None:
        """Show ``candidates`` (a fresh extraction), keeping the user's choices where they still apply.

        A candidate whose sentence is unchanged keeps its tick and sources from before, so fixing
        a typo elsewhere in the text undoes nothing; a new source keeps its code, name and tick.
        """
        earlier: dict[str, list[Row]] = {}
        for row in self.rows:
            earlier.setdefault(row.candidate.text, []).append(row)
        new: dict[str, NewSource] = {}
        for candidate in candidates:
            for code in candidate.sources:
                if code not in self.registry and code not in new:
                    name = name_as_written(candidate.source_names.get(code, code))
                    new[code] = self.new.get(code) or NewSource(code, code, name)
        self.new = new
        rows = []
        for candidate in candidates:
            before = earlier.get(candidate.text)
            if before:
                old = before.pop(0)
                rows.append(Row(candidate, old.ticked, old.sources))
            else:
                rows.append(Row(candidate, default_ticked(candidate), self._renamed(candidate.sources)))
        self.rows = rows
        self._starts = [row.candidate.start for row in rows]
        self._index_names(self.registry)

    # -- questions -------------------------------------------------------------------------
    def known(self) -> set[str]:
        """The codes a fact may keep: the registry's and those of the new sources being added."""
        return set(self.registry.codes()) | {n.code for n in self.new.values() if n.add}

    def offered(self) -> list[str]:
        """Every code the user may type for a candidate: the registry's, then every new source's."""
        return [*self.registry.codes(), *(n.code for n in self.new.values() if n.code not in self.registry)]

    def new_sources(self) -> list[Source]:
        """The new sources the user agreed to add."""
        return [n.source() for n in self.new.values() if n.add]

    def picks(self) -> list[Pick]:
        return [row.pick for row in self.rows if row.ticked and row.pickable]

    def dropped(self) -> dict[str, int]:
        """Codes ticked rows name that will be dropped (their source is not added), with how many rows lose each."""
        return dict(dropped_codes(self.picks(), self.known()))

    def summary(self) -> str:
        """"22 candidates · 19 ticked · 3 junk · 1 without text · ⚠ 8 ticked without a source", for the
        status line."""
        known = self.known()
        ticked = sum(row.ticked for row in self.rows)
        # a line that shows nothing is junk to the extractor too; it is counted once, as "without text"
        junk = sum(row.candidate.boilerplate and row.pickable for row in self.rows)
        blank = sum(not row.pickable for row in self.rows)
        unsourced = sum(row.ticked and not any(code in known for code in row.sources) for row in self.rows)
        parts = [f"{len(self.rows)} candidate{'s' if len(self.rows) != 1 else ''}", f"{ticked} ticked"]
        if junk:
            parts.append(f"{junk} junk")
        if blank:
            parts.append(f"{blank} without text")
        if unsourced:
            parts.append(f"⚠ {unsourced} ticked without a source")
        return " · ".join(parts)

    def row_at(self, position: int) -> int | None:
        """The index of the row whose candidate holds code point ``position`` (its end counts too), or None."""
        index = bisect.bisect_right(self._starts, position) - 1
        if index >= 0 and position <= self.rows[index].candidate.end:
            return index
        return None

    def parse_codes(self, text: str) -> tuple[tuple[str, ...], list[str]]:
        """Codes typed as "JCS, NIS" (names and aliases count: "Seoul's spy agency" is NIS).

        Returns (the codes, each once, in the order typed; the entries no source answers to).
        """
        codes, unknown = [], []
        for entry in _SEPARATORS.split(text):
            entry = " ".join(entry.split())
            if not entry:
                continue
            code = self._names.get(entry.casefold().replace("\u2019", "'"))
            (codes if code else unknown).append(code or entry)
        return tuple(dict.fromkeys(codes)), unknown

    # -- changes ---------------------------------------------------------------------------
    def set_ticked(self, indexes: Iterable[int], ticked: bool) -> list[int]:
        """Tick or untick rows; returns the indexes that changed. A row that is not pickable stays unticked."""
        changed = [i for i in indexes if self.rows[i].ticked != ticked and (self.rows[i].pickable or not ticked)]
        for i in changed:
            self.rows[i].ticked = ticked
        return changed

    def tick_body(self, ticked: bool) -> list[int]:
        """Tick every body row (junk stays as it is), or untick every row; returns the indexes that changed."""
        return self.set_ticked([i for i, row in enumerate(self.rows)
                                if not (ticked and row.candidate.boilerplate)], ticked)

    def rename_new(self, detected: str, code: str) -> None:
        """Give a new source another code, in every row that names it. Raises ValueError if the code is taken."""
        entry = self.new[detected]
        taken = set(self.registry.codes()) | {n.code for n in self.new.values() if n is not entry}
        if code in taken:
            raise ValueError(f"the code {code} is already taken: choose another")
        Source(code, entry.name)  # raises ValidationError if the code is not valid
        old, entry.code = entry.code, code
        for row in self.rows:
            if old in row.sources:
                row.sources = tuple(code if c == old else c for c in row.sources)
        self._index_names(self.registry)

    # -- helpers ---------------------------------------------------------------------------
    def _renamed(self, codes: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(self.new[c].code if c in self.new else c for c in codes)

    def _index_names(self, registry: SourceRegistry) -> None:
        # Codes first, so an alias of one source never hides another source's code.
        names: dict[str, str] = {source.code.casefold(): source.code for source in registry}
        for source in registry:
            for name in source.all_aliases():
                names.setdefault(name.casefold().replace("\u2019", "'"), source.code)
        for entry in self.new.values():
            names.setdefault(entry.code.casefold(), entry.code)
            names.setdefault(entry.name.casefold(), entry.code)
        self._names = names
