"""Split source text into paragraphs and sentences, keeping each sentence's exact character span.

Offsets are code-point offsets into the text given, so ``text[s.start:s.end]`` is always the
sentence as written. Line breaks end a sentence (a headline or a scraped junk line stands alone)
unless the line was hard-wrapped in mid-sentence. Full stops after abbreviations ("Sen.", "U.S.",
"p.m.", "N.", "Oct.") do not end a sentence unless the next word plainly starts a new one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]")
# Terminal punctuation, any closing quotes or brackets, then whitespace or the end of the unit.
_END = re.compile(r"(?:[.!?\u2026\u3002\uff01\uff1f]+)[\"'\u201d\u2019\u00bb)\]\u300d\u300f]*(?=\s|$)"
                  # glued by a scrape: "in November.Watch: ...", a lower-case word, a stop, a capitalised word
                  r"|(?<=[a-z]{2})[.!?](?=[A-Z][a-z]{2})")
_OPENERS = "\"'\u201c\u2018\u00ab([\u300c\u300e"
_CLOSERS_END = ".!?\u2026:;\"\u201d\u2019)]\u300d\u300f"

# Never the end of a sentence: titles and abbreviations that always precede something.
_NEVER = frozenset("""
mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm cmdr brig cpl pvt rev hon pres amb
st mt ft no nos vol fig art sec ch vs approx est dept univ e.g i.e cf al gov't sens reps
""".split())
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# May end a sentence, but usually do not: split only if a typical sentence opener follows.
_AMBIGUOUS = frozenset("inc corp co ltd jr sr etc bros".split())
_STARTERS = frozenset("""
the a an it he she they we i you this that these those there here but and yet so in on at for as if
when while after before meanwhile however its his her their our some many most according separately
officials analysts north south seoul pyongyang washington tokyo beijing moscow
""".split())
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its span, its paragraph and whether it is a whole line on its own."""

    start: int
    end: int
    paragraph: int
    whole_line: bool


def _lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` without their line breaks."""
    spans, pos = [], 0
    for m in _LINE_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def _joins(text: str, line: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """True when ``line`` was hard-wrapped and continues on ``nxt``."""
    tail = text[line[0]:line[1]].rstrip()
    head = text[nxt[0]:nxt[1]].lstrip()
    if not tail or not head:
        return False
    if tail[-1] in ",;" or (tail[-1] == "-" and tail[-2:-1].isalpha()):
        return True
    return tail[-1] not in _CLOSERS_END and head[0].isascii() and head[0].islower()


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs: each non-blank line, with hard-wrapped lines joined."""
    units: list[tuple[int, int]] = []
    lines = [span for span in _lines(text)]
    i = 0
    while i < len(lines):
        start, end = lines[i]
        if not text[start:end].strip():
            i += 1
            continue
        while i + 1 < len(lines) and _joins(text, (start, end), lines[i + 1]):
            i += 1
            end = lines[i][1]
        units.append((start, end))
        i += 1
    return units


def _word_before(text: str, start: int, pos: int) -> str:
    """The token that ends at ``pos`` (exclusive), without leading opening punctuation."""
    i = pos
    while i > start and not text[i - 1].isspace():
        i -= 1
    return text[i:pos].lstrip(_OPENERS)


def _next_word(text: str, pos: int, end: int) -> str:
    i = pos
    while i < end and text[i].isspace():
        i += 1
    j = i
    while j < end and not text[j].isspace():
        j += 1
    return text[i:j]


def _is_boundary(text: str, start: int, match: re.Match, end: int) -> bool:
    nxt = _next_word(text, match.end(), end)
    if not nxt:
        return True
    first = nxt.lstrip(_OPENERS)[:1]
    if first.isascii() and first.islower():
        return False
    marks = match.group().rstrip("\"'\u201d\u2019\u00bb)]\u300d\u300f")
    if marks in ("\u2026", "..."):
        return nxt[0] in _OPENERS or (first.isascii() and first.isupper())
    if marks != ".":
        return True
    word = _word_before(text, start, match.start())
    if word.isdigit() and len(word) <= 2 and match.start() - len(word) == start:
        return False  # a numbered list's marker: "1. Seoul to ..."
    low = word.lower()
    bare = low.rstrip(".")
    # "7:10 a.m. (2210 GMT)": a bracket opening on a figure glosses what came before
    opener = (nxt[0] in _OPENERS and not (nxt[0] == "(" and first.isdigit())) or nxt.strip(_OPENERS + ",.").lower() in _STARTERS
    if bare in _NEVER or low in ("e.g", "i.e"):
        return False
    if bare in _MONTHS:
        return not first.isdigit() and opener
    # "ROK-U.S. Combined Forces Command": the initials may close a hyphenated compound
    if _DOTTED.fullmatch(word.rpartition("-")[2]) or (len(word) == 1 and word.isalpha() and word.isupper()) or bare in _AMBIGUOUS:
        return opener
    return True


def _split_unit(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cursor = [], start
    for m in _END.finditer(text, start, end):
        if _is_boundary(text, start, m, end):
            spans.append((cursor, m.end()))
            cursor = m.end()
    spans.append((cursor, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def sentences(text: str) -> list[Sentence]:
    """All sentences of ``text`` in order; spans never overlap and never include outer whitespace."""
    out: list[Sentence] = []
    for number, (start, end) in enumerate(paragraphs(text)):
        parts = _split_unit(text, start, end)
        single_line = _LINE_BREAK.search(text, start, end) is None
        for s, e in parts:
            out.append(Sentence(s, e, number, single_line and len(parts) == 1))
    return out
