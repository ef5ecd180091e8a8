"""Briefing -> Markdown: the first stage of the pipeline that feeds the preview and every export.

Two flavours of the same text:

* ``annotate=True`` (the pipeline's own input): python-markdown attribute lists mark the title,
  banners, judgments and the ids of sections and blocks, so the HTML preview and the Word writer
  can style them and the preview can scroll to them.
* ``annotate=False`` (what users read and export as .md): plain Markdown, no attribute lists.

Attributions follow the briefing's style: inline "(JCS)", a lead-in "According to the JCS, ...",
or numbered source notes as Markdown footnotes in ICD 206 order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.domain import (
    AttributionStyle, Briefing, Fact, FactBlock, JudgmentBlock, Section, SourceRegistry, TextBlock, has_visible_text,
)
from briefing.render.citations import (
    citation, document_entry, inline_label, long_date, lower_first_word, prose_names,
)

NO_SOURCE_MARK = "[no source]"
# Shown in place of a statement with no visible text. The model refuses such facts, but one built in
# code must not render as an empty bullet, nor leave its attribute list with no text to attach to.
NO_STATEMENT_MARK = "[no statement]"
_INLINE_SPECIALS = re.compile(r"([\\`*\[\]<]|(?<!\w)_|_(?!\w))")
_INLINE_SPECIAL = re.compile(r"[\\`*\[\]<_]")
_BLOCK_START = re.compile(r"^(\s*)([#>+\-*|]|\d+[.)])")
_BLOCK_START_CHARS = frozenset("#>+-*|")
_LIST_OR_BLOCK = re.compile(r"^\s*([#>|]|[-*+]\s|\d+[.)]\s|```|~~~)")


def escape_inline(text: str) -> str:
    """Make literal text (a fact's wording, a title) safe to put inside Markdown."""
    text = " ".join(text.split())
    if "\x02" in text or "\x03" in text:
        # python-markdown marks its own placeholders with these two; they are invisible anyway
        text = text.replace("\x02", "").replace("\x03", "")
    if _INLINE_SPECIAL.search(text):  # most text has none: skip the substitution
        text = _INLINE_SPECIALS.sub(r"\\\1", text)
    if text[:1] in _BLOCK_START_CHARS or text[:1].isdigit():  # no leading space: the split saw to that
        text = _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return text


@dataclass
class _Notes:
    """Footnote numbers in the order notes first appear; the same fact and source share a note."""

    numbers: dict[tuple[str, str], int] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)

    def number(self, key: tuple[str, str], text: str) -> int:
        if key not in self.numbers:
            self.texts.append(text)
            self.numbers[key] = len(self.texts)
        return self.numbers[key]


