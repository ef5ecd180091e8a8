"""Korean attribution: 합참은 … 밝혔다, 통일부에 따르면, 이 당국자는 … 덧붙였다."""
from __future__ import annotations

from tests.extract.helpers import candidate_with, extract, sources_of


def _names_of(text: str, phrase: str) -> set[str]:
    return set(candidate_with(text, phrase).source_names.values())


def test_a_subject_with_a_reporting_ending_is_explicit():
    c = candidate_with("합참은 북한이 단거리 탄도미사일 2발을 발사했다고 밝혔다.", "발사했다고")
    assert c.sources == ("JCS",) and c.attribution == "explicit" and "밝혔" in c.cue


def test_a_source_after_the_reported_clause_is_explicit():
    assert sources_of("올해 입국한 탈북민은 162명으로 집계됐다고 통일부가 14일 밝혔다.", "집계됐다고") == {"MOU"}


def test_according_to_in_korean_attributes():
    assert sources_of("통일부에 따르면 이 가운데 여성이 121명이었다.", "여성이") == {"MOU"}


def test_korean_aliases_resolve_to_their_sources():
    assert sources_of("국정원은 앞서 국회 정보위에서 이탈 단속이 강화됐다고 밝힌 바 있다.", "단속") == {"NIS"}
    assert sources_of("합동참모본부는 경계태세를 강화했다고 설명했다.", "경계태세") == {"JCS"}
    assert sources_of("군 당국은 추가 발사에 대비하고 있다고 말했다.", "추가 발사") == {"JCS"}


def test_a_short_alias_inside_a_longer_word_is_not_a_source():
    assert sources_of("탈북민은 군사분계선을 넘어왔다.", "군사분계선") == set()


def test_two_korean_sources_joined_by_wa_are_both_given():
    c = candidate_with('통일부와 외교부는 "관련국과 긴밀히 소통하고 있다"고 밝혔다.', "소통하고")
    assert c.sources == ("MOU", "OEGYOBU") and c.source_names["OEGYOBU"] == "외교부" and c.quote


def test_a_role_after_the_source_speaks_for_it():
    assert sources_of('이창민 한은 조사국장은 "수출 회복이 더디다"고 말했다.', "조사국장은") == {"BOK"}


def test_a_named_expert_is_a_source_of_their_own():
    c = candidate_with('김태호 한국국방연구원 연구위원은 "성능 점검 목적으로 보인다"고 분석했다.', "연구위원은")
    assert c.sources == ("GIMTAEHO",) and c.source_names == {"GIMTAEHO": "김태호"}


def test_i_official_refers_back_and_the_quote_before_it_inherits():
    text = ('통일부 당국자는 "입국자 대부분은 제3국에 머물던 사람들"이라고 설명했다. '
            '"엘리트층의 탈북도 이어지고 있다. 다만 공개하기 어렵다"고 이 당국자는 덧붙였다.')
    for phrase in ("엘리트층의", "다만 공개하기"):
        c = candidate_with(text, phrase)
        assert c.sources == ("MOU",) and c.attribution == "inherited"


def test_a_continuation_of_a_sources_figures_inherits_it():
    text = "통일부에 따르면 올해 입국자는 162명이다. 분기별로는 1분기 58명, 2분기 49명이 입국했다."
    c = candidate_with(text, "분기별로는")
    assert c.sources == ("MOU",) and c.attribution == "inherited"


def test_a_body_mentioned_but_not_speaking_is_not_a_source():
    assert sources_of("탈북민은 입국 후 통일부 산하 하나원에서 12주간 교육을 받는다.", "하나원") == set()
    text = "국방부는 발사가 훈련 직후 이뤄졌다고 설명했다. 북한 조선중앙통신은 발사 사실을 보도하지 않았다."
    assert sources_of(text, "보도하지") == set()


def test_vague_korean_sourcing_is_unattributed():
    text = "합참은 미사일이 동해상에 떨어졌다고 밝혔다. 일각에서는 기술 지원이 있었을 것이라는 관측도 나온다."
    assert sources_of(text, "일각에서는") == set()


def test_a_korean_headline_with_a_quote_is_attributed_to_the_source_before_it():
    assert sources_of('통일부 "올해 1∼9월 입국 탈북민 162명"\n\n본문이다.', "162명") == {"MOU"}


def test_according_to_a_sources_official_attributes_to_the_source():
    assert sources_of("군 관계자에 따르면 북한은 풍선 200여 개를 띄웠다.", "풍선") == {"JCS"}


