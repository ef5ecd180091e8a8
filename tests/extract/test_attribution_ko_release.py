"""A Korean government press release (보도자료): □ and ㅇ bullets, the issuer with its head in brackets,
and the issuer's voice carried through the bullets that name no source of their own."""
from __future__ import annotations

from tests.extract.helpers import candidate_with

_RELEASE = """질병관리청, 겨울철 호흡기 감염병 대응 강화…예방접종 대상 확대

- 65세 이상 무료 접종 기간 2주 연장, 전국 보건소 250곳 참여 -

□ 질병관리청(청장 윤서경)은 3일 겨울철 호흡기 감염병 대응 계획을 확정해 시행한다고 발표했다.
  ㅇ 올해 무료 접종 대상자는 약 1천200만 명으로, 지난해보다 80만 명가량 늘었다.
  ㅇ 접종 기간은 내년 1월 말까지로 2주 늘어난다.

□ 전국 보건소 250곳과 위탁의료기관 2만여 곳이 접종에 참여한다.
  ㅇ 대한의사협회 관계자는 "의료기관 참여가 예년보다 많다"고 말했다.

□ 겨울철 호흡기 감염병 입원 환자는 2022년 이후 매년 늘고 있다.
  ㅇ 아울러 질병관리청은 내달부터 감염병 표본감시 기관을 300곳으로 늘릴 예정이다.
"""


def _names(c) -> set[str]:
    return set(c.source_names.values())


def test_a_bullet_marker_does_not_hide_the_body_opening_the_line():
    for marker in ("□", "ㅇ", "○"):
        c = candidate_with(f"{marker} 통일부는 6일 남북회담본부 조직을 개편한다.", "남북회담본부")
        assert c.sources == ("MOU",) and c.attribution == "explicit", marker


def test_the_head_named_in_brackets_after_the_body_does_not_hide_the_body():
    c = candidate_with("산림청(청장 민도윤)은 봄철 산불 위험이 높아졌다고 경고했다.", "산불 위험")
    assert _names(c) == {"산림청"} and c.attribution == "explicit"


def test_the_issuer_of_a_release_opens_it_as_the_subject_of_its_first_bullet():
    c = candidate_with(_RELEASE, "대응 계획을 확정해")
    assert _names(c) == {"질병관리청"} and c.attribution == "explicit"


def test_the_bullets_of_a_release_that_name_no_source_are_the_issuers():
    issuer = candidate_with(_RELEASE, "대응 계획을 확정해").sources
    for phrase in ("1천200만 명으로", "내년 1월 말까지로", "보건소 250곳과", "입원 환자는"):
        c = candidate_with(_RELEASE, phrase)
        assert c.sources == issuer and c.attribution == "inherited", phrase


def test_another_speaker_in_a_release_keeps_their_own_attribution():
    c = candidate_with(_RELEASE, "의료기관 참여가")
    assert _names(c) == {"대한의사협회"}


def test_a_story_told_in_lines_without_release_bullets_is_no_release():
    text = _RELEASE.replace("□ ", "").replace("  ㅇ ", "")
    assert candidate_with(text, "입원 환자는").sources == ()


def test_the_issuer_named_as_the_subject_of_a_bullet_states_it_whatever_the_verb():
    c = candidate_with(_RELEASE, "표본감시 기관을")
    assert _names(c) == {"질병관리청"} and c.attribution == "explicit"
