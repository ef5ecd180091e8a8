"""The template file: what is saved loads back equal; every malformed file is explained and changes nothing."""
from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.domain import (
    AttributionStyle, Confidence, Fact, FactBlock, JudgmentBlock, Source, SourceDocument, Span, TextBlock,
)
from briefing.domain.template import MetadataDefaults, Template, TemplateSection
from briefing.storage import WriteError
from briefing.storage.templates import (
    FORMAT_VERSION, SUFFIX, TemplateError, dumps_template, load_template, save_template,
)

FILE = f"sitrep{SUFFIX}"


def _template() -> Template:
    return Template(
        name="sitrep", title="Situation report", description="A numbered update.", version="2.1",
        metadata=MetadataDefaults(title="SITREP {{report_number}}", author="{{organisation}} desk",
                                  classification="SECRET", caveat="REL TO KOR",
                                  attribution_style=AttributionStyle.NOTES, portion_marks=True),
        sections=[
            TemplateSection("Situation", "Two to four sentences.", [TextBlock("As of {{datetime}}.")]),
            TemplateSection("Assessment", "Judgments only.", [JudgmentBlock("Likely calm.", Confidence.LOW)],
                            [TemplateSection("Indicators", "", [])]),
        ])


def _with_facts() -> Template:
    template = _template()
    template.sources = [Source("KCS", "Korea Customs Service", "customs")]
    template.documents = {"d-1": SourceDocument("d-1", "Customs data", "Exports fell by half.", "KCS")}
    template.facts = {"f-1": Fact("f-1", "Exports fell by half.", ("KCS",), "d-1", Span(0, 21))}
    template.sections[0].boilerplate.append(FactBlock("f-1"))
    return template


@pytest.mark.parametrize("make", [_template, _with_facts])
def test_a_saved_template_loads_back_equal(tmp_path, make):
    template = make()
    path = save_template(template, tmp_path)
    assert path == tmp_path / FILE
    loaded = load_template(path)
    # block ids are not part of a template (a new briefing gets fresh ones): compare all but those
    assert _without_block_ids(loaded) == _without_block_ids(template)


def _without_block_ids(template: Template) -> Template:
    def strip(section: TemplateSection) -> TemplateSection:
        blocks = [dataclasses.replace(b, id="") for b in section.boilerplate]
        return dataclasses.replace(section, boilerplate=blocks, subsections=[strip(s) for s in section.subsections])

    return dataclasses.replace(template, sections=[strip(s) for s in template.sections])


def test_the_file_reads_as_plain_json_with_the_name_taken_from_the_file_name(tmp_path):
    data = json.loads(dumps_template(_template()))
    assert data["format"] == "briefing-template" and data["format_version"] == FORMAT_VERSION
    assert "name" not in data and "facts" not in data and "reference_doc" not in data
    assert data["sections"][0] == {"heading": "Situation", "guidance": "Two to four sentences.",
                                   "boilerplate": [{"type": "text", "text": "As of {{datetime}}."}]}
    copy = tmp_path / f"sitrep-navy{SUFFIX}"
    copy.write_text(dumps_template(_template()), encoding="utf-8")
    assert load_template(copy).name == "sitrep-navy"


def test_the_reference_docx_is_named_relative_to_the_template_and_read_back_absolute(tmp_path):
    (tmp_path / "house.docx").write_bytes(b"PK")
    template = _template()
    template.reference_doc = str(tmp_path / "house.docx")
    path = save_template(template, tmp_path)
    assert json.loads(path.read_text(encoding="utf-8"))["reference_doc"] == "house.docx"
    assert load_template(path).reference_doc == str((tmp_path / "house.docx").resolve())


def test_a_reference_docx_outside_the_folder_is_not_saved(tmp_path):
    template = _template()
    template.reference_doc = str(tmp_path / "elsewhere" / "house.docx")
    with pytest.raises(TemplateError, match="is not in the template's folder"):
        save_template(template, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_save_leaves_the_old_template_untouched(tmp_path, monkeypatch):
    path = save_template(_template(), tmp_path)
    before = path.read_bytes()
    changed = _template()
    changed.title = "Changed"

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError):
        save_template(changed, tmp_path)
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == [FILE]


def test_saving_into_a_missing_folder_is_explained(tmp_path):
    with pytest.raises(WriteError, match="does not exist"):
        save_template(_template(), tmp_path / "nowhere")


# -- malformed files ---------------------------------------------------------------------------

def _good() -> dict:
    return json.loads(dumps_template(_with_facts()))


def _set(path: list, value):
    def change(d):
        for key in path[:-1]:
            d = d[key]
        d[path[-1]] = value
    return change


def _drop(*path):
    def change(d):
        for key in path[:-1]:
            d = d[key]
        del d[path[-1]]
    return change


