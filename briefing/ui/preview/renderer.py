"""Incremental preview rendering: a briefing in parts, re-rendering only the parts that changed. No Qt.

The preview is cut into *parts*: the title block, one part per top-level section (with its
subsections), the closing (source documents, banner) and the source notes, NOTES_PER_PART to a
part. Each part is Markdown from :class:`briefing.render.MarkdownRenderer` turned into HTML on its
own, so an edit in one section costs one section's rendering, not the whole briefing's, and the
preview can put each part in its place in a few milliseconds (Qt's rich text takes time that grows
with the square of a list's length: a thousand notes in one list take 100 ms to insert).

In the numbered-notes style a note's number depends on every section before it. The notes of
every section are numbered again on each rendering (cheap: a section that did not change keeps the
list of notes it had, and no text is rendered for that), and a section that did not change is
rendered again only if the numbers of its notes moved. Note marks are written as in-page links for
the preview because each part is converted separately; the notes themselves are listed, numbered
the same way, after the closing.

The closing and the notes are rendered again only when something they show changed: the metadata
(its banner), the source documents the outline uses and their facts' dates of information, or the
text of the notes; and only the parts whose text changed are converted again. Rewording a fact
changes none of them. Facts, blocks, documents and metadata are never
changed in place (see briefing.ui.snapshot), so most of these compare by identity.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from briefing.domain import AttributionStyle, Briefing, Fact, FactBlock, Section, SourceRegistry
from briefing.render import MarkdownRenderer, to_html
from briefing.render.citations import citation

TITLE, CLOSING = "title", "closing"
NOTES_PREFIX = "notes-"      # a notes part's id: the prefix and the number of its first note
NOTES_PER_PART = 40
_NOTE_MARK = re.compile(r"(?<!\\)\[\^(\d+)\]")
_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"     # private-use characters: no meaning in Markdown
_PLACEHOLDER = re.compile(f"{_MARK_OPEN}(\\d+){_MARK_CLOSE}")


@dataclass(frozen=True, slots=True)
class PreviewUpdate:
    """The result of one rendering.

    ``order``: part ids in document order. ``html``: the new HTML of the parts that changed since
    the previous update (every part on the first one). ``markdown``: the whole briefing's plain
    Markdown, as exported.
    """

    order: tuple[str, ...]
    html: dict[str, str]
    markdown: str
    rendered: frozenset[str] = field(default_factory=frozenset)


class _PreviewMarkdown(MarkdownRenderer):
    """The annotated Markdown, with note marks as placeholders that become in-page links once the
    part is HTML (see :func:`_note_links`), so each part converts on its own."""

    def attributed(self, fact: Fact) -> str:
        if self.style is not AttributionStyle.NOTES:
            return super().attributed(fact)
        if _MARK_OPEN in fact.statement or _MARK_CLOSE in fact.statement:   # the user's text makes no marks
            fact = replace(fact, statement=fact.statement.replace(_MARK_OPEN, "").replace(_MARK_CLOSE, ""))
        return _NOTE_MARK.sub(lambda m: f"{_MARK_OPEN}{m.group(1)}{_MARK_CLOSE}", super().attributed(fact))


def _note_links(html: str) -> str:
    """HTML with the note mark placeholders made links to their notes.

    A mark written as a Markdown link would send every bullet through python-markdown's full inline
    stage; a placeholder with no markup in it lets plain bullets skip it (quick_inline), which
    halves the time a section takes to convert in the notes style."""
    return _PLACEHOLDER.sub(r'<a class="noteref" href="#fn:\1">\1</a>', html) if _MARK_OPEN in html else html


class PreviewRenderer:
    """Renders successive snapshots of one briefing, remembering each part's Markdown and HTML.

    Not thread-safe: use it from one thread at a time (the preview runs one rendering at a time).
    """

    def __init__(self, registry: SourceRegistry):
        self.registry = registry
        self._annotated: dict[str, str] = {}     # part id -> annotated Markdown
        self._plain: dict[str, str] = {}         # part id -> plain Markdown
        self._html: dict[str, str] = {}          # part id -> HTML shown
        self._numbers: dict[str, tuple[int, ...]] = {}   # section id -> its note numbers (notes style)
        self._notes: dict[str, tuple[tuple[tuple[str, str], str], ...]] = {}  # section id -> (note key, text)s
        self._citations: dict[tuple[str, str], tuple[Fact, str]] = {}
        self._closing_key: tuple | None = None

    def render(self, briefing: Briefing, dirty: set[str] | frozenset[str] | None = None) -> PreviewUpdate:
        """Render ``briefing`` (a snapshot nobody else changes).

        ``dirty``: ids of the top-level sections whose content may have changed; None means
        anything may have (new briefing, metadata or sources changed). Sections not seen before
        are always rendered.
        """
        if dirty is None:
            self._citations.clear()
            self._closing_key = None
        order = [section.id for section in briefing.sections]
        numbered = briefing.metadata.attribution_style is AttributionStyle.NOTES
        annotated = _PreviewMarkdown(briefing, self.registry, annotate=True)
        plain = MarkdownRenderer(briefing, self.registry, annotate=False)
        plain.notes = annotated.notes       # both number the notes alike: number them once

        wanted = {TITLE, CLOSING, *order}
        for stale in set(self._plain) - wanted:
            self._plain.pop(stale, None), self._numbers.pop(stale, None), self._notes.pop(stale, None)

        rendered = {TITLE, CLOSING}
        new_annotated = {TITLE: annotated.title_block()}
        new_plain = {TITLE: plain.title_block()}
        for section in briefing.sections:
            changed = dirty is None or section.id in dirty or section.id not in self._annotated
            numbers_moved = False
            if numbered:
                numbers = self._number_notes(section, briefing, annotated.notes, changed)
                numbers_moved = numbers != self._numbers.get(section.id)
                self._numbers[section.id] = numbers
            if numbers_moved or changed:
                rendered.add(section.id)
                new_annotated[section.id] = annotated.section(section)
                new_plain[section.id] = plain.section(section)
        notes = [f"{NOTES_PREFIX}{first}" for first in range(1, len(annotated.notes.texts) + 1, NOTES_PER_PART)]
        closing_key = _closing_inputs(briefing, annotated.notes.texts)
        if closing_key != self._closing_key or CLOSING not in self._annotated:
            new_annotated[CLOSING] = annotated.source_list()
            for part in notes:
                first = int(part.removeprefix(NOTES_PREFIX))
                new_annotated[part] = annotated.note_definitions(first, first + NOTES_PER_PART - 1)
            rendered.update(notes)
            new_plain[CLOSING] = plain.closing()
            self._closing_key = closing_key
        else:
            rendered.discard(CLOSING)
        for stale in set(self._annotated) - {*wanted, *notes}:
            self._annotated.pop(stale, None), self._html.pop(stale, None)

        changed_html: dict[str, str] = {}
        for part, text in new_annotated.items():
            if self._annotated.get(part) != text or part not in self._html:
                self._annotated[part] = text
                self._html[part] = _notes_html(part, _note_links(to_html(text)))
                changed_html[part] = self._html[part]
        self._plain.update(new_plain)

        sections = [TITLE, *order, CLOSING]
        markdown = "\n\n".join(self._plain[p] for p in sections if self._plain[p]) + "\n"
        return PreviewUpdate((*sections, *notes), changed_html, markdown, frozenset(rendered))

    def _number_notes(self, section: Section, briefing: Briefing, notes, changed: bool) -> tuple[int, ...]:
        """Give the notes of ``section`` their numbers in ``notes``, as rendering it would, and
        return those numbers in order. A section that did not change has the notes it had."""
        pairs = None if changed else self._notes.get(section.id)
        if pairs is None:
            pairs = tuple(((fact.id, code), self._citation(fact, code, briefing))
                          for sub, _ in section.walk() for block in sub.blocks
                          if isinstance(block, FactBlock) and (fact := briefing.facts.get(block.fact_id)) is not None
                          for code in fact.sources)
            self._notes[section.id] = pairs
        number = notes.number
        return tuple(number(key, text) for key, text in pairs)

    def _citation(self, fact: Fact, code: str, briefing: Briefing) -> str:
        cached = self._citations.get((fact.id, code))
        if cached is not None and cached[0] is fact:
            return cached[1]
        text = citation(fact, code, briefing, briefing.registry(self.registry))
        self._citations[(fact.id, code)] = (fact, text)
        return text


def continues_notes(part: str) -> bool:
    """Whether ``part`` carries on the list of notes of the part before it."""
    return part.startswith(NOTES_PREFIX) and part != f"{NOTES_PREFIX}1"


def _notes_html(part: str, html: str) -> str:
    """A notes part's HTML numbered from its first note (each part's list would start at 1), with the
    rule above the notes only before the first part."""
    if not continues_notes(part):
        return html
    first = part.removeprefix(NOTES_PREFIX)
    return html.replace('<div class="footnote">\n<hr>\n<ol>', f'<div class="footnote">\n<ol start="{first}">', 1)


def _closing_inputs(briefing: Briefing, note_texts: list[str]) -> tuple:
    """Everything the closing shows, in a form compared quickly (equal inputs, equal closing): the
    metadata, which documents the outline's facts come from with those facts' dates of information,
    in order, and the notes' texts."""
    uses = tuple((fact.document_id, fact.information_as_of)
                 for section, _ in briefing.walk_sections() for block in section.blocks
                 if isinstance(block, FactBlock) and (fact := briefing.facts.get(block.fact_id)) is not None
                 and fact.document_id in briefing.documents)
    documents = tuple(briefing.documents[doc_id] for doc_id in dict.fromkeys(doc_id for doc_id, _ in uses))
    return briefing.metadata, uses, documents, tuple(note_texts)
