"""Korean bodies introduced by what they are: 대북 매체 데일리엔케이는, 미국 싱크탱크 CSIS는, VOA 방송은.

A wire names an outlet, a think tank or an association that readers may not know by putting what it
is in front of its name (매체, 방송, 싱크탱크, 연구소, 단체 …), or, for a broadcaster known by its
Latin initials, behind it (NHK 방송). The name itself may be anything: Hangul, Latin letters,
digits (38노스, NK뉴스, 데일리NK). Such a body is a candidate speaker like any other organisation;
the noun it was introduced by is what a later back-reference (이 매체는) may call it.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing.domain.sources import SourceKind
from briefing.extract.korean_names import ROLE
from briefing.extract.mentions import Mention, overlaps

_H = "\uac00-\ud7a3"
# What a body is said to be, perhaps qualified in the same word (전문매체, 인권단체, 보안업체); a
# name that ends in a kind (세종연구소, 아산재단) is not a description, though any word before
# 단체, 매체, 업체 or 기관 makes one (지원단체, 분석업체, 정보기관)
_KINDS = ("매체|방송사|방송|통신사|신문사|신문|일간지|주간지|일간|경제지|잡지|언론|웹사이트|사이트|싱크탱크|연구소|연구기관|"
          "단체|재단|업체|기업|회사|기관")
_QUALIFIERS = "대북|전문|인터넷|온라인|관영|국영|민간|독립|인권|시민|보안|조사|분석|컨설팅|정보|탈북민|언론|외신|현지"
_PARTICLE = rf"(?=(?:\s+{ROLE})?\s*(?:측\s*)?(?:(?:은|는|이|가|도|에\s*따르면|에\s*의하면)(?![{_H}])))"
_ABBREVIATION = r"(?:\s*\([A-Za-z][A-Za-z0-9&.\-]{1,9}\))?"
# 대북 매체 데일리엔케이는, 북한 전문 매체인 38노스에 따르면: the kind, perhaps as an apposition (인), then the name
_AFTER_KIND = re.compile(rf"(?<![{_H}])(?:(?:{_QUALIFIERS})?({_KINDS})|[{_H}]{{1,4}}(단체|매체|업체|기관))(?:인)?\s+"
                         rf"([{_H}A-Za-z0-9][{_H}A-Za-z0-9·&.\-]{{1,19}}?){_ABBREVIATION}{_PARTICLE}")
# VOA 방송은, 미국의소리(VOA) 방송은: a broadcaster or wire known by its initials, then the kind
_BEFORE_KIND = re.compile(rf"(?<![{_H}A-Za-z0-9])([A-Za-z][A-Za-z0-9&.\-]{{1,15}}|[{_H}]{{2,10}}(?=\s*\([A-Za-z]{{2,8}}\)))"
                          rf"{_ABBREVIATION}\s+(방송|통신|신문|매체)(?=(?:은|는|이|가|도|에\s*따르면|에\s*의하면)(?![{_H}]))")
# Words that follow a kind without naming a body: 언론 보도에 따르면, 방송 화면은, 매체 관계자는
_NOT_NAMES = frozenset("""보도 기사 화면 영상 사진 인터뷰 내용 자료 보고서 발표 조사 분석 설명 소식 소식통 기자 특파원
편집장 측 등 역시 또한 모두 대부분 일부 최근 당시 이날 전날 지난해 올해 자체 스스로 중 중에 가운데 사이""".split())

# 업체 12곳이, 단체 30여개가: a count of the bodies of that kind, not the name of one
_COUNT = re.compile(r"[0-9][0-9,.]*\s*여?\s*(?:곳|개|개사|개소|명|척|대|건|군데)")


def described_bodies(folded: str, cased: str, taken: list[Mention]) -> list[Mention]:
    """Bodies named after (or, by Latin initials, before) the noun saying what they are.

    Each mention covers the name (and, for 'VOA 방송', the kind after it, so that the particle
    follows the mention); ``head`` holds the kind; the name is as written in ``cased``, the same
    text as ``folded`` with its case kept. Names already ``taken`` are left alone.
    """
    found: list[Mention] = []
    for m in _AFTER_KIND.finditer(folded):
        name, kind = m.group(3), m.group(1) or m.group(2)
        if (name in _NOT_NAMES or re.fullmatch(ROLE, name) or _COUNT.fullmatch(name)
                or overlaps(m.start(3), m.end(3), taken + found)):
            continue
        found.append(Mention(m.start(3), m.end(3), "org", cased[m.start(3):m.end(3)], head=kind))
    for m in _BEFORE_KIND.finditer(folded):
        if not overlaps(m.start(1), m.end(), taken + found):
            found.append(Mention(m.start(1), m.end(), "org", cased[m.start(1):m.end(1)], head=m.group(2)))
    return found


# What a later sentence may call a body of each kind: 이 매체는, 통신은, 해당 부처는, 이 연구소는
_KIND_NOUNS = {
    SourceKind.STATE_MEDIA: "매체 통신 방송 신문 언론",
    SourceKind.NEWS_AGENCY: "매체 통신 통신사 언론",
    SourceKind.INTELLIGENCE: "기관 당국 정보기관",
    SourceKind.MINISTRY: "부처 당국 기관 정부",
    SourceKind.MILITARY: "당국 기관",
    SourceKind.INTERNATIONAL_BODY: "기구 기관",
    SourceKind.THINK_TANK: "연구소 연구기관 싱크탱크 기관",
    SourceKind.CENTRAL_BANK: "은행 기관 당국",
}
# The same by how a name ends (조선신보, 세종연구소, 외교부) or the kind it was introduced by (대북 매체)
_ENDING_NOUNS = (
    (("통신", "통신사"), "매체 통신 통신사 언론"),
    (("일보", "신문", "시보", "신보", "신문사"), "매체 신문 언론"),
    (("방송", "방송사", "tv"), "매체 방송 언론"),
    (("웹사이트", "사이트"), "매체 언론 사이트 웹사이트"),
    (("뉴스", "매체", "언론", "일간지", "주간지", "잡지"), "매체 언론"),
    (("연구소", "연구원", "연구기관", "싱크탱크", "센터"), "연구소 연구기관 싱크탱크 기관"),
    (("부", "처", "청"), "부처 당국 기관"),
    (("위원회", "기관", "공사", "공단"), "기관"),
    (("기구",), "기구 기관"),
    (("재단", "협회", "단체", "연맹"), "단체 재단 협회"),
    (("기업", "업체", "회사"), "기업 업체 회사"),
)
# How far back a back-reference looks for a body of its kind: it refers to one named recently
_REACH = 40


def nouns_for(kind: SourceKind | None, words: frozenset[str]) -> set[str]:
    """The nouns a Korean back-reference may use for a body of ``kind`` named or described by ``words``."""
    nouns = set(_KIND_NOUNS.get(kind, "").split()) if kind is not None else set()
    for word in words:
        for endings, fitting in _ENDING_NOUNS:
            if word.endswith(endings):
                nouns.update(fitting.split())
    return nouns


def latest_of_kind(noun: str, last: list[str], seen: list[tuple[str, frozenset[str]]],
                   kind_of: Callable[[str], SourceKind | None]) -> list[str]:
    """The body a back-reference by ``noun`` (매체, 부처, 연구소) means, or [] if none fits.

    Of the sources that spoke last (``last``), the one of that kind; else the body of that kind
    named most recently (``seen`` holds each named body's code and the words naming it, in text
    order): 이 매체는 after 대북 매체 데일리엔케이 and a ministry official is still the outlet.
    When no body is known to be of that kind, one whose kind is not known at all (세계식량계획)
    is a better guess than one known to be of another kind.
    """
    recent = seen[-_REACH:]
    nouns = {code: nouns_for(kind_of(code), heads) for code, heads in recent}
    for code in last:
        nouns.setdefault(code, nouns_for(kind_of(code), frozenset()))
    order = [*last, *(code for code, _ in reversed(recent))]
    for fits in (lambda n: noun in n, lambda n: not n):
        found = next((code for code in order if fits(nouns[code])), None)
        if found is not None:
            return [found]
    return []
