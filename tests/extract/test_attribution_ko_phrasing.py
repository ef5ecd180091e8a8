"""Korean attribution phrased the many ways Korean wires phrase it."""
from __future__ import annotations

from tests.extract.helpers import candidate_with, sources_of


def test_a_quote_ending_in_go_is_reported_speech_whatever_the_verb():
    assert sources_of('이에 대해 국방부 측은 "사실과 다르다"고 반박했다.', "반박했다") == {"MND"}
    assert sources_of('통일부는 "대화의 문은 열려 있다"고 재차 언급하며 호응을 기다렸다.', "재차") == {"MOU"}


def test_an_indirect_statement_ending_in_dago_is_reported_speech():
    c = candidate_with("대한적십자사는 올해 상봉 신청자 1천여명이 세상을 떠났다고 집계했다.", "집계했다")
    assert list(c.source_names.values()) == ["대한적십자사"] and c.attribution == "explicit"


def test_an_outlet_quoting_a_body_gives_both():
    c = candidate_with('조선중앙통신은 국방성 대변인 담화를 인용해 "강력 대응하겠다"고 밝혔다.', "인용해")
    assert c.sources[0] == "KCNA" and c.source_names[c.sources[1]] == "국방성"


def test_a_unit_named_after_its_registered_parent_speaks_as_the_parent():
    assert sources_of("한국은행 금융통화위원회는 기준금리를 동결했다고 발표했다.", "동결") == {"BOK"}


def test_a_body_speaking_through_its_spokesperson_is_the_source():
    c = candidate_with('미국 국무부 대변인은 "도발을 규탄한다"고 답했다.', "규탄")
    assert list(c.source_names.values()) == ["국무부"]


def test_a_headline_source_after_its_first_clause_is_the_source():
    assert sources_of('北, 서해상으로 순항미사일 발사…합참 "추가 도발 대비"\n\n본문이다.', "순항미사일") == {"JCS"}


def test_the_name_after_sosok_is_the_person_speaking():
    c = candidate_with('국회 국방위원회 소속 한가람 의원은 "대책이 필요하다"고 말했다.', "대책")
    assert list(c.source_names.values()) == ["한가람"]


def test_a_body_not_in_the_registry_crediting_a_headline_is_its_source():
    c = candidate_with('통계청 "10월 취업자 19만명 증가"\n\n본문이다.', "취업자")
    assert list(c.source_names.values()) == ["통계청"]


def test_testimony_verbs_report_what_a_person_said():
    c = candidate_with('탈북민 이수진씨는 "배급이 끊긴 지 오래"라고 증언했다.', "배급이")
    assert c.attribution == "explicit" and list(c.source_names.values()) == ["이수진"]


def test_a_person_named_with_a_bracketed_note_before_the_honorific_is_the_speaker():
    c = candidate_with('전직 외교관 한도윤(58)씨는 "협상은 끝났다"고 회고했다.', "협상은")
    assert list(c.source_names.values()) == ["한도윤"]


def test_reading_a_bodys_figures_with_boda_cites_that_body():
    c = candidate_with("러시아 세관총국이 발표한 자료를 보면 지난달 교역액은 3천만 달러였다.", "교역액은")
    assert c.attribution == "explicit" and list(c.source_names.values()) == ["세관총국"]


def test_a_hangul_name_carrying_latin_initials_in_brackets_is_a_body():
    c = candidate_with('무역보험공단(KSURE) 관계자는 "보상 신청이 늘었다"고 말했다.', "보상")
    assert c.attribution == "explicit" and c.sources and "MOU" not in c.sources


def test_a_hanja_country_prefix_does_not_hide_a_headline_credit():
    assert sources_of('日방위성 "北 탄도미사일 낙하 지점은 EEZ 밖"', "낙하") == {"JMOD"}


def test_a_hanja_country_prefix_names_whose_ministry_it_is():
    assert sources_of('美국방부 "북 미사일 궤적 추적 중"', "궤적") == {"DOD"}
    assert sources_of('美 국방부는 미사일 궤적을 추적 중이라고 밝혔다.', "궤적") == {"DOD"}
    assert sources_of('국방부는 미사일 궤적을 추적 중이라고 밝혔다.', "궤적") == {"MND"}


