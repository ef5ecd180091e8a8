"""Dialogs the main window opens: each takes domain objects and returns new ones, never changing its input."""
from briefing.ui.dialogs.excerpt_view import ExcerptView
from briefing.ui.dialogs.fact_editor import FactEditorDialog
from briefing.ui.dialogs.import_command import ImportSource
from briefing.ui.dialogs.import_source import ImportSourceDialog
from briefing.ui.dialogs.properties import PropertiesDialog
from briefing.ui.dialogs.source_form import SourceFormDialog
from briefing.ui.dialogs.source_registry import SourceRegistryDialog

__all__ = ["ExcerptView", "FactEditorDialog", "ImportSource", "ImportSourceDialog", "PropertiesDialog", "SourceFormDialog",
           "SourceRegistryDialog"]
