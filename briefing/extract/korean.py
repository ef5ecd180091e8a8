"""Korean attribution: 합참은 … 밝혔다, 통일부에 따르면, 이 당국자는 … 덧붙였다, 통일부 "…".

Korean names its speaker as the topic or subject of the sentence (a name followed by 은/는/이/가/도)
and puts the reporting verb at the end, so a name is an agent when it carries a subject particle
(optionally after a role such as 관계자 or 대변인) and the sentence has a reporting verb outside its
quotations; "X에 따르면" and a headline "X \"…\"" attribute by themselves.
"""
from __future__ import annotations

import re

from briefing.extract.korean_people import OPENER as _OPENER, SURNAME_BEFORE as _SURNAME_BEFORE, SURNAME_TOPIC as _SURNAME_TOPIC, placed_person
from briefing.extract.korean_subjects import CROWD as _CROWD, CROWD_TOPIC as _CROWD_TOPIC, long_history, quoting_topic
from briefing.extract.korean_orgs import CITED_DOC as _CITED_DOC, COUNTED_BY as _COUNTED_BY, DOCS as _DOCS, FINDINGS as _FINDINGS
from briefing.extract.korean_orgs import NAME_BEFORE as _NAME_BEFORE
from briefing.extract.korean_headlines import CREDITED_QUOTE as _CREDITED_QUOTE, actor_quoted, credits as headline_credits
from briefing.extract.korean_documents import ISSUING as _ISSUING_DOC, NOUNS as _DOCUMENT_NOUNS, SUBJECT as DOCUMENT_SUBJECT, VERB as DOCUMENT_VERB
from briefing.extract.korean_names import CAPTION_NAME, COUNTRIES as _COUNTRIES, DEMONSTRATIVE as _DEMONSTRATIVE, NOMINATED as _NOMINATED, PERSON as _PERSON
from briefing.extract.korean_names import PLACE_WORD as _PLACE_WORD, RANK as _RANK, ROLE as _ROLE, is_name as _is_name, person as _person
from briefing.extract.korean_names import joined_person as _joined_person, person_name as _person_name
from briefing.extract.korean_relayed import passed_on, statement_author
from briefing.extract.speaker import Agent, Found
from briefing.extract.mentions import Mention

_H = "\uac00-\ud7a3"
HANGUL = re.compile(f"[{_H}]")
CUE = re.compile(r"(?:밝혔|밝힌|밝히(?!지\s*않)|말했|전했|발표했|발표한|설명했|덧붙였|보고했|강조했|주장했|비난했|비판했|"
                 # a report or a denial said to have been made: 국회에 보고한 것으로 알려졌다, 혐의를 부인한 것으로
                 # (not a demand, 요구한 것으로: an act)
                 r"(?:보고|발표|통보|부인|시인|진술)한\s*것으로\s*(?:알려|전해)졌|"
                 # an estimate made before (추정한 바 있다), a class kept (분류하고 있다), a protest lodged (항의해 왔다)
                 r"(?:추정|평가|분석)한\s*바\s*있|분류(?:했|해\s*왔|하고\s*있)|항의(?:했|해\s*왔|하고\s*있)|"
                 r"지적했|분석했|추정했|추산했|확인했|공개했|언급했|예상했|전망했|내다봤|알렸|보도했|경고했|"
                 r"규탄했|우려했|평가했|답했|촉구했|반발했|요청했|물었|따졌|질의했|따르면|의하면|라며|라고|이라며|이라고|고 했|"
                 # an assessment held: 것으로 보고 있다, 판단하고 있다, 파악하고 있다
                 r"보고 있|것으로\s*보고(?=\s)|판단했|판단하고 있|파악했|파악하고 있|추정하고 있|분석하고 있|"
                 # a possibility not ruled out: 가능성도 배제하지 않고 있다
                 r"배제하지\s*않(?:고\s*있|았|는다)|"
                 # an order or a plea is speech too: 대책을 세우라고 지시했다, 원칙을 주문했다, 하소연했다
                 r"지시했|주문했|당부했|하소연했|호소했|기대했|"
                 # a finding concluded: 소행으로 결론 내렸다, 결론지었다
                 r"결론(?:을)?\s*내(?:렸|리고)|결론지었|무게를 두고 있|무게를 뒀|무게를 싣고 있|"
                 # a detail withheld is an answer (공개하지 않았다, 확인해 주지 않았다; not mentioning an event, 언급하지 않았다, is silence), a position put out
                 # (입장을 냈다), a suspicion raised (의혹을 제기해 왔다), a bill voted (의결했다), a story run
                 r"공개하지\s*않았|확인해\s*주지\s*않았|입장(?:문)?(?:을|를)\s*(?:냈|내놨)|"
                 r"(?:의혹|가능성|문제|우려|주장)(?:을|를)\s*제기(?:했|해\s*왔|하고\s*있)|의결했|보도하면서|"
                 # a stated policy or stance: …관리하겠다는 방침이다, …올릴 계획입니다, …어렵다는 입장이다
                 r"(?:방침|계획|입장)(?:이다|입니다|이며|이라고|인 것으로)|"
                 # a stance repeated, reaffirmed or kept: 기존 입장을 되풀이했다, 원칙을 재확인했다, 입장을 유지해 왔다 (not 실수를 되풀이했다)
                 r"(?:입장|원칙|주장|방침|경고|요구|발언)(?:을|를)\s*(?:(?:되풀이|재확인|고수|유지)했|유지해\s*왔|유지하고\s*있)|"
                 r"반박했|반박한|인용했|제시했|종합하면|증언했|증언한|털어놨|토로했|회고했|(?<=[을를])\s*보면|집계했|집계한|부인했|시인했|요구했|진단했|관측했|예측했|소개했|통보했|답변했|"
                 # reported speech by its complementizer, whatever the verb: "…"고 반박한, …했다고 집계했다
                 r"[\"'\u201d]\s*(?:라|이라)?고(?:도|는)?\s+[가-힣]+|(?<=[가-힣])(?:다|라)고\s+[가-힣]*(?:했|한|하였|해|합니)|"
                 # …없다며 선을 그었다: a claim closed by 다며, whatever the verb after it
                 r"(?<=[가-힣])다며(?=\s))")
