"""Korean bodies not in the registry: 외교부는, 통계청에 따르면, 해군은, 코트라(KOTRA) 관계자는.

A Korean body is named by a word that ends as a body's name does (…부, …청, …위원회, …연구원,
…통신) or by one of the armed services and law bodies, and counts as a candidate speaker when a
particle, a role, a document it wrote or a headline's quote follows it. A unit named after its
registered parent (한국은행 금융통화위원회) speaks as the parent.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing.extract.cast import Cast
from briefing.extract.korean_bodies import described_bodies
from briefing.extract.korean_documents import ISSUING, NOUNS as DOCUMENT_NOUNS
from briefing.extract.korean_foreign import foreign_bodies
from briefing.extract.korean_names import COMMON as _COMMON, COUNTRIES, ROLE as _ROLE, is_name as _is_name, describes, short_name_of
from briefing.extract.mentions import Mention, overlaps

_H = "\uac00-\ud7a3"
# 윤재호 (의원), 구병삼 (대변인), 이정호(준장) (해병대 사령관): a name right before a mention
NAME_BEFORE = re.compile(rf"(?<![{_H}])([{_H}]{{2,4}})(?:\([{_H}0-9]{{1,6}}\))?\s+$")
# 해양수산부 자료에 따르면: a body's document cited
DOCS = r"(?:자료|보고서|통계|발표|집계|분석|조사|보도|설명)"
# 감사원 감사 결과에 따르면, 통계청 조사 결과를 보면, 통일부 내부 자료에 따르면: what the body found or wrote
FINDINGS = rf"(?:[{_H}]{{1,4}}\s+)?(?:{DOCS}|결과|내용|문건|현황)\s*(?:(?:을|를)\s*(?:보면|종합하면)|에\s*따르면|에\s*의하면)"
# 북한군, 중국군, 유사시: words that end as a county or a city does but name no office
_NOT_LOCAL = ("(?:북한|남한|한국|중국|미국|일본|연합|정부|인민|반란|점령|주둔|국방|정규|다국적|지상|"
              "비상|유사|필요|평상|출동|발사|도착|귀국)(?:군|시)")
# 외무성 담화를 인용해, 국정원 보고 내용을 전하며: what a body said or wrote, cited by another
CITED_DOC = "(?:담화|성명|발표|논평|보도|자료|발언|보고서|보고|분석|평가|추정|집계|조사)"
# 국제금융협회(IIF) 집계 기준: a figure as a body counts it
COUNTED_BY = r"(?:집계|조사|통계|추산)\s*기준(?![\uac00-\ud7a3])"
# 연합사 and 유엔사: the Combined Forces Command and the UN Command, by the short names the wires use
_SERVICES = ("해군", "육군", "공군", "해병대", "해경", "검찰", "경찰", "법원", "감사원", "미군", "주한미군", "주일미군", "유엔사", "연합사")
# 백악관은, 크렘린궁은: a government named by its seat, as the wires name it when it speaks
_SEATS = ("백악관", "크렘린궁", "크렘린", "엘리제궁", "청와대", "총리관저", "총리실")
# 유족은, 유가족 "…": the bereaved family of a victim speaks as one party to a case
_KIN = ("유족", "유가족")
# 해군, 유족, 노조: bodies named in two syllables, where a shorter name is usually no body's
_SHORT_BODIES = frozenset(_SERVICES + _KIN + ("노조",))
_ORG = re.compile(rf"(?<![{_H}])([{_H}]{{1,10}}(?:부|처|청|위원회|연구원|연구소|센터|공사|공단|재단|협회|은행|사령부|"
                  rf"통신|일보|신문|방송|시보|총서|총국|법원|재판소|수사국|정보국|조사국|관리국|사무국|수사본부|"
                  # 통일부 노동조합, 북한인권감시연대, 변호사모임, 탈북민단체연합회: staff and civic bodies
                  # 합동조사단, 특별수사단: a team set up to investigate or to respond
                  # 서해경비단, 합동수사팀: a unit set up to guard, or a team to investigate
                  rf"연대|모임|연맹|협의회|연합회|조사단|수사단|대책단|자문단|점검단|감시단|검증단|경비단|기동단|수사팀|조사팀|전담팀|"
                  # 주한중국대사관, 종로소방서: a mission abroad, a local station
                  rf"대사관|영사관|대표부|소방서|경찰서|세무서)|"
                  # 소방 당국은, 경찰당국은: an authority named by its field (보건당국, 방역당국 refer back)
                  rf"(?:소방|경찰|해경|해양경찰|검찰|세무|교육)\s?당국|"
                  # 대북제재위원회 전문가 패널: a committee's panel of experts, which reports as a body
                  rf"전문가\s?패널|"
                  # 국회 국방위, 국회 정보위: an assembly committee by its short name
                  rf"국회\s?[{_H}]{{2,3}}위(?![{_H}])|[{_H}]{{0,6}}(?:노동조합|노조)|[{_H}]{{3,10}}사|[{_H}]{{2,10}}실|"
                  # 옹진군, 파주시, 강남구청, 경기도청: a county's or a city's office
                  rf"(?!{_NOT_LOCAL})[{_H}]{{2}}(?:군청|시청|구청|군|시)|[{_H}]{{2,3}}도청|"
                  # the armed services and law bodies named by themselves: 해군은, 해경은, 검찰은
                  rf"{'|'.join(_SERVICES + _SEATS + _KIN)}|"
                  # a name set off in quotes: 대북 전문매체 '평양시장리포트'는
                  rf"['\u2018][^'\u2018\u2019\n]{{2,20}}['\u2019]|"
                  rf"[{_H}]{{0,6}}(?:외무성|국방성|보위성|방위성|재무성|법무성))"
                  # the body itself, its spokesperson (국무부 대변인은) or one of its officials (외교부의 한 당국자는),
                  # its words cited (외무성 담화를 인용해) or a statement it issued (총참모부 대변인 담화를 내고)
                  # (민변)도, (청장 김현수)은: perhaps after its short name or its head in brackets
                  rf"(?=(?:\s*\([{_H}A-Za-z]{{1,10}}(?:\s[{_H}]{{2,4}})?\))?\s*(?:(?:의\s+한\s+(?:[{_H}]{{1,4}}\s+)?|고위\s+)?{_ROLE}\s*)?(?:측\s*)?(?:(?:은|는|이|가|도|와|과|(?:{DOCS}\s*)?에\s*따르면|에\s*의하면)(?![{_H}])|"
                  rf"{FINDINGS}|{COUNTED_BY}|"
                  rf"(?:{CITED_DOC}\s*)?(?:을|를)\s*인용|{ISSUING}|"
                  # a headline credit: 통계청 "…", or 방사청, KF-21 양산 계약…
                  # …국회 국방위, 예산 증액 의결: the headline's last clause after a comma (a decimal, 1.5배, is no full stop)
                  rf"[\"\u201c\u300c]|,\s(?:[^\n.]|(?<=\d)\.(?=\d))*…|,\s(?:[^\n.…]|(?<=\d)\.(?=\d))*$))")
# 코트라(KOTRA) 관계자는: a name that carries its Latin initials in brackets is a body's name
# (and perhaps its Korean short name too: 연방준비제도(Fed·연준)는)
_ACRONYM_NAMED = re.compile(rf"(?<![{_H}])([{_H}]{{2,10}})(?=\s*\([A-Za-z][A-Za-z&.]{{1,9}}(?:·[{_H}]{{1,6}})?\)\s*(?:{_ROLE}\s*)?(?:측\s*)?"
                            rf"(?:(?:은|는|이|가|도|에\s*따르면|에\s*의하면)(?![{_H}])|{COUNTED_BY}))")
# 야당인 더불어민주당은, 여당인 국민의힘 대변인은: a party introduced as the governing or the opposition party
# (a name ending in 당 alone may be an allowance, 주택수당, or a hall, 강당)
_PARTY = re.compile(rf"(?<![{_H}])(?:제1)?(?:여당|야당)인\s+([{_H}]{{2,10}})(?=\s*(?:{_ROLE}\s*)?(?:은|는|이|가|도)(?![{_H}]))")
_ROLE_AFTER = re.compile(rf"\s*{_ROLE}")
_FINDINGS_AFTER = re.compile(rf"\s*{FINDINGS}")
_DOCUMENT_AFTER = re.compile(rf"\s*(?:{DOCUMENT_NOUNS})")
# 국회 국방위원회: a committee is named with the assembly it sits in
_PARENTS = re.compile(rf"(?:(?<![{_H}])(?:[{_H}]{{1,10}}(?:부|처|청|본부|위원회|기구)|국회)\s+){{1,2}}$")
# 병무청과 서울동부지방검찰청 합동수사팀, 관세청·검찰 합동수사팀: a joint team is named with all the bodies that formed it
_JOINT_PARENTS = re.compile(rf"(?<![{_H}])(?:(?:[{_H}]{{1,10}}(?:부|처|청|본부|위원회|기구)|{'|'.join(_SERVICES)})(?:\s*(?:과|와|·)\s*|\s+)){{1,3}}$")


# '2025년 북한 경제성장률 추정 결과': a title with a year, or ending as a document's does
_DOCUMENT_TITLE = re.compile(rf"(?:19|20)\d\d년|(?:{DOCS}|결과|현황|전망|계획|방안|백서|실태)['\u2019]$")
_INDEFINITE_BEFORE = re.compile(rf"(?<![{_H}])한\s$")
# 한국항공우주산업(KAI)는, FAO는, NHK가: a body known by its Latin initials, as the subject
_LATIN_NAMED = re.compile(rf"(?<![A-Za-z0-9\-])([A-Z][A-Z&]{{1,6}})(?![A-Za-z0-9\-])(?=\s*(?:{_ROLE}\s*)?(?:측\s*)?"
                          rf"(?:은|는|이|가|도|에\s*따르면|에\s*의하면)(?![{_H}]))")
# HD현대중공업 측은, 한화에어로스페이스 측에 따르면: a company (Latin initials, then Hangul) or another
# body of four syllables or more speaking through its "side"
_SIDE = re.compile(rf"(?<![{_H}A-Za-z0-9])([A-Za-z0-9][A-Za-z0-9&\-]*[{_H}]{{1,10}}|[{_H}]{{4,10}})\s*측"
                   rf"(?=(?:은|는|이|가|도|에\s*따르면|에\s*의하면)(?![{_H}]))")
# 피해자 가족 측은, 유가족 측은, 정부 측은: people or a government, not a body's name
_SIDE_NOT_NAMED = re.compile("(?:가족|유족|피해자|가해자|주민|학부모|변호인|변호인단|당사자|관계자|당국|정부|우리|상대|"
                             + COUNTRIES + ")$")
# ICBM은, NLL은, GDP가: initials of things, not of bodies
_THINGS = frozenset("ICBM SLBM IRBM SRBM MRBM GDP GNI CPI PPI NLL DMZ MDL EEZ AESA PKG UAV VR AI IT".split())


# 오민석 선임연구원은: a researcher's title, not an institute, though both end in 연구원
_RESEARCHER = re.compile("(?:선임|책임|수석|객원|초빙|방문|전임|상임|주임)연구원")


def organisations(folded: str, taken: list[Mention], cased: str | None = None,
                  known: KnownBodies | None = None) -> list[Mention]:
    """Korean organisations not in the registry (외교부, 통계청), when they carry a particle.

    ``cased`` is the same text as ``folded`` with its letters' case kept, for names in Latin
    letters (NK뉴스, CSIS). ``known`` holds the bodies the text has already introduced, by what
    they are or by how their name ends: a later sentence may name one bare (미국 일간지
    월스트리트저널이 …, then 월스트리트저널은 …).

    A body followed by a role speaks through that role (미국 국무부 대변인은), unless a person's
    name comes first: 김태호 한국국방연구원 연구위원은 is 김태호 speaking, not the institute.
    """
    found = []
    for m in _ORG.finditer(folded):
        name = m.group(1)
        # 윤재호 의원실: a lawmaker's office is the lawmaker;
        # 초급간부, 고위간부: cadres, people of a rank, end as a ministry does (부) but are no body
        if ((len(name) < 3 and name not in _SHORT_BODIES) or name in _COMMON or name.endswith(("의원실", "간부"))
                or overlaps(m.start(), m.end(), taken)):
            continue
        if name[0] in "'\u2018" and (_FINDINGS_AFTER.match(folded, m.end()) or _DOCUMENT_TITLE.search(name)
                                      or _DOCUMENT_AFTER.match(folded, m.end())):
            continue  # '해외 파견 현황' 문건에 따르면, '2025년 … 추정 결과'에 따르면, '… 동향' 보고서에서: a document's title, not a body's name
        if _INDEFINITE_BEFORE.search(folded, max(0, m.start() - 2), m.start()):
            continue  # 한 시중은행 관계자는: "a commercial bank", no body named
        before = NAME_BEFORE.search(folded, 0, m.start())
        if (before and _is_name(before.group(1)) and not describes(before.group(1))
                and (_ROLE_AFTER.match(folded, m.end()) or _RESEARCHER.fullmatch(name))):
            continue
        # 경찰청 국가수사본부 안보수사국은: a unit is named with the bodies it belongs to
        window = max(0, m.start() - 24)  # two words before the unit at most
        parents = (_JOINT_PARENTS if name.startswith("합동") else _PARENTS).search(folded, window, m.start())
        if parents is not None and (overlaps(parents.start(), m.start(), taken)
                                    or any(w in _COMMON for w in parents.group().split())):
            parents = None  # 정부, 일부, 내부: common words that end as a ministry does
        start = m.start() if parents is None else parents.start()
        found.append(Mention(start, m.end(), "org", folded[start:m.start()] + name))
    for m in _PARTY.finditer(folded) if "당인" in folded else ():
        if not overlaps(m.start(1), m.end(1), taken + found):
            found.append(Mention(m.start(1), m.end(1), "org", m.group(1)))
    for m in _ACRONYM_NAMED.finditer(folded):
        if not overlaps(m.start(), m.end(), taken + found):
            found.append(Mention(m.start(1), m.end(1), "org", m.group(1)))
    if cased is not None:
        for m in _LATIN_NAMED.finditer(cased):
            if m.group(1) not in _THINGS and not overlaps(m.start(1), m.end(1), taken + found):
                found.append(Mention(m.start(1), m.end(1), "org", m.group(1)))
    if cased is not None and "측" in folded:
        for m in _SIDE.finditer(cased):
            if not _SIDE_NOT_NAMED.search(m.group(1)) and not overlaps(m.start(1), m.end(1), taken + found):
                found.append(Mention(m.start(1), m.end(1), "org", m.group(1)))
    found += described_bodies(folded, cased or folded, taken + found)
    return found + (_known_again(folded, known, taken + found) if known is not None else [])


_HANGUL_NAME = re.compile(f"[{_H}]+")
_SPEAKS_AFTER = re.compile(rf"\s*(?:{_ROLE}\s*)?(?:측\s*)?(?:은|는|이|가|도|에\s*따르면|에\s*의하면)(?![{_H}])")


class KnownBodies:
    """The Hangul names of the bodies (not people) a text has introduced so far, kept in step with its cast."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        self._counted = (0, 0)
        self._names: list[str] = []
        self._shortened: list[tuple[str, str]] = []

    def names(self) -> list[str]:
        counted = (len(self.cast.unknown), len(self.cast.persons))
        if counted != self._counted:  # a name was met since: look again which are bodies'
            self._counted = counted
            self._names = [n for n in self.cast.unknown if len(n) >= 3 and n not in self.cast.persons
                           and _HANGUL_NAME.fullmatch(n)]
            self._shortened = [(n, full) for n in self._names for full in {n, _NATIONAL.sub("", n)} if len(full) >= 4]
        return self._names

    def shortened(self) -> list[tuple[str, str]]:
        """Each body's name with the name a short form of it abbreviates (국민권익위원회 twice: as it is, and 권익위원회)."""
        self.names()
        return self._shortened


