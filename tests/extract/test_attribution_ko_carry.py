"""Korean attribution carried beyond one sentence: quotations that run over several sentences,
documents referred back to as the subject, and a source's findings continued in the next paragraph."""
from __future__ import annotations

from tests.extract.helpers import candidate_with, sources_of


def _names(text: str, phrase: str) -> set[str]:
    return set(candidate_with(text, phrase).source_names.values())


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


def test_a_document_as_the_subject_of_what_it_contains_speaks_for_its_issuer():
    text = ("국방부는 이날 공개한 국방백서에서 북한의 핵 위협을 상세히 기술했다.\n\n"
            '외교부 당국자는 "관계 부처와 협의를 거쳤다"고 말했다.\n\n'
            "백서는 북한 정권과 군을 적으로 명시했다.")
    c = candidate_with(text, "적으로 명시했다")
    assert c.sources == ("MND",) and c.attribution == "inherited"


def test_a_document_as_the_subject_without_a_reporting_verb_is_its_history():
    text = ("통일부는 올해 북한인권보고서를 공개한다고 밝혔다.\n\n"
            "북한인권보고서는 2018년부터 해마다 작성돼 왔다.")
    assert sources_of(text, "해마다 작성돼") == set()


def test_a_quote_left_open_at_the_end_of_a_paragraph_is_not_closed_by_the_next_one():
    text = ('국방부 관계자는 "경계 태세를 유지하고 있다\n\n'
            "기상청은 오후부터 비가 내릴 것이라고 밝혔다.")
    assert sources_of(text, "비가 내릴") != sources_of(text, "경계 태세를")


# -- a source's account continued in the next paragraph -----------------------------------------

def test_a_finding_in_the_passive_opening_the_next_paragraph_continues_the_source_cited():
    text = ("국정원에 따르면 북한은 지난달 신포 일대에서 잠수함 진수 준비를 마쳤다.\n\n"
            "인근 부두에서는 대형 크레인 2대가 새로 설치된 것으로 파악됐다.")
    c = candidate_with(text, "크레인")
    assert c.sources == ("NIS",) and c.attribution == "inherited"


def test_further_figures_in_the_next_paragraph_continue_the_figures_of_the_source():
    text = ("통일부에 따르면 올해 상반기 입국한 탈북민은 96명으로 집계됐다.\n\n"
            "이 중 여성이 81명으로 84%를 차지했다.\n\n"
            "연령별로는 30대가 29명으로 가장 많았다.")
    for phrase in ("84%를", "30대가"):
        c = candidate_with(text, phrase)
        assert c.sources == ("MOU",) and c.attribution == "inherited", phrase


def test_a_reporting_verb_after_also_in_the_next_paragraph_is_the_same_speaker():
    text = ("합참은 북한이 서해상으로 방사포 10여발을 쐈다고 밝혔다.\n\n"
            "또 군은 감시 자산을 늘려 추가 발사에 대비하고 있다고 전했다.")
    c = candidate_with(text, "감시 자산을")
    assert c.sources == ("JCS",)


def test_another_speaker_after_also_in_the_next_paragraph_is_not_the_same_speaker():
    text = ("합참은 북한이 서해상으로 방사포 10여발을 쐈다고 밝혔다.\n\n"
            "또 다른 군사 전문가는 추가 발사 가능성이 크다고 내다봤다.\n\n"
            "또 강화군은 주민 대피소 12곳을 개방했다고 전했다.")
    assert "JCS" not in sources_of(text, "추가 발사 가능성이")
    assert "JCS" not in sources_of(text, "대피소")


def test_a_paragraph_turning_to_something_else_does_not_continue_the_source():
    text = ("통계청에 따르면 지난달 소비자물가는 1년 전보다 2.4% 올랐다.\n\n"
            "한편 국제유가는 지난주 배럴당 80달러 선을 넘었다.\n\n"
            "반면 수입물가는 같은 기간 1.2% 내렸다.")
    assert sources_of(text, "국제유가는") == set()
    assert sources_of(text, "수입물가는") == set()


def test_a_body_named_with_its_initials_and_short_name_in_brackets_is_a_body():
    c = candidate_with("국제통화기금(IMF·통화기금)은 성장률 전망을 낮췄다고 발표했다.", "성장률 전망을")
    assert list(c.source_names.values()) == ["국제통화기금"]


