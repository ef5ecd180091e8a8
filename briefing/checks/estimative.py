"""Estimative language: a briefing's judgments should speak one likelihood scale (ICD 203).

ICD 203 offers two equivalent columns of likelihood terms, "almost no chance ... almost certain"
and "remote ... nearly certain". Mixing them in one product leaves the reader to wonder whether
"probably" and "likely" mean different things. Only the analyst's own words are checked (free
paragraphs and judgments), never a fact's statement, which reports what a source said.
"""
from __future__ import annotations

import re
from typing import Iterator

from briefing.checks.problems import Problem, Severity
from briefing.domain import Briefing, JudgmentBlock, SourceRegistry, TextBlock

# The two columns of ICD 203's likelihood table, from least to most likely.
SCALE_LIKELY = ("almost no chance", "very unlikely", "unlikely", "roughly even chance", "likely",
                "very likely", "almost certain", "almost certainly")
SCALE_PROBABLE = ("remote", "highly improbable", "improbable", "improbably", "roughly even odds", "probable",
                  "probably", "highly probable", "nearly certain", "nearly certainly")
_SCALES = {"likely": SCALE_LIKELY, "probable": SCALE_PROBABLE}
_PATTERNS = {name: re.compile(r"\b(" + "|".join(sorted(map(re.escape, terms), key=len, reverse=True)) + r")\b",
                              re.IGNORECASE)
             for name, terms in _SCALES.items()}


def terms_used(text: str) -> dict[str, list[str]]:
    """The likelihood terms of each scale found in ``text``, lower-cased, in order of appearance."""
    return {name: [m.group(1).lower() for m in pattern.finditer(text)] for name, pattern in _PATTERNS.items()}


def mixed_likelihood_scales(briefing: Briefing, registry: SourceRegistry) -> Iterator[Problem]:
    """One warning when the analyst's words use terms from both ICD 203 likelihood scales."""
    first_seen: dict[str, tuple[str, str]] = {}  # scale -> (term, section heading)
    for section, _ in briefing.walk_sections():
        for block in section.blocks:
            if not isinstance(block, (TextBlock, JudgmentBlock)):
                continue
            for scale, found in terms_used(block.text).items():
                if found and scale not in first_seen:
                    first_seen[scale] = (found[0], section.heading)
    if len(first_seen) > 1:
        (term_a, where_a), (term_b, where_b) = first_seen["likely"], first_seen["probable"]
        yield Problem(Severity.WARNING, "mixed-likelihood-scales",
                      f"estimative words come from two scales: \"{term_a}\" (section {where_a!r}) and "
                      f"\"{term_b}\" (section {where_b!r}); use one ICD 203 scale throughout, e.g. "
                      "unlikely / likely / very likely", "judgments")