def test_whoever_passes_on_a_reported_clause_is_a_speaker_too():
    text = "합참은 북한이 방사포 4발을 쐈다고 보고했다고 국방위 소속 강민재 의원이 밝혔다."
    c = candidate_with(text, "방사포")
    assert "JCS" in c.sources and len(c.sources) == 2 and "강민재" in c.source_names.values()


def test_an_outlet_carrying_a_named_persons_statement_credits_both():
    c = candidate_with('조선중앙통신은 "도발을 멈추라"는 최선희 외무상 담화를 보도했다.', "도발을")
    assert "KCNA" in c.sources and "최선희" in c.source_names.values()


def test_an_anonymous_source_is_vague_not_a_person_named_after_its_affiliation():
    assert sources_of('정부 소식통은 "북한이 추가 발사를 준비 중"이라고 전했다.', "추가 발사") == set()
    text = "러시아가 북한에 방공망을 제공했다고 미국 국무부 대변인이 말했다."
    c = candidate_with(text, "방공망")
    assert list(c.source_names.values()) == ["국무부"]


def test_a_speaker_citing_a_registered_body_s_report_gives_both():
    c = candidate_with("국민의힘 유용원 의원은 국정원 보고를 인용해 이같이 밝혔다.", "이같이")
    assert "NIS" in c.sources and len(c.sources) == 2


def test_a_named_spokesperson_after_a_registered_body_speaks_for_the_body():
    text = '통일부 구병삼 대변인은 이날 정례 브리핑에서 "북한은 도발을 멈춰야 한다"고 강조했다. 구 대변인은 "대화에 나서야 한다"고 덧붙였다.'
    assert sources_of(text, "도발을 멈춰야") == {"MOU"}
    assert sources_of(text, "대화에 나서야") == {"MOU"}


def test_the_outlet_referred_back_to_as_tongsin_is_the_outlet_named_before():
    text = ("조선중앙통신은 18일 김정은 국무위원장이 발사를 참관했다고 보도했다. "
            '김 위원장은 "핵무력을 계속 강화하겠다"고 말했다고 통신은 전했다.')
    assert sources_of(text, "핵무력") == {"KCNA"}


def test_a_lawmaker_opening_the_sentence_speaks_besides_the_body_their_clause_cites():
    text = ('국민의힘 윤가람 의원은 국정원이 지난 7월 보고한 내용을 근거로 "해킹 주체가 특정됐다"고 밝혔다. '
            '윤 의원은 "보안 인력이 부족하다"며 예산 지원을 요구했다.')
    c = candidate_with(text, "해킹 주체")
    assert "NIS" in c.sources and c.source_names.get(c.sources[1]) == "윤가람"
    assert candidate_with(text, "보안 인력").sources == (c.sources[1],)


def test_two_people_quoted_in_one_sentence_are_both_speakers():
    text = ('민주당 한지석 의원이 "계약이 미뤄졌다"고 따지자, 국방부 김도윤 차관은 "일정에는 차질이 없다"고 반박했다.')
    c = candidate_with(text, "차질")
    assert "MND" in c.sources and len(c.sources) == 2


def test_a_person_known_by_an_initial_and_ssi_is_a_speaker():
    text = ('탈북민 A씨는 "뇌물 액수가 세 배로 뛰었다"고도 했다. A씨에 따르면 대금은 위안화로 치러졌다.')
    assert len(sources_of(text, "뇌물")) == 1
    assert sources_of(text, "위안화") == sources_of(text, "뇌물")


def test_services_quoted_names_and_documents_of_a_body_are_sources():
    assert len(sources_of("기동전단을 추가로 운용할 수 있게 된다고 해군은 밝혔다.", "기동전단")) == 1
    assert len(sources_of("해양수산부 자료에 따르면 입어가 허가된 어선은 1,250척이다.", "입어")) == 1
    text = "여행사 '보스토크 인투어' 관계자는 \"재방문 문의는 거의 없다\"고 말했다."
    assert list(candidate_with(text, "재방문").source_names.values()) == ["'보스토크 인투어'"]


def test_a_trade_voicing_a_concern_is_vague():
    text = "방사청은 피해를 확인했다고 밝혔다. 방산업계에서는 수출 협상에 불리할 수 있다는 우려도 나온다."
    assert sources_of(text, "수출 협상") == set()


