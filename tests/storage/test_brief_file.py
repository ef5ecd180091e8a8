"""The .brief file: what is saved loads back equal; a bad file is explained and changes nothing."""
from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.domain import (
    AttributionStyle, Briefing, Confidence, Credibility, Fact, FactBlock, JudgmentBlock, Metadata, Reliability,
    Section, Source, SourceDocument, SourceKind, Span, TextBlock,
)
from briefing.storage import FORMAT_VERSION, BriefFileError, WriteError, dumps, load_briefing, loads, save_briefing

# -- round trip ----------------------------------------------------------------------------------

text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
ident = st.text("abcdef0123456789", min_size=4, max_size=8)
opt_date = st.none() | st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 1, 1))


@st.composite
def briefings(draw) -> Briefing:
    b = Briefing(metadata=Metadata(
        title=draw(text), subtitle=draw(text), author=draw(text), organisation=draw(text),
        date_time=draw(st.none() | st.datetimes(min_value=datetime(1950, 1, 1))),
        classification=draw(text), caveat=draw(text), attribution_style=draw(st.sampled_from(AttributionStyle)),
        portion_marks=draw(st.booleans()), report_number=draw(text), reference_doc=draw(text)))
    own = draw(st.lists(st.sampled_from(["KCS", "USFK", "REP_SEO"]), unique=True, max_size=3))
    b.sources = [Source(code, f"Name of {code}", draw(text), tuple(draw(st.lists(text, max_size=2))),
                        ("한국어",), draw(st.sampled_from(SourceKind)),
                        draw(st.none() | st.sampled_from(Reliability))) for code in own]
    doc_text = draw(text)
    b.add_document(SourceDocument("d-" + draw(ident), draw(text), doc_text, draw(text), draw(opt_date), draw(text)))
    doc_id = next(iter(b.documents))
    codes = ["JCS", "NIS", *own]
    for i in range(draw(st.integers(0, 5))):
        start = draw(st.integers(0, len(doc_text)))
        end = draw(st.integers(start, len(doc_text)))
        b.add_fact(Fact(f"f-{i}", draw(text.filter(str.strip)),
                        tuple(draw(st.lists(st.sampled_from(codes), unique=True, max_size=3))),
                        draw(st.sampled_from([None, doc_id])), None, draw(opt_date), draw(opt_date),
                        draw(st.none() | st.sampled_from(Reliability)), draw(st.none() | st.sampled_from(Credibility)),
                        tuple(draw(st.lists(text, max_size=3))), draw(text)))
        if b.facts[f"f-{i}"].document_id:
            b.facts[f"f-{i}"].excerpt = Span(start, end)
    fact_ids = list(b.facts)
    block = st.one_of(
        st.builds(TextBlock, text), st.builds(JudgmentBlock, text, st.sampled_from(Confidence)),
        *([st.builds(FactBlock, st.sampled_from(fact_ids))] if fact_ids else []))
    for s in range(draw(st.integers(0, 3))):
        sub = [Section(draw(text), draw(st.lists(block, max_size=3)), guidance=draw(text),
                       template_text=tuple(draw(st.lists(text, max_size=2))))
               for _ in range(draw(st.integers(0, 2)))]
        b.sections.append(Section(draw(text), draw(st.lists(block, max_size=4)), sub, draw(text)))
    return b


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
