"""Korean speakers introduced by apposition or rank, bodies that speak together, and broadcast sign-offs."""
from __future__ import annotations

from tests.extract.helpers import candidate_with, extract, sources_of


def test_a_broadcast_reporters_sign_off_is_junk():
    text = ("통일부는 오늘 이산가족 상봉을 다시 제안했다고 밝혔습니다.\n\n"
            "통일부는 북측의 답을 기다리고 있습니다.\n\n"
            "워싱턴에서 MBC 뉴스 박소연입니다.")
    assert [c.boilerplate for c in extract(text)] == [False, False, True]
