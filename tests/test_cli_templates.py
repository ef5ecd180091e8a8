"""briefing templates and briefing new: list what there is, start a briefing, keep the exit-status contract."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.domain.template import Template, TemplateSection
from briefing.resources import BUILTIN_TEMPLATES
from briefing.storage import load_briefing
from briefing.storage.templates import SUFFIX, save_template

ROOT = Path(__file__).resolve().parents[1]
BUILTINS = sorted(p.name[: -len(SUFFIX)] for p in BUILTIN_TEMPLATES.glob(f"*{SUFFIX}"))


@pytest.fixture
def home(tmp_path):
    """A user with an empty data folder and no team folder, so the real ones are never touched."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def run(home, *args, team=None):
    env = {k: v for k, v in os.environ.items() if k != "BRIEFING_TEAM_TEMPLATES"}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"))
    if team is not None:
        env["BRIEFING_TEAM_TEMPLATES"] = str(team)
    return subprocess.run([sys.executable, "-m", "briefing", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env, encoding="utf-8")


def _user_dir(home) -> Path:
    return home / "data" / "Briefing" / "templates"


def _one_error_line(proc, *fragments):
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: error: ") and "Traceback" not in proc.stderr
    for fragment in fragments:
        assert fragment in lines[0]


# -- briefing templates ------------------------------------------------------------------------

def test_templates_lists_the_built_ins_with_title_origin_and_description(home):
    proc = run(home, "templates")
    assert proc.returncode == 0 and proc.stderr == ""
    rows = [line.split(None, 2) for line in proc.stdout.splitlines() if not line.startswith(" ")]
    assert [r[0] for r in rows] == BUILTINS and {r[1] for r in rows} == {"built-in"}
    assert "situation-report          built-in  Situation report (SITREP)" in proc.stdout
    assert "    A numbered update on a developing situation" in proc.stdout


def test_templates_json_shows_team_and_user_templates_the_hidden_ones_and_the_broken(home, tmp_path):
    team = tmp_path / "share"
    team.mkdir()
    save_template(Template("decision-memo", "Team decision memo", "Ours.", sections=[TemplateSection("A", "B")]),
                  team)
    (team / f"half{SUFFIX}").write_text('{"format_version": 1, "title": "x"', encoding="utf-8")
    _user_dir(home).mkdir(parents=True)
    save_template(Template("weekly", "My weekly", sections=[TemplateSection("A", "B")]), _user_dir(home))
    proc = run(home, "templates", "--json", team=team)
    assert proc.returncode == 0, proc.stderr
    rows = {t["qualified_name"]: t for t in json.loads(proc.stdout)["templates"]}
    assert rows["team:decision-memo"]["title"] == "Team decision memo" and rows["team:decision-memo"]["shadowed_by"] is None
    assert rows["built-in:decision-memo"]["shadowed_by"] == "team"
    assert rows["user:weekly"]["origin"] == "user"
    assert "truncated" in rows["team:half"]["error"] and rows["team:half"]["title"] == ""


def test_templates_warns_about_an_unreachable_team_folder_and_still_lists(home, tmp_path):
    proc = run(home, "templates", "--team-dir", tmp_path / "offline")
    assert proc.returncode == 0
    assert proc.stderr.strip() == f"briefing: warning: the team template folder {tmp_path / 'offline'} does not " \
                                  "exist or is not reachable"
    assert "situation-report" in proc.stdout


# -- briefing new ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", BUILTINS)
def test_new_then_export_works_for_every_built_in(home, tmp_path, name):
    brief = tmp_path / "x.brief"
    proc = run(home, "new", "--template", name, "-o", brief, "--author", "Kim Min-ji", "--report-number", "7")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"{brief}: new briefing from the built-in template {name!r}\n"
    assert load_briefing(brief).metadata.author == "Kim Min-ji"
    for suffix, start in ((".md", "**UNCLASSIFIED//FOR OFFICIAL USE ONLY**"), (".html", "<!DOCTYPE html>")):
        out = tmp_path / f"x{suffix}"
        proc = run(home, "export", brief, "-o", out)
        assert proc.returncode == 0, proc.stderr
        assert out.read_text(encoding="utf-8").startswith(start)
    assert run(home, "check", brief).returncode == 0  # warnings only: sections still to write


def test_new_takes_the_title_and_other_values_given(home, tmp_path):
    brief = tmp_path / "x.brief"
    assert run(home, "new", "--template", "situation-report", "-o", brief, "--title", "Kursk SITREP",
               "--organisation", "J2", "--classification", "SECRET").returncode == 0
    m = load_briefing(brief).metadata
    assert (m.title, m.organisation, m.classification) == ("Kursk SITREP", "J2", "SECRET")


def test_new_from_an_unknown_template_lists_the_names(home, tmp_path):
    out = tmp_path / "x.brief"
    _one_error_line(run(home, "new", "--template", "sitrep", "-o", out), "there is no template named 'sitrep'",
                    ", ".join(BUILTINS))
    assert not out.exists()


def test_new_refuses_to_overwrite_unless_forced(home, tmp_path):
    out = tmp_path / "x.brief"
    out.write_text("my work", encoding="utf-8")
    _one_error_line(run(home, "new", "--template", "decision-memo", "-o", out), "already exists", "--force")
    assert out.read_text(encoding="utf-8") == "my work"
    assert run(home, "new", "--template", "decision-memo", "-o", out, "--force").returncode == 0
    assert load_briefing(out).metadata.title == "Decision memo: [subject]"


def test_new_writes_only_brief_files(home, tmp_path):
    _one_error_line(run(home, "new", "--template", "decision-memo", "-o", tmp_path / "x.docx"), "ends in .brief")


def test_new_needs_a_template(home, tmp_path):
    _one_error_line(run(home, "new", "-o", tmp_path / "x.brief"), "--template", "required")


def test_new_from_a_broken_template_says_which_and_why(home, tmp_path):
    _user_dir(home).mkdir(parents=True)
    (_user_dir(home) / f"situation-report{SUFFIX}").write_text("{}", encoding="utf-8")
    out = tmp_path / "x.brief"
    _one_error_line(run(home, "new", "--template", "situation-report", "-o", out),
                    "the user template 'situation-report' cannot be used", "'format_version' is missing")
    assert not out.exists()
    assert run(home, "new", "--template", "built-in:situation-report", "-o", out).returncode == 0


def test_new_from_a_team_template_set_by_the_environment(home, tmp_path):
    team = tmp_path / "share"
    team.mkdir()
    save_template(Template("navy-sitrep", "Navy SITREP", sections=[TemplateSection("Maritime", "Ships.")]), team)
    out = tmp_path / "x.brief"
    proc = run(home, "new", "--template", "navy-sitrep", "-o", out, team=team)
    assert proc.returncode == 0 and "the team template 'navy-sitrep'" in proc.stdout
    assert [s.heading for s in load_briefing(out).sections] == ["Maritime"]


# -- the Word look a briefing remembers ----------------------------------------------------------

def test_a_briefing_from_the_decision_memo_remembers_its_word_styles(home, tmp_path):
    out = tmp_path / "memo.brief"
    assert run(home, "new", "--template", "decision-memo", "-o", out).returncode == 0
    assert load_briefing(out).metadata.reference_doc == str(BUILTIN_TEMPLATES / "decision-memo.reference.docx")


def test_export_says_so_when_the_remembered_word_styles_are_gone(home, tmp_path):
    brief = tmp_path / "memo.brief"
    assert run(home, "new", "--template", "situation-report", "-o", brief).returncode == 0
    data = json.loads(brief.read_text(encoding="utf-8"))
    data["metadata"]["reference_doc"] = "styles/gone.docx"
    brief.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "memo.docx"
    _one_error_line(run(home, "export", brief, "-o", out), f"takes its Word styles from {tmp_path / 'styles' / 'gone.docx'}",
                    "--reference-doc")
    assert not out.exists()
