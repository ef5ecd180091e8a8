"""Korean people and their titles: 김태호 한국국방연구원 연구위원은, 통일부 구병삼 대변인은, 정부 소식통은.

A Korean speaker is named as "[affiliation] [name] [role]" or "[name] [affiliation] [role]", the role
closing the phrase before its particle. This module says which words are roles, which word in such
a phrase is the person's name, and which words only look like one (정부, 미국, 통일부).
"""
from __future__ import annotations

import re

from briefing.extract.mentions import trie_pattern

_H = "\uac00-\ud7a3"
# Titles that close a speaker's phrase. Words that are as often common nouns are left out: 시장 (a
# market), 과장 (an exaggeration), 이사 (a house move), 고문 (torture); 차장 is a deputy but 주차장 a car park.
# A number may come first: 국가안보실 1차장, 제1부부장.
_TITLES = """관계자 당국자 대변인 장관 차관보 차관 국장 실장 원장 청장 총재 본부장 소식통 당국 위원장 대표 대사 의원실 의원
교수 연구위원 연구원 연구관 센터장 소장 박사 이코노미스트 애널리스트 대통령 총리 부장 위원 비서관 비서 보좌관 특보 주석
사령관 참모총장 총장 이사장 회장 사장 단장 처장 팀장 학장 총영사 특사 도지사 대대장 연대장 함장 의장 외무상 국방상
사단장 군단장 여단장 부대장 중대장
무력상 간사 후보자 내정자 지명자 당선인 당선자""".split()
# 후보자, 내정자, 당선인: titles of one named to an office not yet held, who speaks for themself, not the body
NOMINATED = re.compile(r"(?:후보자|내정자|지명자|당선인|당선자)(?:\([^()]*\))?(?:은|는|이|가|도)?\s*$")
# 이서준, 기타무라 료, 왕 리신: the name a broadcast caption gives its speaker, a foreign one perhaps in parts
CAPTION_NAME = rf"[{_H}]{{1,6}}(?:\s[{_H}]{{1,6}}){{0,2}}"
# One branch per first syllable, so that a sentence is not tried against every title at every position
ROLE = rf"(?:제?[0-9]{{1,2}})?[가-힣]{{0,4}}(?:{trie_pattern(_TITLES)}|(?<!주)차장)"
# 김도윤(23) 하사는: a military rank stands after a name as a title does; as a whole word only, since
# some are common nouns inside others (종합상사, a trading firm; 법안심사소위, a subcommittee)
RANK = rf"(?<![{_H}])(?:{trie_pattern('원수 대장 중장 준장 대령 중령 소령 대위 중위 소위 준위 원사 상사 중사 하사 병장 상병 일병 이병'.split())})"
# 강준혁(소장) 2함대사령관은: a rank or an age may follow the name in brackets
# 정하늘 공보실장(대령)은: or after the role
PHRASE = rf"(?<![{_H}])([{_H}]{{2,4}})(?:\([{_H}0-9]{{1,6}}\))?\s+((?:[{_H}A-Za-z0-9()]+\s+){{0,4}}?)(?:{ROLE}|{RANK})(?:\([{_H}0-9]{{1,6}}\))?"
PERSON = re.compile(rf"{PHRASE}(?:은|는|이|가|도)(?![{_H}])")
# 김정은 국무위원장과 딸이 참석한 가운데, 김영호 의원의 질의에: the same phrase in another case, naming the person only
NAMED = re.compile(rf"{PHRASE}(?:과|와|의|을|를|에게|께서)(?![{_H}])")
DEMONSTRATIVE = frozenset("이 그 해당 같은 다른 한 이번".split())
# The countries and capitals Korean copy lets speak or names bodies after
COUNTRIES = "북한|남한|한국|미국|중국|일본|러시아|우크라이나"
PLACES = COUNTRIES + "|평양|서울|워싱턴|도쿄|베이징|모스크바"
PLACE_WORD = re.compile(PLACES + "|정부|국회|북측|남측|현지|주한|주일|주미|유엔")
COMMON = frozenset("정부 일부 내부 외부 전부 본부 간부 북부 남부 동부 서부 중부".split())
# Words that stand before a role as a person's name would but name no one: 정부 소식통, 미국 대변인
_NOT_NAMES = frozenset("""정부 당국 외교 정보 안보 대북 통일 국방 여당 야당 여권 야권 국민의힘 정치권 업계 고위 익명 대통령실 청와대
관계 담당 현지 해당 복수 다수 일부 주요 군사 경제 금융 재계 학계 전문
지난달 지난해 지난주 이날 전날 당일 올해 이번 당시 최근 오늘 어제 이튿날 그날 오전 오후 새벽 아침 저녁
이에 이와 이를 그에 그와 이후 이어 한미 한일 한중 한미일 미일 북미 북중 북러 남북 양국""".split())  # 지난달 김 위원장이: a time; 이에 대해 국방부 관계자는: "thereupon"
# 통일부, 민주당, 연합통신: a word ending as a body's name does; a person's name seldom does
_BODY_ENDING = re.compile(r"(?:부|처|청|위원회|연구원|연구소|통신|일보|신문|방송|당|사|매체|업체|단체|기관|기업|협회|재단|센터)$")
# 신청한, 재단의, 관련해, 행사는: a word ending as a clause or a case does stands before the name, not for it
# (…있다고 보고 한미 정보당국이: 보고, 하고 join clauses)
_NOT_A_NAME_ENDING = re.compile(r"(?:을|를|의|에|에서|으로|로|한|된|던|하는|있는|맡은|지낸|는|따르면|(?:관련|대|위|통|관|의|비|인)해|^(?:보|하)고)$")


