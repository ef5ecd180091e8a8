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


def test_a_short_ministerial_title_names_the_ministry():
    assert sources_of('윤도경 국방장관은 이날 "대비 태세에 빈틈이 없다"고 강조했다.', "빈틈이") == {"MND"}
    assert sources_of('서하린 통일차관은 "인도적 지원은 계속한다"고 밝혔다.', "인도적") == {"MOU"}


def test_a_ministry_outside_the_registry_named_by_its_ministers_title_is_that_ministry():
    c = candidate_with('문태오 외교장관은 "동맹 간 이견은 없다"고 말했다.', "이견은")
    assert list(c.source_names.values()) == ["외교부"]


def test_a_headline_crediting_a_minister_by_name_and_short_title_is_the_ministrys():
    text = '윤도경 국방장관 "접경지역 경계 강화"\n\n윤도경 국방부 장관은 25일 경계 강화를 지시했다고 밝혔다.'
    assert sources_of(text, "접경지역 경계") == {"MND"}


def test_two_countries_ministers_or_a_former_one_are_not_the_ministry():
    assert "MND" not in sources_of('한미 국방장관은 회담 뒤 "긴밀히 공조한다"고 말했다.', "긴밀히")
    assert "MND" not in sources_of('김도형 전 국방장관은 "훈련 축소는 잘못"이라고 말했다.', "훈련 축소")


def test_a_minister_named_by_surname_after_an_opening_phrase_is_still_the_minister():
    text = ('서하린 통일부 차관은 "지원은 계속한다"고 밝혔다.\n\n'
            '박 의원은 "지원이 전용된다"고 지적했다.\n\n'
            '이와 관련해 서 차관은 "모니터링을 강화하겠다"고 답했다.')
    assert sources_of(text, "모니터링") == {"MOU"}


def test_a_person_a_cited_outlet_reports_speaking_is_a_source_beside_the_outlet():
    text = ('김정은 국무위원장이 조선소를 찾았다고 조선중앙통신이 보도했다.\n\n'
            '조선중앙통신에 따르면 김 위원장은 "건조 속도를 높이라"고 지시했다.')
    c = candidate_with(text, "건조 속도")
    assert "KCNA" in c.sources and "김정은" in c.source_names.values()


def test_a_clause_word_before_a_surname_is_not_taken_for_a_name():
    text = ('이와 관련해 서 차관은 "모니터링을 강화하겠다"고 답했다.')
    assert "관련해" not in candidate_with(text, "모니터링").source_names.values()


def test_a_headline_opening_with_a_body_and_a_comma_is_the_bodys_even_ending_in_da():
    text = "통일부, 다음 달부터 이산가족 영상편지 접수 늘린다\n\n통일부는 25일 영상편지 접수처를 늘린다고 밝혔다."
    assert sources_of(text, "영상편지 접수 늘린다") == {"MOU"}


def test_a_body_sentence_listing_bodies_with_a_full_stop_is_not_a_headline():
    text = "제목\n\n국방부, 합참 관계자들이 회의에 참석했다."
    assert sources_of(text, "회의에 참석") == set()


def test_two_lawmakers_joined_by_gwa_both_speak_and_the_body_that_briefed_them_too():
    c = candidate_with("국방위 여야 간사인 박정우 국민의힘 의원과 한유진 더불어민주당 의원은 "
                       "합참으로부터 보고받은 내용을 기자들에게 설명했다.", "보고받은")
    assert {"박정우", "한유진"} <= set(c.source_names.values()) and "JCS" in c.sources


def test_lee_after_two_lawmakers_is_the_one_surnamed_lee():
    text = ('박정우 국민의힘 의원과 이서연 더불어민주당 의원은 국정원 보고 내용을 전했다.\n\n'
            '이 의원은 "추가 보고를 요청했다"고 말했다.')
    c = candidate_with(text, "추가 보고")
    assert list(c.source_names.values()) == ["이서연"] and c.attribution == "explicit"


def test_this_lawmaker_with_nobody_surnamed_lee_is_the_last_lawmaker():
    text = ('박정우 국민의힘 의원은 "보고가 부실했다"고 말했다.\n\n'
            '이 의원은 "추가 보고를 요청했다"고 덧붙였다.')
    assert candidate_with(text, "추가 보고").source_names == candidate_with(text, "부실했다").source_names