def test_a_korean_back_reference_opening_a_paragraph_takes_the_source_named_before():
    text = ('국방부 관계자는 "훈련은 예정대로 진행된다"고 말했다.\n\n'
            '이 관계자는 또 "참가 병력은 지난해와 비슷하다"고 덧붙였다.\n\n'
            '같은 당국자는 "미군 전력도 일부 참가한다"고 전했다.')
    for phrase in ("참가 병력은", "미군 전력도"):
        c = candidate_with(text, phrase)
        assert c.sources == ("MND",) and c.attribution == "inherited", phrase


def test_an_assessment_held_by_two_bodies_is_theirs():
    text = "통일부와 국정원은 북한이 올해 쌀 수입을 늘린 것으로 보고 있다."
    assert sources_of(text, "쌀 수입을") == {"MOU", "NIS"}


def test_a_country_speaking_in_korean_is_a_source_of_its_own():
    c = candidate_with('북한은 이날 담화에서 연합훈련을 "침략 연습"이라고 비난했다.', "연합훈련을")
    assert c.sources == ("BUKHAN",) and c.source_names["BUKHAN"] == "북한"
    assert sources_of("북한은 지난해 GPS 교란을 여러 차례 감행했다.", "교란을") == set()


def test_a_statement_recalled_with_ba_itda_is_not_continued_by_the_next_sentence():
    text = "조선중앙통신은 지난해 관광지구를 새로 짓겠다고 보도한 바 있다. 관광은 2008년 이후 중단됐다."
    assert sources_of(text, "보도한 바") == {"KCNA"}
    assert sources_of(text, "관광은 2008년") == set()


def test_a_lawmaker_cited_by_surname_and_role_is_the_lawmaker_named_before():
    text = ("정보위 간사인 윤도현 의원은 회의 직후 이같이 전했다. "
            "윤 의원에 따르면 국정원은 노동자 대부분이 학생 신분으로 입국한 것으로 파악하고 있다.")
    c = candidate_with(text, "노동자 대부분이")
    assert set(c.sources) == {"NIS", "YUNDOHYEON"} and c.source_names["YUNDOHYEON"] == "윤도현"


def test_a_code_or_a_bracketed_abbreviation_before_a_particle_is_the_subject():
    assert sources_of("국제원자력기구(IAEA)는 영변 원자로가 다시 가동됐다고 밝혔다.", "영변") == {"IAEA"}
    assert sources_of("IAEA는 영변 원자로가 다시 가동됐다고 밝혔다.", "영변") == {"IAEA"}


def test_a_korean_headline_opening_with_a_source_and_a_comma_is_attributed_to_it():
    assert sources_of('국방부, 北 무인기 침범에 "강력 대응"\n\n본문이다.', "무인기") == {"MND"}
    assert sources_of("국방부, 외교부 등 관계 부처가 회의에 참석했다.", "참석했다") == set()


def test_a_statement_carried_by_an_outlet_gives_the_speaker_and_the_outlet():
    c = candidate_with("북한 국방성은 조선중앙통신을 통해 발표한 담화에서 연합훈련을 비난했다.", "연합훈련")
    assert "KCNA" in c.sources and len(c.sources) == 2


def test_an_abbreviation_of_a_body_named_before_is_that_body():
    text = ("남북경제협력위원회는 성명을 내고 정부에 지원을 촉구했다.\n\n"
            '남경위는 "기업들의 피해가 커지고 있다"라고 밝혔다.')
    first = candidate_with(text, "성명을")
    assert candidate_with(text, "피해가").sources == first.sources and first.sources


def test_another_body_as_the_subject_without_a_reporting_verb_is_the_story():
    assert sources_of("금강산관광공사는 2008년 이후 운영이 중단된 상태다.", "운영이") == set()


def test_an_unnamed_official_is_vague_sourcing():
    assert sources_of('한 외교 소식통은 "협상이 곧 재개될 것"이라고 전했다.', "협상이") == set()
    assert sources_of('익명을 요청한 한 정부 관계자는 "추가 제재는 없다"고 말했다.', "추가 제재") == set()


def test_the_authorities_as_subject_refers_back_to_the_body_named_before():
    text = ("통일부는 북한 주민 2명을 송환했다고 밝혔다.\n\n"
            "당국은 이들이 귀순 의사를 밝히지 않은 것으로 보고 있다.")
    c = candidate_with(text, "귀순 의사")
    assert c.sources == ("MOU",) and c.attribution == "inherited"


