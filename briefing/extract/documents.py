"""Sources reached through a document or a go-between: a report's author, a speaker quoted by an
outlet, a registry source whose words a person passes on."""
from __future__ import annotations

import re
from typing import Callable, Collection

from briefing.extract.mentions import Mention
from briefing.extract.described import document_body
from briefing.extract.lexicon import QUOTING_PARTICIPLES, SAYS
from briefing.extract.names import NAME
from briefing.extract.speaker import Agent, agent_of, person_at

# "a survey released by", "its annual report": a document a source issues, which a later "the survey" refers to
DOCUMENT_NOUNS = frozenset("survey poll study commentary editorial".split())
ISSUED = re.compile(r"\b(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b")


# "quoted Vice Foreign Minister Ri as saying", "... as calling the report a fabrication"
_AS_SAYING = re.compile(r"\s+([^;]{1,120}?)\s+as\s+(?:" + "|".join(QUOTING_PARTICIPLES) + r")\b")


def quoted_speaker(cue: re.Match, folded: str, cased: str, mentions: list[Mention],
                    known: Callable[[str], object], seen: Collection[str] = ()) -> list[Agent]:
    """Whom a source quoted: the body or person between "quoted" and "as saying".

    A surname alone is a person when their full name was met before (``seen``): "KCNA quoted Kim".
    """
    m = _AS_SAYING.match(folded, cue.end())
    if m is None:
        return []
    inside = [x for x in mentions if m.start(1) <= x.start and x.end <= m.end(1)]
    if inside:  # "an official of the North's Missile Administration": the body the official speaks for
        return [agent_of(inside[-1])]
    name = NAME.search(cased, m.start(1), m.end(1))
    agent = person_at(cased, name, known)
    if agent is None and name is not None and not name.group(1) and name.group(2).lower() in seen:
        agent = Agent("person", name.group(2))
    return [agent] if agent else []


_DOCUMENT = re.compile(r"\s*(?:(?:a|an|the|its|their|his|her|new|latest|recent|separate|written|annual|quarterly|"
                       r"monthly|weekly|confidential|classified|internal|official|preliminary)\s+)*"
                       r"(?:[\w-]+\s+)?(?:reports?|statements?|data|assessments?|surveys?|documents?|findings|"
                       r"briefings?|analysis|analyses|estimates?|figures|statistics|study|studies|paper|records|filing|"
                       r"indictment|ruling|verdict|complaint|lawsuit)\b")
# where the author may be named after the document: "by", "from" or "of", within a few words
_AUTHOR_AT = re.compile(r"\b(?:by|from|of)\s+")


def document_author(cue: re.Match, folded: str, cased: str, mentions: list[Mention]) -> list[Agent]:
    """The author of a document cited: "according to a report submitted to the Assembly by the NIS".

    "according to a new analysis of satellite imagery by the Center for ..." names what the
    document is about after "of" and its author after "by": each "by", "from" or "of" is tried.
    """
    m = _DOCUMENT.match(folded, cue.end())
    if m is None:
        return []
    relative = _WHICH.match(folded, m.end())
    if relative is not None:  # "data that the procurement agency submitted to the Assembly"
        chain = [x for x in mentions if relative.end() <= x.start <= relative.end() + 4 and x.kind in ("source", "org")]
        if chain and re.match(_HANDED, folded[chain[0].end:]):
            return [agent_of(chain[0])]
    return _author_after(m, folded, cased, mentions)


def document_holder(cue: re.Match, folded: str, cased: str) -> list[Agent]:
    """The lawmaker a cited document was given to: "according to ministry data submitted to Rep. Choi",
    who is a source beside the document's author, as news copy credits both."""
    given = _GIVEN_TO.search(folded, cue.end(), cue.end() + 120)
    holder = person_at(cased, NAME.match(cased, given.end()), lambda name: None) if given else None
    return [holder] if holder is not None and not re.search(r"[,;]", folded[cue.end():given.start()]) else []


# "data submitted to Rep. Choi", "figures provided to lawmaker Kim": whom a document was given
_HANDED = r"\s+(?:(?:had|has|have)\s+)?(?:submitted|provided|released|compiled|published|presented|sent|handed|gave|given)\b"
_GIVEN_TO = re.compile(_HANDED + r"[^,;]{0,30}?\bto\s+(?=(?:rep\.|representative|sen\.|senator|lawmaker)\s)(?:lawmaker\s+)?")
_WHICH = re.compile(r"\s+(?:(?:that|which)\s+)?")


def _author_after(m: re.Match, folded: str, cased: str, mentions: list[Mention]) -> list[Agent]:
    """The author named after the document ``m``: by, from or of a body."""
    for at in _AUTHOR_AT.finditer(folded, m.end(), min(len(folded), m.end() + 90)):
        if re.search(r"[,;]", folded[m.end():at.start()]):
            break
        chain = [x for x in mentions if at.end() <= x.start <= at.end() + 4 and x.kind in ("source", "org")]
        if chain:
            return [agent_of(chain[0])]
        # "an indictment released by prosecutors": an institution named by what it is
        kind = re.match(r"(?:the\s+)?(prosecutors|prosecution|police|court|coroner|regulators)\b", folded[at.end():])
        if kind:
            return [Agent("org", cased[at.end() + kind.start(1):at.end() + kind.end(1)])]
        named = document_body(cased, at.end())
        if named is not None and at.group().startswith("by"):
            return [Agent("org", named)]
    return []


_TOLD_THAT = re.compile(r"\s+(?:[\w'-]+\s+){0,8}?that\s+")


# "denied a Yonhap report that", "confirmed an earlier NHK report on": an answer to what an outlet reported
_ANSWERS = frozenset("denied denies dismissed rejected disputed confirmed confirms".split())
_ANSWERED = re.compile(r"\s+(?:on\s+\w+\s+)?(?:a|an|the)\s+(?:(?:earlier|recent|new|media|press)\s+)?(?=[^,;]{2,40}?\s+reports?\s+"
                       r"(?:that|on|about|of)\b)")


def relayed(cue: re.Match, folded: str, agents: list[Agent], mentions: list[Mention]) -> list[Agent]:
    """A registry source whose words a person passes on: "Rep. Park said the NIS had traced ...", or the
    outlet whose report a body answers: "The Pentagon denied a Wall Street Journal report that ...".

    Only when every agent is a person and the reported clause opens with the source as its subject,
    right after the verb or after whom they told and when ("told reporters after the session that").
    """
    answered = _ANSWERED.match(folded, cue.end()) if cue.group() in _ANSWERS else None
    if answered is not None:
        # "The Pentagon denied a Wall Street Journal report that ...": the report's claim is its author's
        at = answered.end()
        return [agent_of(m) for m in mentions if m.start <= at < m.end and m.kind in ("source", "org")][:1]
    if any(a.kind != "person" for a in agents) or cue.group() not in SAYS | {"told", "tells"}:
        return []
    # Whom a person told is the audience ("told the IAEA board"), not what they passed on.
    at = re.match(r"\s+(?:that\s+)?", folded[cue.end():])
    positions = [] if cue.group() in ("told", "tells") else [cue.end() + (at.end() if at else 0)]
    told = _TOLD_THAT.match(folded, cue.end())
    if told is not None:
        positions.append(told.end())
    for pos in positions:
        starts = (pos, pos + 4) if folded.startswith("the ", pos) else (pos,)
        # "said the BOK's methods undercount": what the body owns is the subject, not the body
        found = [agent_of(m) for m in mentions if m.start in starts and m.kind == "source"
                 and not folded.startswith("'s ", m.end)][:1]
        if found:
            return found
    return []
