"""The shortcut for markup-free text changes nothing: the preview is the same with and without it."""
import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.render import html as html_module
from briefing.render import quick_inline, to_html


def _without_shortcut(text: str) -> str:
    original = quick_inline.install
    quick_inline.install = lambda md: None
    try:
        return to_html(text)
    finally:
        quick_inline.install = original


pieces = st.sampled_from(["word", " ", "  \n", "\n", "\n\n", "*", "**", "_", "`", "[", "]", "(x)", "!",
                          "<", ">", "&amp;", "\\", "[^1]", "http://a.b", "<http://a.b>", "- ", "1. ", "|",
                          "한국어", "“quoted”", "{: .x }", "#"])


@settings(max_examples=300)
@given(st.lists(pieces, max_size=30).map("".join))
def test_any_text_renders_the_same_with_the_shortcut(text):
    assert to_html(text) == _without_shortcut(text)


def test_the_example_renders_the_same_with_the_shortcut(example, registry):
    from briefing.render import to_markdown

    md = to_markdown(example, registry, annotate=True)
    assert to_html(md) == _without_shortcut(md)


def test_an_unknown_inline_pattern_turns_the_shortcut_off():
    md = html_module._parser()
    md.inlinePatterns.register(markdown.inlinepatterns.SimpleTagInlineProcessor(r"(~~)(.+?)~~", "del"), "del", 5)
    assert "<del>gone</del>" in md.convert("this is ~~gone~~ now")
