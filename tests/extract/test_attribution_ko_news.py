"""Korean general news: bodies named by a team's or a command's short name, pleas and questions, headlines with two voices."""
from __future__ import annotations

from tests.extract.helpers import candidate_with, extract, sources_of


def _names(text: str, phrase: str) -> set[str]:
    return set(candidate_with(text, phrase).source_names.values())


def test_a_committee_pleading_in_quotes_and_asking_the_government_is_the_source():
    text = '실향민 단체인 팔도실향민협의위원회는 "고향 땅을 한 번만 밟게 해 달라"며 정부에 방북 허가를 요청했다.'
    assert _names(text, "방북 허가") == {"팔도실향민협의위원회"}


def test_a_lawmaker_pressing_a_question_is_the_source():
    assert _names("더불어민주당 한지윤 의원은 군의 드론 방어 실태를 따져 물었다.", "드론 방어") == {"한지윤"}


def test_a_stance_reported_as_known_is_the_body_s():
    text = '다만 통일부는 "당분간 지원 재개는 어렵다"는 입장인 것으로 알려졌다.'
    assert sources_of(text, "지원 재개") == {"MOU"}


def test_an_investigation_team_cited_is_the_source_and_its_account_goes_on_in_the_paragraph():
    text = "민관합동조사단에 따르면 누수는 새벽 4시쯤 시작됐다. 이 과정에서 직원 2명이 다쳤다."
    cited, after = extract(text)
    assert set(cited.source_names.values()) == {"민관합동조사단"}
    assert after.sources == cited.sources and after.attribution == "inherited"


def test_an_investigation_team_explaining_is_the_source():
    assert _names("특별수사단은 관리 부실이 원인이라고 설명했습니다.", "관리 부실") == {"특별수사단"}


def test_the_combined_forces_command_by_its_short_name_is_a_source():
    assert _names("연합사는 이번 훈련이 정례적인 방어 훈련이라고 밝혔다.", "정례적인") == {"연합사"}


def test_a_ministry_s_short_name_opening_a_headline_is_its_source_when_the_quote_is_its_own():
    assert _names('산업부, 반도체 수출 통제 강화…"공급망 안정 최우선"', "반도체") == {"산업부"}


def test_a_body_after_a_country_s_hanja_in_the_headline_s_second_clause_is_the_one_quoted():
    # 공군 opens the headline as the actor; the quote belongs to the North's ministry named before it
    assert _names('공군, 서해서 연합공중훈련…北 국방성 "군사적 대응 나설 것"', "연합공중훈련") == {"국방성"}


def test_a_headline_answering_one_speaker_with_another_credits_both():
    c = candidate_with('김영철 "남측과 상종 안 해"…통일부 "대화 제의 유효"', "상종")
    assert "MOU" in c.sources and set(c.source_names.values()) == {"통일부", "김영철"}


def test_a_headline_opened_by_a_registered_body_credits_it_once():
    assert sources_of('국방부 "北 도발 가능성…대비태세 유지"', "대비태세") == {"MND"}


def test_one_of_a_ministry_s_officials_speaks_for_the_ministry():
    assert sources_of('국방부의 한 당국자는 "추가 발사 가능성은 낮다"고 분석했다.', "추가 발사") == {"MND"}
    assert _names('외교부의 한 고위 관계자는 "협의는 계속된다"고 말했다.', "협의는") == {"외교부"}


def test_an_official_of_no_named_body_stays_unnamed():
    assert sources_of('한 정부 관계자는 "협의는 계속된다"고 말했다.', "협의는") == set()


def test_a_reading_heard_within_the_government_does_not_go_on_with_the_ministry():
    text = ('통일부는 "대화 제의는 유효하다"고 밝혔다. '
            "정부 내부에서는 북한이 시간을 벌고 있다는 해석이 나오는 것으로 알려졌다.")
    assert sources_of(text, "시간을 벌고") == set()


def test_a_body_whose_spokesperson_issued_a_statement_is_the_source_not_the_country():
    c = candidate_with("북한은 이날 밤 조선인민군 해군사령부 대변인 담화를 내고 즉각 반발했다.", "즉각 반발")
    assert set(c.source_names.values()) == {"해군사령부"} and c.attribution == "explicit"


def test_a_resident_named_by_an_initial_and_an_age_is_the_source():
    c = candidate_with('백령도 주민 B씨(71)는 "밤마다 포성이 들린다"고 말했다.', "포성이")
    assert len(c.sources) == 1 and c.attribution == "explicit"


def test_documents_a_lawmaker_named_before_obtained_from_a_body_are_both_theirs():
    text = ("한지수 국민의힘 의원은 이날 국정감사에서 질의했다. "
            "한 의원이 국정원으로부터 제출받은 자료에 따르면 올해 입국한 탈북민은 200명이다.")
    c = candidate_with(text, "탈북민은")
    assert set(c.source_names.values()) == {"국정원", "한지수"} and "NIS" in c.sources


