"""The .brief file: what is saved loads back equal; a bad file is explained and changes nothing."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from briefing.storage import FORMAT_VERSION, BriefFileError, WriteError, dumps, load_briefing, loads, save_briefing
from tests.helpers.builders import INVISIBLE_STATEMENTS
from tests.helpers.strategies import briefings

# -- round trip ----------------------------------------------------------------------------------


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(briefings())
def test_saving_then_loading_gives_an_equal_briefing(tmp_path_factory, briefing):
    path = tmp_path_factory.mktemp("rt") / "x.brief"
    save_briefing(briefing, path)
    assert load_briefing(path) == briefing


def test_the_example_loads_and_saves_back_byte_for_byte(example, example_path):
    assert dumps(example) == example_path.read_text(encoding="utf-8")


# -- atomic saving -------------------------------------------------------------------------------

def test_the_optional_fields_are_written_only_when_set(example):
    data = json.loads(dumps(example))
    assert "reference_doc" not in data["metadata"] and "template_text" not in data["sections"][0]
    example.metadata.reference_doc = "styles/house.docx"
    example.sections[0].template_text = ("Standing text.",)
    data = json.loads(dumps(example))
    assert data["metadata"]["reference_doc"] == "styles/house.docx"
    assert data["sections"][0]["template_text"] == ["Standing text."]


def test_saving_replaces_the_file_and_leaves_no_temporary_files(tmp_path, example):
    path = tmp_path / "b.brief"
    path.write_text("old")
    save_briefing(example, path)
    assert loads(path.read_text(encoding="utf-8")) == example
    assert [p.name for p in tmp_path.iterdir()] == ["b.brief"]


def test_a_failure_while_saving_leaves_the_old_file_untouched(tmp_path, example, monkeypatch):
    path = tmp_path / "b.brief"
    save_briefing(example, path)
    before = path.read_bytes()

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        save_briefing(example, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["b.brief"]


def test_saving_into_a_missing_folder_is_explained(tmp_path, example):
    with pytest.raises(WriteError, match="does not exist; choose an existing folder"):
        save_briefing(example, tmp_path / "nowhere" / "b.brief")


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root may write anywhere")
def test_saving_into_a_read_only_folder_is_explained(tmp_path, example):
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(WriteError, match="not writable"):
            save_briefing(example, tmp_path / "b.brief")
    finally:
        tmp_path.chmod(0o700)


# -- bad files ----------------------------------------------------------------------------------

def _example_dict(example_path: Path) -> dict:
    return json.loads(example_path.read_text(encoding="utf-8"))


def _write(tmp_path: Path, data) -> Path:
    path = tmp_path / "bad.brief"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _damage(example_path, change):
    data = _example_dict(example_path)
    change(data)
    return data


BAD_FILES = {
    "not json": ("this is a letter, not a briefing", "line 1, column 1: this is not valid JSON"),
    "empty": ("", "the file is empty"),
    "newer": (lambda d: d.update(format_version=FORMAT_VERSION + 1), "written by a newer Briefing"),
    "no version": (lambda d: d.pop("format_version"), "'format_version' is missing"),
    "missing facts": (lambda d: d.pop("facts"), "'facts' is missing"),
    "missing statement": (lambda d: d["facts"][2].pop("statement"), "facts[2]: the field 'statement' is missing"),
    "invisible statement": (lambda d: d["facts"][2].update(statement="\u200b\x02 \ufeff"),
                            "facts[2].statement: fact f-"),
    "unknown source": (lambda d: d["facts"][1]["sources"].append("XYZ"), "facts[1].sources[1]: unknown source 'XYZ'"),
    "missing fact": (lambda d: d["sections"][1]["blocks"][0].update(fact_id="f-nowhere"),
                     "sections[1].blocks[0].fact_id: refers to fact 'f-nowhere'"),
    "bad date": (lambda d: d["facts"][0].update(reported_on="23/12/2024"), "facts[0].reported_on: '23/12/2024' is not a date"),
    "bad style": (lambda d: d["metadata"].update(attribution_style="footnote"),
                  "metadata.attribution_style: 'footnote' is not one of: inline, lead-in, notes"),
    "typo field": (lambda d: d["metadata"].update(titel="x"), "metadata: unknown field 'titel'"),
    "wrong type": (lambda d: d.update(sections={}), "sections: expected a list, found an object"),
    "span past end": (lambda d: d["facts"][0].update(excerpt=[0, 10 ** 6]), "runs past the end of document"),
    "bad block": (lambda d: d["sections"][0]["blocks"][0].update(type="image"), "'image' is not a block type"),
    "duplicate id": (lambda d: d["sections"][1]["blocks"][1].update(id=d["sections"][1]["blocks"][0]["id"]),
                     "is used twice"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_file_names_the_file_the_place_and_the_problem(tmp_path, example_path, case):
    content, message = BAD_FILES[case]
    data = _damage(example_path, content) if callable(content) else content
    path = _write(tmp_path, data)
    before = path.read_bytes()
    with pytest.raises(BriefFileError) as caught:
        load_briefing(path)
    assert str(caught.value).startswith(str(path))
    assert message in str(caught.value)
    assert path.read_bytes() == before


def test_a_truncated_file_is_called_truncated(tmp_path, example_path):
    raw = example_path.read_text(encoding="utf-8")
    path = _write(tmp_path, raw[: len(raw) // 2])
    with pytest.raises(BriefFileError, match="ends too early; it may have been truncated"):
        load_briefing(path)


def test_a_binary_file_is_not_mistaken_for_a_briefing(tmp_path):
    path = tmp_path / "x.brief"
    path.write_bytes(b"PK\x03\x04\xff\xfe\x00")
    with pytest.raises(BriefFileError, match="not UTF-8 text"):
        load_briefing(path)


def test_a_missing_file_is_explained(tmp_path):
    with pytest.raises(BriefFileError, match="no such file"):
        load_briefing(tmp_path / "nope.brief")


def test_a_file_may_define_its_own_sources(tmp_path, example_path):
    data = _example_dict(example_path)
    data["sources"] = [{"code": "KCS", "name": "Korea Customs Service"}]
    data["facts"][0]["sources"] = ["KCS"]
    assert load_briefing(_write(tmp_path, data)).facts["f-casualties"].sources == ("KCS",)


def test_saving_over_a_folder_is_explained_and_leaves_it_alone(tmp_path, example):
    folder = tmp_path / "taken.brief"
    folder.mkdir()
    with pytest.raises(WriteError, match="it is a folder; choose a file name"):
        save_briefing(example, folder)
    assert folder.is_dir() and [p.name for p in tmp_path.iterdir()] == ["taken.brief"]


@pytest.mark.parametrize("statement", list(INVISIBLE_STATEMENTS.values()), ids=list(INVISIBLE_STATEMENTS))
def test_a_fact_with_no_visible_text_keeps_the_file_from_opening_and_says_which_fact(tmp_path, example_path,
                                                                                   statement):
    data = _example_dict(example_path)
    fact_id = data["facts"][3]["id"]
    data["facts"][3]["statement"] = statement
    path = _write(tmp_path, data)
    with pytest.raises(BriefFileError) as caught:
        load_briefing(path)
    assert str(caught.value) == (f"{path} at facts[3].statement: fact {fact_id} has no statement (nothing but "
                                 "spaces, control or zero-width characters); write its wording in the file, or "
                                 "open a backup copy")
