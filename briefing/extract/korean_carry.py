"""A Korean source's account continued across a paragraph break.

Korean wires often give each sentence a paragraph of its own. After "합참에 따르면 …" the next
paragraph may report more of what the JCS found without naming it again ("잔해에서는 … 발견된 것으로
알려졌다", "생존자의 65% 이상이 80대 이상이다"); yet a paragraph break is also where the reporter
turns to history and context ("KF-21은 2015년 체계개발에 착수했다"). What tells the two apart:

* the paragraph before ends with a source's account told in the reporter's words (X에 따르면,
  X는 …다고 밝혔다), not with a quotation: after a voice the reporter speaks again. A headline
  crediting a source (경찰 "…") counts too: its lead tells what the headline quoted;
* the sentence reads as more of that account: a finding in the passive (것으로 파악됐다, 확인됐다,
  집계됐다, 나타났다, 드러났다, 알려졌다), or further figures after figures, or a reporting verb
  whose speaker it leaves unsaid (또 …고 전했다, 다만 "…"이라며 말을 아꼈다);
* it names no body as its topic, does not turn to something else (한편, 반면), and it is neither
  vague, another actor's deed nor history (those sentences are already marked as blocking), nor a
  series of years (2021년 …, 2023년 …) or what has gone on until now (감소해 왔다).
"""
from __future__ import annotations

import re

from briefing.extract.korean import BYLINE, HANGUL as _HANGUL
from briefing.extract.korean_documents import SUBJECT as DOCUMENT_SUBJECT
from briefing.extract.korean_subjects import UNTIL_NOW as _UNTIL_NOW, place_subject

_H = "\uac00-\ud7a3"
# 것으로 파악됐다, 발견됐다, 집계됐습니다, 나타났다, 추정된다: a finding reported without its finder
_FINDING = re.compile(r"(?:파악|확인|집계|조사|추정|추산|분석|발견|포함|적발|관측|감지|포착)(?:됐|되었|된)(?:다|습니다)"
                      r"|(?:나타|드러)났(?:다|습니다)|(?:알려|전해|밝혀)졌(?:다|습니다)"
                      # 인명 피해는 없었습니다: the damage counted, none
                      r"|피해(?:는|가|도)\s*없었(?:다|습니다)")
_FIGURE = re.compile(r"\d[\d,.]*\s*(?:%|퍼센트|명|건|개|곳|척|대|억|조|만|천|달러|원|톤|t\b|㎞|km|m\b|발|차례)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d년")
# 또 …고 전했다, 다만 "…"이라며, 개편안에 따르면, 개정 지침에 따르면: a report whose speaker or author the sentence leaves
# unsaid, opening with a word that goes on from the sentence before, or with the question it answers
# (…에 대한 질의에는 "…"이라고 했다). A reporting verb after a subject of its own (옹진군이 전했다,
# 김 모 씨는 …고 말했다) has a speaker not recognised, not none.
# 또 다른 전문가는, 또 옹진군은: a connective then a new speaker (one not recognised), not none
# 지침, 규정, 개정안: the rules a body lays down, cited by name
_RULES = "지침|규정|훈령|지시|매뉴얼|요령|개정안|방안|계획"
_GOES_ON = re.compile(rf"(?:또|또한|이어|아울러|그러면서|다만)\s+(?!다른\s|[{_H}]+(?<!에서)(?<!해서)(?<!로)(?:은|는)\s)"
                      rf"|(?:[{_H}]{{1,4}}\s+)?[{_H}]{{0,6}}(?:안|자료|결과|내용|{_RULES})에\s*(?:따르면|의하면)"
                      # …공격에 대한 질의에는 "…"고 했다: the one who answered the question before answers the next
                      rf"|[^\n.\"\u201c]{{0,40}}?(?:질의|질문|물음)에(?:는|도|대해서는)?\s+[\"\u201c]")


# 이는 … 두 배 많은 수준이다, 3년 만에 가장 큽니다, 세 차례 연속 동결이다: the fact just reported, measured
# 이 가운데 주택담보대출이 …: a part of it; 두 분기 연속 늘었습니다: compared with the periods before
_MEASURES = re.compile(r"^이는\s|^이\s*(?:가운데|중)\s|(?:\d+|[한두세네]|여러)\s*(?:년|달|개월|분기|차례)\s*(?:만에|연속|째)\s*"
                       r"(?:[가-힣]+\s+)?[가-힣]*(?:다|습니다)\W*$")