# 미국 전쟁연구소(ISW)는: a name may carry its abbreviation in brackets before the particle
_ABBREVIATION = r"(?:\s*\([^()]{1,20}\))?"
# 통일부 구병삼 대변인은: the body, then the name of the one who speaks for it, then the role;
# 합참 공보실장(대령)은: the role perhaps followed by a rank or a note in brackets; 통일부의 한 당국자는: one of its officials
# 국방부 대변인인 박지훈 대령은: the role first, then (인, "who is") the name and a title or rank
_SUBJECT = re.compile(rf"^{_ABBREVIATION}\s*(?:(?:의\s+한\s+(?:[{_H}]{{1,4}}\s+)?|(?:{_ROLE}인\s+)?([{_H}]{{2,4}})\s+)?(?:{_ROLE}|{_RANK})(?:\([{_H}0-9]{{1,6}}\))?\s*)?(?:측)?(?:은|는|이|가|도)(?![{_H}])")
_ACCORDING = re.compile(rf"^{_ABBREVIATION}\s*(?:{_ROLE}\s*)?(?:측)?(?:{_DOCS}\s*)?(?:에\s*따르면|에\s*의하면)|^\s*{_FINDINGS}"
                        rf"|^{_ABBREVIATION}\s*{_COUNTED_BY}")
# 국정원으로부터 제출받은 자료를 보면, 이 의원에게 제출한 '…' 자료에 따르면: a document a body handed over, read
_HANDED_DOC = (rf"(?:['\"\u2018\u201c][^'\"\u2019\u201d]*['\"\u2019\u201d]\s*)?(?:[{_H}0-9]+\s+){{0,2}}?"
               rf"(?:{_DOCS}|현황|문건|문서|답변서|답변)\s*(?:(?:을|를)\s*보면|에\s*따르면|에\s*의하면)")
