"""Korean people named in full once and by surname and title afterwards: 김정은 국무위원장 … 김 위원장은.

A Korean wire names a person in full with a title the first time (김정은 국무위원장이 참석한 가운데,
강준혁(소장) 2함대사령관은) and afterwards by surname and the same title, or the title's last part
(김 위원장은, 강 사령관은), whether or not the first mention reported anything. A headline may name
the person alone before a comma and quote them (김정은, 군수공장 현지지도…"포탄 …").
"""
from __future__ import annotations

import re

from briefing.extract.korean_names import NAMED, NOMINATED, PERSON, ROLE, describes, is_name, joined_person, person_name
from briefing.extract.speaker import Agent

_H = "\uac00-\ud7a3"
# 김 위원장은, 강 사령관은: a surname and a title as the sentence's topic; 박 과장은 too, a section
# chief's title, which as a word on its own is more often an exaggeration (과장) than an office, is
# read only of a person named in full with it before. 당 관계자는, 군 당국은: an unnamed official or
# an authority, not a surname and a title.
SURNAME_TOPIC = re.compile(rf"([{_H}])\s+({ROLE}|과장)(?<!당국)(?<!관계자)(?<!당국자)(?<!소식통)(?:은|는)(?![{_H}])")
# 박 의원이 국방부로부터 제출받은: a surname and a title as the subject, right before the body it names
SURNAME_BEFORE = re.compile(rf"(?<![{_H}])([{_H}])\s+({ROLE})(?:은|는|이|가)\s+$")
# 이에 대해, 이와 관련해, 다만: words opening a sentence before its topic
OPENER = re.compile(r"(?:(?:이에|이와|이를|그에)\s+(?:대해|관련해|두고)\s*,?\s+|(?:다만|또|또한|이어|아울러|그러면서)\s+)?")
# 한 의원은: the surname 한, or the indefinite "a lawmaker", opening the sentence
_HAN_TOPIC = re.compile(rf"(한)\s+({ROLE})(?:은|는)(?![{_H}])")
# 국민의힘 이성민, 더불어민주당 박선우 의원이, 여야 간사인 최준서·김다혜 의원이: two people listed before the title they share
_LISTED = re.compile(rf"(?<![{_H}])([{_H}]{{2,4}})(?:,\s+(?:[{_H}]+\s+){{0,2}}?|·)[{_H}]{{2,4}}\s+({ROLE})(?:은|는|이|가|도)(?![{_H}])")
# 이 의원은, 이 의원에 따르면: the surname 이, or "this" (lawmaker); either way the 이 named with that title
_LEE_OR_THIS = re.compile(rf"(?<![{_H}])이\s+({ROLE})(?:은|는|에\s*따르면|에\s*의하면)(?![{_H}])")
_NOTE = re.compile(r"\([^()]*\)$")
_PARTICLE = re.compile("(?:은|는|이|가|도|과|와|의|을|를|에게|께서)$")
# 김정은, 군수공장 현지지도…"…": a headline naming a person before a comma, then quoting them
_HEADLINE_PERSON = re.compile(rf"([{_H}]{{2,4}})\s*,\s[^\"\u201c]*[\"\u201c]")