def test_a_series_of_years_in_the_next_paragraph_is_history_not_the_source():
    text = ("통일부에 따르면 올해 상반기 입국한 탈북민은 96명으로 집계됐다.\n\n"
            "입국자는 2019년 1047명에서 국경이 봉쇄된 2021년 63명으로 급감했다.")
    assert sources_of(text, "국경이 봉쇄된") == set()


def test_figures_of_what_has_gone_on_until_now_are_history_not_the_source():
    text = ("통계청에 따르면 지난해 출생아는 23만명으로 집계됐다.\n\n"
            "초등학교 입학생은 한때 60만명을 넘었으나 출생아가 줄면서 꾸준히 감소해 왔다.")
    assert sources_of(text, "입학생은") == set()


def test_after_a_quotation_the_next_paragraph_is_the_reporter_again():
    text = ('국방부 관계자는 "훈련 일정에는 변함이 없다"고 말했다.\n\n'
            "이날 회의는 예정보다 두 시간 넘게 이어진 것으로 알려졌다.")
    assert sources_of(text, "두 시간 넘게") == set()


def test_another_body_as_the_topic_of_the_next_paragraph_does_not_continue_the_source():
    text = ("통일부에 따르면 내년 남북협력기금 사업비는 1조원 규모로 편성됐다.\n\n"
            "다만 기획재정부는 추가 증액은 어렵다는 입장인 것으로 알려졌다.")
    assert "MOU" not in sources_of(text, "추가 증액은")


def test_a_speaker_not_recognised_in_the_next_paragraph_is_not_given_the_previous_source():
    text = ("합참에 따르면 북한 무인기 1대가 강화도 상공까지 내려왔다.\n\n"
            '주민 최 모 씨는 "하늘에서 윙윙 소리가 났다"고 기억했다.')
    assert "JCS" not in sources_of(text, "윙윙")


def test_the_lead_reporting_a_finding_continues_the_source_its_headline_credits():
    text = ('경찰 "북 해킹조직, 병원 8곳 서버 침투"\n\n'
            "북 해킹조직이 국내 병원 8곳의 서버에 침투해 환자 정보를 빼낸 것으로 드러났다.\n\n"
            "병원 측은 피해 규모를 파악하고 있다.")
    headline = candidate_with(text, "병원 8곳 서버")
    lead = candidate_with(text, "환자 정보를")
    assert headline.sources and lead.sources == headline.sources and lead.attribution == "inherited"


def test_a_lead_telling_a_scene_does_not_take_the_headlines_source():
    text = ('방사청 "정찰위성 사업 일정 재검토"\n\n'
            "국회 국방위원회 국정감사에서는 위성 사업 지연을 두고 질타가 이어졌다.")
    assert sources_of(text, "질타가") == set()


def test_a_lead_whose_subject_is_a_country_still_tells_the_finding_the_headline_credited():
    text = ('국정원 "北 해커, 올해 가상자산 1조원 탈취"\n\n'
            "북한이 올해 해킹으로 가상자산 1조원어치를 빼돌린 것으로 파악됐다.\n\n"
            "전문가들은 피해가 더 클 수 있다고 본다.\n")
    assert sources_of(text, "빼돌린") == {"NIS"}


def test_a_lead_followed_by_the_headlines_source_in_its_paragraph_is_that_sources_news():
    text = ('국방부 "내년부터 병사 휴대전화 사용 시간 연장"\n\n'
            "병사들의 휴대전화 사용 시간이 내년부터 오후 10시까지로 늘어납니다. "
            "국방부는 오늘 이런 내용의 복무 개선안을 발표했습니다.\n\n"
            "일부 부대에서는 보안 우려도 나옵니다.\n")
    assert sources_of(text, "늘어납니다") == {"MND"}


def test_a_lead_that_tells_of_an_event_is_not_the_headlines_source():
    text = ('[국감] "군 급식 예산 부족"…국방부 "개선 검토"\n\n'
            "국회 국방위원회의 국방부 국정감사에서는 장병 급식 문제를 두고 질타가 이어졌다.\n\n"
            '한 의원은 "급식 단가가 너무 낮다"고 말했다.\n')
    assert sources_of(text, "질타가") == set()