# 권익위 조사에서 … 답했다: what a body's survey found, opening the sentence (A씨는 국정원 조사에서: questioned by it)
_SURVEYED = re.compile(rf"\s*(?:설문|실태|여론)?조사\s*에서(?![{_H}])")
_RECEIVED = re.compile(rf"^\s*(?:으로부터|로부터|에서|에게서)\s*(?:(?:제출|넘겨|건네)\s*)?(?:받은|입수한)\s*{_HANDED_DOC}")
_HANDED_VERB = re.compile(r"(?:에게|에)\s*(?:제출한|보낸|전달한|낸)")
# 윤서진 더불어민주당 의원실에 제출한: the lawmaker's party may stand between the name and the office
_HANDED_TO = re.compile(rf"(?<![{_H}])([{_H}]{{2,4}})\s+(?:[{_H}]{{1,6}}당\s+|국민의힘\s+)?{_ROLE}(?:실)?(?:에게|에)\s*(?:제출한|보낸|전달한|낸)\s*{_HANDED_DOC}")
# 조선중앙통신을 통해 발표한 담화: the outlet that carried what the subject said
_VIA = re.compile(r"\s*(?:을|를)\s*통해")
_HEADLINE_QUOTE = re.compile(rf"\s*(?:{_ROLE}\s*)?[\"\u300c\u300e]")
_HEADLINE_SINGLE = re.compile(rf"\s*(?:{_ROLE}\s*)?['\u2018]")  # …통일부 ‘…’: in a headline only (no final 다 or full stop)
_OUTLET = re.compile(r"(?:통신|방송|신문|일보|매체|tv)$")
_RAN = re.compile(r"(?:실었|게재했|내보냈)(?:다|습니다)")
_AND = re.compile(rf"^(?:와|과|및)\s*(?:(?:{_COUNTRIES})\s+)?")  # 일본 방위성과 미국 국무부: each with its country
_DESCRIBES_TOPIC = re.compile(rf"\s*(?:[{_H}0-9]+\s+){{0,2}}?[{_H}]+(?:하는|한|된|던|는)\s+(?:(?:이|그)\s+)?"
                             rf"(?!{_DOCS})[{_H}A-Za-z0-9]+(?:은|는)(?![{_H}])")
# 보건복지관은, 장병복지정책과장은: an office's title, any that ends as titles do, after a person and a body
_UNLISTED_TITLE = re.compile(rf"^\s*()[{_H}]{{1,8}}(?:관|장)(?:은|는|이|가)(?![{_H}])")
# 외무성 대변인 담화를 인용해: whom an outlet quoted
# 국정원 보고 내용을 인용해, 국정원 보고 내용을 전하며, 합참 보고 내용을 이같이 전했다: what a body reported, passed on
_CITED = re.compile(rf"^\s*(?:{_ROLE}\s*)?(?:{_CITED_DOC}\s*)?(?:내용\s*)?(?:을|를)\s*인용"
                    rf"|^\s*{_CITED_DOC}\s*(?:내용\s*)?(?:을|를)\s*(?:(?:이같이|이렇게|다음과\s*같이)\s*)?전(?:하며|하면서|했)")
# 총참모부 대변인 담화를 내고: a body that issued a statement said what it says, whatever the verb after
_ISSUING = re.compile(rf"\s*(?:{_ROLE}\s*)?{_ISSUING_DOC}")
_BRIEFED = re.compile(r"^\s*(?:으로부터|로부터|에게서|에서)\s*(?:보고|브리핑|설명)\s*(?:을|를)?\s*받은\s*(?:내용|사항|결과)")
# 박 의원에 따르면: a person, by name or surname and role, as the one who is cited
_ACCORDING_PERSON = re.compile(rf"(?<![{_H}A-Za-z])([{_H}]{{1,4}}|[A-Za-z])\s*(?:\s{_ROLE}|씨)\s*(?:에\s*따르면|에\s*의하면)")
# 두 간사에 따르면, 여러 관계자에 따르면: a number of people referred back to, not a surname
_COUNTED = frozenset("두 세 네 여러 양 각 몇 모든".split())
_KIND_BACKREF = "(?:기관|기구|부처|단체|재단|협회|업체|기업|싱크탱크|방송사|통신사|신문사|웹사이트|사이트)"
# 이 관계자는, 그는, and 당국은 ("the authorities", the body the story is about)
_BACKREF = re.compile(rf"(?<![{_H}])(?:(?:이|그|해당|같은)\s+{_ROLE}(?:은|는|이|가|도)|그는|그녀는|그들은|이들은|"
                      rf"(?<![{_H}]\s)(?:수사|방역|보건|금융|외교|안보|정보)?당국(?:은|는|도)|시는|(?<![{_H}])(?:통신|매체|신문|방송|연구소)(?:은|는|도|에\s*따르면|에\s*의하면)|"
                      # 해당 부처는, 이 기관은: a kind of body, with a demonstrative to say which one
                      # 두 기관에 따르면: the bodies that just spoke together
                      rf"(?<![{_H}])(?:이|그|해당|같은|두|세|양)\s+{_KIND_BACKREF}(?:은|는|도|이|가|에\s*따르면|에\s*의하면)|"
                      # 보도에 따르면 refers back; 언론 보도에 따르면 ("press reports say") is vague
                      rf"(?<![{_H}])(?<!언론 )(?<!외신 )(?:보도|발표|보고서|자료|성명|담화)(?:에\s*따르면|에\s*의하면))(?![{_H}])")
