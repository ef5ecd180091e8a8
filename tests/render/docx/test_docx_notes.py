"""In the ``notes`` attribution style, source notes are real Word footnotes (or endnotes), numbered in order."""
from __future__ import annotations

import io
import re

import pytest
from docx2python import docx2python

from briefing.domain import FactBlock
from briefing.render import to_markdown
from tests.helpers.docx_reading import W


def _markdown_notes(briefing, registry):
    """The note texts the Markdown (and so the preview) shows, in number order."""
    text = to_markdown(briefing, registry)
    return [m.group(2) for m in re.finditer(r"^\[\^(\d+)\]: (.*)$", text, re.MULTILINE)]


def _notes(package, kind="footnote"):
    """{id: text} of the ordinary notes (not separators), and the separator types, in part order."""
    root = package.xml(f"word/{kind}s.xml")
    notes, separators = {}, []
    for note in root.iter(W + kind):
        if note.get(W + "type"):
            separators.append((note.get(W + "type"), note.get(W + "id")))
        else:
            notes[note.get(W + "id")] = "".join(t.text for t in note.iter(W + "t")).strip()
    return notes, separators


def test_source_notes_become_word_footnotes_with_the_texts_the_preview_shows(example, registry, export):
    package = export(example, "notes")
    notes, separators = _notes(package)
    assert separators == [("separator", "-1"), ("continuationSeparator", "0")]
    assert list(notes.values()) == _markdown_notes(example, registry)
    assert len(notes) == 13
    assert "footnotes.xml" in package.related("word/document.xml", "/footnotes")


def test_footnote_references_in_the_text_follow_the_notes_order(example, export):
    package = export(example, "notes")
    references = package.xpath("word/document.xml", "//w:footnoteReference/@w:id")
    assert references == [str(n) for n in range(1, 14)]
    first = package.xpath("word/document.xml", "//w:r[w:footnoteReference]")[0]
    assert first.find(f"{W}rPr/{W}rStyle").get(W + "val") == package.style_ids()["footnote reference"]


def test_each_note_starts_with_its_mark_in_the_footnote_text_style(example, export):
    package = export(example, "notes")
    ids = package.style_ids()
    for note in package.xpath("word/footnotes.xml", "//w:footnote[not(@w:type)]"):
        p = note.find(W + "p")
        assert p.find(f"{W}pPr/{W}pStyle").get(W + "val") == ids["footnote text"]
        assert p.find(f"{W}r/{W}footnoteRef") is not None


def test_an_independent_reader_finds_the_footnotes(example, registry, export):
    package = export(example, "notes")
    with docx2python(io.BytesIO(package.data)) as read:
        footnotes = read.footnotes_runs
        text = read.text
    flat = " ".join(str(x) for x in footnotes)
    assert "Joint Chiefs of Staff (Republic of Korea), as reported by News website" in flat
    assert "National Intelligence Service (Republic of Korea)" in flat
    assert "Around 1,100 North Korean soldiers" in text


def test_a_note_cited_twice_becomes_two_numbered_notes(example, export):
    example.sections[-1].blocks.append(FactBlock(example.sections[1].blocks[0].fact_id, id="b-again"))
    package = export(example, "notes")
    notes, _ = _notes(package)
    assert len(notes) == 14 and notes["14"] == notes["1"]
    assert package.xpath("word/document.xml", "count(//w:footnoteReference)") == 14


def test_source_notes_can_go_to_endnotes_instead(example, export):
    package = export(example, "notes", notes="endnote")
    notes, separators = _notes(package, "endnote")
    assert len(notes) == 13 and [t for t, _ in separators] == ["separator", "continuationSeparator"]
    assert package.xpath("word/document.xml", "count(//w:footnoteReference)") == 0
    assert "endnote text" in package.style_ids()
    assert package.xpath("word/document.xml", "//w:body/w:sectPr/w:endnotePr/w:numFmt/@w:val") == ["decimal"]


@pytest.mark.parametrize("style", ["inline", "lead-in"])
def test_other_styles_write_no_notes(example, export, style):
    package = export(example, style)
    assert "word/footnotes.xml" not in package.parts
    assert package.xpath("word/document.xml", "count(//w:footnoteReference)") == 0


def test_an_unknown_place_for_notes_is_refused(example, registry):
    from briefing.render.docx import build_docx

    with pytest.raises(ValueError, match="footnote"):
        build_docx(example, registry, notes="sidenote")
