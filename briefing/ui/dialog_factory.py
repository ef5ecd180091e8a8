"""Opens the editing dialogs (properties, fact, sources, import) and returns what the user chose.

The main window never constructs a dialog itself: it asks a :class:`DialogFactory`, so tests can
pass a fake that returns prepared values. ``None`` from any method means the user cancelled.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from briefing.domain import Briefing, Fact, Metadata, Source, SourceRegistry

if TYPE_CHECKING:
    from briefing.domain.imports import ImportResult
    from briefing.ui.dialogs.import_source import ImportSourceDialog


@dataclass(frozen=True)
class FactEdit:
    """The fact editor's result: the fact (a new object) and the sources created while editing it."""

    fact: Fact
    new_sources: list[Source] = field(default_factory=list)


T = TypeVar("T")


def _run(dialog: QDialog, answer: Callable[[], T]) -> T | None:
    """Show ``dialog`` modally; ``answer()`` if the user accepted it, else None. The dialog is then
    deleted, so a window does not collect hidden dialogs (and the import dialog's worker) as it is used."""
    try:
        return answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class DialogFactory:
    """The real dialogs, from :mod:`briefing.ui.dialogs`.

    Each dialog module is imported when the dialog first opens, not at start-up: together they
    (and the extraction engine behind the import dialog) would slow the first window down.
    """

    def edit_properties(self, metadata: Metadata, parent: QWidget) -> Metadata | None:
        from briefing.ui.dialogs.properties import PropertiesDialog

        dialog = PropertiesDialog(metadata, parent)
        return _run(dialog, dialog.metadata)

    def edit_fact(self, fact: Fact | None, briefing: Briefing, registry: SourceRegistry,
                  parent: QWidget) -> FactEdit | None:
        from briefing.ui.dialogs.fact_editor import FactEditorDialog

        dialog = FactEditorDialog(fact, briefing, registry, parent)
        return _run(dialog, lambda: FactEdit(dialog.fact(), list(dialog.new_sources())))

    def edit_sources(self, builtin: SourceRegistry, own: list[Source], parent: QWidget) -> list[Source] | None:
        from briefing.ui.dialogs.source_registry import SourceRegistryDialog

        dialog = SourceRegistryDialog(builtin, own, parent)
        return _run(dialog, lambda: list(dialog.sources()))

    def create_import_dialog(self, briefing: Briefing, registry: SourceRegistry,
                             parent: QWidget) -> "ImportSourceDialog":
        """The Import Source dialog for ``briefing``, not yet shown (tests drive it without ``exec``)."""
        from briefing.ui.dialogs.import_source import ImportSourceDialog

        return ImportSourceDialog(briefing, registry, parent)

    def import_source(self, briefing: Briefing, registry: SourceRegistry, parent: QWidget) -> "ImportResult | None":
        """Let the user paste or open a source and tick its facts; the document and facts to add.

        ``registry`` is the built-in source registry (the dialog adds the briefing's own sources).
        """
        dialog = self.create_import_dialog(briefing, registry, parent)
        # import_result(), not result(): QDialog.result() is only the accepted/rejected code.
        return _run(dialog, dialog.import_result)

    # -- templates -----------------------------------------------------------------------------
    def new_from_template(self, listing, defaults, parent: QWidget):
        """A :class:`~briefing.ui.template_library.TemplateChoice` from ``listing``, or None."""
        from briefing.ui.dialogs.new_from_template import NewFromTemplateDialog

        dialog = NewFromTemplateDialog(listing, defaults, parent)
        return _run(dialog, dialog.choice)

    def save_as_template(self, briefing: Briefing, listing, parent: QWidget):
        """A :class:`~briefing.ui.template_library.TemplateSaveRequest`, or None."""
        from briefing.ui.dialogs.save_as_template import SaveAsTemplateDialog

        dialog = SaveAsTemplateDialog(briefing, listing, parent)
        return _run(dialog, dialog.request)

    def manage_templates(self, library, prompts, open_url, parent: QWidget) -> None:
        """Manage Templates acts on the folders as the user works; there is no result."""
        from briefing.ui.dialogs.manage_templates import ManageTemplatesDialog

        _run(ManageTemplatesDialog(library, prompts, open_url, parent), lambda: None)
