"""Small briefings built in code for tests that need a known shape."""
from __future__ import annotations

from datetime import date

from briefing.domain import AttributionStyle, Briefing, Fact, FactBlock, Metadata, Section, SourceDocument, Span


def briefing_with_facts(n: int, *, sources=("JCS",)) -> Briefing:
    """A briefing with one document, ``n`` facts and one section per ten facts."""
    text = " ".join(f"Sentence number {i} says something." for i in range(n))
    briefing = Briefing()
    briefing.add_document(SourceDocument("d-1", "Generated report", text, "JCS", date(2024, 12, 23)))
    pos = 0
    sections: list[Section] = []
    for i in range(n):
        sentence = f"Sentence number {i} says something."
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        fact = Fact(f"f-{i}", sentence, tuple(sources), "d-1", Span(start, pos), reported_on=date(2024, 12, 23))
        briefing.add_fact(fact)
        if i % 10 == 0:
            sections.append(Section(f"Section {i // 10 + 1}", id=f"s-{i // 10}"))
        sections[-1].blocks.append(FactBlock(fact.id, id=f"b-{i}"))
    briefing.sections = sections
    return briefing


# Statements that show nothing once rendered, one of each kind the visible-text rule
# (briefing.domain.visible) names: for tests that every way in refuses them.
INVISIBLE_STATEMENTS = {
    "markdown placeholders": "\x02\x03",
    "control characters": "\x07\x1b\x85",
    "zero-width space": "\u200b",
    "byte-order mark": " \ufeff ",
    "joiners and bidi marks": "\u200d\u200c\u200e\u202e",
    "hangul filler": "\u3164",
    "whitespace": " \t\u3000\n ",
}


def blank_fact_briefing(statement: str, style: AttributionStyle) -> Briefing:
    """A briefing whose first bullet shows a fact with ``statement``, put in the library directly, as
    code could (``add_fact`` refuses a statement with no visible text); a normal bullet follows it."""
    b = Briefing(metadata=Metadata(attribution_style=style))
    b.facts["f-blank"] = Fact("f-blank", statement, ("JCS",))
    b.facts["f-next"] = Fact("f-next", "Missiles were fired.", ("JCS",))
    b.sections.append(Section("Main", [FactBlock("f-blank", id="b-blank"), FactBlock("f-next", id="b-next")],
                              id="s-main"))
    return b