def test_a_flash_label_does_not_hide_the_headline_s_source():
    assert sources_of('[속보] 통일부 "구조한 北어민 5명 오늘 송환"', "어민") == {"MOU"}


def test_a_country_answering_in_quotes_in_a_headline_is_a_source():
    c = candidate_with('해경, 中어선 3척 나포…중국 "과잉 단속" 반발', "나포")
    assert list(c.source_names.values()) == ["중국"]


def test_tongsin_refers_back_to_the_outlet_not_to_the_person_it_quoted():
    text = ('조선중앙통신은 김정은 국무위원장이 "계획이 미달됐다"고 질타했다고 보도했다. '
            "통신은 또 간부 여러 명이 해임됐다고 전했다.")
    assert sources_of(text, "해임") == {"KCNA"}


def test_a_headline_quoting_a_person_known_by_an_initial_credits_that_person():
    assert len(sources_of('탈북민 A씨 "北세관원에 한 번에 500달러"…단둥 밀수 조직의 민낯', "세관원")) == 1


def test_a_person_titled_as_the_head_or_staff_of_an_unlisted_body_speaks():
    cases = (
        ('지원 물자 반출을 신청한 한반도평화연구재단의 박서윤 이사장은 "통관이 늦어지고 있다"고 말했다.', "박서윤"),
        ('대한상공회의소 정태원 회장은 "대북 투자는 아직 이르다"고 강조했다.', "정태원"),
        ('남북교류협력지원협회 한예린 사무총장은 "방북 신청을 다시 낼 계획"이라고 밝혔다.', "한예린"),
        ('세종연구소 오민석 선임연구원은 "추가 발사 가능성이 크다"고 내다봤다.', "오민석"),
        ('주한미군 제8군 권태하 사령관은 "연합 대비태세에 이상이 없다"고 말했다.', "권태하"),
        ('이와 관련해 강도윤 방위사업청장은 "계약 일정에는 변동이 없다"고 답했다.', "강도윤"),
    )
    for text, name in cases:
        c = candidate_with(text, text[-14:])
        assert c.attribution == "explicit" and list(c.source_names.values()) == [name], text


def test_a_body_in_the_clause_after_a_back_reference_topic_is_not_a_second_speaker():
    text = ("통일부 당국자는 송환 일정을 협의 중이라고 밝혔다. "
            "이 당국자는 판문점 인도 때 대한적십자사 관계자가 동행한다고 말했다.")
    c = candidate_with(text, "동행한다고")
    assert c.sources == ("MOU",) and c.attribution == "inherited"


def test_a_common_noun_that_looks_like_a_title_makes_no_speaker():
    # 시장 is a market far more often than a mayor; 과장 is an exaggeration as often as a manager
    assert sources_of("신의주 시장은 평소보다 한산했다고 전했다.", "한산") == set()
    assert sources_of("다소 과장이 섞였다고 지적했다.", "과장이") == set()


def test_an_outlet_introduced_by_what_it_is_speaks_as_the_topic_of_a_reporting_verb():
    cases = (
        ("일본의 북한 전문 매체 아시아프레스는 함경북도 소식통을 인용해 쌀값이 한 달 새 30% 올랐다고 보도했다.", "아시아프레스"),
        ("북한 전문 매체 NK뉴스는 평양 순안공항에 대형 수송기 3대가 머물고 있다고 보도했다.", "NK뉴스"),
        ("미국 싱크탱크 CSIS는 신포 조선소에서 잠수함 건조가 진행 중이라고 분석했다.", "CSIS"),
        ("북한 전문 웹사이트 72노스에 따르면 원산 비행장의 활주로가 400m 늘어났다.", "72노스"),
        ("대북 인권단체 나우는 탈북민 12명이 중국 공안에 체포됐다고 주장했다.", "나우"),
        ("미국의 대북 전문매체인 코리아워치에 따르면 평양에 새 호텔이 문을 열었다.", "코리아워치"),
        ("미국 보안업체 맨디언트는 북한 해커들이 방산업체 서버에 침투했다고 분석했다.", "맨디언트"),
    )
    for text, name in cases:
        c = candidate_with(text, text[-12:])
        assert c.attribution == "explicit" and list(c.source_names.values()) == [name], text


