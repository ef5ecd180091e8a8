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
