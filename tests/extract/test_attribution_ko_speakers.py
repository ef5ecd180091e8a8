"""Korean speakers named in the less common ways: ranks after titles, civic bodies, verbs of concluding."""
from __future__ import annotations

from tests.extract.helpers import candidate_with, extract, sources_of


def test_a_rank_in_brackets_after_the_title_keeps_the_body_as_the_speaker():
    assert sources_of('한서준 국방부 정책실장(소장)은 이날 "전력 공백은 없다"고 말했다.', "전력 공백") == {"MND"}


def test_a_person_with_a_rank_after_the_title_is_named_again_by_surname():
    text = '오민재 공보실장(중령)은 "훈련은 예정대로 한다"고 말했다.\n\n오 실장은 이어 "일정은 바뀌지 않았다"고 말했다.'
    first, second = (c for c in extract(text))
    assert first.sources == second.sources and first.sources


def test_a_civic_centre_is_a_speaker_of_its_own():
    c = candidate_with('청년안전센터는 보도자료를 내고 "현장 점검이 더 필요하다"고 촉구했다.', "현장 점검")
    assert list(c.source_names.values()) == ["청년안전센터"]


def test_a_centre_that_is_only_built_is_no_speaker():
    c = candidate_with("계획안에 따르면 내년까지 권역별 재활센터가 새로 문을 연다.", "재활센터")
    assert c.sources == [] or "재활센터" not in c.source_names.values()


def test_a_body_that_concludes_something_is_its_source():
    c = candidate_with("해경은 선체의 파손 흔적을 토대로 단순 충돌 사고로 결론지었다.", "파손 흔적")
    assert list(c.source_names.values()) == ["해경"] and c.attribution == "explicit"


def test_two_bodies_urging_together_are_both_sources():
    c = candidate_with("검찰과 국정원은 출처를 알 수 없는 문자의 링크를 누르지 말 것을 당부했다.", "링크를")
    assert "NIS" in c.sources and "검찰" in c.source_names.values()


def test_thereupon_before_an_official_is_not_a_surname():
    text = ('이에 대해 통일부 관계자는 "검토 중"이라고 답했다.\n\n'
            "이 관계자는 또 다음 주 회의에서 결론을 낼 것이라고 말했다.")
    assert sources_of(text, "다음 주 회의") == {"MOU"}


def test_a_foreign_government_announcing_something_is_a_speaker_named_with_its_country():
    c = candidate_with("중국 정부도 해당 선박이 자국 항구에 입항한 적이 없다고 발표했다.", "입항한")
    assert list(c.source_names.values()) == ["중국 정부"] and c.attribution == "explicit"


def test_a_head_of_government_unnamed_is_a_speaker_named_with_the_country():
    c = candidate_with('러시아 대통령은 기자회견에서 "협력은 계속된다"고 말했다.', "협력은")
    assert list(c.source_names.values()) == ["러시아 대통령"]


def test_what_a_country_said_through_its_news_agency_is_the_agencys():
    c = candidate_with('북한은 지난달 조선중앙통신을 통해 연합훈련을 "침략 연습"으로 규정했다.', "연합훈련")
    assert list(c.sources) == ["KCNA"]