class MarkdownRenderer:
    """Renders one briefing; keep an instance only for one rendering (it numbers notes as it goes)."""

    def __init__(self, briefing: Briefing, registry: SourceRegistry, *, annotate: bool = True):
        self.briefing = briefing
        self.registry = briefing.registry(registry)
        self.annotate = annotate
        self.style = briefing.metadata.attribution_style
        self.notes = _Notes()

    # -- whole document ---------------------------------------------------------------------
    def render(self) -> str:
        parts = [self.title_block()]
        parts += [self.section(section) for section in self.briefing.sections]
        parts.append(self.closing())
        return "\n\n".join(p for p in parts if p) + "\n"

    def title_block(self) -> str:
        m = self.briefing.metadata
        out = []
        if m.banner:
            out.append(self._banner())
        out.append(f"# {escape_inline(m.title)}" + (" {: .title }" if self.annotate else ""))
        if m.subtitle:
            out.append(self._with_class(f"*{escape_inline(m.subtitle)}*", "subtitle"))
        byline = self.byline()
        if byline:
            out.append(self._with_class(byline, "byline"))
        return "\n\n".join(out)

    def byline(self) -> str:
        """Author, organisation, date and time, report number, as one line of Markdown ("" when none)."""
        m = self.briefing.metadata
        parts = [escape_inline(x) for x in (m.author, m.organisation) if x.strip()]
        if m.date_time:
            parts.append(f"{long_date(m.date_time.date())}, {m.date_time:%H:%M}")
        if m.report_number:
            parts.append(f"Report {escape_inline(m.report_number)}")
        return " · ".join(parts)

    def closing(self) -> str:
        """What follows the sections: the source documents, the banner again, the source notes."""
        return "\n\n".join(p for p in (self.source_list(), self.note_definitions()) if p)

    def source_list(self) -> str:
        """The closing without its notes: the source documents used and the banner."""
        out = []
        entries = self.source_entries()
        if entries:
            heading = "## Source documents" + (" {: #source-documents .sources }" if self.annotate else "")
            lines = [f"{i}. {entry}" for i, entry in enumerate(entries, 1)]
            out.append(heading + "\n\n" + "\n".join(lines))
        if self.briefing.metadata.banner:
            out.append(self._banner())
        return "\n\n".join(out)

    def source_entries(self) -> list[str]:
        """One Markdown line per source document the outline uses, in ICD 206 form, in order of first use."""
        return [escape_inline(document_entry(doc, facts)) for doc, facts in self._documents_used()]

    def note_definitions(self, first: int = 1, last: int | None = None) -> str:
        """The source notes numbered so far, from number ``first`` to ``last`` (None: the last one),
        as Markdown footnote definitions."""
        texts = self.notes.texts[first - 1:last]
        return "\n".join(f"[^{i}]: {escape_inline(text)}" for i, text in enumerate(texts, first))

    # -- sections and blocks ---------------------------------------------------------------
    def section(self, section: Section, depth: int = 1) -> str:
        """A section with its subsections. Section depth 1 is a level-2 heading (the title is level 1)."""
        out = [self.heading(section, depth)]
        bullets: list[str] = []
        for block in section.blocks:
            if isinstance(block, FactBlock):
                bullets.append(self.fact_item(block))
                continue
            if isinstance(block, TextBlock) and not block.text.strip():
                continue  # an empty paragraph renders as nothing, so it does not split a list in two
            if bullets:
                out.append("\n".join(bullets))
                bullets = []
            out.append(self.text_block(block) if isinstance(block, TextBlock) else self.judgment(block))
        if bullets:
            out.append("\n".join(bullets))
        out += [self.section(sub, depth + 1) for sub in section.subsections]
        return "\n\n".join(out)

    def heading(self, section: Section, depth: int = 1) -> str:
        """The section's heading line: depth 1 is level 2 (the title is level 1)."""
        heading = f"{'#' * heading_level(depth)} {escape_inline(section.heading)}"
        if self.annotate:
            heading += f" {{: #{section.id} }}"
        return heading

    def fact_item(self, block: FactBlock) -> str:
        return self.list_item(self.portion() + self._fact_text(block, self.attributed), block)

    def fact_line(self, block: FactBlock) -> tuple[str, list[int]]:
        """The text of the fact's list item as Markdown without its source-note marks, and the
        numbers of those notes (``fact_item`` puts the marks ``[^n]`` right after the text)."""
        notes: list[int] = []

        def text(fact: Fact) -> str:
            markdown, numbers = self.attribution_parts(fact)
            notes.extend(numbers)
            return markdown

        return self.portion() + self._fact_text(block, text), notes

    def list_item(self, line: str, block: FactBlock) -> str:
        """``line`` as the list item of ``block``."""
        return f"- {line}\n  {{: #{block.id} .fact }}" if self.annotate else f"- {line}"

    def _fact_text(self, block: FactBlock, text_of) -> str:
        fact = self.briefing.facts.get(block.fact_id)
        if fact is None:
            return f"{NO_SOURCE_MARK} (missing fact {escape_inline(block.fact_id)})"
        return text_of(fact)

    def attributed(self, fact: Fact) -> str:
        """The fact's statement with its attribution in the briefing's style, as Markdown."""
        text, notes = self.attribution_parts(fact)
        return text + "".join(f"[^{n}]" for n in notes)  # note marks follow the punctuation

    def attribution_parts(self, fact: Fact) -> tuple[str, list[int]]:
        """The fact's statement with its attribution as Markdown, and the numbers of its source notes
        (only in the notes style, where the marks ``[^n]`` follow the text). A statement with no
        visible text reads :data:`NO_STATEMENT_MARK`."""
        statement = fact.statement.strip() if has_visible_text(fact.statement) else NO_STATEMENT_MARK
        codes = tuple(fact.sources)
        if not codes:
            return f"{escape_inline(statement)} {NO_SOURCE_MARK}", []
        if self.style is AttributionStyle.LEAD_IN:
            return f"According to {escape_inline(prose_names(codes, self.registry))}, " \
                   f"{escape_inline(lower_first_word(statement))}", []
        if self.style is AttributionStyle.NOTES:
            return escape_inline(statement), [
                self.notes.number((fact.id, code), citation(fact, code, self.briefing, self.registry))
                for code in codes]
        label = "; ".join(inline_label(code, self.registry) for code in codes)
        return _before_final_stop(escape_inline(statement), f"({escape_inline(label)})"), []

    def text_block(self, block: TextBlock) -> str:
        text = block.text.strip("\n")
        if not text.strip():
            return ""
        if self.briefing.metadata.portion_marks and not _LIST_OR_BLOCK.match(text):
            text = self.portion() + text
        if not _is_one_paragraph(text):
            # An attribute list would attach to the block's last element (a list item, or become a
            # table row), so only a single plain paragraph carries the block's id and class.
            return text
        return self._with_class(text, "text", block.id)

    def judgment(self, block: JudgmentBlock) -> str:
        text = " ".join(block.text.split())
        lead = f"**Judgment ({block.confidence.value} confidence):**"
        return self._with_class(f"{self.portion()}{lead} {text}", f"judgment confidence-{block.confidence.value}",
                                block.id)

    # -- helpers ---------------------------------------------------------------------------
    def _banner(self) -> str:
        return self._with_class(f"**{escape_inline(self.briefing.metadata.banner)}**", "banner")

    def portion(self) -> str:
        """The portion mark and a space before a paragraph, when the briefing asks for them."""
        return f"{self.briefing.metadata.portion_mark} " if self.briefing.metadata.portion_marks else ""

    def _with_class(self, text: str, css_class: str, ident: str | None = None) -> str:
        if not self.annotate:
            return text
        classes = " ".join(f".{c}" for c in css_class.split())
        ident_part = f"#{ident} " if ident else ""
        return f"{text}\n{{: {ident_part}{classes} }}"

    def _documents_used(self):
        used: dict[str, dict[str, Fact]] = {}  # document id -> facts by id, in order of first use
        for section, _ in self.briefing.walk_sections():
            for block in section.blocks:
                fact = self.briefing.facts.get(block.fact_id) if isinstance(block, FactBlock) else None
                if fact is not None and fact.document_id in self.briefing.documents:
                    used.setdefault(fact.document_id, {}).setdefault(fact.id, fact)
        return [(self.briefing.documents[doc_id], list(facts.values())) for doc_id, facts in used.items()]


def heading_level(depth: int) -> int:
    """The Markdown heading level of a section at ``depth`` (1 is a top-level section)."""
    return min(depth + 1, 6)


def _is_one_paragraph(text: str) -> bool:
    """True when ``text`` is one plain paragraph: no blank line, no list, table, heading, quote or code."""
    lines = text.splitlines()
    return all(line.strip() for line in lines) and not any(_LIST_OR_BLOCK.match(line) for line in lines)


def _before_final_stop(text: str, mark: str) -> str:
    """Put ``mark`` before the sentence's closing full stop ("... injured (JCS)."), or at the end."""
    if text.endswith((".", "!", "?")) and not text.endswith("..."):
        return f"{text[:-1]} {mark}{text[-1]}"
    return f"{text} {mark}"


def to_markdown(briefing: Briefing, registry: SourceRegistry, *, annotate: bool = False) -> str:
    """The briefing as Markdown. ``annotate`` adds the attribute lists the preview and Word writer use."""
    return MarkdownRenderer(briefing, registry, annotate=annotate).render()
