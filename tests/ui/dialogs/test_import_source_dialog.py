"""The Import Source dialog, driven like a user: paste or open an article, review the facts, add them."""
from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLineEdit

from briefing.domain import Briefing
from briefing.ui.dialogs.import_source import ImportSourceDialog
from briefing.ui.dialogs.import_table import CANDIDATE, FLAGS, NO_SOURCE, SOURCES
from tests.helpers.qt_text import commit_text

# Offscreen, Qt warns that its plugin cannot pass on size hints, raise the completer's popup or let it
# grab the keyboard; none of that is ours to fix.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise",
                                       "does not support grabbing the keyboard", extend=True)

DATA = Path(__file__).parent / "data"
WIRE_STORY = DATA / "wire_story.txt"
SEED = Path(__file__).parents[3] / ".." / "shared" / "samples" / "seed_jcs_casualties.txt"


@pytest.fixture
def wire_text():
    return WIRE_STORY.read_text(encoding="utf-8")


@pytest.fixture
def open_dialog(qtbot, registry):
    def make(briefing: Briefing | None = None, **kwargs) -> ImportSourceDialog:
        dialog = ImportSourceDialog(briefing if briefing is not None else Briefing(), registry, **kwargs)
        qtbot.addWidget(dialog)
        return dialog
    return make


def _paste(qtbot, dialog: ImportSourceDialog, text: str) -> None:
    """Paste ``text`` into the source text as the user does, and wait for its candidates."""
    QApplication.clipboard().setText(text)
    dialog.text_view.setFocus()
    with qtbot.waitSignal(dialog.candidates_ready, timeout=5000):
        dialog.text_view.paste()


def _row(dialog, beginning: str) -> int:
    return next(i for i, row in enumerate(dialog.rows.rows) if row.candidate.text.startswith(beginning))


