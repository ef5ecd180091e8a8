"""A briefing made from the decision memo exports to Word in the template's own look.

The .docx is read back with zipfile and ElementTree, not with the writer's own package layer, so the
test sees what Word and LibreOffice see: styles.xml and the page set-up in document.xml.
"""
from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("briefing.render.docx")

ROOT = Path(__file__).resolve().parents[2]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _run(home: Path, *args):
    env = {k: v for k, v in os.environ.items() if k != "BRIEFING_TEAM_TEMPLATES"}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"))
    return subprocess.run([sys.executable, "-m", "briefing", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env, encoding="utf-8")


def _style(docx: Path, style_id: str) -> dict:
    with zipfile.ZipFile(docx) as z:
        root = ET.fromstring(z.read("word/styles.xml"))
    style = next(s for s in root.iter(f"{W}style") if s.get(f"{W}styleId") == style_id)
    fonts = style.find(f"{W}rPr/{W}rFonts")
    color = style.find(f"{W}rPr/{W}color")
    return {"font": fonts.get(f"{W}ascii") if fonts is not None else None,
            "color": color.get(f"{W}val") if color is not None else None}


def _page(docx: Path) -> tuple[str, ...]:
    """Page width and height, left and top margin, in twentieths of a point."""
    with zipfile.ZipFile(docx) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    size, margins = root.find(f"{W}body/{W}sectPr/{W}pgSz"), root.find(f"{W}body/{W}sectPr/{W}pgMar")
    return size.get(f"{W}w"), size.get(f"{W}h"), margins.get(f"{W}left"), margins.get(f"{W}top")


def _export(tmp_path: Path, template: str, name: str) -> Path:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    brief, docx = tmp_path / f"{name}.brief", tmp_path / f"{name}.docx"
    proc = _run(home, "new", "--template", template, "-o", brief, "--author", "Kim Min-ji")
    assert proc.returncode == 0, proc.stderr
    proc = _run(home, "export", brief, "-o", docx)  # no --reference-doc: the briefing remembers it
    assert proc.returncode == 0, proc.stderr
    return docx


def test_the_decision_memo_exports_with_its_navy_georgia_headings_and_narrow_a4_margins(tmp_path):
    docx = _export(tmp_path, "decision-memo", "memo")
    assert _style(docx, "Heading1") == {"font": "Georgia", "color": "1F3864"}
    assert _style(docx, "Title") == {"font": "Georgia", "color": "1F3864"}
    assert _page(docx) == ("11906", "16838", "1134", "1134")  # A4 with 20 mm margins


def test_a_template_without_a_word_look_does_not_get_the_memos(tmp_path):
    docx = _export(tmp_path, "situation-report", "sitrep")
    assert _style(docx, "Heading1") != {"font": "Georgia", "color": "1F3864"}
    assert _page(docx)[2:] != ("1134", "1134")
