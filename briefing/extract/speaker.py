"""Who a reporting cue belongs to: the agent record, and a person named at a given place."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from briefing.extract.mentions import Mention
from briefing.extract.names import is_non_name


@dataclass(slots=True)
class Agent:
    """Who a cue belongs to: a mention, or a person (``kind`` "person", ``text`` the name as written)."""

    kind: str
    text: str
    code: str | None = None
    head: str = ""
    names: list[str] = field(default_factory=list)  # people introduced as speaking for this agent


@dataclass(slots=True)
class Found:
    agents: list[Agent] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    orphan_cue: bool = False  # a cue whose agent is not named here ("and said", "is said to")
    vague: bool = False
    hearsay: bool = False


def agent_of(m: Mention) -> Agent:
    return Agent(m.kind, m.text, m.code, m.head)


def person_at(cased: str, m: re.Match | None, known: Callable[[str], object]) -> Agent | None:
    """A person agent for the NAME match ``m``, if it looks like one."""
    if m is None or is_non_name(m.group(2)):
        return None
    if " " not in m.group(2) and not m.group(1) and not known(m.group(2)):
        return None
    return Agent("person", m.group().strip())