def test_a_broadcaster_named_by_its_latin_initials_before_bangsong_is_a_source():
    c = candidate_with("미국의소리(VOA) 방송은 북한이 지난달 중국에서 비료 2만t을 들여왔다고 전했다.", "비료")
    assert list(c.source_names.values()) == ["미국의소리"]
    c = candidate_with("일본 NHK 방송은 북한 선박 2척이 니가타항 앞바다에서 발견됐다고 보도했다.", "니가타항")
    assert list(c.source_names.values()) == ["NHK"]


def test_a_descriptor_before_a_common_noun_or_a_role_names_no_outlet():
    text = "세종연구소는 북한의 대중 무역이 늘었다고 분석했다. 일부 언론 보도에 따르면 북한은 열차 운행을 줄였다."
    assert sources_of(text, "열차") == set()
    c = candidate_with('국방부는 발사 사실을 확인했다. 해당 매체 관계자는 "취재원은 밝힐 수 없다"고 말했다.', "취재원")
    assert "관계자" not in c.source_names.values()


def test_a_document_a_body_handed_to_a_lawmaker_cites_the_body_and_the_lawmaker():
    cases = (
        ("국회 국방위원회 소속 이도겸 의원이 국방부로부터 받은 자료에 따르면 올해 전역한 부사관은 4천명이다.", "MND"),
        ("외교통일위원회 유하람 의원실이 통일부에서 제출받은 자료를 보면 올해 방북 승인은 3건에 그쳤다.", "MOU"),
        ("합참이 국회 국방위원회 소속 이도겸 의원에게 제출한 자료에 따르면 올해 영공 침범은 9차례였다.", "JCS"),
        ("이도겸 의원이 국정원에서 넘겨받은 '해외 파견 현황' 문건에 따르면 러시아 파견 인력은 1만5천명이다.", "NIS"),
    )
    for text, code in cases:
        c = candidate_with(text, text[-12:])
        names = set(c.source_names.values())
        assert code in c.sources and len(c.sources) == 2 and names & {"이도겸", "유하람"}, text


def test_a_document_a_body_published_or_submitted_cites_the_body():
    assert sources_of("국정원이 공개한 자료를 보면 북한의 가상화폐 탈취액은 1조원을 넘었다.", "탈취액") == {"NIS"}
    assert sources_of("통일부가 제출한 자료에 따르면 이산가족 생존자는 3만8천명이다.", "생존자") == {"MOU"}
    assert sources_of("국정원으로부터 받은 자료에 따르면 해외 파견 노동자는 10만명 안팎이다.", "파견") == {"NIS"}


def test_i_maeche_refers_back_to_the_outlet_even_after_a_ministry_spoke():
    text = ("대북 매체 뉴포커스는 혜산 시장에서 쌀 1kg이 8천원에 팔렸다고 전했다. "
            '통일부 당국자는 "사실관계를 확인하고 있다"고 말했다. '
            "이 매체는 옥수수 가격도 두 배로 뛰었다고 덧붙였다.")
    outlet = candidate_with(text, "혜산")
    c = candidate_with(text, "옥수수")
    assert c.sources == outlet.sources and c.attribution == "inherited" and "MOU" not in c.sources


def test_a_back_reference_picks_the_latest_body_of_the_kind_it_names():
    text = ("조선중앙통신은 김정은 국무위원장이 비료공장을 찾았다고 보도했다. "
            "국방부는 특이 동향은 없다고 밝혔다. "
            "통신은 공장이 연간 10만t을 생산한다고 전했다.")
    assert sources_of(text, "10만t") == {"KCNA"}
    text = ("세종연구소는 보고서에서 북한이 내년 정찰위성을 추가로 쏠 것이라고 전망했다. "
            '외교부 당국자는 "예단하지 않겠다"고 말했다. '
            "이 연구소는 발사 시점을 상반기로 추정했다.")
    think_tank = candidate_with(text, "정찰위성")
    assert candidate_with(text, "상반기").sources == think_tank.sources
    text = ("통일부는 민간단체의 대북 접촉을 승인했다고 밝혔다. "
            "대북 매체 데일리NK는 국경 경비가 강화됐다고 전했다. "
            "해당 부처는 접촉 결과를 공개하지 않겠다고 밝혔다.")
    assert sources_of(text, "접촉 결과") == {"MOU"}