# 대변인은 또 …: the spokesperson or official who spoke last, named by role alone opening the sentence
_BARE_ROLE = re.compile(rf"(?:부)?대변인(?:은|는)(?![{_H}])|(?:당국자|관계자)(?:는|들은)(?![{_H}])")
# 한 정부 관계자는, 익명을 요구한 한 소식통은: an unnamed official is vague sourcing
_INDEFINITE = re.compile(rf"(?<![{_H}])한\s+(?:[{_H}]+\s+){{0,2}}?(?:{_ROLE}|전문가|인사|분석가)(?:은|는|이|가|도)(?![{_H}])")
_VAGUE = re.compile(r"일각|전문가들|관측도|관측이|분석도 나온|소식통|외신들|(?:언론|외신) 보도에|"
                    # 방산업계에서는 … 우려도 나온다: a trade or a milieu voicing a concern
                    r"(?:업계|일각|안팎|정치권|정가|학계|시장|재계|(?:정부|여권|야권) 내부|[가-힣]{1,3}계)에서는|"
                    r"(?:우려|목소리|지적|전망|관측|분석|평가|비판|주장|의견|해석)(?:도|이|가)\s*(?:나온|나오|제기)|"
                    rf"{_CROWD}")  # 일부 여당 의원들은 … 비판했다: an unnamed crowd
_DECIDED = re.compile(r"기로\s*(?:했|결정했|합의했)")
_NEGATED = re.compile(r"않았|않는다|않고|없었|없다|못했")
# (서울=연합뉴스) 윤다솔 한지후 기자 =: the dateline, then one reporter or several
BYLINE = re.compile(rf"^\([^)]{{0,40}}=[^)]{{0,40}}\)\s*(?:(?:[{_H}]{{2,4}}\s+){{0,3}}[{_H}]{{2,4}}\s*(?:기자|특파원)\s*=\s*)?")
# □ …, ㅇ …, ○ …: the bullets of a government press release, before the line's own words
BULLET = re.compile(r"^\s*[□■ㅇ○◦]\s+")


# 김정혁(가명)씨는: a person named with the honorific 씨, perhaps after a bracketed note (가명, 42)
# 김 모 씨는, ㄱ씨의 변호인은: a person whose name is withheld, or the lawyer who speaks for them; A씨(64)는: with an age
_HONORIFIC = re.compile(rf"(?<![{_H}A-Za-z])(?:([{_H}]{{2,4}}|[A-Za-z])\s*(?:\([^()]{{1,10}}\))?|([{_H}])\s*모\s*|([\u3131-\u314e]))"
                        rf"\s*씨(?:\([^()]{{1,10}}\))?(?:(?:의|측)\s*(변호인단|변호인|변호사|가족|유족))?(?:은|는|이|가|도)(?![{_H}])")


# 개선안에 따르면, 자료를 보면: the words that open what a source or a document says
_CITING = re.compile(r"에\s*(?:따르면|의하면)(?![가-힣])")
_CITED_OPENING = re.compile(r"(?:\S+\s+){0,2}?\S+에\s*(?:따르면|의하면),?\s+")
# …부인하고 있다고 한다: what the reporter heard, not what the subject said
_HEARSAY = re.compile(r"(?:다|라)고\s+한")


def _honorific(h: re.Match) -> str:
    """The person a 씨 phrase names: 김정혁, 김 모 씨, ㄱ씨의 변호인."""
    name = h.group(1) or (f"{h.group(2)} 모 씨" if h.group(2) else f"{h.group(3)}씨")
    return f"{name if name.endswith('씨') else name + '씨'}의 {h.group(4)}" if h.group(4) else name

