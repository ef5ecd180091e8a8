"""The source registry: built-in sources, codes, and the user's own additions."""
import pytest

from briefing.domain import BUILTIN_SOURCES, Reliability, Source, SourceKind, SourceRegistry, ValidationError


def test_the_builtin_registry_ships_the_sources_staff_cite(registry):
    assert {"JCS", "NIS", "MND", "MOU", "KCNA", "YONHAP", "DOD", "JMOD", "UNSC", "IAEA", "BOK", "ISW"} <= set(
        registry.codes())


def test_every_builtin_source_has_a_name_a_kind_and_aliases_in_both_languages():
    for source in BUILTIN_SOURCES:
        assert source.name and source.kind in SourceKind
        assert source.aliases, source.code
        assert source.aliases_ko, source.code
        assert source.default_reliability in Reliability


def test_korean_aliases_name_the_right_bodies(registry):
    assert "합참" in registry["JCS"].aliases_ko
    assert "국정원" in registry["NIS"].aliases_ko


def test_a_code_must_look_like_a_code():
    with pytest.raises(ValidationError, match="not valid"):
        Source("jcs lower", "Something")


def test_a_source_needs_a_name():
    with pytest.raises(ValidationError, match="no name"):
        Source("ABC", "  ")


def test_adding_a_taken_code_is_refused(registry):
    with pytest.raises(ValidationError, match="already in the registry"):
        registry.add(Source("JCS", "Another body"))


def test_a_merged_registry_adds_a_briefings_own_sources_without_changing_the_base(registry):
    own = Source("KCS", "Korea Customs Service", kind=SourceKind.OTHER)
    merged = registry.merged([own])
    assert "KCS" in merged and "KCS" not in registry
    assert len(merged) == len(registry) + 1


def test_a_registry_keeps_the_order_sources_were_added_in():
    registry = SourceRegistry.of([Source("B", "Bee"), Source("A", "Ay")])
    assert registry.codes() == ["B", "A"]