def test_the_subject_of_a_clause_describing_the_topic_is_not_the_speaker():
    text = ("북한이 동창리 발사대를 증축하고 있다고 미국의 북한 분석 사이트 비욘드패럴렐이 14일 밝혔다. "
            "미국 전략국제문제연구소(CSIS)가 운영하는 이 사이트는 발사대 높이가 10m가량 높아졌다고 설명했다.")
    site = candidate_with(text, "증축하고")
    c = candidate_with(text, "발사대 높이가")
    assert site.sources and c.sources == site.sources and c.attribution == "inherited"
    assert sources_of("국방부가 발표한 자료는 병력이 5만명 줄었다고 설명했다.", "병력이") == {"MND"}


def test_a_paper_cut_to_its_first_name_after_quoting_someone_is_the_paper():
    text = ("일본 마이니치신문은 북한 어선 2척이 노토반도 해안에 표착했다고 보도했다. "
            "마이니치는 해상보안청 관계자를 인용했다.")
    paper = candidate_with(text, "노토반도")
    assert list(paper.source_names.values()) == ["마이니치신문"]
    assert candidate_with(text, "인용했다").sources == paper.sources


def test_an_international_body_is_what_i_gigu_refers_back_to():
    text = ("세계식량계획(WFP)은 북한 주민 40%가 식량 부족을 겪고 있다고 밝혔다. "
            '통일부 당국자는 "지원 요청은 없었다"고 말했다. '
            "이 기구는 지원 예산이 바닥났다고 덧붙였다.")
    assert candidate_with(text, "예산이").sources == candidate_with(text, "식량 부족").sources


def test_what_a_body_found_or_wrote_cites_the_body():
    assert len(sources_of("통계청 조사 결과를 보면 북한이탈주민의 고용률은 60%다.", "고용률")) == 1
    c = candidate_with("해양경찰청 내부 자료에 따르면 올해 나포된 중국 어선은 41척이다.", "어선은")
    assert list(c.source_names.values()) == ["해양경찰청"]


def test_a_deputy_titled_with_a_number_or_as_an_assistant_speaks():
    assert sources_of('통일부 차관보는 "북한의 반응을 지켜보고 있다"고 말했다.', "반응을") == {"MOU"}
    c = candidate_with('정진우 국가안보실 1차장은 "추가 제재를 검토하고 있다"고 밝혔다.', "추가 제재")
    assert c.attribution == "explicit" and c.sources
    assert sources_of("지하 주차장은 모두 침수됐다고 전했다.", "침수") == set()


def test_what_is_known_or_passed_on_continues_the_source_of_its_paragraph():
    text = ("합참은 무인기 1대를 격추했다고 밝혔다. 잔해에서는 소형 카메라가 발견된 것으로 알려졌다.")
    assert sources_of(text, "잔해에서는") == {"JCS"}


def test_further_figures_continue_a_ministry_s_published_tally():
    text = ("통일부가 공개한 탈북민 입국 현황에 따르면 3분기 입국자는 47명이었다.\n\n"
            "성별로는 여성이 39명으로 남성보다 많았다.")
    assert sources_of(text, "성별로는") == {"MOU"}


def test_a_headline_credit_after_the_country_of_the_body_is_the_body():
    c = candidate_with('중국 외교부 "한반도 긴장 고조에 반대"…대화 재개 촉구\n\n본문이다.', "긴장 고조")
    assert list(c.source_names.values()) == ["외교부"]


def test_a_bodys_account_summed_up_with_jonghapamyeon_cites_it():
    text = "통일부 발표를 종합하면, 올해 이산가족 상봉 신청자 가운데 생존자는 3만여명이다."
    assert sources_of(text, "생존자는") == {"MOU"}


def test_a_bureau_named_under_its_parent_speaks_with_the_body_joined_to_it():
    text = "국정원과 경찰청 국가수사본부 안보수사국은 이들을 국가보안법 위반 혐의로 송치했다고 밝혔다."
    c = candidate_with(text, "송치했다고")
    assert "NIS" in c.sources and len(c.sources) == 2