def _known_again(folded: str, known: KnownBodies, taken: list[Mention]) -> list[Mention]:
    """The bodies ``known`` met earlier named again bare, as the subject or the cited, in full or in short."""
    found: list[Mention] = []
    for name in known.names():
        at = folded.find(name)
        while at >= 0:
            end = at + len(name)
            if ((at == 0 or not _HANGUL_NAME.match(folded, at - 1)) and _SPEAKS_AFTER.match(folded, end)
                    and not overlaps(at, end, taken + found)):
                found.append(Mention(at, end, "org", name))
            at = folded.find(name, end)
    return found + _short_again(folded, known.shortened(), taken + found)


# 권익위 for 국민권익위원회, 인권위 for 국가인권위원회: a short form may leave out a leading "national"
_NATIONAL = re.compile("^(?:국민|국가|한국|대한)(?=[가-힣]{3})")
# 권익위는, 권익위 조사에서: a short name as the subject, or whose survey or figures are cited
_SHORT_SPEAKS = re.compile(rf"([{_H}]{{2,4}})(?=\s*(?:{_ROLE}\s*)?(?:측\s*)?(?:(?:은|는|이|가|도|에\s*따르면|에\s*의하면)(?![{_H}])"
                           rf"|{DOCS}\s*(?:에서|결과)))")


