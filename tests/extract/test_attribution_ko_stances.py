"""Korean stances and acts that are a body's account without a plain verb of saying.

A body that withholds a detail (…은 공개하지 않았다), puts out a position (입장을 냈다), raises a
suspicion (의혹을 제기했다), reaches a conclusion (결론을 내리고), votes a bill (의결했다) or reports a
story (보도하면서) gives its account; one that stays silent about an event (보도하지 않았다) or
declines to comment (논평을 내지 않았다) gives none.
"""
from __future__ import annotations

from tests.extract.helpers import candidate_with, sources_of


def _names(text: str, phrase: str) -> set[str]:
    return set(candidate_with(text, phrase).source_names.values())


def test_a_body_withholding_a_detail_answers_for_itself():
    assert sources_of("국방부는 작전 보안을 이유로 투입된 함정의 규모는 공개하지 않았다.", "함정의 규모") == {"MND"}
    assert _names("해양경찰청은 실종자의 국적을 확인해 주지 않았다.", "실종자의") == {"해양경찰청"}


def test_a_body_declining_to_comment_or_staying_silent_is_no_source():
    assert sources_of("주한미군사령부는 이번 사안에 대해 논평을 내지 않았다.", "사안에") == set()
    assert sources_of("북한 조선중앙통신은 시험 사실을 보도하지 않았다.", "시험 사실") == set()
    assert sources_of("중국 관영 매체들은 이번 발사에 대해 아직 언급하지 않았다.", "이번 발사") == set()


def test_a_position_put_out_is_the_body_s_account():
    assert sources_of("통일부는 같은 날 저녁 곧바로 유감 입장을 냈다.", "유감 입장") == {"MOU"}
    assert _names('산업통상자원부도 "수출 통제는 일시적"이라는 입장문을 냈습니다.', "수출 통제") == {"산업통상자원부"}


def test_a_body_ending_its_claim_with_damyeo_speaks():
    c = candidate_with("국방부와 외교부는 협의된 일정이 전혀 없다며 선을 그었다.", "선을 그었다")
    assert c.sources == ("MND", "OEGYOBU")


def test_raising_a_suspicion_is_the_account_of_those_who_raise_it():
    assert _names("시민단체 평화감시는 그동안 훈련장 소음 피해 가능성을 제기해 왔다.", "소음 피해") == {"평화감시"}
    assert _names("유가족은 처음부터 부실 점검 의혹을 제기했다.", "부실 점검") == {"유가족"}


def test_a_service_reaching_a_conclusion_is_its_account():
    text = "앞서 공군은 지난 5월 정비 불량이 사고 원인이라는 결론을 내리고 조사를 마무리했다."
    assert _names(text, "정비 불량") == {"공군"}


def test_a_committee_voting_a_bill_is_the_source_of_what_it_voted():
    text = "국회 행정안전위원회는 20일 전체회의에서 소방관 수당 인상안을 의결했다."
    assert _names(text, "소방관 수당") == {"국회 행정안전위원회"}


def test_an_outlet_reporting_a_story_while_it_spreads_is_the_source():
    text = "영국 일간지 가디언이 북한 노동자 파견 확대설을 보도하면서 논란이 커지고 있다."
    assert _names(text, "노동자 파견") == {"가디언"}


def test_a_body_in_a_clause_that_others_comment_on_is_not_a_speaker():
    text = "이번에는 외교부가 아닌 통일부가 입장을 낸 데 대해 정치권에서는 대화 의지를 보인 것이라고 평가했다."
    assert sources_of(text, "대화 의지") == set()


def test_geuneun_after_a_lawmaker_passing_on_a_body_s_view_is_the_lawmaker():
    text = ("윤지호 의원은 국정원이 북한의 추가 도발 가능성을 높게 보고 있다고 전했다. "
            "그는 \"대비 태세를 점검해야 할 때\"라고 말했다.")
    c = candidate_with(text, "대비 태세")
    assert set(c.source_names.values()) == {"윤지호"} and "NIS" not in c.sources


def test_an_authority_not_ruling_something_out_holds_a_view():
    assert sources_of("군 당국은 북측이 추가로 무인기를 띄울 가능성도 배제하지 않고 있다.", "무인기를") == {"JCS"}


def test_a_position_maintained_is_the_body_s_stance():
    text = "통일부는 그동안 이산가족 문제를 인도적 사안으로 다뤄야 한다는 입장을 유지해 왔다."
    assert sources_of(text, "이산가족") == {"MOU"}


def test_what_a_body_has_done_for_years_is_the_reporter_s_history_not_its_statement():
    text = "국방부는 수년 전 장병 급식 민간 위탁을 시작한 이후 위탁 부대를 점차 늘려 왔다."
    assert sources_of(text, "민간 위탁") == set()


def test_a_body_said_to_have_reported_a_fact_is_its_source():
    text = "이와 함께 합참은 북한군이 경계초소 두 곳을 허문 사실을 국회에 보고한 것으로 전해졌다."
    assert sources_of(text, "경계초소") == {"JCS"}


def test_an_outlet_that_did_not_say_a_detail_is_no_source_for_it():
    text = ("조선중앙통신은 김 위원장이 새 공장을 둘러봤다고 보도했다.\n\n"
            "통신은 공장이 들어선 지역은 밝히지 않았다.")
    assert sources_of(text, "들어선 지역") == set()


def test_an_estimate_a_body_has_made_before_is_its_account():
    assert _names("산림청도 지난주 올해 송이 수확량을 90t으로 추정한 바 있다.", "송이 수확량") == {"산림청"}


def test_a_body_that_keeps_classifying_something_holds_that_view():
    text = "세계보건기구(WHO)는 이 지역을 여전히 감염병 고위험 지역으로 분류하고 있다."
    assert _names(text, "고위험 지역") == {"세계보건기구"}


def test_a_government_that_lodged_a_protest_is_the_source_of_it():
    text = "중국 정부는 외교 채널로 곧바로 항의했다."
    assert _names(text, "외교 채널") == {"중국 정부"}


def test_a_paper_that_ran_a_text_in_full_is_its_source():
    assert _names("평양신문도 이날 연설 전문을 4면에 실었다.", "연설 전문") == {"평양신문"}