def test_a_court_or_the_audit_board_publishing_figures_is_their_source():
    c = candidate_with("대법원이 펴낸 사법연감을 보면 간첩 사건의 1심 무죄율은 12%였다.", "무죄율은")
    assert list(c.source_names.values()) == ["대법원"]
    c = candidate_with("감사원은 방사청이 계약 절차를 어겼다고 지적했다.", "계약 절차")
    assert list(c.source_names.values()) == ["감사원"]


def test_the_us_forces_in_korea_joined_to_a_source_speak_with_it():
    c = candidate_with('미 국방부와 주한미군은 "연합훈련은 방어적 성격"이라고 밝혔다.', "방어적")
    assert "DOD" in c.sources and len(c.sources) == 2


def test_a_count_of_bodies_after_their_kind_is_not_a_body_named():
    assert sources_of("지원 단체 30여곳이 물자 반출을 신청했다고 통일부가 밝혔다.", "물자 반출") == {"MOU"}


def test_a_headline_body_and_comma_after_the_first_clause_is_the_source():
    assert sources_of("정착금 1천만원으로 인상…통일부, 탈북민 지원 방안 발표\n\n본문이다.", "정착금") == {"MOU"}
    assert sources_of("정착금을 올렸다…통일부, 외교부 등이 참석했다.", "정착금을") == set()


def test_a_year_in_what_is_planned_is_not_history_and_the_source_goes_on():
    text = "방사청에 따르면 신형 잠수함은 3척이 건조된다. 첫 함정은 2031년 취역할 예정이다."
    assert sources_of(text, "취역할") == sources_of(text, "신형 잠수함은") != set()
    assert sources_of("방사청에 따르면 잠수함 3척이 건조된다. 첫 잠수함은 2014년 취역했다.", "취역했다") == set()


def test_according_to_two_officials_is_a_number_of_people_not_a_surname():
    text = "두 당국자에 따르면 통일부는 회담 날짜를 다음 주 정하기로 했다."
    c = candidate_with(text, "회담 날짜를")
    assert c.sources == ("MOU",)


def test_an_order_or_a_hope_voiced_by_a_body_is_its_account():
    c = candidate_with("해군은 신형 호위함이 연안 방어의 주축이 될 것으로 기대했다.", "호위함")
    assert list(c.source_names.values()) == ["해군"]
    assert sources_of("국방부는 각 군에 동절기 안전대책을 세우라고 지시했다.", "동절기") == {"MND"}


def test_weighing_a_possibility_is_an_assessment_of_the_bodies_that_weigh_it():
    text = "합참과 국정원은 북한이 신형 발사대를 시험했을 가능성에 무게를 두고 있다."
    assert sources_of(text, "발사대") == {"JCS", "NIS"}


def test_a_county_office_cited_with_에_따르면_is_a_source_of_its_own():
    c = candidate_with("강화군에 따르면 접경 지역 주민 대피소 12곳이 새로 지어진다.", "대피소")
    assert list(c.source_names.values()) == ["강화군"] and c.attribution == "explicit"
    c = candidate_with("주민들에게 귀가 안내 문자가 발송됐다고 파주시가 전했다.", "귀가")
    assert list(c.source_names.values()) == ["파주시"]


def test_an_army_named_after_its_country_is_not_a_county_office():
    assert sources_of("북한군이 군사분계선 인근에서 지뢰를 매설하는 것으로 파악됐다고 합참이 밝혔다.", "지뢰") == {"JCS"}


def test_a_body_known_by_its_latin_initials_is_the_subject_that_speaks():
    c = candidate_with("WFP는 북한 주민 절반가량이 영양 결핍 상태라고 추정했다.", "영양")
    assert list(c.source_names.values()) == ["WFP"]
    assert sources_of("ICBM은 고각으로 발사된 것으로 분석됐다고 합참은 밝혔다.", "고각") == {"JCS"}


def test_a_ministrys_staff_union_speaks_for_itself_not_for_the_ministry():
    c = candidate_with('국방부 노동조합은 성명을 내 "처우 개선이 먼저"라고 주장했다.', "처우")
    assert "MND" not in c.sources and len(c.sources) == 1