_KIND_LEFT_OUT = re.compile("신문|일보|방송|통신|뉴스|재단|협회|센터|연구소|연구원|위원회")


def _short_again(folded: str, shortened: list[tuple[str, str]], taken: list[Mention]) -> list[Mention]:
    """Mentions of the bodies met earlier by their usual short forms (권익위, 방사청), each named as it was first.

    ``shortened`` pairs each body's name with a name its short form abbreviates (itself, or without
    its leading "national").
    """
    found: list[Mention] = []
    for name, full in shortened:
        at = folded.find(full[0])  # the cheap test first: a short form starts as the name does
        while at >= 0:
            # a short form's second syllable is one of the name's too
            m = (_SHORT_SPEAKS.match(folded, at) if folded[at + 1:at + 2] in full[1:]
                 and (at == 0 or not _HANGUL_NAME.match(folded, at - 1)) else None)
            # (마이니치 for 마이니치신문, the name without its kind, is read as an abbreviated subject later)
            if (m is not None and not _KIND_LEFT_OUT.fullmatch(full, len(m.group(1))) and short_name_of(m.group(1), full)
                    and not overlaps(at, m.end(1), taken + found)):
                found.append(Mention(at, m.end(1), "org", name))
            at = folded.find(full[0], at + 1)
    return found


