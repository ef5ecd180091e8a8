"""Carry attributions over from context: quotations, paragraphs, and figures after a data release.

A sentence with no source of its own may still report what a source said: the non-final sentences
of a quotation, the rest of a paragraph that opened with "the JCS said", a paragraph running a
quotation on, or a paragraph of further figures after "data from the customs service showed".
These passes fill in such sentences (kind "inherited") and never touch one with its own source.
"""
from __future__ import annotations

import re

from briefing.extract.korean_carry import carry_findings, carry_lead, carry_reasons, is_aside, reporter_resumes


def carry_context(text, sents, junk, results, spans_by_paragraph) -> None:
    """Fill in inherited sources, in place, for the attributions ``results`` of ``sents``."""
    _carry_quotes(sents, junk, results, spans_by_paragraph)
    _carry_open_quotes(sents, junk, results, spans_by_paragraph)
    carry_lead(text, sents, junk, results)
    carry_reasons(text, sents, junk, results)
    reporter_resumes(text, sents, junk, results)
    _carry_paragraphs(sents, junk, results)
    if _carry_figures(text, sents, junk, results) | carry_findings(text, sents, junk, results):
        _carry_paragraphs(sents, junk, results)


_FIGURE = re.compile(r"\$\s?\d|\d[\d,.]*\s*(?:%|percent\b|per cent\b|billion\b|million\b|trillion\b|"
                     r"명|건|개|척|대|억|조|만|달러|원)")
_RELEASE = re.compile(r"\b(?:data|figures|statistics|survey|showed|show|report|estimated?|estimates)\b|집계|통계|자료|보고서|추산|현황")


def _carry_figures(text, sents, junk, results) -> bool:
    """A paragraph opening with more figures continues a data release reported just before it.

    Wire stories on statistics ("data from the customs service showed ...") give the release's
    further figures a paragraph each without repeating the source. Only a body that released data
    is continued this way, and only by a sentence with figures of its own.
    """
    releasers: set[str] = set()
    changed = False
    for i, sentence in enumerate(sents):
        raw = text[sentence.start:sentence.end]
        here = results[i]
        if here.sources and here.kind == "explicit" and _RELEASE.search(raw.lower()) and _FIGURE.search(raw):
            releasers.update(here.sources)
        if (i == 0 or junk[i] or here.sources or here.blocks or here.quote
                or sents[i - 1].paragraph == sentence.paragraph or not _FIGURE.search(raw) or is_aside(raw)):
            continue
        prev = results[i - 1]
        if not junk[i - 1] and prev.sources and prev.carries and set(prev.sources) <= releasers:
            here.sources, here.names, here.kind = list(prev.sources), dict(prev.names), "inherited"
            changed = True
    return changed


def _carry_open_quotes(sents, junk, results, spans_by_paragraph) -> None:
    """A paragraph opening with a quotation that names no speaker continues the previous paragraph's.

    News style runs a long quotation over several paragraphs, each opening with a quote mark and
    only the first naming the speaker.
    """
    by_paragraph: dict[int, list[int]] = {}
    for k, sentence in enumerate(sents):
        if not junk[k]:
            by_paragraph.setdefault(sentence.paragraph, []).append(k)
    for number, members in by_paragraph.items():
        before = by_paragraph.get(number - 1)
        opening = next((qs for qs in spans_by_paragraph.get(number, []) if qs[0] == sents[members[0]].start), None)
        if not before or opening is None:
            continue
        # the last voice of the previous paragraph, which its unattributed tail continues
        speaker = next((results[k] for k in reversed(before) if results[k].sources or results[k].blocks),
                       results[before[-1]])
        group = [k for k in members if sents[k].start < opening[1]]
        if not speaker.sources or not speaker.carries or any(results[k].sources or results[k].blocks for k in group):
            continue
        for k in group:
            results[k].sources = list(speaker.sources)
            results[k].names = dict(speaker.names)
            results[k].kind = "inherited"


def _carry_quotes(sents, junk, results, spans_by_paragraph) -> None:
    """Give every sentence of a multi-sentence quotation the speaker named in it."""
    i = 0
    while i < len(sents):
        j = i
        spans = spans_by_paragraph.get(sents[i].paragraph, [])
        while (j + 1 < len(sents) and sents[j + 1].paragraph == sents[i].paragraph
               and any(qs < sents[j].end and qe > sents[j + 1].start for qs, qe in spans)):
            j += 1
        if j > i:
            group = [k for k in range(i, j + 1) if not junk[k]]
            speaker = next((results[k] for k in group if results[k].sources), None)
            if speaker is not None:
                for k in group:
                    if not results[k].sources:
                        results[k].sources = list(speaker.sources)
                        results[k].names = dict(speaker.names)
                        results[k].kind = "inherited"
        i = j + 1


def _carry_paragraphs(sents, junk, results) -> None:
    """A sentence with no source continues the previous sentence of its paragraph."""
    for i in range(1, len(sents)):
        here, prev = results[i], results[i - 1]
        if (here.sources or here.blocks or junk[i] or junk[i - 1]
                or sents[i].paragraph != sents[i - 1].paragraph or not prev.sources or not prev.carries):
            continue
        here.sources = list(prev.sources)
        here.names = dict(prev.names)
        here.kind = "inherited"
