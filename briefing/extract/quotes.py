"""Find direct quotations in a paragraph: straight, typographic and Korean corner quotes.

A quotation left open at the end of a paragraph ends there (news style drops the closing mark
when a quote runs on into the next paragraph). Apostrophes ("Seoul’s") are not quote marks.
"""
from __future__ import annotations

import bisect
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


_NOT_SPACE = re.compile(r"\S")


def masked(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with the words inside the quotation ``spans`` blanked; marks and length kept."""
    out, at = [], start
    for qs, qe in spans:
        lo, hi = max(qs + 1, at), min(qe - 1, end)
        if lo < hi:
            out += [text[at:lo], _NOT_SPACE.sub(" ", text[lo:hi])]
            at = hi
    out.append(text[at:end])
    return "".join(out)


def masked_to_close(text: str, start: int, end: int, spans: list[tuple[int, int]], ends: list[int]) -> str:
    """The sentence ``text[start:end]`` masked, and the close of a quotation it opens after its first words.

    Korean names a quotation's speaker before it opens and puts the reporting verb after it
    closes: 담화는 "우리는 경고했다. … 것"이라고 밝혔다 is one statement over two sentences. When such a
    quotation closes in a later sentence (``ends`` holds the sentences' ends, in order), the words
    from its closing mark to the end of that sentence are added, masked, so that the opening
    sentence reads as speaker, quotation and verb.
    """
    out = masked(text, start, end, spans)
    close = next((qe - 1 for qs, qe in spans if start <= qs < end < qe and qe - 1 > qs
                  and _MARKS.fullmatch(text[qe - 1]) and text[start:qs].strip()), None)
    if close is None:
        return out  # none, one opening the sentence (its speaker follows it), or one left unclosed
    return out + masked(text, close, ends[bisect.bisect_right(ends, close)], spans)
