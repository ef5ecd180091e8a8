"""Turn what a user chose in an import into a source document and its facts. No Qt, no I/O.

The Import Source dialog gathers the verbatim text, the document's fields, one :class:`Pick` per
ticked candidate and the new sources the user agreed to add, and calls :func:`build_import`. The
:class:`ImportResult` it returns is what one undo command adds to the briefing, so nothing enters
the library without its source document and excerpt.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Collection, Iterable, Sequence

from briefing.domain.errors import ValidationError
from briefing.domain.model import Fact, SourceDocument, Span, new_id
from briefing.domain.sources import Source, SourceRegistry
from briefing.domain.visible import has_visible_text

TITLE_LIMIT = 100            # characters; a longer first line is a paragraph, not a headline
_HEADING_MARKS = re.compile(r"^\s*#{1,6}\s+")


@dataclass(frozen=True, slots=True)
class Pick:
    """One ticked candidate: its code-point span ``[start, end)`` in the text and the codes the user settled on."""

    start: int
    end: int
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportResult:
    """A new source document, one new fact per pick (in the order given), and the sources to add with them."""

    document: SourceDocument
    facts: list[Fact]
    new_sources: list[Source]


def normalise_whitespace(text: str) -> str:
    """``text`` on one line: runs of spaces, tabs and line breaks become one space; no space at either end."""
    return " ".join(text.split())


def default_title(text: str, limit: int = TITLE_LIMIT) -> str:
    """The headline of ``text``: its first non-blank line, without Markdown ``#`` marks.

    A first line longer than ``limit`` (an article without a headline) is cut at a word and ends
    with "…". Empty text gives "".
    """
    line = next((line for line in text.splitlines() if line.strip()), "")
    line = normalise_whitespace(_HEADING_MARKS.sub("", line))
    if len(line) <= limit:
        return line
    cut = line[:limit - 1]
    if line[limit - 1] != " " and " " in cut:   # the cut falls inside a word: drop that word
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—") + "…"


def dropped_codes(picks: Iterable[Pick], known: Collection[str]) -> Counter[str]:
    """The codes picks name that are not in ``known``, each with how many picks would lose it."""
    return Counter(code for pick in picks for code in dict.fromkeys(pick.sources) if code not in known)


def build_import(text: str, picks: Sequence[Pick], registry: SourceRegistry, *, title: str = "",
                 originator: str = "", published: date | None = None, reference: str = "",
                 new_sources: Sequence[Source] = (), document_id: str | None = None) -> ImportResult:
    """The document (``text`` verbatim) and one fact per pick.

    ``registry`` holds the sources a fact may name (the built-in ones and the briefing's own);
    ``new_sources`` are added with the import. A pick keeps only the codes one of them knows, in
    its own order and each once: a code the user chose not to add is dropped rather than left
    dangling (see :func:`dropped_codes` to warn first). A fact's statement is its excerpt on one
    line; it is reported on ``published``, and its reliability is its first source's default.
    An empty ``title`` becomes :func:`default_title`. Raises ValidationError for a pick whose span
    lies outside ``text`` or holds no visible text (see :mod:`briefing.domain.visible`).
    """
    sources = registry.merged(new_sources)
    document = SourceDocument(
        id=document_id or new_id("d"),
        title=normalise_whitespace(title) or default_title(text),
        text=text,
        originator=originator.strip(),
        published=published,
        reference=reference.strip(),
    )
    facts = []
    for pick in picks:
        span = Span(pick.start, pick.end)
        if span.end > len(text):
            raise ValidationError(f"a ticked candidate ({span.start}-{span.end}) runs past the end of the text "
                                  f"({len(text)} characters): extract the candidates again")
        statement = normalise_whitespace(text[span.start:span.end])
        if not has_visible_text(statement):
            raise ValidationError(f"a ticked candidate ({span.start}-{span.end}) holds no visible text: untick it")
        codes = tuple(code for code in dict.fromkeys(pick.sources) if code in sources)
        first = sources.get(codes[0]) if codes else None
        facts.append(Fact(
            id=new_id("f"),
            statement=statement,
            sources=codes,
            document_id=document.id,
            excerpt=span,
            reported_on=published,
            reliability=first.default_reliability if first is not None else None,
        ))
    return ImportResult(document, facts, list(new_sources))