def _cell(dialog, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return dialog.model.index(row, column).data(role)


def _ticked(dialog) -> list[bool]:
    return [_cell(dialog, r, CANDIDATE, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            for r in range(dialog.model.rowCount())]


def _select(dialog, row: int) -> None:
    dialog.table.setFocus()
    dialog.table.selectRow(row)


def _show(qtbot, dialog) -> None:
    """Show the dialog as the active window, where its shortcuts and default button work."""
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()


def _edit_sources(qtbot, dialog, row: int, typed: str) -> None:
    index = dialog.model.index(row, SOURCES)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor = dialog.table.findChild(QLineEdit, "sources_editor")
    editor.selectAll()
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view commits an editor's text on the next turn of the event loop.
    qtbot.waitUntil(lambda: dialog.table.state() != QAbstractItemView.State.EditingState)


# -- candidates --------------------------------------------------------------------------

def test_a_pasted_article_is_listed_as_candidates_with_their_sources(qtbot, open_dialog, wire_text):
    dialog = open_dialog()
    _paste(qtbot, dialog, wire_text)
    texts = [_cell(dialog, r, CANDIDATE) for r in range(dialog.model.rowCount())]
    assert "Seoul's spy agency told lawmakers that the North has shipped artillery shells to Russia since August." in texts
    assert _cell(dialog, _row(dialog, "SEOUL, Nov. 5"), SOURCES) == "JCS"
    assert _cell(dialog, _row(dialog, "Seoul's spy agency"), SOURCES) == "NIS"
    assert "quote" in _cell(dialog, _row(dialog, '"We are closely'), FLAGS)
    assert dialog.title.text() == "North Korea fires two ballistic missiles into the East Sea"


def test_junk_is_unticked_and_body_sentences_ticked_with_unsourced_ones_flagged(qtbot, open_dialog, wire_text):
    dialog = open_dialog()
    _paste(qtbot, dialog, wire_text)
    junk = [r for r in range(dialog.model.rowCount()) if "junk" in _cell(dialog, r, FLAGS)]
    assert [_cell(dialog, r, CANDIDATE) for r in junk] == [
        "Subscribe to our newsletter", "© 2024 Example News.", "All rights reserved."]
    assert _ticked(dialog) == [r not in junk for r in range(dialog.model.rowCount())]
    assert NO_SOURCE in _cell(dialog, _row(dialog, "Analysts expect"), FLAGS)
    assert "⚠ 2 ticked without a source" in dialog.status.text()


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not on this machine")
def test_the_seed_article_yields_jcs_and_nis_facts_and_leaves_the_glued_on_headlines_out(qtbot, open_dialog):
    dialog = open_dialog()
    _paste(qtbot, dialog, SEED.read_text(encoding="utf-8"))
    sources = {code for row in dialog.rows.rows for code in row.sources}
    assert {"JCS", "NIS"} <= sources
    unticked = [row.candidate.text for row in dialog.rows.rows if not row.ticked]
    assert unticked == ["Sen. Joe Manchin says he believes the Senate is “not going to let the filibuster blow apart.”",
                        "How Israel’s Mossad tricked Hezbollah into buying explosive pagers | 60 Minutes.",
                        "In Asheville, N.C., gingerbread houses reflect community spirit."]


def test_the_text_shows_each_candidate_tinted_and_junk_struck_through(qtbot, open_dialog, wire_text):
    dialog = open_dialog(text=wire_text)
    selections = dialog.text_view.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == [row.candidate.text for row in dialog.rows.rows]
    struck = [s.cursor.selectedText() for s in selections if s.format.fontStrikeOut()]
    assert struck == ["Subscribe to our newsletter", "© 2024 Example News.", "All rights reserved."]
    jcs, inherited = _row(dialog, "SEOUL, Nov. 5"), _row(dialog, "The missiles flew")
    assert selections[jcs].format.background() != selections[inherited].format.background()


# -- editing the choices -----------------------------------------------------------------

def test_a_sources_cell_takes_codes_and_names(qtbot, open_dialog, wire_text):
    dialog = open_dialog(text=wire_text)
    _show(qtbot, dialog)
    row = _row(dialog, "Analysts expect")
    _edit_sources(qtbot, dialog, row, "isw, Seoul's spy agency")
    assert dialog.isVisible()  # Enter in the cell ends the edit, not the dialog
    assert _cell(dialog, row, SOURCES) == "ISW, NIS"
    assert NO_SOURCE not in _cell(dialog, row, FLAGS)
    fact = next(f for f in dialog.import_result().facts if f.statement.startswith("Analysts expect"))
    assert fact.sources == ("ISW", "NIS")


def test_a_sources_cell_naming_an_unknown_source_is_refused_with_a_message(qtbot, open_dialog, wire_text):
    dialog = open_dialog(text=wire_text)
    row = _row(dialog, "Seoul's spy agency")
    _edit_sources(qtbot, dialog, row, "NIS, Mossad")
    assert _cell(dialog, row, SOURCES) == "NIS"
    assert "Mossad" in dialog.message.text()


def test_space_toggles_the_selected_rows(qtbot, open_dialog, wire_text):
    dialog = open_dialog(text=wire_text)
    row = _row(dialog, "Analysts expect")
    _select(dialog, row)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert _ticked(dialog)[row] is False
    assert dialog.ok_button.text() == "&Add 6 facts to library"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert _ticked(dialog)[row] is True


def test_ctrl_a_ticks_every_body_row_and_ctrl_shift_a_unticks_all(qtbot, open_dialog, wire_text):
    dialog = open_dialog(text=wire_text)
    _show(qtbot, dialog)
    _select(dialog, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not any(_ticked(dialog))
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert _ticked(dialog) == [not row.candidate.boilerplate for row in dialog.rows.rows]


def test_selecting_a_row_brings_its_sentence_into_view_and_marks_it(qtbot, open_dialog, wire_text):
    dialog = open_dialog(text=wire_text)
    row = _row(dialog, "Analysts expect")
    _select(dialog, row)
    assert dialog.text_view.textCursor().position() == wire_text.index("Analysts expect")
    current = dialog.text_view.extraSelections()[row]
    assert current.format.background().color() == dialog.text_view.palette().color(QPalette.ColorRole.Highlight)


def test_clicking_in_the_text_selects_the_candidate_there(qtbot, open_dialog, wire_text):
    dialog = open_dialog(text=wire_text)
    _show(qtbot, dialog)
    cursor = dialog.text_view.textCursor()
    cursor.setPosition(wire_text.index("dual-use machinery"))
    point = dialog.text_view.cursorRect(cursor).center()
    qtbot.mouseClick(dialog.text_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert dialog.table.currentIndex().row() == _row(dialog, "The Korea Customs Service")
    assert dialog.text_view.textCursor().position() != wire_text.index("The Korea Customs")  # the caret stays put


def test_offsets_hold_after_characters_qt_counts_twice(qtbot, open_dialog):
    text = "🚀 Launch day 🚀. North Korea fired a missile, the JCS said. The 𠀋 site was hit, the NIS said."
    dialog = open_dialog(text=text)
    assert [s.cursor.selectedText() for s in dialog.text_view.extraSelections()] == [
        row.candidate.text for row in dialog.rows.rows]
    cursor = dialog.text_view.textCursor()
    cursor.setPosition(len(text.encode("utf-16-le")) // 2 - 3)  # Qt counts the UTF-16 units
    dialog.text_view.setTextCursor(cursor)
    assert dialog.table.currentIndex().row() == 2
    result = dialog.import_result()
    assert [result.document.excerpt(f.excerpt) for f in result.facts] == [
        "🚀 Launch day 🚀.", "North Korea fired a missile, the JCS said.", "The 𠀋 site was hit, the NIS said."]


# -- new sources -------------------------------------------------------------------------

def test_a_new_source_is_offered_and_added_with_the_facts(qtbot, open_dialog, wire_text):
    dialog = open_dialog(text=wire_text)
    table = dialog.new_sources.table
    assert dialog.new_box.isVisibleTo(dialog)
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("KOREA_CUSTOMS_SERVICE", "Korea Customs Service")
    result = dialog.import_result()
    assert [(s.code, s.name) for s in result.new_sources] == [("KOREA_CUSTOMS_SERVICE", "Korea Customs Service")]
    assert ("KOREA_CUSTOMS_SERVICE",) in [f.sources for f in result.facts]


def test_a_new_source_left_out_warns_that_its_facts_lose_it(qtbot, open_dialog, wire_text):
    dialog = open_dialog(text=wire_text)
    dialog.new_sources.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.new_sources.warning.isVisibleTo(dialog)
    assert "1 ticked fact will lose KOREA_CUSTOMS_SERVICE" in dialog.new_sources.warning.text()
    result = dialog.import_result()
    assert result.new_sources == []
    customs = next(f for f in result.facts if f.statement.startswith("The Korea Customs"))
    assert customs.sources == ()


def test_a_new_source_can_take_a_shorter_code(qtbot, open_dialog, wire_text):
    dialog = open_dialog(text=wire_text)
    dialog.new_sources.table.item(0, 0).setText("kcs")
    assert _cell(dialog, _row(dialog, "The Korea Customs"), SOURCES) == "KCS"
    assert [s.code for s in dialog.import_result().new_sources] == ["KCS"]
    dialog.new_sources.table.item(0, 0).setText("JCS")
    assert "already taken" in dialog.message.text()
    assert [s.code for s in dialog.import_result().new_sources] == ["KCS"]


# -- the result --------------------------------------------------------------------------

def test_accepting_gives_the_document_verbatim_and_one_fact_per_ticked_row(qtbot, open_dialog, wire_text, example,
                                                                          registry):
    before = copy.deepcopy(example)
    dialog = open_dialog(example, text=wire_text)
    _show(qtbot, dialog)
    _select(dialog, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)        # the headline is no fact
    _edit_sources(qtbot, dialog, _row(dialog, "Analysts expect"), "ISW")
    dialog.originator.setText("Example News")
    dialog.published.set_value(date(2024, 11, 5))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    result = dialog.import_result()
    document = result.document
    assert document.text == wire_text
    assert (document.title, document.originator, document.published) == (
        "North Korea fires two ballistic missiles into the East Sea", "Example News", date(2024, 11, 5))
    ticked = [row for row in dialog.rows.rows if row.ticked]
    assert len(result.facts) == len(ticked) == 6
    for fact, row in zip(result.facts, ticked):
        assert document.text[fact.excerpt.start:fact.excerpt.end] == row.candidate.text
        assert fact.statement == " ".join(row.candidate.text.split())
        assert fact.sources == row.sources and fact.document_id == document.id
        assert fact.reported_on == date(2024, 11, 5)
    assert [f.sources for f in result.facts] == [
        ("JCS",), ("JCS",), ("NIS",), ("KOREA_CUSTOMS_SERVICE",), ("JCS",), ("ISW",)]
    assert example == before


def test_a_text_already_in_the_library_is_pointed_out(qtbot, open_dialog, example):
    document = next(iter(example.documents.values()))
    dialog = open_dialog(example, text=document.text)
    assert document.title in dialog.duplicate.text() and dialog.duplicate.isVisibleTo(dialog)
    _paste(qtbot, dialog, " More.")
    assert not dialog.duplicate.isVisibleTo(dialog)


def test_a_title_typed_by_the_user_survives_a_change_to_the_text(qtbot, open_dialog, wire_text):
    dialog = open_dialog(text=wire_text)
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Missile launch, 5 November")
    commit_text(dialog.title, " (합참)")
    _paste(qtbot, dialog, "\nThe JCS said the launch failed.")
    assert dialog.title.text() == "Missile launch, 5 November (합참)"
    assert dialog.import_result().document.title == "Missile launch, 5 November (합참)"


def test_typing_in_the_text_finds_its_facts_again_and_blocks_accepting_meanwhile(qtbot, open_dialog, wire_text):
    dialog = open_dialog(text=wire_text)
    cursor = dialog.text_view.textCursor()
    cursor.setPosition(wire_text.index("\n\nSubscribe"))
    dialog.text_view.setTextCursor(cursor)
    dialog.text_view.setFocus()
    with qtbot.waitSignal(dialog.candidates_ready, timeout=5000):
        qtbot.keyClicks(dialog.text_view, " The NIS said talks stalled.")
        assert not dialog.ok_button.isEnabled()
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ok_button.isEnabled()
    nis = dialog.rows.rows[_row(dialog, "The NIS said talks stalled.")]
    assert nis.ticked and nis.sources == ("NIS",)


def test_a_long_text_is_read_off_the_ui_thread_and_only_its_latest_version_counts(qtbot, open_dialog, wire_text):
    dialog = open_dialog(sync_limit=100)
    with qtbot.waitSignal(dialog.candidates_ready, timeout=10000):
        dialog.set_text("The JCS said one thing. " * 200)
        dialog.set_text(wire_text)
        assert not dialog.ok_button.isEnabled()
    dialog.extractor.wait()
    assert dialog.import_result().document.text == wire_text
    assert _cell(dialog, _row(dialog, "Seoul's spy agency"), SOURCES) == "NIS"


def test_closing_while_the_facts_are_being_found_is_safe(qtbot, open_dialog, wire_text):
    dialog = open_dialog(sync_limit=100)
    dialog.set_text(wire_text * 20)
    dialog.reject()
    dialog.extractor.wait()
    qtbot.wait(10)   # the late answer arrives; an error in a slot would fail the test here
    assert dialog.result() == QDialog.DialogCode.Rejected


# -- files -------------------------------------------------------------------------------

def test_open_file_reads_the_chosen_file_and_names_it_as_the_reference(qtbot, open_dialog, wire_text):
    dialog = open_dialog(choose_file=lambda parent: WIRE_STORY)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.text_view.source_text() == wire_text
    assert dialog.reference.text() == "wire_story.txt"
    assert dialog.model.rowCount() == 10


def test_a_file_that_cannot_be_read_shows_why_and_changes_nothing(qtbot, open_dialog, wire_text, tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    dialog = open_dialog(text=wire_text, choose_file=lambda parent: pdf)
    _select(dialog, 2)
    before = (dialog.text_view.source_text(), dialog.title.text(), dialog.reference.text(), dialog.import_result())
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "report.pdf" in dialog.message.text() and ".pdf' files are not supported" in dialog.message.text()
    after = (dialog.text_view.source_text(), dialog.title.text(), dialog.reference.text(), dialog.import_result())
    assert after[:3] == before[:3]
    assert [(f.statement, f.excerpt) for f in after[3].facts] == [(f.statement, f.excerpt) for f in before[3].facts]
    assert dialog.table.currentIndex().row() == 2


def test_a_missing_file_given_at_opening_leaves_an_empty_dialog_saying_so(qtbot, open_dialog, tmp_path):
    dialog = open_dialog(path=tmp_path / "gone.txt")
    assert "no such file" in dialog.message.text()
    assert dialog.model.rowCount() == 0
    assert not dialog.ok_button.isEnabled() and dialog.ok_button.text() == "&Add to library"


def test_with_every_row_unticked_only_the_document_is_added(qtbot, open_dialog, wire_text):
    dialog = open_dialog(text=wire_text)
    dialog.untick_all_button.click()
    assert dialog.ok_button.text() == "&Add the document only"
    result = dialog.import_result()
    assert result.facts == [] and result.document.text == wire_text


def test_cancelling_the_file_dialog_changes_nothing(qtbot, open_dialog, wire_text):
    dialog = open_dialog(text=wire_text, choose_file=lambda parent: None)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.text_view.source_text() == wire_text and dialog.message.text() == ""
