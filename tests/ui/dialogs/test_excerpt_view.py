"""The excerpt view: a fact's excerpt shown in the context of its document, highlighted."""
from __future__ import annotations

from datetime import date

import pytest

from briefing.domain import SourceDocument, Span
from briefing.ui.dialogs import ExcerptView
from briefing.ui.dialogs.excerpt_view import CONTEXT_CHARS, ELLIPSIS, context_window
from tests.helpers.qt_text import highlighted_text

LONG_TEXT = " ".join(f"Word{i:03d}" for i in range(200))  # 1,599 characters, every word distinct


@pytest.fixture
def view(qtbot):
    widget = ExcerptView()
    qtbot.addWidget(widget)
    return widget


def _span_of(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle))


def test_the_excerpt_is_highlighted_with_its_surrounding_text(view):
    document = SourceDocument("d-1", "Long report", LONG_TEXT, "JCS", date(2024, 12, 23))
    view.show_excerpt(document, _span_of(LONG_TEXT, "Word100 Word101"))

    shown = view.text.toPlainText()
    assert highlighted_text(view.text) == "Word100 Word101"
    assert "Word090 Word091" in shown and "Word110 Word111" in shown
    assert shown.startswith(ELLIPSIS) and shown.endswith(ELLIPSIS)
    assert "Word000" not in shown and "Word199" not in shown


def test_about_three_hundred_characters_of_context_are_shown_and_no_word_is_cut(view):
    document = SourceDocument("d-1", "Long report", LONG_TEXT)
    view.show_excerpt(document, _span_of(LONG_TEXT, "Word100"))

    shown = view.text.toPlainText().strip(ELLIPSIS)
    assert 2 * CONTEXT_CHARS <= len(shown) - len("Word100") <= 2 * CONTEXT_CHARS + 16
    assert all(len(word) == 7 and word.startswith("Word") for word in shown.split())


def test_the_caption_names_the_document(view):
    document = SourceDocument("d-1", "JCS press release", "The JCS said so.", "JCS", date(2024, 12, 23))
    view.show_excerpt(document, Span(0, 16))
    assert view.caption.text() == "“JCS press release” — JCS — 2024-12-23"


def test_an_excerpt_at_the_start_of_a_short_document_shows_all_of_it_without_ellipses(view):
    text = "The JCS said 1,100 were killed or injured. Nothing more."
    view.show_excerpt(SourceDocument("d-1", "Short", text), Span(0, 42))
    assert view.text.toPlainText() == text
    assert highlighted_text(view.text) == "The JCS said 1,100 were killed or injured."


def test_an_excerpt_across_paragraphs_is_highlighted_on_each_line(view):
    text = "First paragraph ends here.\nSecond paragraph starts here."
    view.show_excerpt(SourceDocument("d-1", "Two paragraphs", text), _span_of(text, "here.\nSecond"))
    assert highlighted_text(view.text) == "here.\nSecond"


def test_korean_text_is_shown_and_highlighted(view):
    text = "합참은 23일 북한군 사상자가 약 1,100명에 이른다고 밝혔다. 국정원은 지난주 100명 이상이 숨졌다고 전했다."
    view.show_excerpt(SourceDocument("d-ko", "합참 발표", text, "합참"), _span_of(text, "북한군 사상자가 약 1,100명"))
    assert highlighted_text(view.text) == "북한군 사상자가 약 1,100명"
    assert view.text.toPlainText() == text
    assert view.caption.text() == "“합참 발표” — 합참"


def test_without_a_document_or_an_excerpt_the_view_says_there_is_none(view):
    document = SourceDocument("d-1", "Report", "Some text.")
    for doc, span in ((None, None), (document, None), (None, Span(0, 4))):
        view.show_excerpt(doc, span)
        assert view.caption.text().startswith("No source excerpt")
        assert not view.text.isVisibleTo(view)
        assert view.text.toPlainText() == ""


def test_showing_a_new_excerpt_replaces_the_old_one(view):
    view.show_excerpt(SourceDocument("d-1", "One", "Alpha beta gamma."), Span(6, 10))
    view.show_excerpt(SourceDocument("d-2", "Two", "Delta epsilon."), Span(0, 5))
    assert view.text.toPlainText() == "Delta epsilon."
    assert highlighted_text(view.text) == "Delta"


def test_an_excerpt_running_past_the_document_is_shown_as_far_as_it_goes_and_said_so(view):
    view.show_excerpt(SourceDocument("d-1", "Cut short", "Only this much."), Span(5, 400))
    assert highlighted_text(view.text) == "this much."
    assert "runs past the end" in view.caption.text()


def test_the_context_window_is_a_pure_split_of_the_text():
    before, excerpt, after, cut_before, cut_after = context_window("abc def ghi", Span(4, 7), context=2)
    assert (before, excerpt, after) == ("abc ", "def", " ghi")
    assert (cut_before, cut_after) == (False, False)