def test_a_paragraph_measuring_the_fact_just_reported_continues_its_source():
    text = ("통계청에 따르면 지난달 실업률은 3.1%로 집계됐다.\n\n"
            "이는 1년 전보다 0.4%포인트 높은 수준이다.\n\n"
            "5년 만에 가장 높습니다.\n")
    assert len(candidate_with(text, "0.4%포인트").sources) == 1
    assert len(candidate_with(text, "5년 만에").sources) == 1


def test_investigators_named_by_kind_refer_back_to_the_bodies_investigating():
    text = ("경찰과 국가정보원은 간첩 조직을 합동 수사하고 있다고 밝혔다. "
            "수사당국은 이들이 암호 파일로 지령을 주고받았다고 설명했다.")
    assert "NIS" in sources_of(text, "암호 파일")


def test_the_monetary_policy_board_by_its_short_name_speaks_for_the_bank_of_korea():
    assert sources_of('금통위는 "물가 흐름을 더 지켜보겠다"고 밝혔다.', "물가 흐름") == {"BOK"}


def test_a_part_of_the_figures_just_reported_continues_their_source():
    text = ("한국은행에 따르면 3분기 가계대출은 20조원 늘었다.\n\n"
            "이 가운데 주택담보대출이 15조원을 차지했다.\n\n"
            "신용대출도 두 분기 연속 늘었다.\n")
    assert sources_of(text, "15조원") == {"BOK"}
    assert sources_of(text, "신용대출도") == {"BOK"}


def test_two_bodies_referred_back_to_together_are_both_sources():
    text = ("경찰과 국가정보원은 간첩 조직을 합동 수사하고 있다고 밝혔다. "
            "두 기관에 따르면 이 조직은 지령문 30여 건을 주고받았다.")
    c = candidate_with(text, "지령문")
    assert "NIS" in c.sources and len(c.sources) == 2


def test_a_lead_telling_what_a_country_did_is_the_reporters_though_a_source_follows():
    text = ('北 최고인민회의 폐막…최룡해 “경제 목표 달성”\n\n'
            "북한이 사흘간 열린 최고인민회의를 마치고 내년 예산을 확정했습니다. "
            "최룡해 상임위원장은 회의에서 경제 목표 달성을 과업으로 제시했습니다.\n\n"
            "조선중앙통신이 오늘 이를 보도했습니다.\n")
    assert sources_of(text, "예산을 확정") == set()


def test_a_sub_headline_and_the_lead_after_it_take_the_headline_s_source():
    text = ('통일부 "이산가족 화상상봉 재개 추진"\n\n'
            "적십자사와 협의 거쳐 내년 상반기 시행…신청자 5천명 대상\n\n"
            '내년 상반기 이산가족 화상상봉이 다시 열린다. 통일부는 20일 "화상상봉을 재개한다"고 밝혔다.')
    sub, lead = candidate_with(text, "적십자사와"), candidate_with(text, "다시 열린다")
    assert sub.sources == lead.sources == ("MOU",)
    assert sub.attribution == lead.attribution == "inherited"


def test_what_follows_from_a_quoted_announcement_goes_on_across_a_paragraph_break():
    text = ('국방부는 2일 "내년 병장 봉급을 150만 원으로 올린다"고 밝혔다.\n\n'
            "이에 따라 상병은 110만 원, 일병은 90만 원을 받게 된다.")
    assert sources_of(text, "상병은") == {"MND"}


def test_after_a_quoted_announcement_the_reporter_s_next_paragraph_is_not_carried_without_a_link():
    text = ('국방부는 2일 "내년 병장 봉급을 150만 원으로 올린다"고 밝혔다.\n\n'
            "상병은 110만 원, 일병은 90만 원을 받게 된다.")
    assert sources_of(text, "상병은") == set()


def test_a_lead_setting_an_incident_at_a_place_in_town_is_the_reporter_s_not_the_headline_s_source():
    text = ('주택가 화재…경찰 "방화 가능성 수사"\n\n'
            "(서울=한빛통신) 김하늘 기자 = 서울 강서구의 한 다세대주택에서 불이 나 2명이 다쳤다. "
            '경찰은 "방화 가능성을 수사하고 있다"고 밝혔다.')
    assert sources_of(text, "다세대주택") == set()


