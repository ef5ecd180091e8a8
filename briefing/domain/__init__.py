"""The briefing model in plain Python: sources, documents, facts, sections and their rules. No Qt, no I/O."""
from briefing.domain.errors import ValidationError
from briefing.domain.grading import Credibility, Reliability, grade, parse_grade
from briefing.domain.model import (
    AttributionStyle, Block, Briefing, Confidence, Fact, FactBlock, JudgmentBlock, Metadata, Section,
    SourceDocument, Span, TextBlock, new_id,
)
from briefing.domain.sources import BUILTIN_SOURCES, Source, SourceKind, SourceRegistry, builtin_registry
from briefing.domain.visible import has_visible_text

__all__ = [
    "AttributionStyle", "Block", "Briefing", "BUILTIN_SOURCES", "Confidence", "Credibility", "Fact",
    "FactBlock", "JudgmentBlock", "Metadata", "Reliability", "Section", "Source", "SourceDocument",
    "SourceKind", "SourceRegistry", "Span", "TextBlock", "ValidationError", "builtin_registry", "grade",
    "has_visible_text", "new_id", "parse_grade",
]
