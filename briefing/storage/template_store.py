"""Where templates live: built-in (shipped, read-only), team (a shared folder) and the user's own.

When two folders hold a template of the same name, the nearer one wins: **user over team over
built-in**. A user may so adapt a team or built-in template without touching the original; a team
may restyle a built-in for the whole office. The listing keeps the hidden ones, flagged with what
hides them, and a hidden one stays reachable by its qualified name, such as ``built-in:decision-memo``.

Only the user's folder is written to. A file that does not read is listed with its error (and
still holds its name, so a broken user template is reported rather than silently replaced by the
team's); an unreachable folder is reported, never raised.
"""
from __future__ import annotations

import dataclasses
import enum
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from briefing.domain import SourceRegistry
from briefing.domain.template import Template, is_template_name
from briefing.errors import BriefingError
from briefing.storage.templates import SUFFIX, TemplateError, load_template, name_of, save_template, template_path

TEAM_FOLDER_VARIABLE = "BRIEFING_TEAM_TEMPLATES"
REFERENCE_SUFFIX = ".reference.docx"


class Origin(str, enum.Enum):
    """Which folder a template comes from."""

    USER = "user"
    TEAM = "team"
    BUILTIN = "built-in"


PRECEDENCE = (Origin.USER, Origin.TEAM, Origin.BUILTIN)  # first wins a name clash


class TemplateStoreError(BriefingError):
    """A template cannot be found, saved, renamed or deleted; the message says why and what to do."""


class UnknownTemplateError(TemplateStoreError):
    """No template has the name asked for; ``names`` are the ones there are."""

    def __init__(self, name: str, names: list[str]):
        self.name, self.names = name, names
        choices = ", ".join(names) if names else "none (check the template folders)"
        super().__init__(f"there is no template named {name!r}; the templates are: {choices}")


@dataclass(frozen=True, slots=True)
class TemplateEntry:
    """One template file as listed: its template, or the error that stops it from loading.

    ``shadowed_by`` is the origin of the template that takes this one's name, or None when this
    one is the template the name stands for.
    """

    name: str
    origin: Origin
    path: Path
    template: Template | None = None
    error: str | None = None
    shadowed_by: Origin | None = None

    @property
    def ok(self) -> bool:
        return self.template is not None

    @property
    def qualified_name(self) -> str:
        return f"{self.origin.value}:{self.name}"

    @property
    def title(self) -> str:
        return self.template.title if self.template else ""

    @property
    def description(self) -> str:
        return self.template.description if self.template else ""


@dataclass(slots=True)
class TemplateListing:
    """Every template found, sorted by name then precedence, and the folders that could not be read."""

    entries: list[TemplateEntry] = field(default_factory=list)
    folder_problems: list[str] = field(default_factory=list)

    @property
    def available(self) -> list[TemplateEntry]:
        """The templates the bare names stand for: not shadowed and loading cleanly."""
        return [e for e in self.entries if e.shadowed_by is None and e.ok]

    def names(self) -> list[str]:
        return sorted({e.name for e in self.entries})