def test_civic_groups_named_by_their_endings_and_short_names_are_sources():
    c = candidate_with('납북자가족연대는 "정부가 송환 협상에 나서야 한다"고 촉구했다.', "송환")
    assert list(c.source_names.values()) == ["납북자가족연대"]
    c = candidate_with('참여 변호사모임(참변)도 성명을 내어 "표적 수사"라고 비판했다.', "표적")
    assert len(c.sources) == 1 and c.attribution == "explicit"


def test_a_quoted_document_title_with_a_year_is_not_a_body():
    text = "통일부가 발표한 '2024년 북한이탈주민 정착 실태조사 결과'에 따르면 취업률은 60%였다."
    assert sources_of(text, "취업률") == {"MOU"}


def test_an_indefinite_bank_is_no_body_named():
    assert sources_of('한 시중은행 관계자는 "대출 문의가 늘었다"고 말했다.', "대출 문의") == set()


def test_a_stated_policy_or_plan_is_the_account_of_the_bodies_that_hold_it():
    text = "통일부와 외교부는 탈북민 강제북송 문제를 국제무대에서 계속 제기하겠다는 방침입니다."
    c = candidate_with(text, "강제북송")
    assert c.sources[0] == "MOU" and list(c.source_names.values())[1:] == ["외교부"]


def test_a_lawmaker_citing_or_passing_on_a_bodys_briefing_gives_both():
    c = candidate_with('국방위 간사인 서민재 의원은 합참 보고 내용을 인용해 "도발 징후가 있다"고 말했다.', "도발 징후")
    assert set(c.sources) >= {"JCS"} and "서민재" in c.source_names.values()
    c = candidate_with('서민재 의원은 국정원 보고 내용을 전하며 "정찰총국이 개편됐다"고 말했다.', "정찰총국이")
    assert "NIS" in c.sources and "서민재" in c.source_names.values()


def test_a_headline_opening_with_an_unregistered_body_and_a_comma_credits_that_body():
    text = "병무청, 사회복무요원 소집 확대…내년 2만명 추가 배치\n\n본문이다.\n"
    assert list(candidate_with(text, "사회복무요원").source_names.values()) == ["병무청"]


def test_a_person_with_an_unlisted_title_at_a_registered_body_speaks_for_the_body():
    text = '오세진 통일부 정착지원정책관은 "정착금을 올리겠다"고 밝혔다.'
    assert sources_of(text, "정착금") == {"MOU"}


def test_a_country_that_never_said_something_is_not_its_source():
    text = "국방부는 훈련 일정을 공개했다. 북한은 아직 신형 미사일의 사거리를 공식적으로 밝힌 적이 없다."
    assert sources_of(text, "사거리") == set()


def test_a_profession_voicing_a_view_is_vague_and_does_not_continue_the_speaker():
    text = ("병무청은 내년 군의관 선발 인원을 줄인다고 밝혔다. "
            "법조계에서는 제도 변경이 소송으로 번질 수 있다고 보고 있다.")
    assert sources_of(text, "소송으로") == set()


def test_a_registered_body_that_decided_something_announced_it_wherever_it_stands():
    text = "탈북민 정착 지원이 부족하다는 지적이 이어지는 가운데 통일부가 정착금을 두 배로 올리기로 했다."
    assert sources_of(text, "정착금") == {"MOU"}
    assert sources_of("국방부는 예산을 늘리지 않았다. 훈련용 헬기 ‘수리온’도 10대로 늘리기로 했다.", "수리온") <= {"MND"}


def test_a_figure_as_a_body_counts_it_cites_that_body():
    c = candidate_with("국내 출산율은 0.7명으로, 경제협력개발기구(OECD) 통계 기준 회원국 가운데 가장 낮다.", "출산율")
    assert list(c.source_names.values()) == ["경제협력개발기구"]


def test_a_lawmakers_party_between_name_and_office_does_not_hide_who_received_the_document():
    text = "국방부가 국방위원회 소속 장하윤 조국혁신당 의원실에 제출한 자료에 따르면 탈영병은 120명이었다."
    c = candidate_with(text, "탈영병")
    assert c.sources[0] == "MND" and "장하윤" in c.source_names.values()
