"""Importing a source is one undo command: it adds the document, new sources and facts; undo removes them."""
from __future__ import annotations

from dataclasses import replace

import pytest

from briefing.domain import Source, ValidationError
from briefing.domain.imports import Pick, build_import
from briefing.storage import dumps
from briefing.ui.commands import ImportSource

TEXT = "North Korea fired two missiles, the JCS said. The Korea Customs Service said exports doubled."
CUSTOMS = Source("KOREA_CUSTOMS_SERVICE", "Korea Customs Service")


@pytest.fixture
def result(registry):
    picks = [Pick(0, 45, ("JCS",)), Pick(46, len(TEXT), ("KOREA_CUSTOMS_SERVICE",))]
    return build_import(TEXT, picks, registry, title="Missiles", new_sources=[CUSTOMS])


def test_the_import_adds_the_document_the_new_source_and_every_fact(target, stack, result, registry):
    stack.push(ImportSource(target, result))
    briefing = target.briefing
    assert briefing.documents[result.document.id] is result.document
    assert CUSTOMS in briefing.sources
    assert [briefing.facts[f.id] for f in result.facts] == result.facts
    assert list(briefing.facts)[-2:] == [f.id for f in result.facts]
    briefing.validate(registry)
    assert target.notices[-1].library and target.notices[-1].sources
    assert stack.undoText() == "Import 2 facts from “Missiles”"


def test_undo_removes_all_of_it_and_redo_puts_it_back(target, stack, result, saved):
    stack.push(ImportSource(target, result))
    stack.undo()
    assert dumps(target.briefing) == saved
    assert target.notices[-1].library and target.notices[-1].sources
    stack.redo()
    assert result.document.id in target.briefing.documents and len(target.briefing.sources) == 1


def test_a_source_the_briefing_already_has_is_neither_added_twice_nor_removed_by_undo(target, stack, result):
    target.briefing.sources.append(CUSTOMS)
    stack.push(ImportSource(target, result))
    assert target.briefing.sources.count(CUSTOMS) == 1
    assert not target.notices[-1].sources
    stack.undo()
    assert target.briefing.sources == [CUSTOMS]


def test_a_result_that_does_not_fit_the_briefing_never_reaches_the_stack(target, stack, result):
    saved = dumps(target.briefing)
    clash = replace(result.facts[1], id=next(iter(target.briefing.facts)))
    with pytest.raises(ValidationError):
        stack.push(ImportSource(target, replace(result, facts=[result.facts[0], clash])))
    assert stack.count() == 0
    assert dumps(target.briefing) == saved


def test_a_document_imported_without_facts_is_one_step_too(target, stack, saved, registry):
    result = build_import(TEXT, [], registry, title="A long headline " * 4)
    stack.push(ImportSource(target, result))
    assert stack.undoText().startswith("Import 0 facts from “A long headline")
    assert stack.undoText().endswith("…”")
    assert result.document.id in target.briefing.documents
    stack.undo()
    assert dumps(target.briefing) == saved
