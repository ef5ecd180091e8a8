"""How sources are named in the text: inline labels, lead-ins and ICD 206 source notes."""
from __future__ import annotations

from datetime import date

from briefing.domain import Briefing, Fact, Source, SourceDocument, SourceRegistry

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")

# First words that are not names, so a lead-in may lower-case them ("According to the JCS, around ...").
_COMMON_FIRST_WORDS = frozenset("""
a an the this that these those it its there here some many most several few about around approximately
roughly nearly almost at least more up over under in on since during after before while when if as all
both each every no one two three four five six seven eight nine ten hundreds thousands dozens recent
""".split())


def long_date(value: date) -> str:
    """A date written out the same way in every locale: "23 December 2024"."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def source_of(code: str, registry: SourceRegistry) -> Source | None:
    return registry.get(code)


def inline_label(code: str, registry: SourceRegistry) -> str:
    """The label in "(JCS)": the code when it reads as an acronym, else the source's prose name."""
    source = registry.get(code)
    if source is None or ("_" not in code and len(code) <= 8):
        return code
    return source.prose_name


def prose_names(codes: tuple[str, ...], registry: SourceRegistry) -> str:
    """"the JCS", "the JCS and the NIS", "the JCS, the NIS and KCNA"."""
    names = [registry[c].prose_name if c in registry else c for c in codes]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def lower_first_word(statement: str) -> str:
    """Lower-case the statement's first letter when its first word is a common word, not a name."""
    first = statement.split(" ", 1)[0]
    if first[:1].isupper() and first[1:2].islower() and first.lower().strip(",;:") in _COMMON_FIRST_WORDS:
        return statement[0].lower() + statement[1:]
    return statement


def citation(fact: Fact, code: str, briefing: Briefing, registry: SourceRegistry) -> str:
    """One source note in ICD 206 order: originator; document title; date of publication; date of information."""
    source = registry.get(code)
    originator = source.name if source else code
    document: SourceDocument | None = briefing.documents.get(fact.document_id) if fact.document_id else None
    if document is not None and document.originator and document.originator not in (code, originator):
        originator = f"{originator}, as reported by {document.originator}"
    title = f"“{document.title}”" if document is not None and document.title else "no source document recorded"
    published = (document.published if document is not None and document.published else fact.reported_on)
    published_text = long_date(published) if published else "date of publication not recorded"
    info = fact.information_as_of
    info_text = f"information as of {long_date(info)}" if info else "date of information not recorded"
    return f"{originator}; {title}; {published_text}; {info_text}."


def document_entry(document: SourceDocument, facts: list[Fact]) -> str:
    """A document in the closing source list, in ICD 206 order, with its reference when it has one."""
    originator = document.originator or "Originator not recorded"
    published = long_date(document.published) if document.published else "date of publication not recorded"
    info_dates = [f.information_as_of for f in facts if f.information_as_of]
    parts = [originator, f"“{document.title}”", published]
    if info_dates:
        first, last = min(info_dates), max(info_dates)
        span = long_date(first) if first == last else f"{long_date(first)} to {long_date(last)}"
        parts.append(f"information as of {span}")
    text = "; ".join(parts) + "."
    if document.reference:
        text += f" {document.reference}"
    return text
