"""Korean speech relayed by someone else: a lawmaker quoting what a body told the committee, two
lawmakers passing on a body's briefing, a statement issued in a person's name."""
from __future__ import annotations

from tests.extract.helpers import candidate_with


def _names(text: str, phrase: str) -> set[str]:
    return set(candidate_with(text, phrase).source_names.values())


def test_a_body_quoted_inside_a_lawmaker_s_quote_is_a_source_beside_the_lawmaker():
    text = "윤가람 의원은 “합참은 적 잠수함의 기동을 실시간으로 추적하고 있다고 설명했다”고 전했다."
    c = candidate_with(text, "잠수함의")
    assert "JCS" in c.sources and "윤가람" in c.source_names.values()


def test_a_body_quoted_inside_the_quote_of_a_lawmaker_named_before_by_surname():
    text = ("통일부는 이날 국회 외교통일위원회에 이같이 보고했다고 여야 간사인 한도윤·오세린 의원이 밝혔다.\n\n"
            "한 의원은 “통일부는 북측이 연락 채널 복원에 응하지 않고 있다고 했다”고 말했다.")
    c = candidate_with(text, "연락 채널")
    assert "MOU" in c.sources and "한도윤" in c.source_names.values()


def test_a_body_named_inside_a_quote_that_does_not_relay_its_words_is_not_a_source():
    text = "윤가람 의원은 “국정원의 예산이 과도하게 늘었다”고 비판했다."
    c = candidate_with(text, "예산이")
    assert "NIS" not in c.sources and "윤가람" in c.source_names.values()


def test_two_lawmakers_passing_on_a_body_s_briefing_are_sources_with_the_body():
    text = ("국회 국방위원회 여당 간사인 서지훈 의원과 야당 간사인 문채원 의원은 "
            "회의 직후 기자들에게 합참 보고 내용을 이같이 전했다.")
    c = candidate_with(text, "보고 내용을")
    assert "JCS" in c.sources and {"서지훈", "문채원"} <= set(c.source_names.values())


def test_a_statement_issued_in_a_person_s_name_is_that_person_s():
    text = "북한은 지난해 박정천 군정지도부장 명의의 담화를 통해 연합훈련이 도발이라고 비난한 바 있다."
    assert _names(text, "연합훈련이") == {"박정천"}


def test_the_author_named_by_surname_in_the_statement_an_outlet_carried_speaks_beside_the_outlet():
    text = ("한성철 북한 노동당 중앙위원회 부장이 29일 담화를 냈다.\n\n"
            "조선중앙통신이 30일 오전 보도한 담화에서 한 부장은 “대화는 없다”고 주장했다.")
    c = candidate_with(text, "대화는")
    assert "KCNA" in c.sources and "한성철" in c.source_names.values()
