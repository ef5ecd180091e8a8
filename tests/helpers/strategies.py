"""Hypothesis strategies shared by the tests: whole briefings with arbitrary text in every field."""
from __future__ import annotations

from datetime import date, datetime

from hypothesis import strategies as st

from briefing.domain import (
    AttributionStyle, Briefing, Confidence, Credibility, Fact, FactBlock, JudgmentBlock, Metadata, Reliability,
    Section, Source, SourceDocument, SourceKind, Span, TextBlock, has_visible_text,
)

any_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
ident = st.text("abcdef0123456789", min_size=4, max_size=8)
opt_date = st.none() | st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 1, 1))


@st.composite
def briefings(draw, text=any_text) -> Briefing:
    """A briefing whose every text field is drawn from ``text``: sources of its own, one source
    document, up to five facts, and up to three sections with subsections of text, judgment and fact blocks.

    Fact statements are the drawn texts that have visible text, as the model requires of every fact."""
    b = Briefing(metadata=Metadata(
        title=draw(text), subtitle=draw(text), author=draw(text), organisation=draw(text),
        date_time=draw(st.none() | st.datetimes(min_value=datetime(1950, 1, 1))),
        classification=draw(text), caveat=draw(text), attribution_style=draw(st.sampled_from(AttributionStyle)),
        portion_marks=draw(st.booleans()), report_number=draw(text), reference_doc=draw(text)))
    own = draw(st.lists(st.sampled_from(["KCS", "USFK", "REP_SEO"]), unique=True, max_size=3))
    b.sources = [Source(code, f"Name of {code}", draw(text), tuple(draw(st.lists(text, max_size=2))),
                        ("한국어",), draw(st.sampled_from(SourceKind)),
                        draw(st.none() | st.sampled_from(Reliability))) for code in own]
    doc_text = draw(text)
    b.add_document(SourceDocument("d-" + draw(ident), draw(text), doc_text, draw(text), draw(opt_date), draw(text)))
    doc_id = next(iter(b.documents))
    codes = ["JCS", "NIS", *own]
    for i in range(draw(st.integers(0, 5))):
        start = draw(st.integers(0, len(doc_text)))
        end = draw(st.integers(start, len(doc_text)))
        b.add_fact(Fact(f"f-{i}", draw(text.filter(has_visible_text)),
                        tuple(draw(st.lists(st.sampled_from(codes), unique=True, max_size=3))),
                        draw(st.sampled_from([None, doc_id])), None, draw(opt_date), draw(opt_date),
                        draw(st.none() | st.sampled_from(Reliability)), draw(st.none() | st.sampled_from(Credibility)),
                        tuple(draw(st.lists(text, max_size=3))), draw(text)))
        if b.facts[f"f-{i}"].document_id:
            b.facts[f"f-{i}"].excerpt = Span(start, end)
    fact_ids = list(b.facts)
    block = st.one_of(
        st.builds(TextBlock, text), st.builds(JudgmentBlock, text, st.sampled_from(Confidence)),
        *([st.builds(FactBlock, st.sampled_from(fact_ids))] if fact_ids else []))
    for s in range(draw(st.integers(0, 3))):
        sub = [Section(draw(text), draw(st.lists(block, max_size=3)), guidance=draw(text),
                       template_text=tuple(draw(st.lists(text, max_size=2))))
               for _ in range(draw(st.integers(0, 2)))]
        b.sections.append(Section(draw(text), draw(st.lists(block, max_size=4)), sub, draw(text)))
    return b
