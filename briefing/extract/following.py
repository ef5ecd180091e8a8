"""Agents named after their cue: "according to the NIS", "said Lim So-yeon", "confirmed by the Pentagon".

Also the body a named person speaks for when an appositive gives their role there ("Kim Min-ho,
head of the BOK's economy team,"), and a body named in capitals that no pattern knows.
"""
from __future__ import annotations

import re
from typing import Callable

from briefing.extract.described import BODY_APPOSITIVE, INFORMED, NOT_ROLES, ROLE_THEN_NAME
from briefing.extract.lexicon import QUOTING_PARTICIPLES, SAYS
from briefing.extract.mentions import Mention
from briefing.extract.names import NAME, NON_NAME, ROLE_BEFORE_NAME, ROLES, is_non_name
from briefing.extract.speaker import Agent, agent_of, person_at

# cues whose agent comes after them
AFTER_ONLY = re.compile(r"^(?:according to|citing|\w+(?: as saying)? by|\w+ (?:through|via))$")
# "Kim Min-ho, head of the BOK's North Korean economy team, told": a role in an appositive;
# "Lee, the JCS' director of operations, told": perhaps after the body that holds it
ROLE_APPOSITIVE = re.compile(r"\s*,\s*((?:(?:a|an|the)\s+)?(?:[\w'\u2019-]+\s+){0,2}?([\w-]+)\s+(?:of|at|for|in)\s+"
                              r"[^,]{1,80}?)\s*,\s*$")
# "a former NIS deputy director": speaks for no one but themselves
FORMER = re.compile(r"\b(?:former|retired|ex-|onetime|then)\b", re.IGNORECASE)
# what joins bodies named together: "the NIS, the JCS and the MND"
COORD = re.compile(r"\s*(?:,|and|or|,\s*and|as well as)\s*(?:the\s+)?")


def spoken_for(name: re.Match, tail: str, offset: int, mentions: list[Mention]) -> Agent | None:
    """The body a named person speaks for when ``tail`` is a role appositive naming it.

    "Kim Min-ho, head of the BOK's economy team," and "Lee, the JCS' director of operations," speak
    for the BOK and the JCS; "a former director of the NIS" or "an economist at Hanbit Securities"
    do not speak for anyone but themselves.
    """
    m = ROLE_APPOSITIVE.fullmatch(tail)
    if m is None or m.group(2).lower() not in ROLES or FORMER.search(m.group(1)) or is_non_name(name.group(2)):
        return None
    lo, hi = offset + m.start(1), offset + m.end(1)
    inside = [x for x in mentions if lo <= x.start and x.end <= hi and x.kind in ("source", "org", "backref")]
    holder = inside[-1] if inside else None
    if holder is None or (holder.end <= offset + m.start(2) and holder.kind != "source"):
        # "the JCS' director of operations" speaks for the JCS; "the firm's head of analysis", of a
        # body the registry does not know, is quoted in their own name
        return None
    agent = agent_of(holder)
    agent.names.append(name.group().strip())
    return agent


def agent_after(cue: re.Match, folded: str, cased: str, mentions: list[Mention],
           known: Callable[[str], object], start: int | None = None) -> list[Agent]:
    """The agent named right after ``cue`` (or after ``start``, where a passive's "by" ends)."""
    start = cue.end() if start is None else start
    skip = re.match(r"\s*(?:,\s*)?(?:(?:the|a|an)\s+)?(?:[a-z.]+(?: [a-z.]+)?'s\s+)?(?:(?:official|state-run|"
                    r"state|government|main|its|his|her)\s+)*(?:(?:news\s+)?(?:agency|service|outlet|broadcaster|"
                    r"newspaper)\s+(?=[a-z]))?", folded[start:])
    pos = start + skip.end()
    chain = [m for m in mentions if start <= m.start <= pos]
    if chain and chain[0].text.startswith(("its ", "their ")):
        # "The PCG runs 25 ships, according to its own figures": the figures of the body that opens the sentence
        subject = next((m for m in mentions if m.kind in ("source", "org")), None)
        if subject is not None and re.fullmatch(r"\s*(?:the\s+)?", folded[:subject.start]):
            return [agent_of(subject)]
    if chain:
        return [agent_of(m) for m in chain + _joined(chain[-1].end, folded, mentions)]
    informed = INFORMED.match(cased, start + re.match(r"\s*", cased[start:]).end())
    if informed is not None:
        return [Agent("org", informed.group(1))]  # "citing hospital officials in Goyang"
    role = ROLE_BEFORE_NAME.match(cased, pos) if AFTER_ONLY.match(cue.group()) or cue.group() in SAYS else None
    if role is not None and NAME.match(cased, role.end()) is not None:
        # "according to South Korean lawmaker Yoo Jin-ho", "said the group's director Choi Eun-hee": the person after the role
        body = next((m for m in mentions if pos <= m.start and m.end <= role.end()), None)
        if body is not None and body.kind == "source" and re.search(r"spokes|official", role.group()):
            agent = agent_of(body)  # "said defense ministry spokesman Jeon Ha-kyu": the ministry's voice
            agent.names.append(NAME.match(cased, role.end()).group().strip())
            return [agent]
        pos = role.end()
    name = NAME.match(cased, pos)
    if name is not None and cue.group() in SAYS and start == cue.end() and re.match(r"\s+[a-z]", cased[name.end():]):
        return []  # "..., speaking on condition of anonymity, said President Lee had approved": what was said
    if name is not None and BODY_APPOSITIVE.match(cased, name.end()):
        return [Agent("org", name.group().strip())]  # "according to Rimjin Report, a Tokyo-based outlet"
    if name is not None:
        # "said Park, director of the BOK's research department." : the appositive up to a comma or the end
        apposition = re.match(r"\s*,[^,]{1,100}?(?=,|[.!?\"'\u201d]*\s*$)", cased[name.end():])
        body = spoken_for(name, apposition.group() + ", ", name.end(), mentions) if apposition else None
        if body is not None:
            return [body]
    if name is None and AFTER_ONLY.match(cue.group()):
        # "according to his lawyer, Yoon Mi-ran": the person named in apposition to a role
        role = ROLE_THEN_NAME.match(cased, pos)
        if role is not None and role.group(1).lower() not in NOT_ROLES:
            name = NAME.match(cased, role.end())
            name = name if name is not None and re.match(r"\s*(?:[,.;:)]|$)", cased[name.end():]) else None
    agent = person_at(cased, name, known)
    if agent is None and (AFTER_ONLY.match(cue.group()) or cue.group() in SAYS or start != cue.end()):
        agent = proper_name(cased, pos)
        if agent is not None and AFTER_ONLY.match(cue.group()):
            # "according to the ADD and the defense ministry": a body no pattern knows, and those joined to it
            end = cased.index(agent.text, pos) + len(agent.text)
            return [agent] + [agent_of(m) for m in _joined(end, folded, mentions)]
    return [agent] if agent else []


