"""The briefing model: source documents, facts, and the briefing's tree of sections and blocks.

Plain mutable dataclasses. Identity is by ``id`` strings that are stable across saves, so the
outline, the undo stack and the preview can all refer to the same thing. Methods here keep the
model's own rules (a fact reference points at a fact that exists, an excerpt lies inside its
document); presentation and storage live in other layers.
"""
from __future__ import annotations

import enum
import os
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Iterator, Union

from briefing.domain.errors import ValidationError
from briefing.domain.grading import Credibility, Reliability, grade
from briefing.domain.sources import Source, SourceRegistry
from briefing.domain.visible import NO_VISIBLE_TEXT, has_visible_text


def new_id(prefix: str) -> str:
    """A random id such as ``f-1a2b3c4d5e6f``; the prefix says what kind of thing it names.

    48 random bits keep a clash between two ids of one briefing below one in a million even at
    10,000 facts (os.urandom rather than uuid, whose import costs a command-line start 7 ms).
    """
    return f"{prefix}-{os.urandom(6).hex()}"


class AttributionStyle(str, enum.Enum):
    """How a fact's sources appear in the rendered briefing."""

    INLINE = "inline"      # "... killed or injured (JCS)."
    LEAD_IN = "lead-in"    # "According to the JCS, ..."
    NOTES = "notes"        # numbered source notes (footnotes) in ICD 206 order

    @property
    def label(self) -> str:
        return {"inline": "Inline (JCS)", "lead-in": "Lead-in: According to the JCS, ...",
                "notes": "Numbered source notes"}[self.value]


class Confidence(str, enum.Enum):
    """Analytic confidence in a judgment."""

    HIGH = "high"
    MODERATE = "moderate"
    LOW = "low"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range of code points ``[start, end)`` in a source document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValidationError(
                f"excerpt span {self.start}-{self.end} is not a range: start must be 0 or more and not after end"
            )


@dataclass(slots=True)
class SourceDocument:
    """A report or article that facts come from, with its full text kept verbatim."""

    id: str
    title: str
    text: str = ""
    originator: str = ""          # who issued it, as the citation should name it
    published: date | None = None
    reference: str = ""           # URL, report number or file name

    def excerpt(self, span: Span) -> str:
        return self.text[span.start:span.end]


@dataclass(slots=True)
class Fact:
    """One statement for the briefing, tied to the source(s) that said it.

    ``statement`` is the wording used in the brief and may be edited freely; ``excerpt`` is the
    span of ``document_id``'s text it came from and never changes with the wording. A fact in a
    briefing always has a statement with visible text (see :mod:`briefing.domain.visible`). ``sources``
    holds source codes; an empty tuple means the fact has no source yet (a check flags it).
    """

    id: str
    statement: str
    sources: tuple[str, ...] = ()
    document_id: str | None = None
    excerpt: Span | None = None
    reported_on: date | None = None
    information_as_of: date | None = None
    reliability: Reliability | None = None
    credibility: Credibility | None = None
    tags: tuple[str, ...] = ()
    note: str = ""

    @property
    def grade(self) -> str:
        return grade(self.reliability, self.credibility)


@dataclass(slots=True)
class FactBlock:
    """A bullet in the outline that shows a fact from the library."""

    fact_id: str
    id: str = field(default_factory=lambda: new_id("b"))


@dataclass(slots=True)
class TextBlock:
    """A free Markdown paragraph written by the analyst (bottom line, comment, background)."""

    text: str
    id: str = field(default_factory=lambda: new_id("b"))


@dataclass(slots=True)
class JudgmentBlock:
    """An analytic judgment paragraph, marked as such, with the analyst's confidence in it."""

    text: str
    confidence: Confidence = Confidence.MODERATE
    id: str = field(default_factory=lambda: new_id("b"))


Block = Union[FactBlock, TextBlock, JudgmentBlock]


@dataclass(slots=True)
class Section:
    """A heading with its blocks and optional subsections.

    ``guidance`` is advice from the template for whoever fills the section in; it is shown
    while editing and never exported. ``template_text`` holds the texts of the boilerplate
    paragraphs the template put here, as filled in; a paragraph that still reads exactly like
    one of them is unchanged template text, which the checks tell apart from the analyst's own.
    """

    heading: str
    blocks: list[Block] = field(default_factory=list)
    subsections: list["Section"] = field(default_factory=list)
    guidance: str = ""
    id: str = field(default_factory=lambda: new_id("s"))
    template_text: tuple[str, ...] = ()

    def walk(self, depth: int = 1) -> Iterator[tuple["Section", int]]:
        """This section and every subsection below it, depth first, with their depth (1 = top)."""
        yield self, depth
        for sub in self.subsections:
            yield from sub.walk(depth + 1)