def test_a_subject_inside_what_a_body_reported_is_not_a_second_source():
    text = "통계청은 지난달 소비자물가지수(CPI)가 1년 전보다 2.1% 올랐다고 발표했다."
    c = candidate_with(text, "소비자물가지수")
    assert len(c.sources) == 1 and c.source_names[c.sources[0]] == "통계청"
    reported = "통일부는 탈북민 정착금을 올리기로 했다고 연합뉴스가 보도했다."
    assert sources_of(reported, "정착금") == {"MOU", "YONHAP"}


def test_an_office_holder_as_the_topic_does_not_continue_the_previous_speaker():
    text = ("국방부 관계자는 내년 연합훈련 규모를 유지할 것이라고 밝혔다. "
            "양국 국방장관은 지난 3월 서울에서 만나 훈련 일정을 조율했다.")
    assert sources_of(text, "양국 국방장관은") == set()


def test_an_event_recalled_with_ba_itda_does_not_continue_the_previous_speaker():
    text = ("국방부는 다음 달 서해에서 해상 기동훈련을 실시한다고 밝혔다. "
            "지난해에도 같은 해역에서 비슷한 규모의 훈련을 실시한 바 있다.")
    assert sources_of(text, "비슷한 규모의") == set()


def test_a_registered_body_opening_the_lead_after_a_byline_of_two_reporters_is_its_source():
    text = "(세종=연합뉴스) 박하늘 정유진 기자 = 한국은행이 10일 국고채 단순매입을 실시했다.\n"
    assert sources_of(text, "국고채") == {"BOK"}


def test_a_time_word_before_a_role_is_not_a_persons_name():
    c = candidate_with('조선중앙통신은 지난달 김 위원장이 공장을 찾아 "증산하라"고 말했다고 보도했다.', "증산")
    assert list(c.sources) == ["KCNA"]


def test_a_person_named_in_full_before_speaks_later_by_surname_and_title():
    text = ("통신에 따르면 행사는 박영수 내각총리가 참석한 가운데 열렸다. "
            '박 총리는 "올해 알곡 생산 목표를 반드시 넘겨야 한다"고 지시했다.')
    c = candidate_with(text, "알곡")
    assert list(c.source_names.values()) == ["박영수"] and c.attribution == "explicit"


def test_a_headline_naming_a_person_before_a_comma_and_a_quote_credits_that_person():
    text = '최선희, 모스크바 방문…"자주권 침해에 단호히 대응"\n\n본문이다.'
    assert list(candidate_with(text, "모스크바").source_names.values()) == ["최선희"]


def test_han_before_a_title_is_the_surname_of_the_han_named_before_not_a_lawmaker():
    text = ('한도윤 의원은 이날 국정감사에서 정비 예산 부족을 따졌다. '
            '한 의원은 "장비 결함은 장병 안전과 직결된다"고 지적했다.')
    assert list(candidate_with(text, "장비 결함은").source_names.values()) == ["한도윤"]
    assert sources_of('한 관계자는 "결함이 많다"고 말했다.', "결함이") == set()


def test_a_rank_in_brackets_after_a_name_does_not_hide_the_person():
    text = ('이정호(준장) 해병대 연평부대장은 "경계태세를 유지하고 있다"고 말했다. '
            "이 부대장은 장병들에게 즉각 대응 원칙을 주문했다.")
    assert list(candidate_with(text, "경계태세").source_names.values()) == ["이정호"]
    assert list(candidate_with(text, "즉각 대응").source_names.values()) == ["이정호"]


def test_a_broadcast_caption_credits_the_registered_body_its_speaker_works_for():
    text = ("통일부가 이산가족 화상상봉을 재개합니다.\n\n"
            '[녹취] 박지훈/통일부 인도협력국장 : "연내에 화상상봉장을 다시 열겠습니다. 신청도 받겠습니다."\n\n'
            "상봉 신청은 다음 달부터 받습니다.\n")
    assert sources_of(text, "화상상봉장") == {"MOU"}
    assert sources_of(text, "신청도 받겠") == {"MOU"}


def test_a_broadcast_caption_of_a_private_person_credits_the_person_and_is_not_junk():
    text = ("예비군 훈련이 줄어듭니다.\n\n국방부는 개편안을 발표했습니다.\n\n"
            '[인터뷰] 이서준/예비군 : "훈련이 줄어 다행입니다."\n')
    c = candidate_with(text, "다행입니다")
    assert not c.boilerplate and list(c.source_names.values()) == ["이서준"]


