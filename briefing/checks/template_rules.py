"""Checks for what a template leaves behind: sections never written, placeholders never filled.

``unwritten-section`` (warning): a section that has template guidance but, in it and below it, no
fact and no paragraph other than the template's own boilerplate, unchanged. A section without
guidance is left to ``empty-section``.

``unfilled-placeholder`` (warning): ``{{…}}`` left anywhere that is exported: the metadata, a
heading, a paragraph, a judgment or the wording of a fact in the outline.
"""
from __future__ import annotations

from typing import Iterator

from briefing.checks.problems import Problem, Severity
from briefing.domain import Briefing, FactBlock, JudgmentBlock, Section, SourceRegistry, TextBlock
from briefing.domain.template import placeholders_in

_METADATA_FIELDS = (("title", "title"), ("subtitle", "subtitle"), ("author", "author"),
                    ("organisation", "organisation"), ("classification", "classification"),
                    ("caveat", "handling caveat"), ("report_number", "report number"))


def is_written(section: Section) -> bool:
    """True when the section or one below it holds a fact or a paragraph that is not unchanged template text."""
    for block in section.blocks:
        if isinstance(block, FactBlock):
            return True
        if block.text.strip() and block.text not in section.template_text:
            return True
    return any(is_written(sub) for sub in section.subsections)


def unwritten_sections(briefing: Briefing, registry: SourceRegistry) -> Iterator[Problem]:
    for section, _ in briefing.walk_sections():
        if not section.guidance.strip() or is_written(section):
            continue
        kept = any(isinstance(b, (TextBlock, JudgmentBlock)) and b.text.strip() for b in section.blocks)
        what = "only the template's boilerplate, unchanged" if kept else "nothing yet"
        yield Problem(Severity.WARNING, "unwritten-section",
                      f"the section holds {what}; write it as its guidance says, or delete it",
                      f"section {section.heading!r}", section.id)


def unfilled_placeholders(briefing: Briefing, registry: SourceRegistry) -> Iterator[Problem]:
    m = briefing.metadata
    for key, label in _METADATA_FIELDS:
        yield from _flag(getattr(m, key), f"the {label}", "briefing properties")
    for section, _ in briefing.walk_sections():
        where = f"section {section.heading!r}"
        yield from _flag(section.heading, "the heading", where, section.id)
        for block in section.blocks:
            if isinstance(block, FactBlock):
                fact = briefing.facts.get(block.fact_id)
                if fact is not None:
                    yield from _flag(fact.statement, "a fact's wording", where, section.id, block.id, fact.id)
            else:
                kind = "a judgment" if isinstance(block, JudgmentBlock) else "a paragraph"
                yield from _flag(block.text, kind, where, section.id, block.id)


def _flag(text: str, what: str, where: str, section_id: str | None = None, block_id: str | None = None,
          fact_id: str | None = None) -> Iterator[Problem]:
    if "{{" not in text:      # almost every text: skip the regex (a third of a 1,000-fact briefing's checks)
        return
    names = list(dict.fromkeys(placeholders_in(text)))
    if names:
        tokens = ", ".join(f"{{{{{n}}}}}" for n in names)
        yield Problem(Severity.WARNING, "unfilled-placeholder",
                      f"{what} still holds {tokens}; replace it with the real value", where, section_id,
                      block_id, fact_id)
