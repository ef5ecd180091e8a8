"""Edits of a briefing that undo commands are built from: outline, fact library, documents, own sources.

Plain Python, no Qt: ``briefing.ui.commands`` wraps these in undo commands, and anything else
(scripts, tests) may call them directly. Each function does one change and returns what is needed
to reverse it. They keep the convention the preview and autosave rely on: facts, blocks,
documents and metadata put into a briefing are never changed in place afterwards; an edit puts a
new object in their place (see ``replace_fact`` and ``replace_block``), so a shallow copy of the
briefing is a safe snapshot. Unknown ids raise ``KeyError``: commands only name things that exist.
"""
from __future__ import annotations

from typing import Iterable

from briefing.domain.model import Block, Briefing, Fact, FactBlock, Section, SourceDocument
from briefing.domain.sources import Source


# -- sections --------------------------------------------------------------------------------

def siblings(briefing: Briefing, parent_id: str | None) -> list[Section]:
    """The list holding the sections under ``parent_id`` (None: the top level)."""
    if parent_id is None:
        return briefing.sections
    parent = briefing.find_section(parent_id)
    if parent is None:
        raise KeyError(parent_id)
    return parent.subsections


def section_location(briefing: Briefing, section_id: str) -> tuple[str | None, int]:
    """(parent section id or None for top level, index among its siblings)."""
    parent = briefing.parent_of(section_id)
    holder = briefing.sections if parent is None else parent.subsections
    for index, section in enumerate(holder):
        if section.id == section_id:
            return (parent.id if parent else None), index
    raise KeyError(section_id)


def insert_section(briefing: Briefing, section: Section, parent_id: str | None, index: int) -> None:
    siblings(briefing, parent_id).insert(index, section)


def remove_section(briefing: Briefing, section_id: str) -> tuple[str | None, int, Section]:
    """Take the section (with its blocks and subsections) out; returns where it was and itself."""
    parent_id, index = section_location(briefing, section_id)
    return parent_id, index, siblings(briefing, parent_id).pop(index)


def top_level_section(briefing: Briefing, section_id: str) -> str:
    """The id of the top-level section that holds ``section_id`` (itself when it is top level)."""
    parent = briefing.parent_of(section_id)
    while parent is not None:
        section_id = parent.id
        parent = briefing.parent_of(section_id)
    return section_id


# -- blocks ----------------------------------------------------------------------------------

def block_location(briefing: Briefing, block_id: str) -> tuple[str, int]:
    found = briefing.find_block(block_id)
    if found is None:
        raise KeyError(block_id)
    section, index = found
    return section.id, index


def insert_block(briefing: Briefing, section_id: str, index: int, block: Block) -> None:
    section = briefing.find_section(section_id)
    if section is None:
        raise KeyError(section_id)
    section.blocks.insert(index, block)


def remove_block(briefing: Briefing, block_id: str) -> tuple[str, int, Block]:
    section_id, index = block_location(briefing, block_id)
    block = briefing.find_section(section_id).blocks.pop(index)
    return section_id, index, block


def replace_block(briefing: Briefing, block: Block) -> Block:
    """Put ``block`` where the block with the same id is; returns the block it replaced."""
    section_id, index = block_location(briefing, block.id)
    section = briefing.find_section(section_id)
    old, section.blocks[index] = section.blocks[index], block
    return old


def blocks_showing(briefing: Briefing, fact_id: str) -> list[tuple[str, int, FactBlock]]:
    """Every outline bullet that shows ``fact_id``: (section id, index, block), in outline order."""
    return [(section.id, index, block)
            for section, _ in briefing.walk_sections()
            for index, block in enumerate(section.blocks)
            if isinstance(block, FactBlock) and block.fact_id == fact_id]


def sections_showing(briefing: Briefing, fact_ids: set[str] | frozenset[str]) -> set[str]:
    """Ids of the sections with a bullet that shows one of ``fact_ids``."""
    return {section.id
            for section, _ in briefing.walk_sections()
            for block in section.blocks
            if isinstance(block, FactBlock) and block.fact_id in fact_ids}


# -- facts -----------------------------------------------------------------------------------

def insert_fact(briefing: Briefing, fact: Fact, index: int | None = None) -> None:
    """Add ``fact`` to the library at position ``index`` (None: at the end), keeping the model's rules."""
    briefing.add_fact(fact)
    if index is not None and index < len(briefing.facts) - 1:
        items = list(briefing.facts.items())
        items.insert(index, items.pop())
        briefing.facts.clear()
        briefing.facts.update(items)


def remove_fact(briefing: Briefing, fact_id: str) -> tuple[int, Fact]:
    """Take a fact out of the library; returns its position and the fact."""
    index = list(briefing.facts).index(fact_id)
    return index, briefing.facts.pop(fact_id)


def replace_fact(briefing: Briefing, fact: Fact) -> Fact:
    """Put ``fact`` in place of the fact with the same id, keeping its position; returns the old one."""
    old = briefing.facts[fact.id]
    briefing.validate_fact(fact)
    briefing.facts[fact.id] = fact
    return old


def fact_index(briefing: Briefing, fact_id: str) -> int:
    return list(briefing.facts).index(fact_id)


def insert_facts(briefing: Briefing, facts: Iterable[Fact]) -> None:
    """Add ``facts`` at the end of the library, in order; nothing is added if one breaks the model's rules."""
    facts = list(facts)
    scratch = Briefing(documents=briefing.documents, facts=dict(briefing.facts))
    for fact in facts:
        scratch.add_fact(fact)
    briefing.facts.update((fact.id, fact) for fact in facts)


def remove_facts(briefing: Briefing, fact_ids: Iterable[str]) -> list[Fact]:
    """Take the facts out of the library (they must not be in the outline); returns them."""
    return [briefing.facts.pop(fact_id) for fact_id in fact_ids]


# -- source documents ------------------------------------------------------------------------

def insert_document(briefing: Briefing, document: SourceDocument) -> None:
    """Add a source document; ValidationError if one with its id is already there."""
    briefing.add_document(document)


def remove_document(briefing: Briefing, document_id: str) -> SourceDocument:
    """Take a source document out (no fact may still come from it); returns it."""
    users = [fact.id for fact in briefing.facts.values() if fact.document_id == document_id]
    if users:
        raise ValueError(f"document {document_id} is still the source of fact {users[0]}")
    return briefing.documents.pop(document_id)


# -- the briefing's own sources --------------------------------------------------------------

def add_own_sources(briefing: Briefing, sources: Iterable[Source]) -> list[str]:
    """Add the sources whose code the briefing does not define yet; returns the codes added.

    A source the briefing already has is left as it is, so removing the returned codes undoes
    exactly this call.
    """
    own = {source.code for source in briefing.sources}
    added = []
    for source in sources:
        if source.code not in own:
            briefing.sources.append(source)
            own.add(source.code)
            added.append(source.code)
    return added


def remove_own_sources(briefing: Briefing, codes: Iterable[str]) -> None:
    """Take the briefing's own sources with these codes out."""
    doomed = set(codes)
    briefing.sources[:] = [source for source in briefing.sources if source.code not in doomed]
