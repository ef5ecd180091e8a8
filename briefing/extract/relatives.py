"""Relative clauses around a speaker: which body or person the clause hangs on.

"referred questions to the U.S. Navy's 7th Fleet, which said" is the fleet's; "overseen by leader
Kim Jong Un, who called the missile ..." is Kim's; "Kim Hyun-jung, who heads the Transitional
Justice Working Group, said" is Kim's, not the group's her clause names.
"""
from __future__ import annotations

import re
from typing import Callable

from briefing.extract.mentions import Mention
from briefing.extract.names import NAME, is_filler
from briefing.extract.speaker import Agent, agent_of, person_at

# ", which said", ", who also called": a relative clause whose verb is the cue
_RELATIVE_SAID = re.compile(r",\s*(which|who)\s+(?:(?:also|later|then|has|had|have|previously|earlier)\s+)*$")
_NAME_BEFORE = re.compile(NAME.pattern + r"$")
# ", who heads the ... Working Group, ": a relative clause set off between the subject and its verb
_WHO_ASIDE = re.compile(r"\s*,\s*who\s+[^,;]{1,120},\s*")


def relative_speaker(cue: re.Match, cased: str, left: list[Mention], lead: int,
                     known: Callable[[str], object]) -> list[Agent] | None:
    """The speaker a relative clause decides for the cue at ``cue``, or None when it decides nothing.

    ``left`` holds the mentions before the cue.
    """
    relative = _RELATIVE_SAID.search(cased, lead, cue.start())
    if relative is not None and relative.group(1) == "which":
        before = [m for m in left if m.end <= relative.start() and m.kind in ("source", "org")]
        if before and is_filler(cased[before[-1].end:relative.start()]):
            return [agent_of(before[-1])]
    elif relative is not None:
        person = person_at(cased, _NAME_BEFORE.search(cased, lead, relative.start()), known)
        if person is not None:
            return [person]
    subject = NAME.match(cased, lead)
    if subject is not None and _WHO_ASIDE.fullmatch(cased, subject.end(), cue.start()):
        person = person_at(cased, subject, known)
        if person is not None:
            return [person]
    return None
