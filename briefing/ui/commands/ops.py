"""Edits of a briefing's outline and fact library that undo commands are built from. No Qt.

Each function does one change and returns what is needed to reverse it. They keep the
convention the preview and autosave rely on: facts, blocks and metadata put into a briefing are
never changed in place afterwards; an edit puts a new object in their place (see
``replace_fact`` and ``replace_block``), so a shallow copy of the briefing is a safe snapshot.
Unknown ids raise ``KeyError``: commands only name things that exist.
"""
from __future__ import annotations

from briefing.domain import Block, Briefing, Fact, FactBlock, Section


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
