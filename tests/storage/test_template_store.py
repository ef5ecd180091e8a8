"""The template store: three folders listed together, user over team over built-in, only the user's changed."""
from __future__ import annotations

import json

import pytest

from briefing.domain.template import Template, TemplateSection
from briefing.resources import BUILTIN_TEMPLATES
from briefing.storage.template_store import (
    TEAM_FOLDER_VARIABLE, Origin, TemplateStore, TemplateStoreError, UnknownTemplateError, default_user_dir,
    team_dir_from,
)
from briefing.storage.templates import SUFFIX, save_template


def _template(name: str, title: str = "") -> Template:
    return Template(name=name, title=title or name.title(), description=f"about {name}",
                    sections=[TemplateSection("Main", "Write it.")])


@pytest.fixture
def folders(tmp_path):
    dirs = {origin: tmp_path / origin.value for origin in Origin}
    for folder in dirs.values():
        folder.mkdir()
    save_template(_template("sitrep", "Built-in SITREP"), dirs[Origin.BUILTIN])
    save_template(_template("memo", "Built-in memo"), dirs[Origin.BUILTIN])
    save_template(_template("sitrep", "Team SITREP"), dirs[Origin.TEAM])
    save_template(_template("weekly", "Team weekly"), dirs[Origin.TEAM])
    return dirs


@pytest.fixture
def store(folders):
    return TemplateStore(folders[Origin.BUILTIN], folders[Origin.USER], folders[Origin.TEAM])


def _rows(store):
    return [(e.name, e.origin.value, e.title, e.shadowed_by.value if e.shadowed_by else None)
            for e in store.listing().entries]


def test_the_listing_shows_every_template_with_its_origin_and_the_hidden_ones_flagged(store):
    assert _rows(store) == [
        ("memo", "built-in", "Built-in memo", None),
        ("sitrep", "team", "Team SITREP", None),
        ("sitrep", "built-in", "Built-in SITREP", "team"),
        ("weekly", "team", "Team weekly", None),
    ]


def test_a_user_template_takes_the_name_from_team_and_built_in(store):
    store.save(_template("sitrep", "My SITREP"))
    assert _rows(store)[1:4] == [("sitrep", "user", "My SITREP", None), ("sitrep", "team", "Team SITREP", "user"),
                                 ("sitrep", "built-in", "Built-in SITREP", "user")]
    assert store.load("sitrep").title == "My SITREP"


def test_a_hidden_template_is_still_reachable_by_its_qualified_name(store):
    assert store.load("built-in:sitrep").title == "Built-in SITREP"
    assert store.load("team:sitrep").title == "Team SITREP"
    with pytest.raises(UnknownTemplateError):
        store.load("user:sitrep")
    with pytest.raises(TemplateStoreError, match="'shared' in 'shared:sitrep' is not a template folder"):
        store.load("shared:sitrep")


def test_an_unknown_name_lists_the_names_there_are(store):
    with pytest.raises(UnknownTemplateError) as caught:
        store.load("sitrpe")
    assert caught.value.names == ["memo", "sitrep", "built-in:sitrep", "weekly"]
    assert "there is no template named 'sitrpe'; the templates are: memo, sitrep" in str(caught.value)


def test_a_malformed_file_is_listed_with_its_error_and_never_stops_the_listing(store, folders):
    (folders[Origin.TEAM] / f"broken{SUFFIX}").write_text("{", encoding="utf-8")
    (folders[Origin.TEAM] / f"Bad Name{SUFFIX}").write_text("{}", encoding="utf-8")
    entries = {e.name: e for e in store.listing().entries}
    assert not entries["broken"].ok and "ends too early" in entries["broken"].error
    assert "is not a template name" in entries["Bad Name"].error
    assert entries["memo"].ok
    assert [e.name for e in store.listing().available] == ["memo", "sitrep", "weekly"]


def test_a_broken_user_template_is_reported_rather_than_silently_replaced(store, folders):
    (folders[Origin.USER] / f"sitrep{SUFFIX}").write_text('{"format_version": 99}', encoding="utf-8")
    with pytest.raises(TemplateStoreError, match="the user template 'sitrep' cannot be used: .*newer Briefing"):
        store.load("sitrep")
    assert store.load("team:sitrep").title == "Team SITREP"


def test_an_unreachable_team_folder_is_reported_not_raised(folders, tmp_path):
    store = TemplateStore(folders[Origin.BUILTIN], tmp_path / "not-yet", tmp_path / "offline-share")
    listing = store.listing()
    assert [e.name for e in listing.entries] == ["memo", "sitrep"]
    assert listing.folder_problems == [f"the team template folder {tmp_path / 'offline-share'} does not exist "
                                       "or is not reachable"]


def test_other_files_in_a_folder_are_ignored(store, folders):
    (folders[Origin.USER] / "notes.txt").write_text("hello", encoding="utf-8")
    (folders[Origin.USER] / f".sitrep{SUFFIX}.tmp").write_text("{", encoding="utf-8")
    assert [e.name for e in store.listing().entries if e.origin is Origin.USER] == []