class TemplateStore:
    """The templates of three folders, listed together; saves, renames and deletes in the user's.

    ``team_dir`` None means no team folder. The store keeps no cache: each call reads the folders,
    so templates dropped on a shared drive appear at once.
    """

    def __init__(self, builtin_dir: Path, user_dir: Path, team_dir: Path | None = None,
                 registry: SourceRegistry | None = None):
        self.folders: dict[Origin, Path] = {Origin.BUILTIN: Path(builtin_dir), Origin.USER: Path(user_dir)}
        if team_dir is not None:
            self.folders[Origin.TEAM] = Path(team_dir)
        self.registry = registry

    @property
    def user_dir(self) -> Path:
        return self.folders[Origin.USER]

    # -- reading ---------------------------------------------------------------------------
    def listing(self) -> TemplateListing:
        listing = TemplateListing()
        found: dict[str, list[TemplateEntry]] = {}
        for origin in PRECEDENCE:
            folder = self.folders.get(origin)
            if folder is None:
                continue
            paths, problem = _template_files(folder, origin)
            if problem:
                listing.folder_problems.append(problem)
            for path in paths:
                found.setdefault(name_of(path) or path.name, []).append(self._entry(path, origin))
        for name in sorted(found):
            winner = found[name][0].origin
            listing.entries.append(found[name][0])
            listing.entries += [_shadowed(e, winner) for e in found[name][1:]]
        return listing

    def entry(self, name: str) -> TemplateEntry:
        """The entry ``name`` stands for: a bare name by precedence, or ``origin:name`` exactly.

        Raises UnknownTemplateError when there is none. The entry may be broken (see ``ok``).
        """
        origin, _, bare = name.rpartition(":")
        wanted = None
        if origin:
            try:
                wanted = Origin(origin)
            except ValueError:
                raise TemplateStoreError(f"{origin!r} in {name!r} is not a template folder; write "
                                         "user:NAME, team:NAME or built-in:NAME, or the name alone") from None
        for origin_ in PRECEDENCE:
            folder = self.folders.get(origin_)
            if folder is None or wanted not in (None, origin_) or not is_template_name(bare):
                continue
            path = template_path(folder, bare)
            if path.is_file():
                return self._entry(path, origin_)
        raise UnknownTemplateError(name, [e.qualified_name if e.shadowed_by else e.name
                                          for e in self.listing().entries if e.ok])

    def load(self, name: str) -> Template:
        """The template ``name`` stands for; raises UnknownTemplateError, or TemplateError if it is broken."""
        entry = self.entry(name)
        if entry.template is None:
            raise TemplateStoreError(f"the {entry.origin.value} template {entry.name!r} cannot be used: "
                                     f"{entry.error}")
        return entry.template

    # -- changing the user's folder --------------------------------------------------------
    def save(self, template: Template, *, replace: bool = False) -> Path:
        """Save ``template`` in the user's folder and return its path.

        Its reference .docx is copied next to it as ``NAME.reference.docx``. A template of the same
        name in the user's folder is replaced only with ``replace``; one in the team or built-in
        folder is shadowed, not changed.
        """
        if not is_template_name(template.name):
            raise TemplateStoreError(f"{template.name!r} is not a template name; use lower-case letters, "
                                     "digits and hyphens, such as weekly-summary")
        target = template_path(self.user_dir, template.name)
        if target.exists() and not replace:
            raise TemplateStoreError(f"you already have a template named {template.name!r} ({target}); choose "
                                     "another name or replace it")
        try:
            self.user_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise TemplateStoreError(f"cannot create your template folder {self.user_dir} "
                                     f"({exc.strerror or exc}); check its permissions") from None
        own_reference = self.user_dir / f"{template.name}{REFERENCE_SUFFIX}"
        if template.reference_doc:
            path = save_template(_with_reference_in(template, self.user_dir), self.user_dir)
        else:
            path = save_template(template, self.user_dir)
            _remove(own_reference)  # left by the template this one replaced
        return path

    def rename(self, old: str, new: str) -> Path:
        """Rename the user's template ``old`` to ``new`` (its reference .docx too); return the new path."""
        source = self._user_file(old, "renamed")
        if not is_template_name(new):
            raise TemplateStoreError(f"{new!r} is not a template name; use lower-case letters, digits and "
                                     "hyphens, such as weekly-summary")
        target = template_path(self.user_dir, new)
        if target.exists():
            raise TemplateStoreError(f"you already have a template named {new!r}; choose another name or "
                                     "delete that one first")
        entry = self._entry(source, Origin.USER)
        old_reference = self.user_dir / f"{old}{REFERENCE_SUFFIX}"
        if entry.template is not None and entry.template.reference_doc and \
                Path(entry.template.reference_doc).name == old_reference.name:
            # a reference .docx of its own moves with it; one shared with other templates stays
            new_reference = self.user_dir / f"{new}{REFERENCE_SUFFIX}"
            try:
                shutil.copyfile(old_reference, new_reference)
                save_template(dataclasses.replace(entry.template, name=new, reference_doc=str(new_reference)),
                              self.user_dir)
            except (OSError, BriefingError) as exc:
                _remove(new_reference)
                raise TemplateStoreError(f"cannot rename {source}: {exc}") from None
            _remove(source)
            _remove(old_reference)
        else:
            try:
                os.replace(source, target)
            except OSError as exc:
                raise TemplateStoreError(f"cannot rename {source} ({exc.strerror or exc}); check that the "
                                         "folder is writable") from None
        return target

    def delete(self, name: str) -> None:
        """Delete the user's template ``name`` (and its own reference .docx)."""
        path = self._user_file(name, "deleted")
        _remove(path)
        _remove(self.user_dir / f"{name}{REFERENCE_SUFFIX}")

    # -- helpers -----------------------------------------------------------------------------
    def _entry(self, path: Path, origin: Origin) -> TemplateEntry:
        name = name_of(path) or path.name
        try:
            return TemplateEntry(name, origin, path, template=load_template(path, self.registry))
        except TemplateError as exc:
            return TemplateEntry(name, origin, path, error=str(exc))

    def _user_file(self, name: str, verb: str) -> Path:
        path = template_path(self.user_dir, name) if is_template_name(name) else None
        if path is not None and path.is_file():
            return path
        others = [o for o in (Origin.TEAM, Origin.BUILTIN)
                  if o in self.folders and path is not None and template_path(self.folders[o], name).is_file()]
        if others:
            raise TemplateStoreError(f"{name!r} is a {others[0].value} template and cannot be {verb}; "
                                     "save a copy under another name and change that")
        raise UnknownTemplateError(name, [e.name for e in self.listing().entries
                                          if e.origin is Origin.USER])