class Introduced:
    """The people a Korean text has named in full with a title, the latest last."""

    def __init__(self) -> None:
        self._sentences: list[str] = []
        # sentence -> (full name, title, affiliation) of each person in it, read when asked
        self._people: dict[int, list[tuple[str, str, str]]] = {}
        # (surname, title) -> how many sentences were searched, and the latest person found in them
        self._found: dict[tuple[str, str], tuple[int, tuple[str, str, str] | None]] = {}

    def note(self, folded: str) -> None:
        """Remember a (quote-masked, folded) sentence, for the "[name] [affiliation] [title]" phrases in it."""
        self._sentences.append(folded)

    def _read(self, i: int) -> list[tuple[str, str, str]]:
        if i not in self._people:
            folded = self._sentences[i]
            subjects = list(PERSON.finditer(folded))
            # 공보실장(대령)은: the title without its particle or the rank after it
            people = [(name, _NOTE.sub("", _PARTICLE.sub("", p.group().split()[-1])), _affiliation(p, name))
                      for p in (*subjects, *NAMED.finditer(folded)) if (name := person_name(p)) is not None]
            people += [(*joined, "") for p in subjects if (joined := joined_person(p)) is not None]
            self._people[i] = people + [(m.group(1), m.group(2), "") for m in _LISTED.finditer(folded) if is_name(m.group(1))]
        return self._people[i]

    def _find(self, surname: str, title: str) -> tuple[str, str, str] | None:
        """The latest person introduced with ``surname`` and a title ending in ``title``: name, title, affiliation."""
        if not title:
            return None
        # only the sentences noted since the last search for this person can hold a later one
        searched, found = self._found.get((surname, title), (0, None))
        for i in range(len(self._sentences) - 1, searched - 1, -1):
            folded = self._sentences[i]
            if title in folded and surname in folded:
                held = next((held for held in reversed(self._read(i))
                             if held[0].startswith(surname) and held[0] != surname and held[1].endswith(title)), None)
                if held is not None:
                    found = held
                    break
        self._found[(surname, title)] = (len(self._sentences), found)
        return found

    def full(self, surname: str, title: str) -> str | None:
        """The full name of the latest person introduced with ``surname`` and a title ending in ``title``."""
        found = self._find(surname, title)
        return found[0] if found is not None else None

    def office(self, surname: str, title: str) -> str | None:
        """The office that person was introduced with, as written (국방부 장관, 합참 작전본부장), or None.

        None too for a former holder (문기석 전 국방부 차관) or one who came from the body (국정원 출신):
        they no longer speak for it; nor does a nominee (국방부 장관 후보자), who does not yet.
        """
        found = self._find(surname, title)
        if found is None or found[2] is None or NOMINATED.search(found[1]):
            return None
        return f"{found[2]} {found[1]}".strip()


# 전 국방부 차관, 국정원 출신 의원: a former office-holder, or one who came from the body
_FORMER = frozenset("전 前 전직 출신 퇴임 예비역".split())


def _affiliation(match: re.Match, name: str) -> str | None:
    """The words naming where the person of a PERSON or NAMED ``match`` holds the title, or None if a former holder.

    The words after the last one that ends a clause or a case (진수식에는 김도형 국방부 장관과: 국방부), the
    name and the title left out.
    """
    words = match.group().split()[:-1]
    if any(w in _FORMER for w in words):
        return None
    start = max((i + 1 for i, w in enumerate(words) if describes(w) and not w.startswith(name)), default=0)
    return " ".join(_NOTE.sub("", w) for w in words[start:] if not w.startswith(name))


def with_lee(agents: list[Agent], folded: str, introduced: Introduced) -> list[Agent]:
    """이 의원은 after 이성진 의원 was named: that lawmaker, not whoever spoke last (nor "this" one)."""
    m = _LEE_OR_THIS.search(folded)
    if m is None or introduced.full("이", m.group(1)) is None or any(a.text == "이" for a in agents):
        return agents
    return [a for a in agents if not (a.kind == "backref" and a.text.startswith("이 "))] + [Agent("person", "이", head=m.group(1))]


def surname_speaker(folded: str, lead: int, introduced: Introduced) -> Agent | None:
    """한 의원은 … 지적했다 after 한상우 의원 was named: the person, not "a lawmaker"."""
    m = _HAN_TOPIC.match(folded, OPENER.match(folded, lead).end())
    if m is None or introduced.full(m.group(1), m.group(2)) is None:
        return None
    return Agent("person", m.group(1), head=m.group(2))


def headline_person(folded: str, lead: int, named_starts: list[int]) -> Agent | None:
    """김정은, 군수공장 현지지도…"…": the person a headline names before its comma and quote."""
    if folded.rstrip()[-1:] in ".다":
        return None
    m = _HEADLINE_PERSON.match(folded, lead)
    if m is None or not is_name(m.group(1)) or any(lead <= s < m.end(1) for s in named_starts):
        return None
    return Agent("person", m.group(1))


# 경기 파주시 대성동 마을의 한 주민은, 서울 종로구의 한 상인은: an unnamed person placed where they live
# or work, which a reporter reached; an unnamed official (정부의 한 관계자는) stays vague sourcing
_PLACED = re.compile(rf"((?:[{_H}0-9]+\s+){{0,4}}?(?:[{_H}]*마을|[{_H}]+(?:시|군|구|동|리|읍|면|도|섬|항|포구|시장))의\s+한\s+"
                     rf"(?:주민|상인|어민|농민|시민|교민|자영업자))(?:은|는|이|가)(?![{_H}])")


def placed_person(folded: str, lead: int) -> Agent | None:
    """The resident a sentence opens with, named by place (…마을의 한 주민은), as written, or None."""
    if "의 한 " not in folded:
        return None
    m = _PLACED.match(folded, lead)
    return Agent("person", m.group(1)) if m is not None else None