# 한지석 의원이 "…"고 따지자, 김정은 국무위원장이 결론에서 "…"라고 질타했다고: a person quoted in the sentence
# (…국무위원장이 유가족들을 만나 "…"라고 말했다고: what the person did before speaking may come between;
# a topic there (리 비서는) is another speaker's)
_QUOTED_AFTER = re.compile(r"(?:\s*(?![가-힣0-9]*[은는]\s)[가-힣0-9]+){0,6}\s*[\"\u201c][^\"\u201d]*[\"\u201d]\s*(?:이라|라)?(?:고|며)")
# …다고, …라며, "…"라고, …것으로: the end of a reported clause
_CLAUSE_END = re.compile(rf"(?<=[{_H}])(?:다|라)(?:고|며)\s|[\"\u201d]\s*(?:이라|라)?(?:고|며)|것으로\s")
# …낸 데 대해, …한 것에 대해: a clause made the object of someone else's comment
_ABOUT = re.compile(rf"[{_H}]\s*(?:데|것|점)\s*(?:에\s*)?대(?:해|하여|해서는|해선)(?![{_H}])")
# 日방위성, 美국방부, 北: a single Hanja syllable abbreviating a country prefixes a body's name
_HANJA_PREFIX = re.compile(r"[\u4e00-\u9fff]\s*")