def test_a_lead_telling_the_headline_s_news_before_the_source_is_named_takes_the_headline_s_source():
    text = ('경찰 "보이스피싱 피해 1년새 30% 늘어"\n\n'
            "보이스피싱 피해액이 1년 사이 30% 늘었다. "
            '경찰은 "피해 예방 교육을 늘리겠다"고 밝혔다.')
    assert len(sources_of(text, "피해액이")) == 1


def test_the_speaker_s_own_side_as_a_possessor_goes_on_with_its_account():
    text = "합참에 따르면 북한은 오늘 단거리 미사일 2발을 쐈다. 우리 군의 대비 태세에는 이상이 없다."
    assert sources_of(text, "대비 태세") == {"JCS"}


def test_another_body_as_a_possessor_does_not_go_on_with_the_speaker_s_account():
    text = "통일부에 따르면 북한은 오늘 남북 연락선에 응답하지 않았다. 국방부의 대응 방안은 아직 나오지 않았다."
    assert sources_of(text, "대응 방안") == set()


def test_a_body_called_next_by_the_shorter_name_it_contains_goes_on_with_its_account():
    text = "경기남부경찰청은 이날 용의자 2명을 검거했다고 발표했다. 경찰은 공범이 있는지 확인하고 있다."
    first, second = candidate_with(text, "검거했다고"), candidate_with(text, "공범이")
    assert second.sources == first.sources and second.attribution == "inherited"


# -- a lead the next paragraph says was a body's news ------------------------------------------

def test_a_lead_is_the_news_the_next_paragraph_says_a_body_announced():
    text = ('통일부 "내년 탈북민 정착지원금 인상"\n\n'
            "(서울=연합뉴스) 한수아 기자 = 내년부터 탈북민 정착기본금이 1인 세대 기준 1천200만원으로 오른다.\n\n"
            "통일부는 26일 이 같은 내용을 담은 '탈북민 정착지원 개선 방안'을 공개했다.")
    c = candidate_with(text, "정착기본금이")
    assert c.sources == ("MOU",) and c.attribution == "inherited"


def test_a_lead_under_a_headline_crediting_no_one_takes_the_source_its_sub_headline_credits():
    text = ("접경지역 주민 대피시설, 2030년까지 두 배로\n"
            "통일부, 접경지역 안전 종합계획 발표…대피시설 400곳 신설\n\n"
            "접경지역 주민 대피시설이 2030년까지 지금의 두 배로 늘어난다.\n\n"
            "통일부는 26일 이런 내용을 담은 '접경지역 안전 종합계획'을 발표했다.")
    assert candidate_with(text, "지금의 두 배로").sources == ("MOU",)


def test_a_lead_followed_by_a_body_announcing_something_else_stays_the_reporters():
    text = ('통일부 "내년 탈북민 정착지원금 인상"\n\n'
            "(서울=연합뉴스) 한수아 기자 = 내년부터 탈북민 정착기본금이 1인 세대 기준 1천200만원으로 오른다.\n\n"
            "통일부는 26일 하나원 교육 과정도 개편한다고 밝혔다.")
    assert candidate_with(text, "정착기본금이").sources == ()


# -- what a country is said to be doing, after a source's account ------------------------------

def test_what_a_country_is_said_to_be_doing_now_goes_on_with_the_agency_that_just_spoke():
    text = ('국정원은 "북한이 러시아제 부품으로 무인기를 개량했다"고 평가했다. '
            "북한은 러시아로부터 항법 장비와 엔진 기술을 넘겨받고 있는 것으로 전해졌다.")
    c = candidate_with(text, "항법 장비와")
    assert c.sources == ("NIS",) and c.attribution == "inherited"


def test_what_a_country_is_said_to_have_done_for_years_is_the_reporters_history():
    text = ('국정원은 "북한이 러시아제 부품으로 무인기를 개량했다"고 평가했다. '
            "북한은 2016년 이후 무인기를 꾸준히 늘려 오고 있는 것으로 알려졌다.")
    assert candidate_with(text, "꾸준히 늘려").sources == ()


def test_an_answer_to_the_next_question_is_the_one_who_answered_before():
    text = ('한도윤 통일부 장관은 "이산가족 상봉을 다시 제안하겠다"고 답했다.\n\n'
            '탈북민 정착 지원에 관한 질문에는 "예산을 늘리겠다"며 "지자체와도 협력하겠다"고 했다.')
    c = candidate_with(text, "정착 지원에")
    assert c.sources == ("MOU",) and c.attribution == "inherited"


