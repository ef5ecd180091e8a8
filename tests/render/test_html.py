"""Markdown -> HTML for the preview: one parser, and nothing in the text can load or run anything."""
from briefing.render import html_page, parse, to_html, to_markdown


def test_raw_html_in_a_paragraph_is_shown_as_text():
    out = to_html("Look <script>alert(1)</script>\n\n<iframe src='x'></iframe>")
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "<iframe" not in out


def test_only_web_mail_and_in_page_links_keep_their_target():
    out = to_html("[a](javascript:alert(1)) [b](file:///etc/passwd) [c](https://example.org) [d](#s-1)")
    assert 'href="javascript' not in out and 'href="file' not in out
    assert 'href="https://example.org"' in out and 'href="#s-1"' in out


def test_images_are_never_loaded_only_described():
    out = to_html("![a map of the border](/home/me/map.png)")
    assert "<img" not in out and "[image: a map of the border]" in out


def test_footnotes_tables_and_lists_are_understood():
    out = to_html("x[^1]\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n1. one\n2. two\n\n[^1]: note")
    assert 'class="footnote"' in out and "<table>" in out and "<ol>" in out


def test_the_writers_get_the_same_tree_the_preview_shows(example, registry):
    tree = parse(to_markdown(example, registry, annotate=True))
    assert tree.find("h1").get("class") == "title"
    assert len(tree.findall(".//li[@class='fact']")) == 13
    assert len(tree.findall(".//p[@class='judgment confidence-moderate']")) == 2


def test_an_html_page_is_self_contained(example, registry):
    page = html_page(to_html(to_markdown(example, registry, annotate=True)), "T <1>")
    assert "<title>T &lt;1&gt;</title>" in page and "<style>" in page
    assert "default-src 'none'" in page


def test_the_writers_get_fenced_code_as_code_not_a_placeholder():
    tree = parse("before\n\n```\nx = 1 < 2\n```\n\nafter")
    assert [child.tag for child in tree] == ["p", "pre", "p"]
    assert tree.find("pre/code").text == "x = 1 < 2\n"