def test_a_broadcast_caption_of_a_foreign_speaker_with_a_spaced_name_credits_them_and_is_not_junk():
    text = ("중국이 한국 측에 항의했습니다.\n\n"
            '[녹취] 왕 리신/중국 외교부 부대변인 : "한국 측에 엄중한 우려를 전달했습니다."\n\n'
            "정부는 대응 수위를 검토하고 있습니다.\n")
    c = candidate_with(text, "엄중한 우려")
    assert not c.boilerplate and list(c.source_names.values()) == ["왕 리신"]
    assert not any(c.boilerplate for c in extract(text))


def test_a_soundbite_tag_in_square_brackets_is_a_caption_without_a_label():
    text = ("해군이 훈련을 마쳤습니다.\n\n"
            '[윤다은/해군본부 공보과장 : "모든 함정이 안전하게 귀항했습니다."]\n\n'
            '[정민규/통일부 부대변인 : "대화의 문은 열려 있습니다."]\n')
    assert _names_of(text, "귀항했습니다") == {"윤다은"}
    assert sources_of(text, "대화의 문") == {"MOU"}


def test_an_outlet_that_carried_a_persons_statement_is_a_source_with_the_person():
    text = '최선희 외무상은 조선중앙통신을 통해 발표한 담화에서 "단호히 대응할 것"이라고 경고했다.'
    c = candidate_with(text, "단호히")
    assert "KCNA" in c.sources and "최선희" in c.source_names.values()


def test_a_subject_of_what_an_outlet_carried_is_not_a_speaker():
    text = "북한은 이튿날 조선중앙통신을 통해 김정은 국무위원장이 시험을 참관했다고 주장했다."
    assert sources_of(text, "참관") == {"KCNA"}


def test_a_person_whose_name_is_withheld_speaks_as_that_person():
    c = candidate_with('접경지 주민 박 모 씨는 "밤마다 확성기 소리에 잠을 못 잔다"고 호소했다.', "확성기")
    assert list(c.source_names.values()) == ["박 모 씨"]
    c = candidate_with('ㄴ씨의 변호인은 "공소사실을 모두 부인한다"고 말했다.', "공소사실")
    assert list(c.source_names.values()) == ["ㄴ씨의 변호인"]


def test_what_the_reporter_heard_about_a_person_is_not_that_persons_account():
    text = "구속된 ㄷ씨는 조사에서 혐의를 부인하고 있다고 한다."
    assert sources_of(text, "혐의를") == set()


def test_a_lawmaker_passing_on_a_briefing_by_surname_and_title_speaks_too():
    text = ("국민의힘 민태호 의원은 이날 정보위원회 회의에 참석했다. "
            "국정원은 북한이 신형 잠수함을 진수했다고 보고했다고 민 의원은 설명했다.")
    c = candidate_with(text, "잠수함")
    assert "NIS" in c.sources and "민태호" in c.source_names.values()


def test_japans_defense_minister_speaks_for_japans_defense_ministry():
    text = '합참은 발사체를 추적했다고 밝혔다. 고바야시 다카시 일본 방위상은 "용납할 수 없다"고 말했다.'
    assert sources_of(text, "용납할") == {"JMOD"}


def test_a_person_quoted_by_an_outlet_speaks_though_the_outlet_is_named_first():
    text = '조선중앙통신은 지난 3일 최룡해 상임위원장이 공장을 찾아 "증산에 총력을 다하라"고 말했다고 보도했다.'
    c = candidate_with(text, "증산에")
    assert c.sources[0] == "KCNA" and "최룡해" in c.source_names.values()


def test_i_before_a_title_is_the_lee_introduced_with_that_title():
    text = ("국정원은 북한이 미사일 기지를 늘렸다고 보고했다고 국민의힘 이하준, 더불어민주당 정다온 의원이 전했다. "
            '북한의 식량 사정에 대해서는 "작황이 나쁘다"고 보고했다고 이 의원은 설명했다.')
    assert list(candidate_with(text, "작황이").source_names.values()) == ["이하준"]
    text = ('정보위 간사인 이하준 의원은 "보고가 있었다"고 전했다. '
            "이 의원에 따르면 국정원은 숙청이 석 달간 진행됐다고 설명했다.")
    c = candidate_with(text, "숙청이")
    assert "NIS" in c.sources and "이하준" in c.source_names.values()


def test_this_official_still_refers_back_to_the_last_speaker():
    text = '합참 관계자는 "감시를 강화했다"고 말했다. 이 관계자는 "추가 도발에 대비하고 있다"고 덧붙였다.'
    assert sources_of(text, "추가 도발") == {"JCS"}
