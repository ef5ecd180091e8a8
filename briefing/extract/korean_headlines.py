"""Korean headlines that credit a quote by a bare name: 중국 "과잉 단속" 반발, …김정은 "…", 탈북민 A씨 "…".

A Korean headline puts the speaker right before the quotation marks, with no verb: a country (北, 日),
a person (김정은, A씨) or a body's short name (국방연). The name may open the headline or follow its
first clause (北 전원회의 폐막…김정은 "…"). In a headline that already names a source, a country may
answer it (합참 "…"…日 "EEZ 밖 낙하"), and so may a person (통일부 "…"…김여정 "…"), or the headline may
open with the speaker the source answers (김여정 "…"…통일부 "…"); otherwise a person or a short name
is read only when no source was named.
"""
from __future__ import annotations

import re

from briefing.extract.korean_names import COMMON, NOMINATED, PLACE_WORD, ROLE, is_name
from briefing.extract.speaker import Agent

_H = "\uac00-\ud7a3"
_COUNTRY_QUOTE = re.compile(r"(?:^|[…,·]\s*)(북한|중국|미국|일본|러시아|北|中|美|日)\s*[\"\u201c]")
_HANJA_COUNTRY = {"北": "북한", "中": "중국", "美": "미국", "日": "일본"}
# 탈북민 A씨 "…": a person credited by name and 씨
_HONORIFIC_QUOTE = re.compile(rf"(?<![{_H}A-Za-z])([{_H}]{{2,4}}|[A-Za-z])\s*씨\s*[\"\u201c]")
# 김정은 "…", 북 전원회의 폐막…김정은 "…", 국방연 "…": a quote credited to one word
_ONE_WORD = re.compile(rf"(?:^|[…,·]\s*)([{_H}]{{2,5}})\s*[\"\u201c]")
# "…"…김여정 "…": a second quote, credited to a person by name after the first one closes
_ANSWER = re.compile(rf"[\"\u201d]\s*[…,·]\s*([{_H}]{{2,4}})\s*[\"\u201c]")
# The common Korean surnames: a person's name starts with one; a thing a headline quotes about (드론 "…") seldom does
_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부리")
# 김여정 부부장 "…", 최영민 통일장관 후보자 "…": a person credited by name and title (a body within the
# title speaks instead, 국방부 대변인 "…", unless the person is only its nominee)
_TITLED_QUOTE = re.compile(rf"([{_H}]{{2,4}})\s+((?:[{_H}0-9]+\s+){{0,2}}?{ROLE})\s*[\"\u201c]")
# 전문가 "…", 주민들 "…": people in general, no one's name
_CROWD = frozenset("전문가 주민 시민 누리꾼 소식통 관계자 당국자 외신 정부 여권 야권 여야 정치권 업계 학계 현지".split())
# 국방연, 통일연, 금감원, 공정위: a body's short name ends as its full name does
_BODY_SHORT = re.compile("(?:연|원|위|청|처|부|당|사)$")


def credits(folded: str, start: int, named: bool, taken: frozenset[int] = frozenset()) -> tuple[list[Agent], bool]:
    """Who a headline (``folded`` from ``start``) credits its quote to, and whether that quote is the cue.

    ``named`` says a source was already found in the headline: only a country answering after it,
    or a speaker quoted at the headline's opening, is added then. ``taken`` holds where the bodies
    already found start: such a body is not credited again as a bare word.
    """
    country = _COUNTRY_QUOTE.search(folded, start)
    if country is not None and (not named or country.start() > start):
        return [Agent("org", _HANJA_COUNTRY.get(country.group(1), country.group(1)))], True
    if named:
        # 김여정 "…"…통일부 "…": the speaker the headline opens with, answered by the source named after;
        # 통일부 "…"…김여정 "…": a person answering the source named first
        m = _ONE_WORD.match(folded, start)
        first = _credited(m.group(1)) if m is not None and m.start(1) not in taken else None
        answer = _ANSWER.search(folded, start)
        second = (Agent("person", answer.group(1)) if answer is not None and answer.start(1) not in taken
                  and _credited(answer.group(1)) is not None and answer.group(1)[0] in _SURNAMES else None)
        return [a for a in (first, second) if a is not None], False
    if (h := _HONORIFIC_QUOTE.search(folded, start)) is not None:
        return [Agent("person", h.group(1))], False
    if (t := _TITLED_QUOTE.match(folded, start)) is not None and is_name(t.group(1)) and (
            NOMINATED.search(t.group(2)) or not any(t.start() <= s < t.end() for s in taken)):
        return [Agent("person", t.group(1))], True
    m = _ONE_WORD.search(folded, start)
    credited = _credited(m.group(1)) if m is not None else None
    return ([credited], True) if credited is not None else ([], False)


def _credited(word: str) -> Agent | None:
    """The person (김정은) or the body by its short name (국방연) a headline's word before a quote names, or None."""
    body = _BODY_SHORT.search(word) is not None
    if word in _CROWD or word.endswith("들") or PLACE_WORD.fullmatch(word) or not (body or is_name(word)):
        return None
    return Agent("org" if body else "person", word)


# 北 총참모부 "…", 과기정통부, … 발령…"…": a quote credited to the word before it, not to the headline's opening body
CREDITED_QUOTE = re.compile(rf"[{_H}A-Za-z\u4e00-\u9fff]\s*[\"\u201c]")


# 해군 차세대 구축함 진수…"2028년 실전 배치": the body the headline opens with, what it did, and,
# after the ellipsis, a quote no word credits
_ACTOR_THEN_QUOTE = re.compile(rf"(해군|육군|공군|해병대|해경|[{_H}]{{2,8}}(?:부|청|처))\s+[^…\"\u201c\n,]{{2,60}}…\s*[\"\u201c]")


def actor_quoted(folded: str, start: int, opening: Agent | None) -> Agent | None:
    """The body that opens a headline and is credited with its uncredited quote, or None.

    ``opening`` is the body found at ``start`` (a registered source, 국방부), if any; else an
    armed service or a name ending as a ministry or an agency does (방사청) may open it.
    """
    m = _ACTOR_THEN_QUOTE.match(folded, start)
    if m is None:
        return None
    if opening is not None:
        return opening
    return None if m.group(1) in COMMON else Agent("org", m.group(1))
