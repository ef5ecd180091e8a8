"""Opens the editing dialogs (properties, fact, sources) and returns what the user chose.

The main window never constructs a dialog itself: it asks a :class:`DialogFactory`, so tests can
pass a fake that returns prepared values. ``None`` from any method means the user cancelled.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QDialog, QWidget

from briefing.domain import Briefing, Fact, Metadata, Source, SourceRegistry
from briefing.errors import BriefingError


class DialogUnavailable(BriefingError):
    """This build of Briefing does not include a dialog."""


@dataclass(frozen=True)
class FactEdit:
    """The fact editor's result: the fact (a new object) and the sources created while editing it."""

    fact: Fact
    new_sources: list[Source] = field(default_factory=list)


def _load(module: str, name: str) -> type:
    try:
        imported = __import__(f"briefing.ui.dialogs.{module}", fromlist=[name])
    except ImportError:
        raise DialogUnavailable(f"the {module.replace('_', ' ')} dialog is not part of this version of "
                                "Briefing; update Briefing to use it") from None
    return getattr(imported, name)


class DialogFactory:
    """The real dialogs, from :mod:`briefing.ui.dialogs` (imported when first needed)."""

    def edit_properties(self, metadata: Metadata, parent: QWidget) -> Metadata | None:
        dialog = _load("properties", "PropertiesDialog")(metadata, parent)
        return dialog.metadata() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def edit_fact(self, fact: Fact | None, briefing: Briefing, registry: SourceRegistry,
                  parent: QWidget) -> FactEdit | None:
        dialog = _load("fact_editor", "FactEditorDialog")(fact, briefing, registry, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return FactEdit(dialog.fact(), list(dialog.new_sources()))

    def edit_sources(self, builtin: SourceRegistry, own: list[Source], parent: QWidget) -> list[Source] | None:
        dialog = _load("source_registry", "SourceRegistryDialog")(builtin, own, parent)
        return list(dialog.sources()) if dialog.exec() == QDialog.DialogCode.Accepted else None

    # -- templates -----------------------------------------------------------------------------
    def new_from_template(self, listing, defaults, parent: QWidget):
        """A :class:`~briefing.ui.template_library.TemplateChoice` from ``listing``, or None."""
        dialog = _load("new_from_template", "NewFromTemplateDialog")(listing, defaults, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def save_as_template(self, briefing: Briefing, listing, parent: QWidget):
        """A :class:`~briefing.ui.template_library.TemplateSaveRequest`, or None."""
        dialog = _load("save_as_template", "SaveAsTemplateDialog")(briefing, listing, parent)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def manage_templates(self, library, prompts, open_url, parent: QWidget) -> None:
        """Manage Templates acts on the folders as the user works; there is no result."""
        _load("manage_templates", "ManageTemplatesDialog")(library, prompts, open_url, parent).exec()
