"""Shared helpers for the extraction tests."""
from __future__ import annotations

from briefing.domain import builtin_registry
from briefing.extract import Candidate, extract_candidates


def extract(text: str) -> list[Candidate]:
    return extract_candidates(text, builtin_registry())


def candidate_with(text: str, phrase: str) -> Candidate:
    """The candidate of ``text`` whose sentence contains ``phrase``."""
    matches = [c for c in extract(text) if phrase in c.text]
    assert len(matches) == 1, f"{phrase!r} is in {len(matches)} candidates"
    return matches[0]


def sources_of(text: str, phrase: str) -> set[str]:
    return set(candidate_with(text, phrase).sources)