def settle(folded: str, named: list[Mention], owners: dict[str, set[str]],
           code_of: Callable[[str], str | None]) -> list[Mention]:
    """The bodies of a Korean sentence as they speak: ``named`` (in text order) with a home body
    named after another country made that country's (폴란드 국방부), a unit joined to its registered
    parent (한국은행 금융통화위원회) and ministries named in short (통일장관) added.

    ``owners`` maps registry codes to whose body each is; ``code_of`` gives the code of a whole name.
    """
    named = sub_units(folded, foreign_bodies(folded, named, owners, code_of))
    return sorted(named + short_forms(folded, named, code_of), key=lambda m: m.start)


# 통일부 노동조합: a ministry's staff union speaks for its members, not for the ministry; 안보리 …
# 전문가 패널: a panel of experts reports on its own, not as the council that set it up
_STAFF = re.compile("(?:노동조합|노조|패널)$")


def sub_units(folded: str, named: list[Mention]) -> list[Mention]:
    """한국은행 금융통화위원회: a unit named after its registered parent speaks as the parent.

    ``named`` is in text order; a registered source followed, across a space, by another body is
    replaced by one mention of the source covering both.
    """
    out: list[Mention] = []
    for m in named:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "source" and m.kind == "org"
                and folded[prev.end:m.start].isspace() and not _STAFF.search(m.text)):
            out[-1] = Mention(prev.start, m.end, "source", prev.text + folded[prev.end:m.start] + m.text, prev.code)
            continue
        out.append(m)
    return out


