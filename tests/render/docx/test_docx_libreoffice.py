"""The exported example opens in LibreOffice and prints what the user expects, in every attribution style."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from briefing.domain import AttributionStyle, TextBlock
from briefing.render.docx import export_docx

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                       reason="LibreOffice (soffice) or pdftotext is not installed"),
]
STYLES = ("inline", "lead-in", "notes")
KOREAN = "합참은 북한군 사상자가 약 1,100명이라고 밝혔다."


@pytest.fixture(scope="module")
def pdf_texts(tmp_path_factory):
    """{style: text of the PDF LibreOffice makes from the exported example}; one soffice run for all."""
    from briefing.domain import builtin_registry
    from briefing.resources import EXAMPLE_BRIEFING
    from briefing.storage import load_briefing

    folder = tmp_path_factory.mktemp("libreoffice")
    registry = builtin_registry()
    documents = []
    for style in STYLES:
        briefing = load_briefing(EXAMPLE_BRIEFING, registry)
        briefing.metadata.attribution_style = AttributionStyle(style)
        briefing.sections[0].blocks.append(TextBlock(KOREAN, id="b-korean"))
        documents.append(folder / f"{style}.docx")
        export_docx(briefing, registry, documents[-1])
    profile = folder / "profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), *map(str, documents)],
                   check=True, capture_output=True, timeout=180)
    return {style: subprocess.run(["pdftotext", "-layout", str(folder / f"{style}.pdf"), "-"], check=True,
                                  capture_output=True, text=True, encoding="utf-8").stdout for style in STYLES}


@pytest.mark.parametrize("style", STYLES)
def test_every_page_carries_the_banner_and_its_number(pdf_texts, style):
    pages = [page for page in pdf_texts[style].split("\f") if page.strip()]
    assert pages
    for number, page in enumerate(pages, 1):
        lines = [line.strip() for line in page.strip().splitlines() if line.strip()]
        assert lines[0] == lines[-1] == "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
        assert f"Page {number} of {len(pages)}" in lines[-2]


@pytest.mark.parametrize("style, attribution", [
    ("inline", "against Ukraine (JCS)."),
    ("lead-in", "According to the JCS, around 1,100 North Korean soldiers"),
    ("notes", "Joint Chiefs of Staff (Republic of Korea), as reported by"),
])
def test_the_body_title_and_attributions_are_printed(pdf_texts, style, attribution):
    text = " ".join(pdf_texts[style].split())
    assert "North Korean troops in Russia's war" in text
    assert attribution in text
    assert "Judgment (low confidence):" in text


def test_hangul_is_printed(pdf_texts):
    assert "합참은 북한군 사상자가" in " ".join(pdf_texts["inline"].split())
