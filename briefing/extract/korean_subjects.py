"""Korean subjects that are not a body's voice: a country speaking, a body as the topic, an office-holder acting.

북한은 … 비난했다 is a country's stance, which the next sentence does not go on with; 기획재정부는 …
makes the body the sentence's topic whether or not it speaks; 한일 국방장관은 … 합의했다 tells what
office-holders did in the reporter's narrative; …밝힌 바 있다 recalls an earlier statement.
"""
from __future__ import annotations

import re

from briefing.extract.korean_names import DEMONSTRATIVE, PLACE_WORD, PLACES, ROLE
from briefing.extract.mentions import Mention
from briefing.extract.speaker import Agent

_H = "\uac00-\ud7a3"
# 북한은, 일본 정부도, 일본 총리는, 러시아 측은: a country, its government or head of government, or its side, as the subject
_PLACE_SUBJECT = re.compile(rf"^(?:{PLACES})"
                            rf"(?:\s*측|\s+(?:정부|당국|총리|대통령))?(?:은|는|이|가|도)(?![{_H}])")
# 일부 여당 의원들은, 여러 전문가들은: an unnamed crowd as the topic; the bodies in what it said are not speakers
CROWD = rf"(?:일부|여러|몇몇|다수|상당수)\s+(?:[{_H}]+\s+){{0,2}}?[{_H}]+들(?:은|는)(?![{_H}])"
CROWD_TOPIC = re.compile(CROWD)
# 이 관계자는, 해당 부처는: a demonstrative opening the sentence refers back, it names no new actor
_DEMONSTRATIVE_OPENING = re.compile(rf"(?:{'|'.join(sorted(DEMONSTRATIVE))})\s")


# 밝힌 적이 없다, 밝히지 않았다, 확인하지 않고 있다: a reporting verb negated
# (입항한 적이 없다고 발표했다 is a statement: the silence is what was reported)
_NEVER_SAID = re.compile(r"적(?:이|은|도)\s*없(?![가-힣]*고\s)|지\s*(?:않|못)(?:았|는|고)(?![가-힣]*고\s)")
_HEARD = re.compile(r"것으로\s*(?:알려|전해)졌")
_QUOTE_ONLY = frozenset("라며 라고 이라며 이라고 다며".split())


# 북쪽은, 북측은, 정부는: a side of the peninsula, or the government, named by what it is
_SIDE_SUBJECT = re.compile(rf"(?:북측|북쪽|남측|남쪽|정부)(?:은|는|이|가|도)(?![{_H}])")


def place_speaker(folded: str, lead: int, cues: list[str]) -> Agent | None:
    """A country speaking as the subject (북한은 … 비난했다, 북쪽은 … 거부 의사를 밝혔다): a reporting
    verb, not only a quote ending. The government unnamed (정부는 … 촉구했다) speaks as its country does."""
    m = _PLACE_SUBJECT.match(folded, lead) or _SIDE_SUBJECT.match(folded, lead)
    if m is None or not any(c not in _QUOTE_ONLY and c not in ("따르면", "의하면") for c in cues):
        return None
    if _NEVER_SAID.search(folded) or background_reference(folded) or _HEARD.search(folded):
        # 북한은 … 밝힌 적이 없다: a silence; 북한은 … 통보한 바 있다: background recalled;
        # 북측은 … 회신한 것으로 알려졌다: what the reporter heard from someone else
        return None
    return Agent("org", re.sub("(?:은|는|이|가|도)$", "", m.group()))


# 감소해 왔다, 제한돼 왔다, 늘려 왔다: the auxiliary 오다, written apart after a verb's -어/-아 form (늘려, 키워),
# of what has gone on until now (not 들여왔다)
UNTIL_NOW = re.compile(r"(?<=[가-힣])\s+왔(?:다|습니다)")
# 수년 전, 그동안, 1990년대, 10년 째: a stretch of years
_YEARS = re.compile(r"수년|수십\s*년|몇\s*년|여러\s*해|오래전|오랫동안|그동안|줄곧|(?<!\d)(?:19|20)\d\d년|\d+\s*년\s*(?:전|동안|간|째)")


def long_history(folded: str) -> bool:
    """True when the sentence recounts what has gone on for years (수년 전 … 허용한 이후 … 늘려 왔다):
    the reporter's history of a body, not its statement. (…입수한 뒤 수사를 벌여 왔다 is recent work.)"""
    return UNTIL_NOW.search(folded) is not None and _YEARS.search(folded) is not None


def background_reference(folded: str) -> bool:
    """True for 밝힌 바 있다 / 보도한 바 있다: an earlier statement recalled, which later sentences do not continue."""
    return re.search(r"[가-힣]\s*바\s*(?:있|없)", folded) is not None


# 기획재정부는, 국제원자력기구(IAEA)는: a body's name followed by the topic particle
_TOPIC_AFTER = re.compile(rf"(?:\s*\([^()]{{1,20}}\))?\s*(?:측\s*)?(?:은|는)(?![{_H}])")


