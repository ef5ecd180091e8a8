"""Exports run off the UI thread and write what the command line writes."""
from __future__ import annotations

from dataclasses import replace

import pytest

from briefing.domain import AttributionStyle
from briefing.render import html_page, to_html, to_markdown
from briefing.storage import load_briefing
from briefing.ui.actions import ActionId
from briefing.ui.commands import SetMetadata
from tests.helpers.docx_reading import NS, Package


def run_export(window, qtbot, kind, path):
    with qtbot.waitSignal(window.exports.finished, timeout=10000) as blocker:
        assert window.exports.export(kind, path)
    return blocker.args[0]


def test_markdown_export_writes_the_exported_markdown(window, qtbot, tmp_path, registry):
    written = run_export(window, qtbot, "md", tmp_path / "brief.md")
    assert written.read_text(encoding="utf-8") == to_markdown(window.document.briefing, registry)
    assert "Exported" in window.statusBar().currentMessage()


def test_html_export_writes_a_self_contained_page(window, qtbot, tmp_path, registry):
    briefing = window.document.briefing
    written = run_export(window, qtbot, "html", tmp_path / "brief")
    assert written.name == "brief.html"
    expected = html_page(to_html(to_markdown(briefing, registry, annotate=True)), briefing.metadata.title)
    assert written.read_text(encoding="utf-8") == expected


def test_export_reports_progress(window, qtbot, tmp_path):
    seen = []
    window.exports.progressed.connect(lambda done, total: seen.append((done, total)))
    run_export(window, qtbot, "html", tmp_path / "p.html")
    qtbot.waitUntil(lambda: (2, 2) in seen)


def test_the_export_action_asks_where_to_write(window, qtbot, prompts, tmp_path):
    prompts.save_answer = tmp_path / "asked.md"
    with qtbot.waitSignal(window.exports.finished, timeout=10000):
        window.actions[ActionId.EXPORT_MARKDOWN].trigger()
    assert (tmp_path / "asked.md").exists()


def test_a_failed_export_says_why_and_leaves_no_file(window, qtbot, prompts, tmp_path):
    target = tmp_path / "missing" / "x.md"
    with qtbot.waitSignal(window.exports.failed, timeout=10000):
        window.exports.export("md", target)
    assert prompts.errors and "does not exist" in prompts.errors[-1][1]
    assert not target.exists()


def test_word_export_writes_a_docx_that_word_can_open(window, qtbot, tmp_path):
    from docx2python import docx2python

    written = run_export(window, qtbot, "docx", tmp_path / "brief.docx")
    with docx2python(written) as content:
        assert "North Korean troops in Russia's war" in content.text


# -- Word options --------------------------------------------------------------------------

def in_notes_style(window):
    document = window.document
    document.push(SetMetadata(document, replace(document.briefing.metadata,
                                                attribution_style=AttributionStyle.NOTES)))


def note_texts(path, kind):
    """The texts of the ``kind`` notes ("footnote" or "endnote") in the .docx at ``path``, in order."""
    package = Package(path.read_bytes())
    name = f"word/{kind}s.xml"
    if name not in package.parts:
        return []
    return ["".join(note.xpath(".//w:t/text()", namespaces=NS)).strip()
            for note in package.xpath(name, f"//w:{kind}[not(@w:type)]")]


def notes_menu_entries(window):
    file_menu = window.menuBar().actions()[0].menu()
    submenu = next(a.menu() for a in file_menu.actions() if a.menu() is window.exports.notes_menu)
    return {a.text(): a for a in submenu.actions()}


def test_source_notes_go_to_footnotes_unless_the_user_chooses_endnotes(window, qtbot, tmp_path):
    in_notes_style(window)
    entries = notes_menu_entries(window)
    assert entries["As &Footnotes"].isChecked() and not entries["As &Endnotes"].isChecked()
    footnoted = run_export(window, qtbot, "docx", tmp_path / "footnotes.docx")
    assert len(note_texts(footnoted, "footnote")) == 13 and note_texts(footnoted, "endnote") == []

    entries["As &Endnotes"].trigger()
    assert entries["As &Endnotes"].isChecked() and not entries["As &Footnotes"].isChecked()
    endnoted = run_export(window, qtbot, "docx", tmp_path / "endnotes.docx")
    assert note_texts(endnoted, "endnote") == note_texts(footnoted, "footnote")
    assert note_texts(endnoted, "footnote") == []


def test_the_choice_of_endnotes_is_remembered_for_the_next_window(window, make_window):
    notes_menu_entries(window)["As &Endnotes"].trigger()
    window.close()
    later = make_window()
    assert later.exports.word_notes == "endnote"
    assert notes_menu_entries(later)["As &Endnotes"].isChecked()


def test_the_notes_choice_is_no_edit_of_the_briefing(window):
    notes_menu_entries(window)["As &Endnotes"].trigger()
    assert window.document.undo_stack.count() == 0 and not window.isWindowModified()


@pytest.fixture
def house_style(tmp_path):
    """An office's Word styles on US Letter paper, beside the briefing."""
    import docx
    from docx.shared import Inches

    document = docx.Document()
    document.sections[0].page_width, document.sections[0].page_height = Inches(8.5), Inches(11)
    path = tmp_path / "house-style.docx"
    document.save(path)
    return path


def test_word_export_takes_the_styles_the_briefing_names_beside_its_file(make_window, example_copy, house_style,
                                                                         registry, qtbot, tmp_path):
    briefing = load_briefing(example_copy, registry)
    briefing.metadata.reference_doc = house_style.name
    window = make_window(briefing, example_copy)
    written = run_export(window, qtbot, "docx", tmp_path / "styled.docx")
    page = Package(written.read_bytes()).xpath("word/document.xml", "//w:sectPr/w:pgSz/@w:w")
    assert page == ["12240"]          # 8.5 inches: the house style's Letter paper, not Briefing's A4


def test_word_export_stops_when_the_named_styles_are_missing(make_window, example_copy, registry, prompts,
                                                             tmp_path):
    briefing = load_briefing(example_copy, registry)
    briefing.metadata.reference_doc = "gone.docx"
    window = make_window(briefing, example_copy)
    assert not window.exports.export("docx", tmp_path / "styled.docx")
    title, message = prompts.errors[-1]
    assert title == "Export to Word" and str(tmp_path / "gone.docx") in message and "does not exist" in message
    assert not (tmp_path / "styled.docx").exists()
