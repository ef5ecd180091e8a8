"""Dialogs the main window opens: each takes domain objects and returns new ones, never changing its input.

The dialogs are imported when first used, not with this package: the editor's panels import
small pieces of it (the excerpt view) at start-up, and the Import Source dialog alone brings the
extraction engine along. ``from briefing.ui.dialogs import PropertiesDialog`` still works.
"""
from __future__ import annotations

import importlib

_HOMES = {
    "ExcerptView": "excerpt_view",
    "FactEditorDialog": "fact_editor",
    "ImportSourceDialog": "import_source",
    "PropertiesDialog": "properties",
    "SourceFormDialog": "source_form",
    "SourceRegistryDialog": "source_registry",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
