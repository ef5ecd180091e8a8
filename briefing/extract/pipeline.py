"""Source text in, candidate facts out: segmentation, junk flags, attribution."""
from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

from briefing.domain.sources import Source, SourceRegistry
from briefing.extract.attribute import attribute
from briefing.extract.candidate import Candidate
from briefing.extract.junk import flag_junk
from briefing.extract.mentions import RegistryMatcher
from briefing.extract.segment import paragraphs, sentences


@lru_cache(maxsize=8)
def _matcher(sources: tuple[Source, ...]) -> RegistryMatcher:
    return RegistryMatcher(SourceRegistry.of(sources))


def extract_candidates(text: str, registry: SourceRegistry) -> list[Candidate]:
    """Split ``text`` into candidate facts, each attributed to its sources and flagged if junk."""
    sents = sentences(text)
    junk = flag_junk(text, sents)
    attributions = attribute(text, sents, junk, _matcher(tuple(registry)), paragraphs(text))
    out = []
    for sentence, is_junk, att in zip(sents, junk, attributions):
        out.append(Candidate(
            text=text[sentence.start:sentence.end],
            start=sentence.start,
            end=sentence.end,
            sources=() if is_junk else tuple(att.sources),
            attribution="none" if is_junk or not att.sources else att.kind,
            cue=att.cue,
            quote=att.quote,
            boilerplate=is_junk,
            paragraph=sentence.paragraph,
            source_names=MappingProxyType(dict(att.names)),
        ))
    return out
