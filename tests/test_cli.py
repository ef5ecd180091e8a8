"""The command line keeps its contract: exit status 0/1/2, one clear line on bad input, no partial files."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "briefing", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, encoding="utf-8")


def _assert_one_clear_line(proc, *fragments):
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("briefing: error: ")
    assert "Traceback" not in proc.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_render_prints_markdown_with_every_fact_attributed(example_path):
    proc = run("render", example_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("**UNCLASSIFIED//FOR OFFICIAL USE ONLY**")
    assert proc.stdout.count("(JCS).") == 12 and proc.stdout.count("(NIS).") == 1


def test_render_html_writes_a_page(example_path, tmp_path):
    out = tmp_path / "b.html"
    assert run("render", example_path, "--format", "html", "-o", out).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("suffix, start", [(".md", "**UNCLASSIFIED"), (".html", "<!DOCTYPE html>")])
def test_export_writes_markdown_and_html(example_path, tmp_path, suffix, start):
    out = tmp_path / f"b{suffix}"
    proc = run("export", example_path, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8").startswith(start)


def test_a_truncated_file_gives_status_2_one_line_and_stays_as_it_was(example_path, tmp_path):
    bad = tmp_path / "cut.brief"
    bad.write_bytes(example_path.read_bytes()[:700])
    before = bad.read_bytes()
    proc = run("render", bad)
    _assert_one_clear_line(proc, str(bad), "truncated")
    assert bad.read_bytes() == before


def test_a_failed_export_leaves_no_output_file(tmp_path):
    bad = tmp_path / "bad.brief"
    bad.write_text("{}", encoding="utf-8")
    out = tmp_path / "out.md"
    _assert_one_clear_line(run("export", bad, "-o", out), "format_version")
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["bad.brief"]


@pytest.mark.parametrize("command", [("export", "-o", "out.docx"), ("check",), ("render",)])
def test_a_fact_with_no_visible_text_gives_status_2_one_line_naming_the_fact_and_no_output(example_path, tmp_path,
                                                                                           command):
    data = json.loads(example_path.read_text(encoding="utf-8"))
    data["facts"][1]["statement"] = "\u200b\x02\x03"
    bad = tmp_path / "blank.brief"
    bad.write_text(json.dumps(data), encoding="utf-8")
    name, *rest = command
    proc = run(name, bad, *[tmp_path / arg if arg.endswith(".docx") else arg for arg in rest])
    _assert_one_clear_line(proc, str(bad), "facts[1].statement", data["facts"][1]["id"], "has no statement",
                           "write its wording in the file")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blank.brief"]


def test_a_failed_export_keeps_the_previous_output(example_path, tmp_path):
    out = tmp_path / "out.md"
    out.write_text("previous", encoding="utf-8")
    bad = tmp_path / "bad.brief"
    bad.write_text("not json", encoding="utf-8")
    assert run("export", bad, "-o", out).returncode == 2
    assert out.read_text(encoding="utf-8") == "previous"


def test_an_unknown_export_format_is_a_usage_error(example_path, tmp_path):
    _assert_one_clear_line(run("export", example_path, "-o", tmp_path / "b.pdf"), ".docx, .md or .html")


def test_a_missing_argument_is_one_line_not_a_usage_page():
    _assert_one_clear_line(run("render"), "required", "--help")


def test_a_missing_file_is_explained(tmp_path):
    _assert_one_clear_line(run("check", tmp_path / "nope.brief"), "no such file")


def test_check_exits_0_on_a_clean_briefing(example_path):
    proc = run("check", example_path)
    assert proc.returncode == 0 and "0 error(s), 0 warning(s)" in proc.stdout


def test_check_exits_1_when_it_finds_errors_and_can_speak_json(example_path, tmp_path):
    data = json.loads(example_path.read_text(encoding="utf-8"))
    data["facts"][0]["sources"] = []
    path = tmp_path / "unsourced.brief"
    path.write_text(json.dumps(data), encoding="utf-8")
    proc = run("check", path, "--json")
    assert proc.returncode == 1
    problems = json.loads(proc.stdout)["problems"]
    assert [p["code"] for p in problems] == ["fact-without-source"]