# 통일장관, 국방차관, 외교부 1차관 are written 통일부 장관 …; the short form names the ministry by its portfolio
_PORTFOLIOS = {"통일": "통일부", "국방": "국방부", "외교": "외교부", "법무": "법무부", "행안": "행정안전부",
               "산업": "산업통상자원부", "복지": "보건복지부", "국토": "국토교통부", "환경": "환경부", "노동": "고용노동부",
               "여가": "여성가족부", "농림": "농림축산식품부", "해수": "해양수산부", "교육": "교육부", "문체": "문화체육관광부",
               "과기": "과학기술정보통신부", "중기": "중소벤처기업부", "보훈": "국가보훈부", "기재": "기획재정부"}
# …장관은, …장관 "…": the title as a speaker's, with its particle or a headline's quote after it
_MINISTER = re.compile(rf"(?<![{_H}])({'|'.join(_PORTFOLIOS)})(?:제?[12])?(?:장관|차관)"
                       rf"(?=(?:\([{_H}0-9]{{1,6}}\))?\s*(?:(?:은|는|이|가|도|에\s*따르면|에\s*의하면)(?![{_H}])|[\"\u201c]))")
# 한미 국방장관은, 미국 국방장관은, 전 국방장관은: another country's minister, two countries' or a former one
_NOT_OURS = re.compile(rf"(?:(?<![{_H}])(?:한미|한일|한중|한미일|미일|남북|양국|각국|미국|미|일본|중국|러시아|북한|영국|프랑스|독일|전|前)"
                       rf"|[\u4e00-\u9fff])\s*$")