def korean_agents(folded: str, mentions: list[Mention], sentence_start: int) -> Found:
    """Agents of a (quote-masked) Korean sentence; ``sentence_start`` is where its words begin, past a
    byline or dateline, a release's □/ㅇ bullet, a [속보] label or an English lead."""
    found = Found()
    # [전성우/국방부 대변인 : "…"]: a soundbite tag in square brackets needs no label before it
    bracket = folded.startswith("[", sentence_start)
    if ((caption := _CAPTION.match(folded, sentence_start + bracket)) is not None
            and (bracket or _CAPTION_LABEL.search(folded, 0, sentence_start))):
        return _caption_speaker(caption, mentions)
    cues = [m.group() for m in CUE.finditer(folded)]
    named = sorted(mentions, key=lambda m: m.start)
    if not cues and any(_OUTLET.search(m.text) and _VIA.match(folded, m.end) for m in named):
        cues.append("통해")  # 조선중앙통신을 통해 … 예고했다: what an outlet carried is a statement, whatever the verb
    elif not cues and (ran := _RAN.search(folded)) is not None and any(_OUTLET.search(m.text) for m in named):
        cues.append(ran.group())  # 노동신문도 … 전문을 실었다: what a paper printed or aired is its report
    found.cues = cues
    agents: list[Agent] = []
    cited_bodies: list[Agent] = []
    carriers: list[Agent] = []
    via_at: int | None = None
    # 이 당국자는 … 유엔사 관계자가 입회한다고 말했다: a topic that refers back speaks too
    opening = (_BACKREF.match(folded, sentence_start) or DOCUMENT_SUBJECT.match(folded, sentence_start)
               or _CROWD_TOPIC.match(folded, sentence_start))
    topic_end: int | None = opening.end() if opening and opening.group()[-1] in "은는" else None
    if topic_end is None and (cited := _CITING.search(folded, sentence_start)) is not None:
        topic_end = cited.end()  # 개선안에 따르면 … 외상센터가 설치되고: what follows is what was cited
    for i, m in enumerate(named):
        rest = folded[m.end:]
        if _ACCORDING.match(rest) or (m.start == sentence_start and _SURVEYED.match(rest)):
            agents += _joined(folded, named, i) + [Agent(m.kind, m.text, m.code)]  # 국방부와 기획재정부에 따르면: both
            continue
        # a headline 합참 "…", also after its first clause (北, 미사일 발사…합참 "…") or a Hanja country (日방위성)
        # 한동석 통일장관 "…", 통일부 대변인 "…": the name of who speaks for the body, or their role, may stand with it
        # the name (or role) right before the body: 한동석 통일장관, 김태훈 국방부 장관은
        before = _NAME_BEFORE.search(folded, sentence_start, m.start)
        speaker = before if before is not None and before.start() == sentence_start else None
        clause_start = (m.start == sentence_start or _HANJA_PREFIX.fullmatch(folded[sentence_start:m.start])
                        or _PLACE_WORD.fullmatch(folded[sentence_start:m.start].strip())  # 중국 외교부 "…"
                        or re.search(r"[…,·]\s*[\u4e00-\u9fff]?\s*$", folded[sentence_start:m.start]) or (speaker and _is_name(speaker.group(1))))
        if clause_start and (_HEADLINE_QUOTE.match(rest) or (_HEADLINE_SINGLE.match(rest) and folded.rstrip()[-1:] not in ".다")):
            agents.append(Agent(m.kind, m.text, m.code, names=[speaker.group(1)] if speaker else []))
            found.cues.append("\"")
            continue
        # a headline 통일부, 北 … "엄중 유감": the body first, a comma, no full stop at the end;
        # also after the headline's first clause (봉급 월 165만 원…국방부, … 계획 발표)
        if ((m.start == sentence_start or folded[sentence_start:m.start].rstrip().endswith("…"))
                and (m.kind == "source" or (m.kind == "org" and not _CREDITED_QUOTE.search(rest)))  # 해경, … 중국 "…"
                and re.match(r"^\s*,\s", rest) and not folded.rstrip().endswith(".")):
            agents.append(Agent(m.kind, m.text, m.code))
            continue
        if _VIA.match(rest) and cues:
            # 조선중앙통신을 통해 발표한 담화에서: the outlet carried what the speaker said
            carriers.append(Agent(m.kind, m.text, m.code))
            via_at = m.start if via_at is None else via_at
            continue
        if _RECEIVED.match(rest):
            # 윤 의원이 국정원으로부터 제출받은 자료를 보면: the body's document, and who received it
            agents.append(Agent(m.kind, m.text, m.code))
            recipient = _person(folded[:m.start], sentence_start)
            if recipient is not None and not any(n.start <= recipient.start(1) < n.end for n in named):
                agents.append(Agent("person", _person_name(recipient)))
            elif (surname := _SURNAME_BEFORE.search(folded, sentence_start, m.start)) is not None:
                agents.append(Agent("person", surname.group(1), head=surname.group(2)))  # 박 의원이, named in full before
            continue
        if _CITED.match(rest) or _BRIEFED.match(rest):
            # 외무성 담화를 인용해, 국정원 보고를 인용해, 국정원으로부터 보고받은 내용을: whose words the speaker passed on
            cited_bodies.append(Agent(m.kind, m.text, m.code))
            continue
        if (issued := _ISSUING.match(rest)) is not None:
            agents.append(Agent(m.kind, m.text, m.code))
            found.cues.append(issued.group().strip())
            continue
        subject = _SUBJECT.match(rest)
        if subject is not None and _NOMINATED.search(subject.group()):
            continue  # 최영민 통일부 장관 후보자는: a nominee speaks for themself, not yet for the body
        if subject is None and before is not None and _is_name(before.group(1)):
            subject = _UNLISTED_TITLE.match(rest)  # 홍성민 국방부 보건복지관은: a title not in the list, after a name
        # 한국은행은 … 국내총생산(GDP)이 … 늘었다고 추정했다: after a topic (은/는) that speaks, a
        # later subject in 이/가 belongs to the reported clause, not to the verb of saying, unless
        # the clause has ended (…내려보냈다고 연합뉴스가 보도했다: who reported it).
        particle = subject.group(0).rstrip()[-1] if subject else ""
        if (particle in ("이", "가") and topic_end is not None and m.start >= topic_end
                and not _CLAUSE_END.search(folded, topic_end, m.start)):
            continue
        # CSIS가 운영하는 이 사이트는: the subject of a clause describing the topic is not the speaker
        if particle in ("이", "가") and _DESCRIBES_TOPIC.match(rest, subject.end()):
            continue
        # 통일부가 입장을 낸 데 대해 정치권에서는 …: what others comment on, not the body speaking
        if (particle in ("이", "가") and (about := _ABOUT.search(folded, m.end)) is not None
                and not _CLAUSE_END.search(folded, m.end, about.start())):
            continue
        # Without a reporting verb only a registered body opening the sentence acts as its source
        # (합참, 北 미사일 발사); another body that is the subject is the story (개성공단은 … 중단됐다).
        # Neither does one whose years-long doings the reporter recounts (수년 전 … 이후 … 늘려 왔다). Any body
        # that decided something (경찰청이 … 늘리기로 했다) announced it; a thing named in quotes (‘메디온’도) is no body.
        if subject and (cues or (not _NEGATED.search(folded) and (
                (m.kind == "source" and m.start == sentence_start and not long_history(folded))
                or (m.kind in ("source", "org") and m.text[0] not in "'\u2018" and _DECIDED.search(folded, m.end))))):
            agents.append(Agent(m.kind, m.text, m.code))
            if topic_end is None and particle in ("은", "는"):
                topic_end = m.end + subject.end()
            # 통일부 구병삼 대변인은, 김태훈 국방부 장관은: the person who speaks for the body
            for name in (subject.group(1), before.group(1) if before and subject.group(0).strip()[:-1] else None):
                if name and _is_name(name):
                    agents[-1].names.append(name)
            agents[-1:-1] = _joined(folded, named, i)  # 통일부와 외교부는: both speak
    handed_to = _HANDED_TO.search(folded, sentence_start) if _HANDED_VERB.search(folded) else None
    if agents and handed_to is not None and _is_name(handed_to.group(1)):
        agents.append(Agent("person", handed_to.group(1)))  # 합참이 이 의원에게 제출한 자료에 따르면
    cited = _ACCORDING_PERSON.search(folded) if "따르면" in folded or "의하면" in folded else None
    if (cited and cited.group(1) not in _DEMONSTRATIVE and cited.group(1) not in _COUNTED
            and not any(m.start <= cited.start(1) < m.end for m in named)):  # 군 관계자: the JCS
        agents.insert(0, Agent("person", cited.group(1)))
    if agents and cues:
        agents += passed_on(folded, agents, named)
    if (agents or cues) and (author := statement_author(folded, named, bool(agents))) is not None:
        agents.append(author)  # 김여정 부부장 담화를 전했다, 박정천 부장 명의의 담화를 통해: the person's statement
    if agents and cues:
        agents += _quoted_people(folded, agents, named, sentence_start)
    if folded.rstrip()[-1:] not in ".다":
        credited, quoted = headline_credits(folded, sentence_start, bool(agents), frozenset(m.start for m in named))
        agents += credited  # 중국 "과잉 단속" 반발, …김정은 "…", 탈북민 A씨 "…": a headline's quote credited
        opening = next((Agent(m.kind, m.text, m.code) for m in named if m.start == sentence_start), None)
        actor = actor_quoted(folded, sentence_start, opening) if not agents else None  # 해군 … 진수…"…"
        agents += [actor] if actor is not None else []
        found.cues += ['"'] if quoted or actor is not None else []
    if not agents and cues and (placed := placed_person(folded, sentence_start)) is not None:
        agents.append(placed)  # 대성동 마을의 한 주민은 … 전했다: a resident reached where they live
    elif not agents and cues and _INDEFINITE.search(folded):
        found.vague = True
    elif not agents and (d := DOCUMENT_SUBJECT.match(folded, sentence_start)) is not None and (
            cues or (wrote := DOCUMENT_VERB.search(folded, d.end())) is not None):
        # 담화는 또 … 일축했다; 백서는 … 지도를 실었다: what the document says or contains
        agents.append(Agent("backref", d.group(), head=d.group(1)))
        found.cues = cues or [wrote.group()]
    elif not agents and cues and (r := _BARE_ROLE.match(folded, sentence_start)) is not None:
        agents.append(Agent("backref", r.group(), head="statement"))  # 대변인은 이어 "…"라고 말했다
    elif not agents and cues:
        p = _person(folded)
        if p is not None and via_at is not None and p.end() > via_at and folded[p.end() - 1] in "이가":
            p = None  # …을 통해 김정은 국무위원장이 참관했다고 주장했다: a subject of what was carried
        b = _BACKREF.search(folded)
        # 같은 당국자는 / 이 관계자는 look like a name and a role; they refer back.
        if b and (p is None or b.start() <= p.start()):
            noun = None if b.group()[0] in "두세양" else re.search(f"통신사|방송사|신문사|통신|매체|신문|방송|연구소|{_KIND_BACKREF}", b.group())
            # 그는, 그녀는: a person, the one who spoke last rather than the body they passed on
            person = b.group() in ("그는", "그녀는")
            agents.append(Agent("backref", b.group(), head=noun.group() if noun else "he" if person else "statement"))
        elif p:
            agents.append(Agent("person", _person_name(p)))
            if (joined := _joined_person(p)) is not None:
                agents.append(Agent("person", joined[0]))  # 김성민 … 의원과 이수정 … 의원은: both speak
        elif (h := _HONORIFIC.search(folded)) is not None and not all(_HEARSAY.fullmatch(c) for c in cues):
            agents.append(Agent("person", _honorific(h)))
        elif ((t := _SURNAME_TOPIC.match(folded, _OPENER.match(folded, sentence_start).end())) is not None
              and not any(m.start <= t.start(1) < m.end for m in named)):
            agents.append(Agent("person", t.group(1), head=t.group(2)))  # 윤 의원은: the person named in full before
        else:
            # …될 것으로 보인다고 서 의원은 전했다: who passed it on; 현대로템은 "…": a body named bare
            agents += passed_on(folded, agents, named) or [a for a in (quoting_topic(folded, _OPENER.match(folded, sentence_start).end()),) if a]
    agents += [c for c in carriers if not any(a.kind == c.kind and a.text == c.text for a in agents)]
    if agents:
        agents += cited_bodies
    found.agents = agents
    if not agents:
        found.vague = found.vague or bool(_VAGUE.search(folded))
        found.orphan_cue = bool(cues)
    return found


