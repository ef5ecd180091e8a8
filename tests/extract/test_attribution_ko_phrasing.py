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


def test_what_is_known_or_passed_on_continues_the_source_of_its_paragraph():
    text = ("합참은 무인기 1대를 격추했다고 밝혔다. 잔해에서는 소형 카메라가 발견된 것으로 알려졌다.")
    assert sources_of(text, "잔해에서는") == {"JCS"}


def test_further_figures_continue_a_ministry_s_published_tally():
    text = ("통일부가 공개한 탈북민 입국 현황에 따르면 3분기 입국자는 47명이었다.\n\n"
            "성별로는 여성이 39명으로 남성보다 많았다.")
    assert sources_of(text, "성별로는") == {"MOU"}