@dataclass(slots=True)
class Metadata:
    """What the title block and the markings say.

    ``reference_doc`` names the Word document whose styles a .docx export uses (usually the one
    the briefing's template came with): a path, absolute or relative to the .brief file; empty
    for Briefing's own look.
    """

    title: str = "Untitled briefing"
    subtitle: str = ""
    author: str = ""
    organisation: str = ""
    date_time: datetime | None = None
    classification: str = "UNCLASSIFIED"
    caveat: str = ""
    attribution_style: AttributionStyle = AttributionStyle.INLINE
    portion_marks: bool = False
    report_number: str = ""
    reference_doc: str = ""

    @property
    def banner(self) -> str:
        """The classification line as it appears at the top and bottom of every page."""
        parts = [p.strip() for p in (self.classification, self.caveat) if p.strip()]
        return "//".join(parts)

    @property
    def portion_mark(self) -> str:
        """The mark put before each paragraph when portion marking is on, such as "(U)"."""
        words = self.classification.upper().replace("//", " ").split()
        if not words:
            return "(U)"
        first = words[0]
        known = {"UNCLASSIFIED": "U", "CONFIDENTIAL": "C", "SECRET": "S", "RESTRICTED": "R"}
        if first == "TOP" and len(words) > 1 and words[1] == "SECRET":
            return "(TS)"
        return f"({known.get(first, first[:1])})"


@dataclass(slots=True)
class Briefing:
    """A whole briefing: metadata, its own sources, documents, the fact library and the outline."""

    metadata: Metadata = field(default_factory=Metadata)
    sources: list[Source] = field(default_factory=list)
    documents: dict[str, SourceDocument] = field(default_factory=dict)
    facts: dict[str, Fact] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)

    # -- lookups ---------------------------------------------------------------------------
    def registry(self, base: SourceRegistry) -> SourceRegistry:
        """``base`` plus the sources this briefing defines."""
        return base.merged(self.sources)

    def walk_sections(self) -> Iterator[tuple[Section, int]]:
        for section in self.sections:
            yield from section.walk()

    def find_section(self, section_id: str) -> Section | None:
        return next((s for s, _ in self.walk_sections() if s.id == section_id), None)

    def parent_of(self, section_id: str) -> Section | None:
        """The section holding ``section_id`` as a subsection; None when it is top level or unknown."""
        for section, _ in self.walk_sections():
            if any(sub.id == section_id for sub in section.subsections):
                return section
        return None

    def find_block(self, block_id: str) -> tuple[Section, int] | None:
        """The section holding block ``block_id`` and the block's index there, or None."""
        for section, _ in self.walk_sections():
            for index, block in enumerate(section.blocks):
                if block.id == block_id:
                    return section, index
        return None

    def fact_usage(self) -> dict[str, int]:
        """How many outline blocks use each fact of the library (0 for unused facts)."""
        counts = {fact_id: 0 for fact_id in self.facts}
        for section, _ in self.walk_sections():
            for block in section.blocks:
                if isinstance(block, FactBlock) and block.fact_id in counts:
                    counts[block.fact_id] += 1
        return counts

    # -- changes that keep the model's rules ----------------------------------------------
    def add_document(self, document: SourceDocument) -> None:
        if document.id in self.documents:
            raise ValidationError(f"a source document with id {document.id} already exists")
        self.documents[document.id] = document

    def add_fact(self, fact: Fact) -> None:
        if fact.id in self.facts:
            raise ValidationError(f"a fact with id {fact.id} already exists")
        self.validate_fact(fact)
        self.facts[fact.id] = fact

    def validate_fact(self, fact: Fact) -> None:
        """Raise ValidationError if ``fact`` does not fit this briefing: a statement with no visible
        text (see :mod:`briefing.domain.visible`), or a document or excerpt that is not there."""
        if not has_visible_text(fact.statement):
            raise ValidationError(f"fact {fact.id} has no statement ({NO_VISIBLE_TEXT}): write what the source said")
        if fact.document_id is not None:
            document = self.documents.get(fact.document_id)
            if document is None:
                raise ValidationError(
                    f"fact {fact.id} comes from document {fact.document_id}, which is not in the briefing"
                )
            if fact.excerpt is not None and fact.excerpt.end > len(document.text):
                raise ValidationError(
                    f"fact {fact.id}'s excerpt {fact.excerpt.start}-{fact.excerpt.end} runs past the end of "
                    f"document {document.id} ({len(document.text)} characters)"
                )
        elif fact.excerpt is not None:
            raise ValidationError(f"fact {fact.id} has an excerpt but no source document")

    def validate(self, registry: SourceRegistry) -> None:
        """Raise ValidationError on the first broken rule: unknown sources, missing facts or documents."""
        full = self.registry(registry)
        seen_sections: set[str] = set()
        seen_blocks: set[str] = set()
        for fact in self.facts.values():
            self.validate_fact(fact)
            for code in fact.sources:
                if code not in full:
                    raise ValidationError(
                        f"fact {fact.id} names source {code}, which is not in the source registry: "
                        "add the source or correct the code"
                    )
        for section, _ in self.walk_sections():
            if section.id in seen_sections:
                raise ValidationError(f"two sections share the id {section.id}")
            seen_sections.add(section.id)
            for block in section.blocks:
                if block.id in seen_blocks:
                    raise ValidationError(f"two blocks share the id {block.id}")
                seen_blocks.add(block.id)
                if isinstance(block, FactBlock) and block.fact_id not in self.facts:
                    raise ValidationError(
                        f"section {section.heading!r} refers to fact {block.fact_id}, which is not in the fact library"
                    )