# [인터뷰] 김성호/한국은행 금융통계팀장 : "…": a broadcast's caption, the speaker's name, a slash,
# what they are, and a colon before their words
# 두 차관은, 각 부처는: words that count or share out, which read like a one-syllable surname before a title
_COUNTING = frozenset("두세네각몇")
_CAPTION_LABEL = re.compile(r"\[(?:인터뷰|녹취|싱크|현장음)\]")
_CAPTION = re.compile(rf"({CAPTION_NAME})\s*/\s*[^:\n]{{1,40}}?\s*:\s*")


def _caption_speaker(caption: re.Match, mentions: list[Mention]) -> Found:
    """Who a broadcast caption names: the registered body they speak for (국방부 …과장), else the person."""
    found = Found(cues=['"'])
    body = next((m for m in mentions if m.kind == "source" and caption.start(1) < m.start < caption.end()), None)
    if body is not None:
        found.agents = [Agent(body.kind, body.text, body.code, names=[caption.group(1)])]
    else:
        found.agents = [Agent("person", caption.group(1))]
    return found


def _joined(folded: str, named: list[Mention], i: int) -> list[Agent]:
    """The names joined by 와/과 (or 및) to ``named[i]`` before it, in text order: 통일부와 외교부는."""
    j = i - 1
    while j >= 0 and _AND.fullmatch(folded[named[j].end:named[j + 1].start].strip() + " "):
        j -= 1
    return [Agent(m.kind, m.text, m.code) for m in named[j + 1:i]]


