"""``briefing export -o OUT.docx``: status 0 and a Word file, or status 2, one line and nothing written."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.test_cli import _assert_one_clear_line, run

ROOT = Path(__file__).resolve().parents[1]


def test_export_to_docx_writes_a_word_file(example_path, tmp_path):
    out = tmp_path / "brief.docx"
    proc = run("export", example_path, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    with zipfile.ZipFile(out) as archive:
        assert "North Korean troops" in archive.read("word/document.xml").decode("utf-8")


def test_export_with_a_reference_document_takes_its_styles(example_path, tmp_path):
    reference = tmp_path / "reference.docx"
    assert run("export", example_path, "-o", reference).returncode == 0
    out = tmp_path / "brief.docx"
    proc = run("export", example_path, "-o", out, "--reference-doc", reference)
    assert proc.returncode == 0, proc.stderr
    assert zipfile.ZipFile(out).read("word/styles.xml").count(b'w:styleId="Judgment"') == 1


def test_a_missing_output_folder_is_status_2_and_one_line(example_path, tmp_path):
    out = tmp_path / "missing" / "brief.docx"
    _assert_one_clear_line(run("export", example_path, "-o", out), str(out), "does not exist")
    assert not out.parent.exists()


def test_a_folder_at_the_target_is_status_2_and_one_line(example_path, tmp_path):
    out = tmp_path / "brief.docx"
    out.mkdir()
    _assert_one_clear_line(run("export", example_path, "-o", out), str(out))
    assert out.is_dir() and sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx"]


def test_a_bad_reference_document_is_status_2_and_keeps_the_previous_export(example_path, tmp_path):
    out = tmp_path / "brief.docx"
    out.write_bytes(b"previous")
    bad = tmp_path / "ref.docx"
    bad.write_text("plain text", encoding="utf-8")
    _assert_one_clear_line(run("export", example_path, "-o", out, "--reference-doc", bad), str(bad), ".docx")
    assert out.read_bytes() == b"previous"


def test_source_notes_can_be_exported_as_endnotes(example_path, tmp_path):
    import json

    brief = tmp_path / "notes.brief"
    data = json.loads(example_path.read_text(encoding="utf-8"))
    data["metadata"]["attribution_style"] = "notes"
    brief.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "brief.docx"
    assert run("export", brief, "-o", out, "--notes", "endnotes").returncode == 0
    names = zipfile.ZipFile(out).namelist()
    assert "word/endnotes.xml" in names and "word/footnotes.xml" not in names


def test_endnotes_are_refused_for_a_markdown_export(example_path, tmp_path):
    _assert_one_clear_line(run("export", example_path, "-o", tmp_path / "b.md", "--notes", "endnotes"), "--notes")


def test_a_word_export_does_not_load_qt(example_path, tmp_path):
    import subprocess
    import sys

    code = ("import sys; from briefing.cli import main; main(['export', sys.argv[1], '-o', sys.argv[2]]); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(example_path), str(tmp_path / "b.docx")],
                         capture_output=True, text=True)
    assert out.stdout.strip().splitlines()[-1] == "False"


@pytest.mark.parametrize("options", [[], ["--reference-doc", "templates/decision-memo.reference.docx"]])
def test_a_word_export_does_not_load_python_docx(example_path, tmp_path, options):
    import subprocess
    import sys

    out = tmp_path / "b.docx"
    code = ("import sys; from briefing.cli import main; main(sys.argv[1:]); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'docx', 'typing_extensions', 'PySide6'}))")
    proc = subprocess.run([sys.executable, "-c", code, "export", str(example_path), "-o", str(out), *options],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.strip().splitlines()[-1] == "[]", proc.stderr
    assert "word/document.xml" in zipfile.ZipFile(out).namelist()
