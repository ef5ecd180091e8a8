"""Korean speakers introduced by apposition or rank, bodies that speak together, and broadcast sign-offs."""
from __future__ import annotations

from tests.extract.helpers import candidate_with, extract, sources_of


def test_a_registry_bodys_spokesperson_introduced_with_in_speaks_for_the_body():
    text = '통일부 대변인인 최서윤 국장은 "대화 제의는 여전히 유효하다"고 말했다.'
    assert sources_of(text, "대화 제의") == {"MOU"}


def test_the_spokesperson_introduced_with_in_is_named_again_by_surname():
    text = ('통일부 대변인인 최서윤 국장은 "대화 제의는 여전히 유효하다"고 말했다.\n\n'
            '최 대변인은 "북측의 답을 기다리겠다"고 덧붙였다.')
    assert sources_of(text, "북측의 답") == {"MOU"}


def test_a_soldier_named_with_age_and_rank_speaks_for_themself():
    c = candidate_with('해군 제3함대 소속 이준호(25) 중사는 "야간 경계가 가장 힘들다"고 말했다.', "야간 경계")
    assert list(c.source_names.values()) == ["이준호"]


def test_a_denial_said_to_have_been_made_is_the_deniers():
    c = candidate_with('횡령 혐의를 받는 회계사 정민수(48)씨는 경찰 조사에서 "지시를 따랐을 뿐 횡령은 몰랐다"며 혐의를 부인한 것으로 알려졌다.',
                       "지시를 따랐을")
    assert c.attribution == "explicit" and list(c.source_names.values()) == ["정민수"]


def test_two_foreign_bodies_announcing_together_are_both_sources():
    c = candidate_with("일본 방위성과 미국 국무부도 발사 사실을 확인했다고 발표했다.", "발사 사실")
    assert "JMOD" in c.sources and len(c.sources) == 2


def test_junior_officers_are_not_a_person():
    c = candidate_with("국방부에 따르면 올해 전역을 신청한 초급간부는 2천 명을 넘었다.", "전역을 신청한")
    assert list(c.sources) == ["MND"]


def test_a_broadcast_reporters_sign_off_is_junk():
    text = ("통일부는 오늘 이산가족 상봉을 다시 제안했다고 밝혔습니다.\n\n"
            "통일부는 북측의 답을 기다리고 있습니다.\n\n"
            "워싱턴에서 MBC 뉴스 박소연입니다.")
    assert [c.boilerplate for c in extract(text)] == [False, False, True]


def test_a_party_introduced_as_the_opposition_speaks_for_itself():
    c = candidate_with("여당인 국민미래당은 예산안 처리를 미룬 데 대해 강하게 반발했다.", "예산안 처리")
    assert list(c.source_names.values()) == ["국민미래당"]


def test_an_allowance_is_no_party():
    c = candidate_with("국방부는 내년부터 주거수당도 올릴 계획이라고 전했다.", "주거수당")
    assert list(c.sources) == ["MND"]


def test_a_statement_in_which_a_body_claimed_something_is_the_bodys():
    c = candidate_with('앞서 북한은 지난달 외무성 대변인 담화에서 "제재는 효과가 없다"고 주장했다.', "제재는")
    assert list(c.source_names.values()) == ["외무성"]


def test_a_guard_unit_official_speaks_for_the_unit():
    c = candidate_with('동해안경비단 관계자는 "불법 조업 선박이 늘었다"고 말했다.', "불법 조업")
    assert list(c.source_names.values()) == ["동해안경비단"]


def test_a_joint_investigation_team_of_two_bodies_is_the_source():
    c = candidate_with("관세청과 인천지방검찰청 합동수사팀은 이날 밀수 조직 12명을 기소했다고 발표했다.", "밀수 조직")
    assert c.attribution == "explicit" and any("합동수사팀" in n for n in c.source_names.values())


def test_a_joint_team_named_with_a_middle_dot_is_cited():
    c = candidate_with("관세청·검찰 합동수사팀에 따르면 이들은 시계 3천 개를 들여왔다.", "시계 3천")
    assert any("합동수사팀" in n for n in c.source_names.values())


def test_a_report_titled_in_quotes_is_the_publishers_not_a_body_of_its_own():
    c = candidate_with("국방부는 이날 펴낸 ‘2027 동북아 안보 정세’ 보고서에서 북한의 병력을 약 128만 명으로 추산했다.", "병력을")
    assert list(c.sources) == ["MND"]


def test_a_headline_body_quoted_in_single_quotes_is_the_source():
    c = candidate_with("탈북민 정착 지원 늘린다…통일부 ‘상담 인력 두 배로 확충’", "상담 인력")
    assert list(c.sources) == ["MOU"]


def test_a_body_before_a_quoted_title_in_a_sentence_is_not_a_headline_credit():
    c = candidate_with("행사장에는 통일부 ‘통일 미래’ 전시관도 마련됐다.", "전시관")
    assert list(c.sources) == []
