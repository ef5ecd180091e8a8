"""Another country's body named like a home one: 폴란드 국방부, 미국 국방부, 영국 국방부.

Korean copy names a foreign ministry by putting the country in front of the ministry's common
name, so 국방부 alone is South Korea's (MND) but 폴란드 국방부 is Poland's: a body of its own,
not in the registry, unless the registry lists that country's body under the same words
(미국 국방부 is the registry's 미 국방부, DOD).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing.extract.mentions import Mention

_H = "\uac00-\ud7a3"
# The countries Korean copy most often names a foreign ministry by; 한국, 남한 and 우리 are home.
_COUNTRIES = """미국 미 일본 중국 러시아 영국 프랑스 독일 이탈리아 스페인 포르투갈 네덜란드 벨기에 스위스 오스트리아
폴란드 체코 슬로바키아 헝가리 루마니아 불가리아 그리스 우크라이나 벨라루스 리투아니아 라트비아 에스토니아
핀란드 스웨덴 노르웨이 덴마크 아일랜드 캐나다 멕시코 브라질 아르헨티나 칠레 페루 콜롬비아 호주 뉴질랜드
인도 파키스탄 방글라데시 이란 이라크 이스라엘 튀르키예 터키 사우디 사우디아라비아 아랍에미리트 카타르 이집트
시리아 요르단 레바논 대만 베트남 필리핀 태국 인도네시아 말레이시아 싱가포르 몽골 카자흐스탄 우즈베키스탄
남아공 나이지리아 케냐 에티오피아 북한""".split()
_COUNTRY_BEFORE = re.compile(rf"(?<![{_H}])({'|'.join(sorted(_COUNTRIES, key=len, reverse=True))})\s*(?:의\s*)?$")
# the home bodies' owners as the registry's English aliases give them ("South Korea's defense ministry")
_HOME = frozenset({"south korea", "seoul"})
# how the registry spells a country before its own bodies' Korean names (미 국방부)
_REGISTRY_SPELLING = {"미국": "미"}


def foreign_bodies(folded: str, named: list[Mention], owners: dict[str, set[str]],
                   code_of: Callable[[str], str | None]) -> list[Mention]:
    """``named`` with each home body named after another country made that country's body.

    ``owners`` maps a registry code to whose body it is ("south korea"); ``code_of`` gives the
    registry code of a whole Korean name (미 국방부 -> DOD), or None. A body the registry keeps
    for that country takes its code; any other becomes an organisation named with its country.
    """
    out: list[Mention] = []
    for m in named:
        country = _COUNTRY_BEFORE.search(folded, max(0, m.start - 12), m.start) if m.kind == "source" else None
        if country is None or not owners.get(m.code or "", set()) & _HOME:
            out.append(m)
            continue
        spelled = _REGISTRY_SPELLING.get(country.group(1), country.group(1))
        code = code_of(f"{spelled} {m.text}") or code_of(f"{country.group(1)} {m.text}")
        if code is not None:
            out.append(Mention(m.start, m.end, "source", m.text, code))
        else:
            start = country.start(1)
            out.append(Mention(start, m.end, "org", folded[start:m.start] + m.text))
    return out
