"""Korean speech relayed by someone else: who passed a body's words on, and whose words they were.

A lawmaker briefed behind closed doors tells reporters what the agency said, either in the reporter's
words (…보고했다고 이성민 의원이 전했다) or in a quotation of their own that itself reports the agency
(최 의원은 "국정원은 …고 했다"고 말했다): the lawmaker and the agency are both sources. A statement issued
in a person's name (김여정 부부장 명의의 담화) is that person's, whichever outlet or country carried it.
"""
from __future__ import annotations

import re

from briefing.extract.korean_documents import NOUNS as _DOCUMENT_NOUNS
from briefing.extract.korean_names import DEMONSTRATIVE, PHRASE, person, person_name
from briefing.extract.korean_people import SURNAME_TOPIC
from briefing.extract.korean_orgs import organisations
from briefing.extract.mentions import Mention, RegistryMatcher, fold
from briefing.extract.speaker import Agent

_H = "\uac00-\ud7a3"
# …보고했다고 … 이성민 의원이 전했다: the reported clause ends in 다고/라고; who passed it on follows
_COMPLEMENTIZER = re.compile(rf"(?<=[{_H}])(?:다|라)고\s")
# 김여정 노동당 부부장 담화를 전했다: an outlet carried a named person's statement;
# 박정천 군정지도부장 명의의 담화를 통해: a statement issued in a person's name, whoever issued it
_CARRIED_PERSON = re.compile(rf"{PHRASE}\s*(?:(?:명의\s*)?(?:의\s*)?(?:담화|성명|발언|연설|서한|기고)(?:을|를)\s*"
                             rf"(?:전했|전한|보도했|보도한|인용|소개했|실었)|명의(?:의|로)?\s*(?:{_DOCUMENT_NOUNS}))")
_STATEMENT = re.compile("담화|성명|발언|연설|서한|기고|명의")
# “국정원은 …고 했다”: a quotation that itself reports what its subject said, closed by the outer verb's 고
_RELAYING_QUOTE = re.compile(rf"[\"\u201c]([^\"\u201c\u201d]{{4,400}}?(?<=[{_H}])(?:다|라)고\s*"
                             rf"(?:했|말했|밝혔|전했|설명했|보고했|답했|강조했|평가했|판단했)(?:다|습니다)\.?)\s*[\"\u201d]\s*(?:이라|라)?고")
_TOPIC = re.compile(rf"\s*(?:은|는|이|가|도)(?![{_H}])")


def passed_on(folded: str, agents: list[Agent], named: list[Mention]) -> list[Agent]:
    """The person who passed on a reported clause: …보고했다고 정보위 간사인 이성민 의원이 전했다.

    A clause closed by the complementizer 다고/라고 is what someone else said; a named person who is
    the subject after it, before the final verb, is a speaker too.
    """
    comp = _COMPLEMENTIZER.search(folded)
    if comp is None:
        return []
    p = person(folded, comp.end())
    if p is None:
        # …보고했다고 윤 의원은 설명했다: the person named in full before, by surname and title
        last = comp
        for last in _COMPLEMENTIZER.finditer(folded, comp.start()):
            pass
        t = SURNAME_TOPIC.match(folded, last.end())
        ok = t is not None and t.group(1) not in DEMONSTRATIVE and not any(m.start <= t.start(1) < m.end for m in named)
        return [Agent("person", t.group(1), head=t.group(2))] if ok else []
    if any(m.start <= p.start(1) < m.end for m in named):
        return []
    name = person_name(p)
    return [] if any(a.text == name for a in agents) else [Agent("person", name)]


def statement_author(folded: str, named: list[Mention], spoken: bool) -> Agent | None:
    """The person whose statement the sentence carries, or None.

    An outlet carrying a named person's statement (김여정 부부장 담화를 전했다) counts only when the
    sentence has a speaker already (``spoken``); a statement issued in the person's name (명의의 담화)
    names its author whatever else the sentence says.
    """
    if not (_STATEMENT.search(folded) if spoken else "명의" in folded):
        return None  # the cheap test first: no statement named, no author to find
    m = _CARRIED_PERSON.search(folded)
    if m is None or (not spoken and "명의" not in m.group()):
        return None
    name = person_name(m)
    if name is None or any(n.start <= m.start(1) < n.end for n in named):
        return None
    return Agent("person", name)


def relayed_bodies(raw: str, matcher: RegistryMatcher) -> list[Agent]:
    """The bodies a speaker's quotation reports speaking: "국정원은 …고 했다"고 말했다 -> the NIS.

    ``raw`` is the sentence as written, its quotations kept; ``matcher`` finds the registry's
    sources in it, beside which other organisations are sought. Only a body that opens
    the quotation as its subject counts: a body merely named inside a quote is what the speaker
    talks about, not someone they pass on.
    """
    if not any(q in raw for q in '"\u201d\u201f\u2033') or not ("다고" in raw or "라고" in raw):
        return []  # the cheap test first: no quotation closed, or none that reports speech
    unmasked = fold(raw)
    found: list[Agent] = []
    for q in _RELAYING_QUOTE.finditer(unmasked):
        inner = q.group(1)
        named = matcher.sources(inner, inner)
        first = min(named + organisations(inner, named), key=lambda m: m.start, default=None)
        if first is not None and not inner[:first.start].strip() and _TOPIC.match(inner, first.end):
            found.append(Agent(first.kind, first.text, first.code))
    return found