# 이에 따라 상병은 120만 원 …: what follows from the account just given, after its figures;
# 조사 결과 …: what the investigation just announced found
_FOLLOWS = re.compile(r"(?:이에|이와) 따라\s|(?:조사|수사|감사|분석|점검|검사|검증|감식)\s*결과,?\s")
# 지침에 따르면 …, then 장병들은 … 보고해야 한다: a rule cited, then more of what it requires
_RULES_CITED = re.compile(rf"(?:{_RULES})에\s*(?:따르면|의하면)")
_MUST = re.compile(r"야\s*(?:한다|합니다)\W*$")
# 한편 …, 반면 …: the reporter turns to something else
_TURNS = re.compile(r"(?:한편|반면)\s")


def carry_findings(text, sents, junk, results) -> bool:
    """Give a Korean paragraph's opening sentence the account the paragraph before ended with.

    Changes ``results`` in place; returns True when any sentence was given a source, so that the
    rest of its paragraph may continue it.
    """
    changed = False
    for i in range(1, len(sents)):
        here, prev = results[i], results[i - 1]
        if (here.sources or here.blocks or here.topic or junk[i] or junk[i - 1] or not prev.sources
                or not prev.carries or sents[i].paragraph == sents[i - 1].paragraph):
            continue
        raw = text[sents[i].start:sents[i].end]
        if not _HANGUL.search(raw) or is_aside(raw):
            continue
        before = text[sents[i - 1].start:sents[i - 1].end]
        headline = i - 1 == 0 and sents[0].whole_line and not before.rstrip().endswith(".")
        reports = bool(here.cue) and _GOES_ON.match(raw) is not None
        follows = _FOLLOWS.match(raw) is not None
        if prev.quote and not headline and not reports and not follows:
            continue  # after a voice, only a sentence that reports speech, or what follows from it, goes on with it
        required = _MUST.search(raw) is not None and _RULES_CITED.search(before) is not None
        if (_FINDING.search(raw) or reports or required or _MEASURES.search(raw)
                or (_FIGURE.search(raw) and _FIGURE.search(before))):
            here.sources, here.names, here.kind = list(prev.sources), dict(prev.names), "inherited"
            changed = True
    return changed


# 경기 파주시의 한 물류창고에, 서울 강남구의 한 아파트에서: a town's "one place", where an incident happened
_SCENE = re.compile(rf"\s*(?:[{_H}]+\s+){{0,2}}[{_H}]+(?:시|군|구|도|읍|면|동|리)의 한 ")
# 이런 내용을 담은, 이 같은 내용의: what the sentence before told, referred back to
_THIS_NEWS = re.compile(r"(?:이런|이러한|이 같은|이와 같은|이같은)\s*내용")
# [앵커], [리포트]: a broadcast script's section label, a line of its own
_LABEL = re.compile(r"^\s*\[[^\]\n]{1,8}\]\s*$")


def carry_lead(text, sents, junk, results) -> bool:
    """Give a Korean story's lead the source its headline (or sub-headline) credited: 국방부 "…" then 예비군 훈련이 … 줄어듭니다.

    The lead, the first paragraph after the headline (past a broadcast's [앵커] label and any
    sub-headline lines, which take the headline's source too), tells the news the headline quoted. Without a source of its own it is that source's when it reads as a finding
    (…것으로 파악됐다, 나타났다) or when the next sentence of its paragraph names the same source
    (국방부가 오늘 … 발표했습니다), or the next sentence, in a paragraph of its own, says it was its news
    (국방부는 … 이런 내용을 담은 계획을 발표했다). Whatever its subject (북한이, 육군이), it is not the reporter's aside,
    but a lead whose subject is a country or that sets a scene is credited only as a finding, not
    because the next sentence names the source; a vague sentence, a named body's topic or an aside
    stays unattributed. Changes ``results`` in place; returns True when the lead was given a source.
    """
    if len(sents) < 3 or junk[0] or not sents[0].whole_line:
        return False
    headline = text[sents[0].start:sents[0].end]
    if headline.rstrip().endswith(".") or not _HANGUL.search(headline):
        return False
    i, broadcast = 1, False
    while i < len(sents) and (junk[i] or _LABEL.match(text[sents[i].start:sents[i].end])):
        broadcast = broadcast or not junk[i]
        i += 1
    # 기재부와 협의 거쳐 예산안에 반영…: a sub-headline line tells more of the headline's news; a headline
    # crediting no one may be credited by its sub-headline (예비군 훈련 … 바뀐다 / 국방부, … 계획 발표…)
    credit = results[0]
    while i < len(sents) and _is_subhead(text, sents[i]):
        sub = results[i]
        if not credit.sources:
            credit = sub
        elif not (sub.sources or sub.vague or sub.topic or junk[i]):
            sub.sources, sub.names, sub.kind = list(credit.sources), dict(credit.names), "inherited"
        i += 1
    if not credit.sources:
        return False
    if i + 1 >= len(sents) or sents[i].paragraph == sents[0].paragraph:
        return False
    here, after, raw = results[i], results[i + 1], text[sents[i].start:sents[i].end]
    if here.sources or here.vague or here.topic or not _HANGUL.search(raw) or is_aside(raw):
        return False
    # a broadcast script gives each sentence a paragraph; a written lead and its next sentence share one,
    # unless the next one says the lead was its news (국방부는 24일 이런 내용을 담은 계획을 발표했다)
    together = (sents[i + 1].paragraph == sents[i].paragraph or broadcast
                or _THIS_NEWS.search(text, sents[i + 1].start, sents[i + 1].end) is not None)
    # (북한이 … 목표를 확정했습니다 then 김정은 위원장은 …: an actor's deed told by the reporter, not the news quoted)
    # (경기 파주시의 한 물류창고에서 불이 나 …: an incident at a place the reporter sets the scene with)
    named_next = (together and bool(after.sources) and set(after.sources) <= set(credit.sources)
                  and not place_subject(raw.lstrip()) and not _SCENE.match(raw, byline.end() if (byline := BYLINE.match(raw)) else 0))
    if not (_FINDING.search(raw) or named_next):
        return False
    here.sources, here.names, here.kind = list(credit.sources), dict(credit.names), "inherited"
    return True


