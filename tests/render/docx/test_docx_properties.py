"""Document properties describe the briefing, and nothing is left over from a template."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.helpers.docx_reading import NS


def _core(package):
    root = package.xml("docProps/core.xml")
    return {child.tag.split("}")[1]: (child.text or "") for child in root}


def test_title_author_subject_and_keywords_come_from_the_briefing(example, export):
    core = _core(export(example))
    assert core["title"] == "North Korean troops in Russia's war"
    assert core["subject"] == "Casualties, arms transfers and border fortification"
    assert core["creator"] == core["lastModifiedBy"] == "Duty analyst"
    assert core["keywords"].split("; ")[:3] == ["casualties", "Russia", "deployment"]
    assert core["revision"] == "1"


def test_created_and_modified_are_the_time_of_export(example, export):
    before = datetime.now(timezone.utc).replace(microsecond=0)
    core = _core(export(example))
    for key in ("created", "modified"):
        stamp = datetime.strptime(core[key], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        assert before - timedelta(seconds=1) <= stamp <= datetime.now(timezone.utc)


def test_nothing_is_left_from_python_docx_s_template(example, export):
    package = export(example)
    core = package.parts["docProps/core.xml"].decode()
    app = package.parts["docProps/app.xml"].decode()
    assert "python-docx" not in core and "python-docx" not in app
    assert "description" not in _core(package)
    assert package.xpath("docProps/app.xml", "//ep:Application/text()") == ["Briefing"]
    assert "Macintosh" not in app and "Normal.dotm" not in app
    assert not any(name.startswith("docProps/thumbnail") for name in package.parts)


def test_properties_longer_than_word_allows_are_shortened(example, export):
    example.metadata.title = "Very long title " * 40
    example.metadata.author = "x" * 600
    core = _core(export(example))
    assert len(core["title"]) <= 255 and core["title"].endswith("…")
    assert len(core["creator"]) <= 255


def test_keywords_are_whole_tags_within_the_limit(example, export):
    for i, fact in enumerate(example.facts.values()):
        fact.tags = tuple(f"tag-{i}-{j}-" + "k" * 20 for j in range(5))
    keywords = _core(export(example))["keywords"]
    assert len(keywords) <= 255
    assert all(tag.endswith("k" * 20) for tag in keywords.split("; "))


def test_the_core_properties_are_reachable_from_the_package(example, export):
    package = export(example)
    assert package.xpath("_rels/.rels", "//rel:Relationship[contains(@Type, 'core-properties')]/@Target") \
        == ["docProps/core.xml"]
    assert package.xpath("docProps/core.xml", "//dc:title/text()") == ["North Korean troops in Russia's war"]
    assert NS["cp"] in package.parts["docProps/core.xml"].decode()