def default_user_dir() -> Path:
    """The user's own template folder: ``user_data_dir("Briefing")/templates``."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("Briefing", appauthor=False)) / "templates"


def team_dir_from(environ: Mapping[str, str], setting: str | Path | None = None) -> Path | None:
    """The team folder: the setting if given, else ``$BRIEFING_TEAM_TEMPLATES``, else None."""
    if setting:
        return Path(setting)
    value = environ.get(TEAM_FOLDER_VARIABLE, "").strip()
    return Path(value).expanduser() if value else None


def _template_files(folder: Path, origin: Origin) -> tuple[list[Path], str | None]:
    if not folder.exists():
        if origin is Origin.USER:
            return [], None  # made on first save
        return [], f"the {origin.value} template folder {folder} does not exist or is not reachable"
    try:
        return sorted(p for p in folder.iterdir() if p.name.endswith(SUFFIX) and not p.name.startswith(".")), None
    except OSError as exc:
        return [], f"the {origin.value} template folder {folder} cannot be read ({exc.strerror or exc})"


def _shadowed(entry: TemplateEntry, by: Origin) -> TemplateEntry:
    return TemplateEntry(entry.name, entry.origin, entry.path, entry.template, entry.error, shadowed_by=by)


def _with_reference_in(template: Template, folder: Path) -> Template:
    """A copy of ``template`` whose reference .docx is ``folder/NAME.reference.docx`` (copied there)."""
    source = Path(template.reference_doc)
    if not source.is_file():
        raise TemplateStoreError(f"the Word styles document {source} does not exist; choose another one or "
                                 "save the template without it")
    target = folder / f"{template.name}{REFERENCE_SUFFIX}"
    if source.resolve() != target.resolve():
        try:
            shutil.copyfile(source, target)
        except OSError as exc:
            raise TemplateStoreError(f"cannot copy {source} into {folder} ({exc.strerror or exc})") from None
    return dataclasses.replace(template, reference_doc=str(target))


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise TemplateStoreError(f"cannot delete {path} ({exc.strerror or exc}); check that the folder is "
                                 "writable") from None