def names_topic(folded: str, named: list[Mention]) -> bool:
    """True when a body named in the sentence is its topic (다만 기획재정부는 …): the sentence is about it."""
    return any(_TOPIC_AFTER.match(folded, m.end) for m in named)


def place_subject(folded: str) -> bool:
    """True when a country or capital is the sentence's subject (북한은 …): the reporter's narrative."""
    return bool(_PLACE_SUBJECT.match(folded))


# …지원받고 있는 것으로 알려졌다: what the subject is said to be doing now, as a source found it
_REPORTED_NOW = re.compile(r"있는\s*것으로\s*(?:알려|전해)졌")
# 2010년 이후, 그동안, 줄곧: what has gone on for a while, the reporter's history
_FOR_A_WHILE = re.compile(r"(?<!\d)(?:19|20)\d\d년|그동안|줄곧|이후")


def country_narrative(folded: str) -> bool:
    """True when a country is the subject of the reporter's own narrative (북한은 … 발사했다).

    Not when the sentence tells what the country is said to be doing now (북한은 … 지원받고 있는
    것으로 알려졌다): after a source's account, that is more of what the source found.
    """
    return place_subject(folded) and not (_REPORTED_NOW.search(folded) is not None and _FOR_A_WHILE.search(folded) is None)


# 한일 국방장관은, 양국 정상은: a topic that is an office-holder no one has named as a source
_ROLE_TOPIC = re.compile(rf"^(?:[{_H}A-Za-z0-9·]+\s+){{0,2}}?[{_H}·]*{ROLE}(?:들)?(?:은|는)(?![{_H}])")


# 두 장관은, 양 차관은: the pair just named, referred back to by their number (not 한일 국방장관은, named anew)
_PAIR_OPENING = re.compile(r"(?:두|양|세)\s")


def other_actor(folded: str) -> bool:
    """True when a sentence with no source of its own tells of another actor or of the past.

    An office-holder as the topic (한일 국방장관은 … 합의했다) acts in the reporter's narrative, and
    a 바 있다 ending recalls an earlier event: neither continues the previous speaker.
    """
    m = _ROLE_TOPIC.match(folded)
    if m is not None and not _DEMONSTRATIVE_OPENING.match(folded) and not _PAIR_OPENING.match(folded):
        return True
    return background_reference(folded)


# 군 정찰위성, 군 수송헬기: a noun (not a role, 군 관계자) right after a short name, itself not the
# subject (군 병원은: a body of its own, the topic)
_QUALIFIES = re.compile(rf"\s+(?!{ROLE}(?:\s|은|는|이|가|도|$))[{_H}]{{2,}}(?<![은는이가도])\s")


def continues_speaker(folded: str, first: Mention, last: list[str], names: dict[str, str]) -> bool:
    """True when the body a sentence opens with is the one that spoke last, so its account goes on.

    합참에 따르면 … then 우리 군의 피해는 없었다: the speaker's own side as a possessor; 경기북부경찰청은 …
    then 경찰은 … 확인하고 있다: the same body by the shorter name it contains. ``last`` holds the codes
    of the last speakers and ``names`` each code's name as written. A body's short name that only
    qualifies the noun after it (여기에는 군 정찰위성 확보가 포함된다) names no new actor either.
    """
    if len(first.text) <= 2 and _QUALIFIES.match(folded, first.end):
        return True
    if first.code is not None and first.code in last:
        return folded.startswith("의", first.end)
    return len(first.text) >= 2 and any(first.text in names.get(code, "") and first.text != names.get(code) for code in last)


# 현대로템은 "…"이라고 밝혔다: one word as the topic, then straight away the quote it gave
_QUOTING_TOPIC = re.compile(rf"([{_H}A-Za-z0-9][{_H}A-Za-z0-9&]{{2,11}})(?:은|는)\s*[\"\u201c]")
# 회사는, 업체는, 방산업계는, 참가자들은, 정부는: a kind of body, a trade, a crowd or a side, not a name
_NOT_A_BODY_NAME = re.compile("(?:회사|업체|기업|단체|기관|당국|업계|정부|측|들|씨|자|인|국민|주민|시민|군|이번|해당|전문가|관계자|당국자|소식통)$")


def quoting_topic(folded: str, start: int) -> Agent | None:
    """A body named bare as the topic, its quote right after it (현대로템은 "…"이라고 밝혔다), or None.

    Only when nothing else in the sentence speaks: a company or a group the text names without
    saying what it is. ``start`` is where the sentence's own words begin (after an opener).
    """
    m = _QUOTING_TOPIC.match(folded, start)
    if m is None or _NOT_A_BODY_NAME.search(m.group(1)) or PLACE_WORD.fullmatch(m.group(1)) or m.group(1) in DEMONSTRATIVE:
        return None
    return Agent("org", m.group(1))