# -- the team folder ---------------------------------------------------------------------------

def test_the_team_folder_comes_from_the_setting_or_else_the_environment(tmp_path):
    assert team_dir_from({TEAM_FOLDER_VARIABLE: str(tmp_path)}) == tmp_path
    assert team_dir_from({TEAM_FOLDER_VARIABLE: str(tmp_path)}, tmp_path / "mine") == tmp_path / "mine"
    assert team_dir_from({TEAM_FOLDER_VARIABLE: "  "}) is None and team_dir_from({}) is None


def test_the_user_folder_is_in_the_users_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_user_dir().parent.name == "Briefing" and default_user_dir().name == "templates"


# -- changing templates ------------------------------------------------------------------------

def test_saving_writes_into_the_user_folder_making_it_when_needed(folders, tmp_path):
    store = TemplateStore(folders[Origin.BUILTIN], tmp_path / "fresh" / "templates")
    path = store.save(_template("weekly"))
    assert path == tmp_path / "fresh" / "templates" / f"weekly{SUFFIX}"
    assert store.entry("weekly").origin is Origin.USER


def test_saving_over_an_own_template_needs_replace(store):
    store.save(_template("weekly", "First"))
    with pytest.raises(TemplateStoreError, match="you already have a template named 'weekly'"):
        store.save(_template("weekly", "Second"))
    store.save(_template("weekly", "Second"), replace=True)
    assert store.load("weekly").title == "Second"


def test_saving_copies_the_reference_docx_next_to_the_template(store, folders, tmp_path):
    house = tmp_path / "house.docx"
    house.write_bytes(b"PK house")
    template = _template("memo-house")
    template.reference_doc = str(house)
    path = store.save(template)
    copied = folders[Origin.USER] / "memo-house.reference.docx"
    assert copied.read_bytes() == b"PK house"
    assert json.loads(path.read_text(encoding="utf-8"))["reference_doc"] == copied.name
    assert store.load("memo-house").reference_doc == str(copied.resolve())


def test_a_missing_reference_docx_is_explained_and_nothing_is_saved(store, folders, tmp_path):
    template = _template("memo-house")
    template.reference_doc = str(tmp_path / "gone.docx")
    with pytest.raises(TemplateStoreError, match="gone.docx does not exist"):
        store.save(template)
    assert list(folders[Origin.USER].iterdir()) == []


def test_renaming_moves_the_template_and_its_own_reference_docx(store, folders, tmp_path):
    house = tmp_path / "house.docx"
    house.write_bytes(b"PK house")
    template = _template("memo-house")
    template.reference_doc = str(house)
    store.save(template)
    store.rename("memo-house", "memo-navy")
    assert sorted(p.name for p in folders[Origin.USER].iterdir()) == ["memo-navy.briefing-template.json",
                                                                      "memo-navy.reference.docx"]
    assert store.load("memo-navy").reference_doc.endswith("memo-navy.reference.docx")


def test_renaming_refuses_a_taken_name_and_a_bad_one(store):
    store.save(_template("one"))
    store.save(_template("two"))
    with pytest.raises(TemplateStoreError, match="you already have a template named 'two'"):
        store.rename("one", "two")
    with pytest.raises(TemplateStoreError, match="'Two Three' is not a template name"):
        store.rename("one", "Two Three")
    assert store.load("one").title == "One"


def test_deleting_removes_the_template_and_uncovers_the_one_it_hid(store, folders):
    store.save(_template("sitrep", "Mine"))
    store.delete("sitrep")
    assert store.load("sitrep").title == "Team SITREP"
    assert list(folders[Origin.USER].iterdir()) == []


def test_a_broken_user_template_can_still_be_deleted(store, folders):
    (folders[Origin.USER] / f"junk{SUFFIX}").write_text("{", encoding="utf-8")
    store.delete("junk")
    assert list(folders[Origin.USER].iterdir()) == []


@pytest.mark.parametrize("change", [lambda s: s.delete("memo"), lambda s: s.rename("memo", "memo-2"),
                                    lambda s: s.delete("weekly")])
def test_built_in_and_team_templates_cannot_be_changed(store, folders, change):
    before = {p: p.read_bytes() for folder in folders.values() for p in folder.iterdir()}
    with pytest.raises(TemplateStoreError, match=r"is a (built-in|team) template and cannot be (deleted|renamed); "
                                                 "save a copy under another name"):
        change(store)
    assert {p: p.read_bytes() for folder in folders.values() for p in folder.iterdir()} == before


def test_the_shipped_folder_lists_the_built_ins(tmp_path):
    listing = TemplateStore(BUILTIN_TEMPLATES, tmp_path).listing()
    assert listing.folder_problems == [] and all(e.ok for e in listing.entries)
    assert len(listing.entries) >= 5