# 軍 "…", 警, 檢: a headline's single Hanja for the military, the police, the prosecution
_HANJA_BODIES = {"軍": "군", "警": "경찰", "檢": "검찰"}
_HANJA_BODY = re.compile(rf"(?<![\u4e00-\u9fff])([軍警檢])(?![\u4e00-\u9fff])(?=\s*(?:[\"\u201c]|(?:은|는|이|가|도)(?![{_H}])))")


def short_forms(folded: str, taken: list[Mention], code_of: Callable[[str], str | None]) -> list[Mention]:
    """Bodies named in short: by a minister's short title (통일장관) or by a headline's Hanja (軍)."""
    found = ministers(folded, taken, code_of)
    for m in _HANJA_BODY.finditer(folded):
        name = _HANJA_BODIES[m.group(1)]
        code = code_of(name)
        if not overlaps(m.start(), m.end(), taken):
            found.append(Mention(m.start(), m.end(), "source" if code else "org", name, code))
    return found


def ministers(folded: str, taken: list[Mention], code_of: Callable[[str], str | None]) -> list[Mention]:
    """Ministries named by a minister's short title: 한동석 통일장관은 is the Ministry of Unification speaking.

    ``code_of`` gives the registry code of a body's full Korean name (통일부 -> MOU), or None; a
    ministry not in the registry (외교부) is an organisation of that name.
    """
    found = []
    for m in _MINISTER.finditer(folded):
        if _NOT_OURS.search(folded, max(0, m.start() - 4), m.start()) or overlaps(m.start(), m.end(), taken):
            continue
        name = _PORTFOLIOS[m.group(1)]
        code = code_of(name)
        # the portfolio stands for the ministry and the title after it is the speaker's role, as in 통일부 장관은
        found.append(Mention(m.start(1), m.end(1), "source" if code else "org", name, code))
    return found


def office_body(office: str | None, matcher, code_of: Callable[[str], str | None]) -> list[str] | None:
    """The registry source whose office ``office`` is (국방부 장관, 합참 작전본부장, 국방장관), as a list, or None.

    ``office`` is folded text as written where the person was introduced; ``matcher`` finds registry
    sources and ``code_of`` gives the code of a body's full Korean name, for a minister's short title.
    """
    if not office:
        return None
    named = matcher.sources(office, office) + ministers(office + "은", [], code_of)
    return next(([m.code] for m in named if m.kind == "source"), None)
