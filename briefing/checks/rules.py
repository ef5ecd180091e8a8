"""The sourcing checks themselves. Each rule is a small function from a briefing to problems."""
from __future__ import annotations

from typing import Callable, Iterable, Iterator

from briefing.checks.estimative import mixed_likelihood_scales
from briefing.checks.problems import Problem, Severity
from briefing.checks.template_rules import unfilled_placeholders, unwritten_sections
from briefing.domain import Briefing, FactBlock, JudgmentBlock, Section, SourceRegistry, TextBlock

Rule = Callable[[Briefing, SourceRegistry], Iterable[Problem]]


def _where(section: Section) -> str:
    return f"section {section.heading!r}"


def facts_without_source(briefing: Briefing, registry: SourceRegistry) -> Iterator[Problem]:
    for section, _ in briefing.walk_sections():
        for block in section.blocks:
            if not isinstance(block, FactBlock):
                continue
            fact = briefing.facts.get(block.fact_id)
            if fact is None:
                yield Problem(Severity.ERROR, "missing-fact",
                              f"a bullet refers to fact {block.fact_id}, which is not in the fact library; "
                              "remove the bullet or restore the fact", _where(section), section.id, block.id,
                              block.fact_id)
            elif not fact.sources:
                yield Problem(Severity.ERROR, "fact-without-source",
                              f"the bullet \"{_short(fact.statement)}\" has no source; give the fact its source",
                              _where(section), section.id, block.id, fact.id)


def unknown_sources(briefing: Briefing, registry: SourceRegistry) -> Iterator[Problem]:
    full = briefing.registry(registry)
    for fact in briefing.facts.values():
        for code in fact.sources:
            if code not in full:
                yield Problem(Severity.ERROR, "unknown-source",
                              f"fact \"{_short(fact.statement)}\" names source {code}, which is not in the "
                              "registry; add the source or correct the code", f"fact {fact.id}", fact_id=fact.id)


def empty_sections(briefing: Briefing, registry: SourceRegistry) -> Iterator[Problem]:
    for section, _ in briefing.walk_sections():
        if section.guidance.strip():
            continue  # a section from a template: unwritten-section says it better
        has_content = any(
            not isinstance(b, (TextBlock, JudgmentBlock)) or b.text.strip() for b in section.blocks)
        if not has_content and not section.subsections:
            yield Problem(Severity.WARNING, "empty-section",
                          "the section is empty; add content or delete it", _where(section), section.id)


def facts_without_date(briefing: Briefing, registry: SourceRegistry) -> Iterator[Problem]:
    used = {fid for fid, count in briefing.fact_usage().items() if count}
    for fact in briefing.facts.values():
        if fact.id in used and fact.reported_on is None and fact.information_as_of is None:
            yield Problem(Severity.WARNING, "fact-without-date",
                          f"fact \"{_short(fact.statement)}\" has no date; set when it was reported or "
                          "the date of the information", f"fact {fact.id}", fact_id=fact.id)


def missing_classification(briefing: Briefing, registry: SourceRegistry) -> Iterator[Problem]:
    if not briefing.metadata.classification.strip():
        yield Problem(Severity.ERROR, "no-classification",
                      "the briefing has no classification banner; set it in the briefing's properties",
                      "briefing properties")


RULES: list[Rule] = [missing_classification, facts_without_source, unknown_sources, empty_sections,
                     facts_without_date, unfilled_placeholders, unwritten_sections, mixed_likelihood_scales]


def check_briefing(briefing: Briefing, registry: SourceRegistry, rules: Iterable[Rule] = ()) -> list[Problem]:
    """Every problem the rules find, errors first, in document order within each severity."""
    problems = [p for rule in (list(rules) or RULES) for p in rule(briefing, registry)]
    return sorted(problems, key=lambda p: p.severity is not Severity.ERROR)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
