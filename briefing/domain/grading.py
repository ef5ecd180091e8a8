"""Admiralty grading: source reliability (A-F) and information credibility (1-6), shown together as "B2"."""
from __future__ import annotations

import enum

from briefing.domain.errors import ValidationError


class Reliability(str, enum.Enum):
    """How reliable the source has proven to be (NATO AJP-2.1 / Admiralty code)."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"

    @property
    def meaning(self) -> str:
        return _RELIABILITY_MEANINGS[self]


class Credibility(str, enum.Enum):
    """How credible the piece of information is, judged on its own."""

    CONFIRMED = "1"
    PROBABLY_TRUE = "2"
    POSSIBLY_TRUE = "3"
    DOUBTFUL = "4"
    IMPROBABLE = "5"
    CANNOT_BE_JUDGED = "6"

    @property
    def meaning(self) -> str:
        return _CREDIBILITY_MEANINGS[self]


_RELIABILITY_MEANINGS = {
    Reliability.A: "Completely reliable",
    Reliability.B: "Usually reliable",
    Reliability.C: "Fairly reliable",
    Reliability.D: "Not usually reliable",
    Reliability.E: "Unreliable",
    Reliability.F: "Reliability cannot be judged",
}

_CREDIBILITY_MEANINGS = {
    Credibility.CONFIRMED: "Confirmed by other sources",
    Credibility.PROBABLY_TRUE: "Probably true",
    Credibility.POSSIBLY_TRUE: "Possibly true",
    Credibility.DOUBTFUL: "Doubtful",
    Credibility.IMPROBABLE: "Improbable",
    Credibility.CANNOT_BE_JUDGED: "Truth cannot be judged",
}


def grade(reliability: Reliability | None, credibility: Credibility | None) -> str:
    """The combined grade as staff write it ("B2"); "" when neither part is set, "?" for a missing part."""
    if reliability is None and credibility is None:
        return ""
    return f"{reliability.value if reliability else '?'}{credibility.value if credibility else '?'}"


def parse_grade(text: str) -> tuple[Reliability | None, Credibility | None]:
    """Read a grade such as "B2", "b 2" or "" back into its two parts."""
    cleaned = "".join(text.split()).upper()
    if not cleaned:
        return None, None
    if len(cleaned) != 2 or cleaned[0] not in "ABCDEF" or cleaned[1] not in "123456":
        raise ValidationError(
            f"grade {text!r} is not an Admiralty grade: write a letter A-F then a digit 1-6, such as B2"
        )
    return Reliability(cleaned[0]), Credibility(cleaned[1])