def _is_subhead(text: str, sentence) -> bool:
    """True for a line of its own in Korean that does not end as a sentence does: a sub-headline."""
    raw = text[sentence.start:sentence.end].rstrip()
    return sentence.whole_line and _HANGUL.search(raw) is not None and not raw.endswith((".", "다", "요"))


def is_aside(raw: str) -> bool:
    """True for a Korean sentence the reporter adds of their own, figures or not: one that turns to
    something else (한편, 반면), a series of years (2019년 1047명에서 2021년 63명으로), or what has
    gone on until now (감소해 왔다, 제한돼 왔다)."""
    return _TURNS.match(raw) is not None or len(_YEAR.findall(raw)) > 1 or _UNTIL_NOW.search(raw) is not None


# …보낼 방법이 없기 때문이다: the reason for what the sentence before reported
_REASON = re.compile(r"때문(?:이다|입니다)\W*$")


def carry_reasons(text, sents, junk, results) -> None:
    """Give a Korean sentence that explains the one before it in its paragraph (…없기 때문이다) that sentence's source.

    The reason is part of the account it explains, even when it tells a piece of history (연락채널이
    2023년부터 끊겨 있어 …); a vague sentence or one about a body of its own stays as it is. Changes
    ``results`` in place.
    """
    for i in range(1, len(sents)):
        here, prev = results[i], results[i - 1]
        if (here.sources or here.vague or here.topic or junk[i] or junk[i - 1] or not prev.sources or not prev.carries
                or sents[i].paragraph != sents[i - 1].paragraph):
            continue
        raw = text[sents[i].start:sents[i].end]
        if "때문" in raw and _REASON.search(raw):
            here.sources, here.names, here.kind = list(prev.sources), dict(prev.names), "inherited"


# …할 수 있다는 것이다, …라는 설명이다: what the one quoted before meant, told in the reporter's words
_THEIR_POINT = re.compile(r"(?:것|설명|얘기|주장|지적|입장)(?:이다|입니다)\W*$")


# "…"이라고 지적했다, "…"고 말했습니다: a sentence that ends with its quoted claim and the verb of saying
_CLOSED_BY_QUOTE = re.compile(r"[\"\u201d]\s*(?:이라|라)?(?:고|며)\s*[가-힣]+(?:다|습니다)\W*$")


def reporter_resumes(text, sents, junk, results) -> None:
    """Mark as the reporter's own a Korean sentence that follows a quoted voice in its paragraph without going on with it.

    유성민 의원은 "…"이라고 지적했다. 실제 규모는 … 달라질 수 있다: once a voice has been quoted,
    the reporter speaks again, unless the sentence reports (a cue or a quote of its own), gives a
    finding (것으로 알려졌다) or figures, says what the voice meant (…다는 것이다) or has a document
    as its subject. Sets ``blocks`` in ``results`` in place, so that nothing is carried into it.
    """
    for i in range(1, len(sents)):
        here, prev = results[i], results[i - 1]
        if (here.sources or here.blocks or here.cue or here.quote or junk[i] or junk[i - 1] or not prev.sources
                or sents[i].paragraph != sents[i - 1].paragraph):
            continue
        raw = text[sents[i].start:sents[i].end]
        if not _CLOSED_BY_QUOTE.search(text, sents[i - 1].start, sents[i - 1].end):
            continue  # (…는 입장을 밝혔다: a position put in a word or two, which what follows may explain)
        if (_HANGUL.search(raw) and not _FINDING.search(raw) and not _FIGURE.search(raw) and not _MEASURES.search(raw)
                and not _THEIR_POINT.search(raw) and not DOCUMENT_SUBJECT.match(raw) and not _GOES_ON.match(raw)):
            here.blocks = True
