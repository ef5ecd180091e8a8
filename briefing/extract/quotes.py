"""Find direct quotations in a paragraph: straight, typographic and Korean corner quotes.

A quotation left open at the end of a paragraph ends there (news style drops the closing mark
when a quote runs on into the next paragraph). Apostrophes ("Seoul’s") are not quote marks.
"""
from __future__ import annotations

import re

_PAIRS = {"\u201c": "\u201d", "\u300c": "\u300d", "\u300e": "\u300f", "\u00ab": "\u00bb"}
_MARKS = re.compile("[\"\u201c\u201d\u2018\u2019\u300c\u300d\u300e\u300f\u00ab\u00bb]")
_SPACE_BEFORE = " \t([{\u2014\u2013-\u201c\u2018\"'\u300c\u300e"


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans ``(open, close)`` of the quotations in ``text[start:end]``, marks included."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    closer = ""
    single: int | None = None
    for match in _MARKS.finditer(text, start, end):
        i = match.start()
        ch = match.group()
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if opened is None:
            if ch in _PAIRS:
                opened, closer = i, _PAIRS[ch]
            elif ch == '"':
                if prev in _SPACE_BEFORE or not (nxt.isspace() or nxt in ",.;:!?)"):
                    opened, closer = i, '"'
            elif ch == "\u2018" and prev in _SPACE_BEFORE and single is None:
                single = i
            elif ch == "\u2019" and single is not None and not nxt.isalnum():
                spans.append((single, i + 1))
                single = None
        elif ch == closer or (closer == "\u201d" and ch == '"'):
            spans.append((opened, i + 1))
            opened = None
    if opened is not None:
        spans.append((opened, end))
    spans.sort()
    return _outermost(spans)


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def quoted_words(text: str, spans: list[tuple[int, int]], start: int, end: int) -> int:
    """How many words of ``text[start:end]`` lie inside the quotation ``spans``."""
    words = 0
    for s, e in spans:
        s, e = max(s, start), min(e, end)
        if s < e:
            words += len(text[s:e].split())
    return words


def closing_after(text: str, spans: list[tuple[int, int]], start: int, end: int) -> int | None:
    """Where a quotation opened after the first words of ``text[start:end]`` closes, if after ``end``.

    Returns the offset of its closing mark, or None: no quotation opens here after some words
    (one opening the sentence has its speaker after it) and runs on, or it runs to the end of its
    paragraph unclosed (news style leaves a mark off there).
    """
    for qs, qe in spans:
        if (start <= qs < end < qe and _MARKS.fullmatch(text[qe - 1]) and qe - 1 > qs
                and text[start:qs].strip()):
            return qe - 1
    return None