def test_a_headline_quote_after_its_first_clause_credited_to_a_name_is_that_persons():
    c = candidate_with('北 최고인민회의 개막…최룡해 “헌법 개정 논의”\n\n본문이다.', "헌법 개정")
    assert list(c.source_names.values()) == ["최룡해"]


def test_a_headline_quote_credited_to_a_bodys_short_name_is_that_bodys():
    c = candidate_with('통일연 “北 장마당 물가 두 배로”\n\n본문이다.', "장마당")
    assert list(c.source_names.values()) == ["통일연"]


def test_a_headline_quote_credited_to_experts_is_nobodys():
    assert sources_of('전문가 “추가 도발 가능성 높아”\n\n본문이다.', "추가 도발") == set()


def test_a_country_answering_in_a_headline_after_another_source_is_a_second_source():
    c = candidate_with('국방부 "훈련 예정대로"…中 "지역 긴장 고조"\n\n본문이다.', "훈련 예정대로")
    assert c.sources[0] == "MND" and "중국" in c.source_names.values()


def test_the_hanja_for_the_military_in_a_headline_is_the_jcs():
    assert sources_of('北, 신형 방사포 시험사격…軍 “성능 개량 중인 듯”\n\n본문이다.', "시험사격") == {"JCS"}


def test_a_leader_setting_out_a_goal_is_the_source_of_it():
    c = candidate_with("최룡해 상임위원장은 회의에서 농업 생산 증대를 첫째 과업으로 제시했다.", "농업 생산")
    assert list(c.source_names.values()) == ["최룡해"]


def test_a_verb_joining_clauses_before_a_body_is_not_a_name():
    c = candidate_with("군은 신형일 가능성이 있다고 보고 한미 정보당국이 분석 중이라고 전했다.", "신형일")
    assert list(c.sources) == ["JCS"]


def test_a_countrys_earlier_notice_recalled_as_background_is_not_attributed():
    assert sources_of("북한은 지난달 국제해사기구에 발사 기간을 알리겠다고 통보한 바 있다.", "국제해사기구") == set()


_BRIEFING = ("정보위원회 야당 간사인 국민의힘 윤채원 의원은 회의 뒤 기자들에게 국정원 보고 내용을 소개했다.\n\n"
             "국정원에 따르면 북한은 동창리 발사장의 연료 시설을 보강하고 있다.\n\n"
             "발사 시점은 이르면 다음 달 초가 될 가능성이 크다고 윤 의원은 설명했다.")


def test_a_speaker_named_after_a_reported_clause_before_the_last_verb_is_its_source():
    c = candidate_with(_BRIEFING, "발사 시점은")
    assert set(c.source_names.values()) == {"윤채원"} and "NIS" not in c.sources


def test_state_media_reporting_a_leader_speaking_gives_the_outlet_and_the_leader():
    text = ('조선중앙통신은 지난 3일 김덕훈 내각총리가 평안남도의 비료 공장들을 돌아보며 '
            '"생산 계획을 반드시 넘쳐 수행해야 한다"고 지시했다고 보도했다.')
    c = candidate_with(text, "비료 공장들을")
    assert "KCNA" in c.sources and "김덕훈" in c.source_names.values()


def test_a_headline_answering_a_registered_body_with_a_person_credits_both():
    c = candidate_with('합참 "도발 즉각 중단하라"…김영철 "정당한 자위권 행사"', "자위권")
    assert "JCS" in c.sources and "김영철" in c.source_names.values()


def test_a_headline_quoting_a_thing_after_the_body_credits_the_body_alone():
    c = candidate_with('국방부 "예비군 훈련 개편"…드론 "필수 과목"', "필수 과목")
    assert c.sources == ("MND",)


def test_a_country_s_side_speaking_is_a_speaker_named_with_the_country():
    c = candidate_with('중국 측은 자국 어선의 조업이 "국제법상 정당한 활동"이라고 반박했다.', "조업이")
    assert list(c.source_names.values()) == ["중국 측"]
