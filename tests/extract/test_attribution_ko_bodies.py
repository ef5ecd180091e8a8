"""Korean bodies as news copy names them: another country's ministry, an embassy, a fire station,
an authority by its field, a foreign paper, a city referred back to, a body by its short name."""
from __future__ import annotations

from tests.extract.helpers import candidate_with, extract, sources_of


def _names(text: str, phrase: str) -> set[str]:
    return set(candidate_with(text, phrase).source_names.values())


def test_a_home_ministry_named_after_another_country_is_that_country_s():
    assert _names("캐나다 국방부는 이날 초계기 2대를 추가 배치한다고 밝혔다.", "초계기") == {"캐나다 국방부"}
    assert sources_of("우리 군 당국과 달리 호주 국방부는 훈련 규모를 공개했다.", "훈련 규모") != {"MND"}


def test_a_country_whose_body_the_registry_lists_takes_its_code():
    assert sources_of("미국 국방부는 정찰 자산을 증강했다고 발표했다.", "정찰 자산") == {"DOD"}
    assert sources_of("한국 국방부는 정찰 자산을 증강했다고 발표했다.", "정찰 자산") == {"MND"}


def test_the_north_s_news_agency_after_its_country_stays_the_registry_s():
    assert sources_of("북한 조선중앙통신은 새 구축함이 진수됐다고 보도했다.", "구축함") == {"KCNA"}


def test_an_embassy_speaking_is_a_source():
    text = '주한러시아대사관은 입장문을 내고 "자국민 보호에 최선을 다하겠다"고 밝혔다.'
    assert _names(text, "자국민") == {"주한러시아대사관"}


def test_a_fire_station_cited_is_a_source():
    (name,) = _names("부산 해운대소방서에 따르면 화재는 30분 만에 진화됐다.", "화재는")
    assert name.endswith("해운대소방서")


def test_an_authority_named_by_its_field_holding_a_view_is_a_source():
    text = "경찰 당국은 누전으로 불이 난 것으로 보고 감식을 이어가고 있다."
    assert _names(text, "누전으로") == {"경찰 당국"}


def test_a_paper_introduced_as_a_daily_is_an_outlet():
    text = "독일 일간 디벨트는 독일 국방부 관계자를 인용해 추가 지원이 검토되고 있다고 보도했다."
    c = candidate_with(text, "추가 지원")
    assert "디벨트" in c.source_names.values() and "MND" not in c.sources


def test_a_foreign_paper_introduced_once_is_the_outlet_when_named_again():
    text = ("영국 일간지 파이낸셜타임스가 감산설을 보도했다. "
            "파이낸셜타임스는 미 국방부가 배치 계획을 바꿨다고 전했다.")
    second = extract(text)[1]
    assert set(second.source_names.values()) == {"파이낸셜타임스"} and "DOD" not in second.sources


def test_a_senior_official_of_an_office_speaks_for_it():
    text = '국무총리실 고위 관계자는 기자들에게 "추가 대책은 없다"고 말했다.'
    assert _names(text, "추가 대책") == {"국무총리실"}


def test_si_refers_back_to_the_city_that_spoke():
    text = "인천시는 이날 피해 신고 센터를 열었다고 밝혔다. 시는 또 복구 인력 200명을 보냈다고 덧붙였다."
    first, second = extract(text)
    assert second.sources == first.sources and second.sources


def test_a_body_s_short_name_in_the_headline_and_its_full_name_in_the_body_share_a_code():
    text = ('농진청 "방제 드론 보급 두 배로"\n\n'
            "농촌진흥청은 내년 방제 드론 보급 예산을 두 배로 늘린다고 밝혔다.\n\n"
            "농진청 관계자는 \"수요 조사도 마쳤다\"고 말했다.")
    headline, lead, official = extract(text)
    assert headline.sources == lead.sources == official.sources and len(lead.sources) == 1
    assert lead.source_names[lead.sources[0]] == "농촌진흥청"


def test_a_short_name_that_does_not_abbreviate_a_body_keeps_its_own_code():
    text = "국토교통부는 신공항 일정을 발표했다고 밝혔다. 국방부는 공역 조정이 필요하다고 밝혔다. 국토부는 협의하겠다고 밝혔다."
    first, _, third = extract(text)
    assert first.sources == third.sources
    text = "해양수산부는 어업 지도선을 늘린다고 밝혔다. 해경청은 단속을 강화한다고 밝혔다."
    first, second = extract(text)
    assert first.sources != second.sources


def test_a_company_named_bare_opening_a_quote_it_gave_is_the_source():
    text = '한화시스템은 "레이더 시제품을 연말까지 납품할 계획"이라고 설명했다.'
    assert _names(text, "레이더 시제품") == {"한화시스템"}


def test_a_common_noun_or_a_crowd_opening_a_quote_is_no_body():
    assert sources_of('이번 계약은 "역대 최대 규모"라고 업계가 평가했다.', "역대 최대") == set()
    assert sources_of('참가자들은 "훈련이 유익했다"고 말했다.', "유익했다") == set()
    assert sources_of('방산업계는 "수출 전망이 밝다"고 말했다.', "수출 전망") == set()


def test_a_survey_by_a_body_called_by_its_short_name_is_that_body_s():
    text = ("국가인권위원회는 지난해 예비군 훈련장 인권 실태를 조사했다.\n\n"
            "인권위 조사에서 응답자 절반은 ‘휴식 시간이 부족하다’고 답한 것으로 나타났다.")
    assert _names(text, "응답자 절반") == {"국가인권위원회"}


def test_a_headline_naming_a_body_before_a_comma_is_its_news_even_with_a_decimal_in_it():
    text = "소방청, 구급차 2.5배로 늘린다…“골든타임 지킨다”\n\n소방청이 구급대를 늘리기로 했다."
    assert _names(text, "구급차") == {"소방청"}


def test_a_body_not_in_the_registry_deciding_something_announced_it():
    text = "산림청이 봄철 산불에 대비해 감시 인력을 현재 800여 명에서 1200명으로 늘리기로 했다."
    assert _names(text, "감시 인력") == {"산림청"}


def test_a_person_questioned_in_a_body_s_investigation_is_not_the_body_s_survey():
    text = "B씨는 검찰 조사에서 “돈을 받은 적이 없다”고 진술했다."
    assert "검찰" not in _names(text, "돈을 받은")


def test_a_panel_of_experts_named_with_its_committee_is_a_body_not_vague_experts():
    text = "국제해사기구 해양오염위원회 전문가 패널은 지난해 보고서에서 유출된 기름이 3천t에 이르는 것으로 추정했다."
    c = candidate_with(text, "유출된 기름")
    assert c.attribution == "explicit" and len(c.sources) == 1
    assert list(c.source_names.values()) == ["국제해사기구 해양오염위원회 전문가 패널"]


def test_a_panel_of_experts_set_up_by_a_registered_council_is_not_the_council():
    c = candidate_with("안보리 전문가 패널은 연례 보고서에서 선박 12척이 제재를 어겼다고 밝혔다.", "선박 12척")
    assert c.attribution == "explicit" and "UNSC" not in c.sources and len(c.sources) == 1
