"""Subjects that are not named sources: a country speaking, or a person as the sentence's subject.

"North Korea criticized ..." reports a country's stance (a named source of its own); "Kim Jong Un
has not appeared since March" has a person as its subject, who has not spoken here.
"""
from __future__ import annotations

import re

from briefing.extract.agents import CUE, Agent
from briefing.extract.names import FILLER, NAME, is_non_name

_PLACE = (r"(?:north korea|south korea|pyongyang|seoul|washington|tokyo|beijing|moscow|russia|china|japan|"
          r"ukraine|kyiv|taiwan|the united states|the u\.s\.|the us|the north|the south)")
_PLACES = re.compile(rf"{_PLACE}(?:\s*(?:,|and|,\s*and)\s+{_PLACE})*(?!['\w])")
_HABITUAL = frozenset("routinely usually often typically regularly frequently always traditionally generally".split())
_PAST_ONLY = frozenset("is was were are be been would will could can may might does do did".split())
_IRREGULAR_PAST = frozenset("said told wrote forecast".split())


def place_speaker(folded: str, cased: str, lead: int) -> Agent | None:
    """A country or capital speaking as the subject: "North Korea criticized", "Russia and China ... argued".

    The reporting verb must be the subject's own (right after it, or in a predicate joined by
    "and") and past or perfect: "North Korea routinely condemns" is background, not a statement,
    and so is one recalled from before the story ("Pyongyang had informed ...").
    """
    subject = _PLACES.match(folded, lead)
    if subject is None:
        return None
    cue = CUE.search(folded, subject.end())
    if cue is None or cue.group() in ("according to", "citing") or " by" in cue.group():
        return None
    gap = folded[subject.end():cue.start()]
    words = re.findall(r"[\w']+", gap)
    if any(w in _HABITUAL for w in words) or len(words) > 20:
        return None
    own = all((w in FILLER and w not in _PAST_ONLY) or (w.endswith("ly") and len(w) > 4) for w in words)
    joined = re.fullmatch(r"[^,;]*\band\s+(?:(?:has|have|had|also|later|then)\s+)*", gap) is not None
    perfect = bool(words) and words[-1] in ("has", "have")
    if words and words[-1] == "had":
        return None
    if not (own or joined) or not (cue.group().endswith("ed") or cue.group() in _IRREGULAR_PAST or perfect):
        return None
    return Agent("org", cased[subject.start():subject.end()])



def person_subject(cased: str, lead: int) -> str | None:
    """The person who is the subject of a sentence ("Kim Jong Un has not appeared ..."), if any."""
    m = NAME.match(cased, lead)
    if m is None or is_non_name(m.group(2)) or (" " not in m.group(2) and not m.group(1)):
        return None
    return m.group().strip()
