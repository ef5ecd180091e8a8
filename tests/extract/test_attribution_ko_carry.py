"""Korean attribution carried beyond one sentence: quotations that run over several sentences,
documents referred back to as the subject, and a source's findings continued in the next paragraph."""
from __future__ import annotations

from tests.extract.helpers import candidate_with, sources_of


# -- quotations opened in one sentence and closed in a later one --------------------------------

def test_every_sentence_of_a_korean_quote_takes_the_speaker_named_before_it_opens():
    text = ('해양수산부 대변인은 "어선 피해는 아직 보고되지 않았다. '
            '기상이 나빠지면 조업 자제를 권고할 계획"이라고 말했다.')
    opening, closing = candidate_with(text, "어선 피해는"), candidate_with(text, "조업 자제를")
    assert list(opening.source_names.values()) == ["해양수산부"]
    assert closing.sources == opening.sources


def test_a_back_referenced_speaker_of_a_multi_sentence_quote_keeps_the_body_named_before():
    text = ('통일부 당국자는 "회담 제안은 유효하다"고 말했다.\n\n'
            '이 당국자는 이어 "북측의 답을 기다리고 있다. '
            '필요하면 연락 채널을 통해 다시 제안하겠다"고 강조했다.')
    for phrase in ("답을 기다리고", "다시 제안하겠다"):
        c = candidate_with(text, phrase)
        assert c.sources == ("MOU",) and c.attribution == "inherited", phrase


def test_a_spokesperson_named_by_role_alone_is_the_one_who_spoke_before():
    text = ('조선중앙통신은 총참모부 대변인 발표를 인용해 포 사격이 "정례 훈련"이라고 주장했다.\n\n'
            '대변인은 또 "남측의 대응은 과잉"이라고 덧붙였다.')
    first = candidate_with(text, "포 사격이")
    c = candidate_with(text, "과잉")
    assert c.sources == first.sources and "KCNA" in c.sources and c.attribution == "inherited"


def test_a_statement_referred_back_to_speaks_for_whoever_issued_it_over_a_multi_sentence_quote():
    text = ('북한 국방성 대변인은 조선중앙통신을 통해 발표한 담화에서 훈련을 "도발"이라고 비난했다.\n\n'
            '담화는 "우리의 인내에도 한계가 있다. '
            '모든 결과는 미국이 책임져야 할 것"이라고 밝혔다.')
    statement = candidate_with(text, "훈련을")
    for phrase in ("인내에도", "모든 결과는"):
        c = candidate_with(text, phrase)
        assert set(c.sources) == set(statement.sources) and "KCNA" in c.sources, phrase
        assert c.attribution == "inherited", phrase


def test_a_document_as_the_subject_speaks_for_its_issuer_though_another_spoke_since():
    text = ("감사원은 지난달 공개한 감사 보고서에서 군 급식 조달에 허점이 있다고 지적했다.\n\n"
            '국방부 관계자는 "개선책을 마련하겠다"고 말했다.\n\n'
            "보고서는 납품 업체 12곳이 위생 기준을 어긴 것으로 집계했다.")
    auditor = candidate_with(text, "급식 조달에")
    c = candidate_with(text, "납품 업체")
    assert c.sources == auditor.sources and c.attribution == "inherited"
    assert c.source_names[c.sources[0]] == "감사원"


def test_a_document_as_the_subject_without_a_reporting_verb_is_its_history():
    text = ("통일부는 올해 북한인권보고서를 공개한다고 밝혔다.\n\n"
            "북한인권보고서는 2018년부터 해마다 작성돼 왔다.")
    assert sources_of(text, "해마다 작성돼") == set()


def test_a_quote_left_open_at_the_end_of_a_paragraph_is_not_closed_by_the_next_one():
    text = ('국방부 관계자는 "경계 태세를 유지하고 있다\n\n'
            "기상청은 오후부터 비가 내릴 것이라고 밝혔다.")
    assert sources_of(text, "비가 내릴") != sources_of(text, "경계 태세를")
