"""A Korean office-holder of a registered body speaks for that body: named in full with the office,
then by surname and the office's title, whether or not the first mention said anything."""
from __future__ import annotations

from tests.extract.helpers import candidate_with


def test_an_office_holder_met_at_an_event_speaks_for_the_body_when_named_again_by_surname():
    text = ("이날 기념식에는 윤재민 통일부 차관과 실향민 단체 대표 등 200여 명이 참석했다.\n\n"
            '윤 차관은 기념사에서 "고향을 잃은 분들의 아픔을 잊지 않겠다"고 말했다.')
    c = candidate_with(text, "아픔을 잊지")
    assert c.sources == ("MOU",)


def test_an_office_holder_named_body_first_speaks_for_it_when_named_again():
    text = ("행사에는 합참 최유리 작전본부장도 자리했다.\n\n"
            '최 본부장은 "대비 태세에 빈틈이 없다"고 강조했다.')
    assert candidate_with(text, "빈틈이").sources == ("JCS",)


def test_a_former_office_holder_does_not_speak_for_the_body():
    text = ("토론회에는 문기석 전 국방부 차관이 참석했다.\n\n"
            '문 차관은 "병력 감축은 피할 수 없다"고 주장했다.')
    assert "MND" not in candidate_with(text, "병력 감축").sources


def test_a_rank_in_brackets_between_the_name_and_an_office_of_a_registered_body_keeps_the_body():
    text = '정하윤(공군중령) 국방부 장병복지정책과장은 "부품 재고는 석 달 치가 남아 있다"고 밝혔다.'
    assert candidate_with(text, "부품 재고는").sources == ("MND",)


def test_the_holder_of_a_section_chiefs_office_named_again_by_surname_speaks_for_the_body():
    text = ('정하윤(공군중령) 국방부 장병복지정책과장은 "부품 재고는 석 달 치가 남아 있다"고 밝혔다.\n\n'
            '정 과장은 또 "연말까지 조달 계약을 마치겠다"고 설명했다.')
    c = candidate_with(text, "조달 계약을")
    assert c.sources == ("MND",)


def test_this_exaggeration_is_no_section_chief():
    text = ('국방부는 "전력 공백은 없다"고 밝혔다.\n\n'
            "이 과장은 사실과 다르다는 지적이 나온다.")
    assert candidate_with(text, "사실과 다르다").sources == ()
