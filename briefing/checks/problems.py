"""A problem found by a check: how serious, what it is, and where."""
from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(str, enum.Enum):
    ERROR = "error"        # the briefing should not go out like this
    WARNING = "warning"    # a reviewer would ask about it


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding. ``code`` is stable (for tools and tests); ``where`` names the section or fact."""

    severity: Severity
    code: str
    message: str
    where: str = ""
    section_id: str | None = None
    block_id: str | None = None
    fact_id: str | None = None

    def as_json(self) -> dict:
        return {"severity": self.severity.value, "code": self.code, "message": self.message, "where": self.where,
                "section_id": self.section_id, "block_id": self.block_id, "fact_id": self.fact_id}

    def __str__(self) -> str:
        where = f"{self.where}: " if self.where else ""
        return f"{self.severity.value}: {where}{self.message}"
