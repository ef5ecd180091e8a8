"""Typing in a statement touches only what shows that statement.

Every keystroke is an edit of the briefing; in a 1,000-fact briefing anything that resets a model,
lays out the window again or walks the whole outline per keystroke makes typing stutter. These
tests name what must not happen, so it cannot come back unnoticed.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtTest import QTest

from briefing.ui.commands import EditStatement
from tests.helpers.builders import briefing_with_facts


class EventCounter(QObject):
    def __init__(self, kind: QEvent.Type):
        super().__init__()
        self.kind, self.count = kind, 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == self.kind:
            self.count += 1
        return False


def start_typing(window, qtbot, settle, block_id):
    """Select ``block_id``, put the keyboard in the editor at the end of its text, type a first key."""
    window.outline.select(block_id)
    editor = window.editor.text
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    QTest.keyClick(editor, "a")      # the first key enables Undo; typing goes on from here
    settle(window)
    qtbot.wait(10)
    return editor


def type_keys(window, editor, settle, qtbot, keys="bcdef"):
    for key in keys:
        QTest.keyClick(editor, key)
        settle(window)
        qtbot.wait(5)                # posted layout requests and repaints run


def test_typing_does_not_lay_out_the_main_window_again(make_window, qtbot, settle):
    window = make_window(briefing_with_facts(50))
    editor = start_typing(window, qtbot, settle, "b-25")
    counter = EventCounter(QEvent.Type.LayoutRequest)
    window.installEventFilter(counter)
    type_keys(window, editor, settle, qtbot)
    window.removeEventFilter(counter)
    assert window.document.briefing.facts["f-25"].statement.endswith("abcdef")
    assert counter.count == 0


def test_typing_resets_no_model_and_changes_only_the_rows_of_its_fact(make_window, qtbot, settle):
    window = make_window(briefing_with_facts(50))
    editor = start_typing(window, qtbot, settle, "b-25")
    library, outline = window.library.model, window.outline.model
    resets, library_rows, outline_ids = [], set(), set()
    for model in (library, window.library.proxy, outline):
        model.modelReset.connect(lambda: resets.append("reset"))
        model.layoutChanged.connect(lambda *_: resets.append("layout"))
    library.dataChanged.connect(lambda first, last, *_: library_rows.update(range(first.row(), last.row() + 1)))
    outline.dataChanged.connect(lambda first, last, *_: outline_ids.update({outline.id_at(first), outline.id_at(last)}))
    type_keys(window, editor, settle, qtbot)
    assert resets == []
    assert library_rows == {library.row_of("f-25")}
    assert outline_ids == {"b-25"}


def test_typing_does_not_work_out_again_which_actions_are_enabled(make_window, qtbot, settle):
    window = make_window(briefing_with_facts(50))
    editor = start_typing(window, qtbot, settle, "b-25")
    states = []
    window.actions.update_enabled = states.append
    type_keys(window, editor, settle, qtbot)
    assert states == []


def test_a_fact_shown_twice_refreshes_both_bullets_and_both_sections(make_window, settle):
    from briefing.domain import FactBlock
    from briefing.ui.commands import InsertBlock

    window = make_window(briefing_with_facts(30))
    document = window.document
    document.push(EditStatement(document, "f-5", "Sentence five.", 1))    # before it is shown twice
    settle(window)
    document.push(InsertBlock(document, FactBlock("f-5", id="b-again"), "s-2"))
    settle(window)
    outline = window.outline.model
    refreshed = []
    outline.dataChanged.connect(lambda first, *_: refreshed.append(outline.id_at(first)))
    rendered = []
    original_render = window.preview_controller._renderer.render
    window.preview_controller._renderer.render = lambda b, d: rendered.append(d) or original_render(b, d)
    document.push(EditStatement(document, "f-5", "Sentence five, reworded.", 1))
    settle(window)
    assert sorted(refreshed) == ["b-5", "b-again"]
    assert rendered == [{"s-0", "s-2"}]
    assert window.preview.browser.toPlainText().count("Sentence five, reworded (JCS).") == 2


def test_typing_in_a_paragraph_of_a_subsection_re_renders_its_top_level_section(make_window, settle):
    from briefing.domain import Section, TextBlock
    from briefing.ui.commands import EditBlockText

    briefing = briefing_with_facts(30)
    briefing.sections[1].subsections.append(Section("Detail", [TextBlock("First words.", id="b-text")], id="s-sub"))
    window = make_window(briefing)
    rendered = []
    original_render = window.preview_controller._renderer.render
    window.preview_controller._renderer.render = lambda b, d: rendered.append(d) or original_render(b, d)
    window.document.push(EditBlockText(window.document, "b-text", "First words, and more.", 1))
    settle(window)
    assert rendered == [{"s-1"}]
    assert "First words, and more." in window.preview.browser.toPlainText()