def _joined(end: int, folded: str, mentions: list[Mention]) -> list[Mention]:
    """The bodies named after ``end`` in a list with the one that ends there ("the NIS, the JCS and the MND")."""
    joined: list[Mention] = []
    for m in mentions:
        if m.start < end:
            continue
        # "the Agency for Defense Development (ADD) and the defense ministry": the short name is the first body's
        gap = re.sub(r"^\s*\([^)]*\)", "", folded[end:m.start])
        # "according to the JCS, Navy vessels escorted": a comma alone joins only within a list
        listed = gap.strip() != "," or re.match(r"\s*(?:,|and\b|or\b)", folded[m.end:]) is not None
        if m.start > end and COORD.fullmatch(gap) and listed:
            joined.append(m)
            end = m.end
    return joined


# A name in capitals that is not a known kind of body: "Statistics Korea", "38 North", "FBI".
PROPER = re.compile(r"(?:\d+\s+)?[A-Z][\w&.\-']*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w&.\-']*)*")
NOT_BODIES = frozenset("u.s. u.n. un us".split())


def proper_name(cased: str, pos: int) -> Agent | None:
    """The body named in capitals right after "according to", "by" or an inverted "said"."""
    m = PROPER.match(cased, pos)
    if m is None:
        return None
    name = m.group().rstrip(".,").removesuffix("'s")
    words = [w.lower() for w in name.split()]
    # a numeral opening a name in capitals makes it a name ("38 North"), not a place
    if not words[0].isdigit() and all(w in NON_NAME or w in NOT_BODIES for w in words):
        return None
    return Agent("org", name)


# "..., the agency said, with leader Kim Jong Un vowing to ...": a named person's words carried in
# an absolute clause ("with Western envoys accusing" names a crowd, and nobody in particular)
_WITH_SPEAKING = re.compile(r",\s+with\s+(?:(?:leader|president|chairman|minister|general|ambassador)\s+)?(?=[A-Z])")
_SPEAKING = re.compile(r"\s+(?:" + "|".join(QUOTING_PARTICIPLES) + r")\b")


def with_speaking(cased: str, known: Callable[[str], object]) -> list[Agent]:
    """The person a "with NAME vowing ..." clause quotes, if the sentence has one."""
    for m in _WITH_SPEAKING.finditer(cased) if ", with " in cased else ():
        person = person_at(cased, NAME.match(cased, m.end()), known)
        if person is not None and _SPEAKING.match(cased, m.end() + len(person.text)):
            return [person]
    return []


# "citing an unnamed Japanese defense ministry official": the body whose official it was
_UNNAMED_OFFICIAL = re.compile(r"\s*(?:an?\s+)?(?:unnamed|anonymous)\s+(?:(?:senior|top|high-ranking)\s+)?")


def unnamed_official_of(at: int, folded: str, mentions: list[Mention]) -> list[Agent]:
    """The registry body an unnamed official cited right after ``at`` works for, if the text names it."""
    m = _UNNAMED_OFFICIAL.match(folded, at)
    body = next((x for x in mentions if m is not None and m.end() <= x.start <= m.end() + 12), None)
    if body is None or body.kind != "source" or not re.match(r"\s+(?:officials?|sources?)\b", folded[body.end:]):
        return []
    return [agent_of(body)]