BAD_FILES = {
    "not json": ("a template, honest", "line 1, column 1: this is not valid JSON"),
    "empty": ("  \n", "the file is empty"),
    "truncated": (lambda: dumps_template(_with_facts())[:300], "ends too early; it may have been truncated"),
    "a briefing, not a template": (_set(["format"], "briefing"), "at format: this is a 'briefing' file, not a "
                                                                 "briefing template"),
    "newer version": (_set(["format_version"], FORMAT_VERSION + 1), "written by a newer Briefing"),
    "no version": (_drop("format_version"), "the field 'format_version' is missing"),
    "bad version": (_set(["format_version"], "1"), "at format_version: '1' is not a format version"),
    "no title": (_drop("title"), "the field 'title' is missing"),
    "blank title": (_set(["title"], " "), "at title: the template has no title"),
    "no sections": (_drop("sections"), "the field 'sections' is missing"),
    "zero sections": (_set(["sections"], []), "at sections: the template has no sections"),
    "unknown top field": (_set(["name"], "x"), "unknown field 'name'"),
    "unknown metadata field": (_set(["metadata", "titel"], "x"), "at metadata: unknown field 'titel'"),
    "unknown section field": (_set(["sections", 0, "id"], "s-1"), "at sections[0]: unknown field 'id'"),
    "missing heading": (_drop("sections", 1, "heading"), "at sections[1]: the field 'heading' is missing"),
    "wrong type": (_set(["sections", 0, "guidance"], 3), "at sections[0].guidance: expected text, found a number"),
    "description not text": (_set(["description"], None), "at description: expected text, found null"),
    "unknown placeholder in metadata": (_set(["metadata", "subtitle"], "For {{principal}}"),
                                        "at metadata.subtitle: unknown placeholder {{principal}}"),
    "unknown placeholder in boilerplate": (_set(["sections", 1, "boilerplate", 0, "text"], "{{ Date }}"),
                                           "at sections[1].boilerplate[0].text: unknown placeholder {{Date}}"),
    "unknown placeholder in a heading": (_set(["sections", 1, "subsections", 0, "heading"], "{{area}}"),
                                         "at sections[1].subsections[0].heading: unknown placeholder {{area}}"),
    "bad attribution style": (_set(["metadata", "attribution_style"], "footnotes"),
                              "at metadata.attribution_style: 'footnotes' is not one of: inline, lead-in, notes"),
    "bad portion marks": (_set(["metadata", "portion_marks"], "yes"), "at metadata.portion_marks: expected true"),
    "bad confidence": (_set(["sections", 1, "boilerplate", 0, "confidence"], "certain"),
                       "'certain' is not one of: high, moderate, low"),
    "bad boilerplate type": (_set(["sections", 0, "boilerplate", 0, "type"], "image"),
                             "at sections[0].boilerplate[0].type: 'image' is not a boilerplate type"),
    "boilerplate fact not carried": (_set(["sections", 0, "boilerplate", 1, "fact_id"], "f-gone"),
                                     "refers to fact 'f-gone', which is not in the template's facts"),
    "fact with unknown source": (_set(["facts", 0, "sources"], ["XYZ"]), "at facts[0].sources[0]: unknown source"),
    "fact with no visible text": (_set(["facts", 0, "statement"], "\u200b"),
                                  "at facts[0].statement: fact f-1 has no statement (nothing but spaces, control or "
                                  "zero-width characters); write its wording in the template"),
    "excerpt past the end": (_set(["facts", 0, "excerpt"], [0, 999]), "at facts[0]: fact f-1's excerpt 0-999 runs"),
    "reference docx missing": (_set(["reference_doc"], "house.docx"),
                               "at reference_doc: the reference document house.docx is missing"),
    "reference docx elsewhere": (_set(["reference_doc"], "../styles/house.docx"), "is not a plain file name"),
    "reference not a docx": (_set(["reference_doc"], "house.dotx"), "is not a Word document"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_malformed_template_names_the_file_the_place_and_the_problem(tmp_path, case):
    content, message = BAD_FILES[case]
    if callable(content):
        content = content() if content.__code__.co_argcount == 0 else _changed(content)
    path = tmp_path / FILE
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert str(caught.value).startswith(str(path))
    assert message in str(caught.value)
    assert path.read_bytes() == before


def _changed(change) -> dict:
    data = _good()
    change(data)
    return data


def test_a_file_not_named_like_a_template_is_refused(tmp_path):
    for name, message in ((f"Sitrep Navy{SUFFIX}", "is not a template name; rename the file"),
                          ("sitrep.json", f"ends in {SUFFIX}")):
        path = tmp_path / name
        path.write_text(dumps_template(_template()), encoding="utf-8")
        with pytest.raises(TemplateError, match=message):
            load_template(path)


def test_a_binary_file_is_not_mistaken_for_a_template(tmp_path):
    path = tmp_path / FILE
    path.write_bytes(b"PK\x03\x04\xff\xfe\x00")
    with pytest.raises(TemplateError, match="not UTF-8 text"):
        load_template(path)


def test_a_missing_file_is_explained(tmp_path):
    with pytest.raises(TemplateError, match="no such file"):
        load_template(Path(tmp_path / FILE))


# -- any template round-trips ------------------------------------------------------------------

_plain = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="{}"), max_size=30)
_with_placeholders = st.lists(_plain | st.sampled_from(["{{date}}", "{{ title }}", "{{report_number}}"]),
                              max_size=3).map("".join)


@st.composite
def _templates(draw) -> Template:
    block = st.one_of(st.builds(TextBlock, _with_placeholders),
                      st.builds(JudgmentBlock, _with_placeholders, st.sampled_from(Confidence)))
    heading = _with_placeholders.filter(str.strip)
    section = st.builds(TemplateSection, heading, _plain, st.lists(block, max_size=3),
                        st.lists(st.builds(TemplateSection, heading, _plain, st.lists(block, max_size=2)),
                                 max_size=2))
    return Template(
        name=draw(st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)),
        title=draw(_plain.filter(str.strip)), description=draw(_plain), version=draw(_plain),
        metadata=MetadataDefaults(subtitle=draw(_with_placeholders), author=draw(_plain),
                                  classification=draw(_with_placeholders), caveat=draw(_plain),
                                  attribution_style=draw(st.sampled_from(AttributionStyle)),
                                  portion_marks=draw(st.booleans()), report_number=draw(_plain)),
        sections=draw(st.lists(section, min_size=1, max_size=3)))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(_templates())
def test_any_template_saved_loads_back_equal(tmp_path, template):
    path = save_template(template, tmp_path)
    assert _without_block_ids(load_template(path)) == _without_block_ids(template)