_BRACKETED = re.compile(r"(?<=[가-힣])\([가-힣0-9]{1,6}\)$")
# 났다고, 것이라고: a reported clause's last word
_REPORTED = re.compile(r"(?:다|라)고$")


def is_name(word: str) -> bool:
    """True when ``word`` may be a person's name: not a place, a common noun or a body's name."""
    return not (word in _NOT_NAMES or word in COMMON or word in DEMONSTRATIVE or PLACE_WORD.fullmatch(word)
                or (len(word) >= 3 and _BODY_ENDING.search(word))
                or (word[-1] in "은는이가도" and PLACE_WORD.fullmatch(word[:-1])))  # 북한은: a country as the topic


def person(folded: str, pos: int = 0) -> re.Match | None:
    """The first "[name] [affiliation] [role]은" from ``pos`` that names a person."""
    return next((p for p in PERSON.finditer(folded, pos) if person_name(p) is not None), None)


def describes(word: str) -> bool:
    """True when ``word`` ends as a clause or a case does (신청한, 재단의): it stands before a name, not for one."""
    return _NOT_A_NAME_ENDING.search(word) is not None


def person_name(match: re.Match) -> str | None:
    """The name in "[name] [affiliation] [role]" or "[affiliation]인 [name] [role]", or None.

    정보위 간사인 박선호 의원: a word ending in the copula 인 describes the person who follows it
    (간사인 국민의힘 윤채원 의원: perhaps after their party).
    북한 김여정 부부장: a place or a common noun (정부 소식통, 미국 대변인) is not a name; the
    name is the first word that can be one. 물자 반출을 신청한 재단의 박서윤 이사장, 이에 대해 석은호
    청장: a clause or a case before the name describes the person or the occasion, so the name is
    sought after it (and anywhere only when nothing after it can be one).
    """
    # 소속 김도윤(23) 하사: a name in the middle of the phrase may carry its age or rank in brackets
    words = [match.group(1), *(_BRACKETED.sub("", w) for w in match.group(2).split())]
    reported = [i for i, w in enumerate(words) if _REPORTED.search(w)]
    if reported:  # 불이 났다고 소방당국이: the words before a complementizer were reported; they name no one
        words = words[reported[-1] + 1:]
    described = [i for i, w in enumerate(words[:-1]) if w.endswith("인") or w == "소속"]
    if described and re.fullmatch(f"[{_H}]{{2,4}}", words[described[-1] + 1]) and is_name(words[described[-1] + 1]):
        return words[described[-1] + 1]
    after = words[described[-1] + 1:] if described else words
    clause = [i for i, w in enumerate(after[:-1]) if describes(w)]
    for pool in ([after[clause[-1] + 1:]] if clause else []) + [after]:
        # Most Korean names have three syllables; a party or a school before the name seldom does
        # (관련해, 대해: a word ending as a clause does is never the name itself)
        candidates = [w for w in pool if re.fullmatch(f"[{_H}]{{2,4}}", w) and is_name(w) and not describes(w)]
        if candidates:
            return next((w for w in candidates if len(w) == 3), candidates[0])
    return None


# 김성민 더불어민주당 의원과 이수정 국민의힘 의원은: two people, each with a title, joined by 과/와
_JOINED = re.compile(rf"{ROLE}(?:과|와)\s+")


def joined_person(match: re.Match) -> tuple[str, str] | None:
    """The other of two people a PERSON phrase names together (the one ``person_name`` does not give),
    with that person's title, or None."""
    text = match.group()
    joint = _JOINED.search(text)
    second = PERSON.match(text, joint.end()) if joint is not None else None
    name = person_name(second) if second is not None else None
    if name is None:
        return None
    if name == person_name(match):
        # 여당 간사인 이정민 의원과 야당 간사인 최동훈 의원은: the phrase read as a whole names the second
        # (the last one described), so the other is the first, closed by 과/와
        first = NAMED.match(text[:joint.end()].rstrip())
        other = person_name(first) if first is not None else None
        return (other, re.sub(r"\([^()]*\)$", "", first.group().split()[-1][:-1])) if other not in (None, name) else None
    return name, re.sub(r"\([^()]*\)$", "", second.group().split()[-1][:-1])


def abbreviates(short: str, name: str) -> bool:
    """True when ``short`` starts ``name`` and takes its other syllables from it in order (비대위, 비상대책위원회).

    Korean shortens a name to the first syllables of its parts, in order.
    """
    if len(short) >= len(name) or short[0] != name[0]:
        return False
    rest = iter(name[1:])
    return all(ch in rest for ch in short[1:])


_HANGUL_WORD = re.compile(f"[{_H}]{{2,}}")


def short_name_of(short: str, name: str) -> bool:
    """True when the Korean body name ``short`` is the usual short form of ``name``: 방사청 of 방위사업청,
    국토부 of 국토교통부, 국방위 of 국방위원회.

    Both are Hangul words; ``name`` ends as a body's name does, and ``short`` abbreviates it and
    ends with a syllable of the name's last three (its kind: 청, 부, 원, the 위 of 위원회). Words
    before the last must be the same in both (국회 국방위, 국회 국방위원회).
    """
    if short[:1] != name[:1] or len(short) >= len(name):
        return False  # the cheap test first: most pairs of names start differently
    *before, short = short.split(" ")
    *before_name, name = name.split(" ")
    return (before == before_name and _HANGUL_WORD.fullmatch(short) is not None and _HANGUL_WORD.fullmatch(name) is not None
            and len(name) >= 4 and _BODY_ENDING.search(name) is not None
            and short[-1] in name[-3:] and abbreviates(short, name))