def test_a_count_of_launches_in_the_next_paragraph_continues_the_count_just_cited():
    text = ("합참에 따르면 북한은 올해 순항미사일을 모두 5차례 쐈다.\n\n"
            "가장 최근 사례는 지난달 서해상으로 쏜 2발이었다.")
    assert sources_of(text, "가장 최근 사례는") == {"JCS"}


def test_the_investigation_s_result_after_a_quoted_announcement_of_it_goes_on_with_its_source():
    text = ('국방부는 이날 사고 조사 결과를 발표하며 "정비 절차에 일부 누락이 있었다"고 설명했다.\n\n'
            "조사 결과 사고기는 이륙 직후 유압 계통에 이상이 생긴 것으로 파악됐다.")
    assert sources_of(text, "유압 계통") == {"MND"}


def test_the_reason_given_right_after_a_statement_is_part_of_it():
    text = ("통일부는 이번 행사를 서면으로 북측에 제안했다고 밝혔다. "
            "2022년 이후 판문점 연락 채널이 닫혀 있어 전화로 알릴 방법이 없기 때문이다.")
    assert sources_of(text, "전화로 알릴") == {"MOU"}


def test_what_troops_must_do_after_a_cited_guideline_goes_on_with_the_guideline():
    text = ("국방부가 폭염 대비 지침을 고쳐 다음 달부터 적용한다.\n\n"
            "개정 지침에 따르면 기온이 35도를 넘으면 야외 훈련은 중단된다.\n\n"
            "장병들은 열사병 증상을 보이는 동료를 발견하면 즉시 간부에게 알려야 한다.")
    assert sources_of(text, "열사병") == {"MND"}


def test_no_casualties_in_the_next_paragraph_is_the_finding_of_the_authority_that_just_spoke():
    text = ("경찰 당국은 창고 전기 배선에서 불이 시작된 것으로 보고 있습니다.\n\n"
            "다행히 인명 피해는 없었습니다.")
    assert _names(text, "인명 피해") == {"경찰 당국"}


def test_sizes_in_metres_are_figures_the_next_paragraph_may_go_on_with():
    text = ("방사청에 따르면 새 호위함은 길이 129m, 폭 15m 규모다.\n\n"
            "함대공 유도탄 발사관도 16개에서 24개로 늘었다.")
    assert _names(text, "발사관도") == {"방사청"}


def test_after_a_lawmakers_quoted_criticism_the_reporters_own_caveat_is_unattributed():
    text = '김나래 의원은 "재원 대책이 빠진 계획"이라고 비판했다. 최종 사업비는 국회 심의 과정에서 바뀔 여지가 있다.'
    assert sources_of(text, "최종 사업비") == set()


def test_after_a_quoted_voice_a_finding_or_an_explanation_in_the_same_paragraph_goes_on():
    text = ('합참 관계자는 "발사 직후부터 궤적을 추적했다"고 말했다. 미사일은 약 400㎞를 비행한 것으로 알려졌다.\n\n'
            '여행사를 운영하는 박수진 씨는 "예약이 절반으로 줄었다"고 말했다. 항공편이 끊겨 육로로만 갈 수 있다는 것이다.')
    assert sources_of(text, "400㎞") == {"JCS"}
    assert sources_of(text, "항공편이") == sources_of(text, "예약이") != set()


def test_a_body_named_only_to_qualify_a_noun_does_not_interrupt_the_account():
    text = ("해양경찰청은 내년 장비 예산을 20% 늘린다고 설명했다. "
            "여기에는 군 수송헬기 임차 비용과 경비함 정비 예산이 들어 있다.")
    assert _names(text, "수송헬기") == {"해양경찰청"}


def test_the_two_office_holders_a_source_reported_on_go_on_as_its_account():
    text = ("국방부에 따르면 두 차관은 회의에서 방산 협력을 늘리는 데 뜻을 모았다. "
            "두 차관은 또 국장급 연락 채널을 새로 열기로 했다.")
    assert sources_of(text, "방산 협력") == sources_of(text, "연락 채널") == {"MND"}
