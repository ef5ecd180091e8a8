"""export_docx writes the whole file or nothing, and reports its progress."""
from __future__ import annotations

import zipfile

import pytest

from briefing.errors import BriefingError
from briefing.render.docx import build_docx, export_docx


def test_the_export_is_a_complete_docx_file(example, registry, tmp_path):
    out = tmp_path / "brief.docx"
    export_docx(example, registry, out)
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
        assert "word/document.xml" in archive.namelist()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx"]  # no temporary file left


def test_an_existing_file_is_replaced_whole(example, registry, tmp_path):
    out = tmp_path / "brief.docx"
    out.write_bytes(b"old")
    export_docx(example, registry, out)
    assert out.read_bytes()[:2] == b"PK"


def test_a_missing_folder_is_one_clear_error(example, registry, tmp_path):
    out = tmp_path / "no such folder" / "brief.docx"
    with pytest.raises(BriefingError, match="does not exist"):
        export_docx(example, registry, out)
    assert not out.parent.exists()


def test_a_folder_in_the_way_is_one_clear_error_and_stays(example, registry, tmp_path):
    out = tmp_path / "brief.docx"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(BriefingError, match="folder"):
        export_docx(example, registry, out)
    assert (out / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx"]


def test_progress_is_reported_in_order_and_ends_complete(example, registry):
    calls = []
    build_docx(example, registry, progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert len({total for _, total in calls}) == 1