# 보도한 담화에서, 기자회견에서: the statement or the occasion in which the person named next spoke
_IN_DOCUMENT = re.compile(rf"(?:{_DOCUMENT_NOUNS}|기자회견|회견|연설|인터뷰)에서\s+")
_OWN_PARTICLE = re.compile(rf"(?:은|는|이|가)(?![{_H}])")


def _quoted_people(folded: str, agents: list[Agent], named: list[Mention], start: int) -> list[Agent]:
    """People who speak besides the agents found: the topic person or someone quoted.

    국민의힘 윤가람 의원은 국정원이 … 보고한 내용을 근거로 "…"고 밝혔다: the person opening the
    sentence as its topic speaks, whatever body their clause cites; 한지석 의원이 "…"고 따지자 and
    김정은 국무위원장이 "…"라고 질타했다고 보도했다: a person quoted in the sentence speaks too. A person
    whose role is held at a named body (국방부 김도윤 차관) speaks for that body, already an agent.
    """
    out: list[Agent] = []
    for p in _PERSON.finditer(folded, start):
        name = _person_name(p)
        # a body within the phrase is the person's affiliation, unless it is a subject of its own
        # (조선중앙통신은 지난 9월 김정은 국무위원장이 "…"라고 말했다고)
        if name is None or any(p.start() <= m.start < p.end() and not (
                _OWN_PARTICLE.match(folded, m.end) and folded.find(name, m.end, p.end()) >= 0) for m in named):
            continue
        topic = p.start() == start and folded[p.end() - 1] in "은는"
        if topic or _QUOTED_AFTER.match(folded, p.end()):
            out.append(Agent("person", name))
    # 조선중앙통신에 따르면 김 위원장은 "…": the person a cited source reports speaking
    cited = _CITED_OPENING.match(folded, start)
    surname = _SURNAME_TOPIC.match(folded, start if cited is None else cited.end())
    if surname is None and "에서" in folded and (vehicle := _IN_DOCUMENT.search(folded, start)) is not None:
        surname = _SURNAME_TOPIC.match(folded, vehicle.end())  # 통신이 보도한 담화에서 김 부부장은: the statement's author
    # 두 차관은: "the two" vice ministers, a number and no surname (양, "both", is a surname too: left to who was named)
    if (surname is not None and not out and surname.group(1) not in _COUNTING
            and not any(m.start <= surname.start(1) < m.end for m in named)):
        out.append(Agent("person", surname.group(1), head=surname.group(2)))
    known = {a.text for a in agents}
    return [a for a in out if a.text not in known]
