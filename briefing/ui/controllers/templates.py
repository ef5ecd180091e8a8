"""New from Template, Save as Template and Manage Templates: the app's side of templates.

The folders come from ``services.templates`` (a :class:`~briefing.ui.template_library.TemplateLibrary`),
the dialogs from ``services.dialogs`` and the questions from ``services.prompts``, so tests replace
every modal dialog. The template rules themselves live in ``briefing.domain.template`` and the
files in ``briefing.storage.template_store``; both load when templates are first used, not when the
window opens.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from briefing.domain import Briefing
from briefing.errors import BriefingError
from briefing.ui.actions import ActionId, ActionRegistry
from briefing.ui.controllers.files import FileController
from briefing.ui.document import Document
from briefing.ui.services import Services
from briefing.ui.workspace import Workspace


class TemplateController(QObject):
    """Owns the template actions. A new briefing from a template replaces the open one only after
    the files controller's unsaved-changes question (:meth:`FileController.may_discard`)."""

    status = Signal(str)
    briefing_created = Signal()      # a briefing made from a template is now the open document

    def __init__(self, workspace: Workspace, services: Services, actions: ActionRegistry, files: FileController,
                 window: QWidget, clock: Callable[[], datetime] = datetime.now):
        super().__init__(window)
        self._workspace, self._services, self._files, self._window = workspace, services, files, window
        self._clock = clock
        actions.connect(ActionId.NEW_FROM_TEMPLATE, self.new_from_template)
        actions.connect(ActionId.SAVE_AS_TEMPLATE, self.save_as_template)
        actions.connect(ActionId.MANAGE_TEMPLATES, self.manage_templates)

    @property
    def document(self) -> Document:
        return self._workspace.document

    def _ask(self, title: str, dialog):
        """Run ``dialog()`` (a dialog factory call); a dialog this build lacks is reported, giving None."""
        try:
            return dialog()
        except BriefingError as exc:
            self._services.prompts.error(self._window, title, str(exc))
            return None

    # -- New from Template -------------------------------------------------------------------
    def placeholder_defaults(self):
        """Author and organisation for the dialog (PlaceholderValues): last typed there, else the open
        briefing's."""
        from briefing.domain.template import PlaceholderValues

        author, organisation = self._services.templates.remembered_values()
        metadata = self.document.briefing.metadata
        return PlaceholderValues(author=author or metadata.author or None,
                                 organisation=organisation or metadata.organisation or None)

    def new_from_template(self) -> bool:
        """Ask for a template and values, then open the new, unsaved briefing. True if it opened."""
        from briefing.domain.template import instantiate

        library = self._services.templates
        listing = library.store().listing()
        choice = self._ask("New from template", lambda: self._services.dialogs.new_from_template(
            listing, self.placeholder_defaults(), self._window))
        if choice is None:
            return False
        try:
            briefing = instantiate(choice.template, choice.values, self._clock())
        except BriefingError as exc:
            self._services.prompts.error(self._window, "Cannot use this template", str(exc))
            return False
        if not self._files.may_discard():
            return False
        library.remember_values(choice.values.author, choice.values.organisation)
        document = Document(briefing, self._services.registry)
        document.mark_unsaved()          # made, not opened: closing asks, autosave keeps it
        self._workspace.replace(document)
        self.briefing_created.emit()
        self.status.emit(f"New briefing from the {choice.entry.origin.value} template “{choice.template.title}”; "
                         "save it to keep it")
        return True

    # -- Save as Template --------------------------------------------------------------------
    def save_as_template(self) -> bool:
        """Ask for a name and save the briefing's skeleton in the user's folder. True if saved."""
        from briefing.domain.template import template_from_briefing
        from briefing.storage.template_store import Origin
        from briefing.storage.templates import template_path
        store = self._services.templates.store()
        listing = store.listing()
        briefing = self.document.briefing
        request = self._ask("Save as template", lambda: self._services.dialogs.save_as_template(
            briefing, listing, self._window))
        if request is None:
            return False
        existing = template_path(store.user_dir, request.name)
        replacing = existing.exists()
        if replacing and not self._services.prompts.confirm(
                self._window, "Replace Template", f"Replace your template “{request.name}”?",
                f"{existing} is overwritten with this briefing's structure; this cannot be undone.", "Replace"):
            return False
        try:
            template = template_from_briefing(self._with_reference_resolved(briefing), request.name, request.title,
                                              request.description, request.include_facts)
            path = store.save(template, replace=replacing)
        except BriefingError as exc:
            self._services.prompts.error(self._window, "Cannot save template", str(exc))
            return False
        hidden = [e.origin for e in listing.entries if e.name == request.name and e.origin is not Origin.USER]
        note = f"; it takes the place of the {hidden[0].value} template of that name" if hidden else ""
        self.status.emit(f"Saved template “{request.title}” as {path.name}{note}")
        return True

    def _with_reference_resolved(self, briefing: Briefing) -> Briefing:
        """``briefing`` with its Word styles path made absolute (a relative one is relative to the .brief)."""
        reference = briefing.metadata.reference_doc
        if not reference or Path(reference).is_absolute():
            return briefing
        base = self.document.path.parent if self.document.path is not None else Path.cwd()
        return replace(briefing, metadata=replace(briefing.metadata, reference_doc=str(base / reference)))

    # -- Manage Templates --------------------------------------------------------------------
    def manage_templates(self) -> None:
        services = self._services
        self._ask("Manage templates", lambda: services.dialogs.manage_templates(
            services.templates, services.prompts, services.open_url, self._window))
