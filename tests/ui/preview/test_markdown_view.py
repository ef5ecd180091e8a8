"""The Markdown tab's view: shows exactly the text it is given, changing only the stretch that differs."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.ui.preview.markdown_view import MarkdownView, changed_span

# Letters, line breaks of every kind, Hangul and a character outside the Basic Multilingual Plane
# (two UTF-16 units in Qt, one character in Python).
TEXTS = st.text(alphabet=st.sampled_from(list("ab \n\r\u2029합참") + ["\U0001F600"]), max_size=40)


@given(TEXTS, TEXTS)
def test_the_changed_span_turns_the_old_text_into_the_new(old, new):
    start, old_end, new_end = changed_span(old, new)
    assert old[:start] + new[start:new_end] + old[old_end:] == new
    assert old[:start] == new[:start] and old[old_end:] == new[new_end:]


def test_the_changed_span_of_a_long_text_is_just_the_edit():
    old = "x" * 10_000 + "Sentence number 500 says something." + "y" * 10_000
    new = old.replace("something.", "something else.")
    start, old_end, new_end = changed_span(old, new)
    assert new[start:new_end] == " else" and old_end == start


# each example makes its own view; qtbot only closes them all at the end
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(TEXTS, min_size=1, max_size=5))
def test_the_view_shows_each_text_it_is_given(qtbot, texts):
    view = MarkdownView()
    qtbot.add_widget(view)
    for text in texts:
        view.show_text(text)
        shown = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
        assert view.toPlainText() == shown


def test_an_edit_leaves_the_rest_of_the_text_as_it_was(qtbot):
    view = MarkdownView()
    qtbot.add_widget(view)
    lines = [f"- Sentence number {i} says something." for i in range(1000)]
    view.show_text("\n".join(lines))
    first_block = view.document().firstBlock()
    lines[500] = "- Sentence number 500 says something else."
    view.show_text("\n".join(lines))
    assert view.document().firstBlock() == first_block        # the same block: not set again
    assert view.document().findBlockByNumber(500).text() == lines[500]
    assert not view.document().isUndoAvailable()