def test_a_leader_named_in_full_beside_another_is_the_later_surname_and_title():
    text = ("통신에 따르면 행사는 전날 남포에서 김정은 국무위원장과 간부들이 참석한 가운데 진행됐다. "
            '김 위원장은 연설에서 "새 항만은 경제 발전의 토대"라고 말했다.')
    assert set(candidate_with(text, "새 항만은").source_names.values()) == {"김정은"}


def test_an_unnamed_crowd_criticising_a_body_makes_neither_a_source():
    text = ('국방부는 "병력 감축은 계획대로 진행된다"고 밝혔다. '
            "일부 야당 의원들은 국방부가 그동안 감축 규모를 부풀려 발표해 왔다고 지적했다.")
    assert sources_of(text, "부풀려") == set()


def test_a_country_protesting_is_a_speaker_named_with_the_country():
    c = candidate_with("북한은 훈련 시작 직후 강하게 반발했다.", "강하게")
    assert set(c.source_names.values()) == {"북한"}


def test_the_words_of_a_reported_clause_before_the_speaker_name_no_person():
    c = candidate_with("서울 종로구의 한 식당에서 불이 났다고 소방당국이 밝혔다.", "식당에서")
    assert "불이" not in c.source_names.values()


def test_a_company_speaking_through_its_side_is_a_source():
    text = '납품을 맡은 LIG넥스원 측은 "양산 일정에는 차질이 없다"고 해명했다.'
    assert _names(text, "양산 일정") == {"LIG넥스원"}


def test_a_party_speaking_through_its_side_is_no_named_body():
    text = '피해자 가족 측은 "사고 원인부터 밝혀야 한다"고 주장했다.'
    assert "피해자 가족" not in _names(text, "사고 원인")


def test_the_bereaved_family_speaking_through_its_side_is_a_party_with_a_voice():
    # the labelled sets credit a victim's bereaved family (유족) as a source of its own
    assert _names('유족 측은 "사고 원인부터 밝혀야 한다"고 주장했다.', "사고 원인") == {"유족"}


def test_a_seat_of_government_reaffirming_its_position_is_a_source():
    text = '백악관은 "한국 방위 공약에는 변함이 없다"는 원칙을 재확인했다.'
    assert _names(text, "방위 공약") == {"백악관"}


def test_a_body_repeating_its_stance_is_a_source():
    text = '엘리제궁은 "파병 계획은 검토한 적이 없다"는 종전 입장을 되풀이했다.'
    assert _names(text, "파병 계획") == {"엘리제궁"}


def test_repeating_a_mistake_is_not_speech():
    assert candidate_with("해경은 지난해에도 같은 실수를 되풀이했다.", "같은 실수").sources == ()


def test_two_bodies_joined_before_according_to_are_both_sources():
    c = candidate_with("통일부와 행정안전부에 따르면 올해 정착지원금은 모두 420억 원이다.", "정착지원금")
    assert "MOU" in c.sources and set(c.source_names.values()) >= {"행정안전부"} and len(c.sources) == 2


def test_the_north_named_as_a_side_of_the_peninsula_speaks_as_a_country():
    assert _names("북측은 회담 제안 사흘 만에 거절 의사를 통보했다.", "회담 제안") == {"북측"}


def test_the_government_unnamed_urging_something_speaks_as_its_country():
    assert _names("정부는 정례적인 방어 훈련이라며 북한에 도발 중단을 요구했다.", "방어 훈련") == {"정부"}


def test_what_the_north_is_heard_to_have_answered_is_not_its_statement():
    text = '통일부는 "통지문을 보냈다"고 밝혔다. 북측은 통지문을 받았다고 회신한 것으로 전해졌다.'
    assert "북측" not in _names(text, "회신한")


def test_a_headline_opened_by_the_acting_body_credits_it_with_the_quote_after_the_ellipsis():
    assert _names('공군 신형 공중급유기 도입…"내후년 전력화"', "공중급유기") == {"공군"}
    assert sources_of('국방부 예비군 훈련 개편…"과학화 훈련장 확대"', "예비군 훈련") == {"MND"}


def test_a_headline_quote_after_the_ellipsis_is_not_a_country_s_or_a_thing_s():
    assert sources_of('북한 순항미사일 발사…"서해상으로 수 발"', "순항미사일") == set()
    assert sources_of('신형 구축함 진수…"2030년 실전 배치"', "신형 구축함") == set()


def test_an_assembly_committee_by_its_short_name_after_the_headline_s_first_clause_is_the_source():
    assert _names("교사 수당 오르나…국회 교육위, 담임 수당 예산 증액 의결", "담임 수당") == {"국회 교육위"}
    text = "교사 수당 오르나…국회 교육위, 담임 수당 예산 증액 의결\n\n국회 교육위원회는 20일 담임 수당 예산을 의결했다."
    headline, lead = extract(text)
    assert headline.sources == lead.sources
