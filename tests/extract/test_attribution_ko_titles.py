"""Korean people named by a title that is not an office held: nominees, the elected, unnamed residents."""
from __future__ import annotations

from tests.extract.helpers import candidate_with, extract


def test_a_ministerial_nominee_is_a_person_not_the_ministry():
    c = candidate_with('최영민 통일부 장관 후보자는 25일 "대화 채널을 먼저 되살리겠다"고 말했다.', "대화 채널")
    assert c.attribution == "explicit" and "MOU" not in c.sources
    assert list(c.source_names.values()) == ["최영민"]


def test_a_nominee_named_again_by_surname_is_the_same_person():
    text = ('최영민 통일부 장관 후보자는 25일 "대화 채널을 먼저 되살리겠다"고 말했다.\n\n'
            '최 후보자는 청문회에서 "지원은 조건 없이 하겠다"며 이같이 밝혔다.')
    first, second = extract(text)
    assert second.sources == first.sources and second.sources and second.attribution == "explicit"


def test_what_a_nominee_stressed_next_is_carried_to_him():
    text = ('최영민 통일부 장관 후보자는 25일 "대화 채널을 먼저 되살리겠다"고 말했다.\n\n'
            '최 후보자는 청문회에서 "지원은 조건 없이 하겠다"며 이같이 밝혔다.\n\n'
            '그는 "신뢰가 먼저"라고 강조했다.')
    first, _, third = extract(text)
    assert third.sources == first.sources and third.sources


def test_a_headline_quoting_a_nominee_names_the_nominee():
    c = candidate_with('최영민 통일장관 후보자 "남북 대화 채널부터 복원"', "대화 채널")
    assert list(c.source_names.values()) == ["최영민"] and "MOU" not in c.sources


def test_the_elected_and_the_designated_are_people_too():
    elected = candidate_with('윤하람 서울시장 당선인은 "교통 대책을 서두르겠다"고 말했다.', "교통 대책")
    designated = candidate_with('정소윤 국정원장 내정자는 "정치 개입은 없다"고 밝혔다.', "정치 개입")
    assert list(elected.source_names.values()) == ["윤하람"]
    assert list(designated.source_names.values()) == ["정소윤"] and "NIS" not in designated.sources


def test_a_resident_placed_in_a_named_village_is_a_source_as_written():
    c = candidate_with('강원 고성군 명파리 해안 마을의 한 어민은 기자와 통화에서 "밤새 배를 띄우지 못했다"고 말했다.', "배를 띄우지")
    assert c.attribution == "explicit"
    assert list(c.source_names.values()) == ["강원 고성군 명파리 해안 마을의 한 어민"]

