"""The template file: a briefing skeleton as versioned JSON (see docs/template-format.md).

A template is one file, ``NAME.briefing-template.json``; its name is the file name, so renaming
the file renames the template. A reference .docx, if any, sits in the same folder and is named in
the file by its file name alone.

``load_template`` either returns a complete, valid template or raises :class:`TemplateError`
naming the file, the place in it and the problem; ``save_template`` writes atomically.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from briefing.domain import (
    AttributionStyle, Block, Confidence, FactBlock, JudgmentBlock, SourceRegistry, TextBlock, ValidationError,
    builtin_registry,
)
from briefing.domain.template import (
    PLACEHOLDERS, MetadataDefaults, PlaceholderError, Template, TemplateSection, check_placeholders,
    is_template_name,
)
from briefing.errors import BriefingError
from briefing.storage.atomic import write_atomically
from briefing.storage.json_file import parse_json, read_json
# the .brief reader's field readers and record writers: a template carries facts in the same shape
from briefing.storage.brief_file import _fact_to_dict, _kind, _Reader, _source_to_dict

FORMAT_NAME = "briefing-template"
FORMAT_VERSION = 1
SUFFIX = ".briefing-template.json"
MAX_FILE_BYTES = 50 * 1024 * 1024
_RECOVERY = "Restore it from a copy"

_TOP = {"format", "format_version", "title", "description", "version", "reference_doc", "metadata", "sections",
        "sources", "documents", "facts"}
_METADATA = {"title", "subtitle", "author", "organisation", "classification", "caveat", "attribution_style",
             "portion_marks", "report_number"}


class TemplateError(BriefingError):
    """A template file cannot be read or written: says which file, where in it, and what is wrong."""

    def __init__(self, path: Path | str, where: str, problem: str):
        self.path, self.where, self.problem = str(path), where, problem
        location = f" at {where}" if where else ""
        super().__init__(f"{path}{location}: {problem}")


def template_path(folder: Path, name: str) -> Path:
    return Path(folder) / f"{name}{SUFFIX}"


def name_of(path: Path) -> str | None:
    """The template name a file name stands for, or None when it is not a template file name."""
    file_name = Path(path).name
    if not file_name.endswith(SUFFIX):
        return None
    return file_name[: -len(SUFFIX)]


# -- writing -----------------------------------------------------------------------------------

def template_to_dict(template: Template) -> dict[str, Any]:
    """The JSON-ready form of ``template``; ``reference_doc`` is written as a bare file name."""
    d = template.metadata
    out: dict[str, Any] = {
        "format": FORMAT_NAME, "format_version": FORMAT_VERSION, "title": template.title,
        "description": template.description, "version": template.version,
    }
    if template.reference_doc:
        out["reference_doc"] = Path(template.reference_doc).name
    out["metadata"] = {
        "title": d.title, "subtitle": d.subtitle, "author": d.author, "organisation": d.organisation,
        "classification": d.classification, "caveat": d.caveat, "attribution_style": d.attribution_style.value,
        "portion_marks": d.portion_marks, "report_number": d.report_number,
    }
    out["sections"] = [_section_to_dict(s) for s in template.sections]
    if template.sources:
        out["sources"] = [_source_to_dict(s) for s in template.sources]
    if template.documents or template.facts:
        out["documents"] = [
            {"id": doc.id, "title": doc.title, "originator": doc.originator,
             "published": doc.published.isoformat() if doc.published else None,
             "reference": doc.reference, "text": doc.text}
            for doc in template.documents.values()]
        out["facts"] = [_fact_to_dict(f) for f in template.facts.values()]
    return out


def dumps_template(template: Template) -> str:
    return json.dumps(template_to_dict(template), ensure_ascii=False, indent=1) + "\n"


def save_template(template: Template, folder: Path) -> Path:
    """Write ``template`` as ``folder/NAME.briefing-template.json`` atomically and return the path.

    Its reference .docx, if any, must already be in ``folder`` (the template store copies it there).
    """
    folder = Path(folder)
    path = template_path(folder, template.name)
    try:
        template.validate()
    except ValidationError as exc:
        raise TemplateError(path, "", f"{exc}; nothing was saved") from None
    if template.reference_doc and not (folder / Path(template.reference_doc).name).is_file():
        raise TemplateError(path, "reference_doc", f"{template.reference_doc} is not in the template's folder; "
                                                   "copy it there first")
    write_atomically(path, dumps_template(template).encode("utf-8"))
    return path


def _section_to_dict(s: TemplateSection) -> dict[str, Any]:
    out: dict[str, Any] = {"heading": s.heading, "guidance": s.guidance,
                           "boilerplate": [_block_to_dict(b) for b in s.boilerplate]}
    if s.subsections:
        out["subsections"] = [_section_to_dict(sub) for sub in s.subsections]
    return out


def _block_to_dict(b: Block) -> dict[str, Any]:
    if isinstance(b, FactBlock):
        return {"type": "fact", "fact_id": b.fact_id}
    if isinstance(b, JudgmentBlock):
        return {"type": "judgment", "text": b.text, "confidence": b.confidence.value}
    return {"type": "text", "text": b.text}


# -- reading -----------------------------------------------------------------------------------

def load_template(path: Path, registry: SourceRegistry | None = None) -> Template:
    """Read and validate the template at ``path``; raises TemplateError and changes nothing on failure.

    ``registry`` is the set of sources the template's facts may name besides its own (the built-in
    sources when None). The returned template's ``reference_doc`` is an absolute path.
    """
    path = Path(path)
    name = name_of(path)
    if name is None:
        raise TemplateError(path, "", f"a template file's name ends in {SUFFIX}; rename the file")
    if not is_template_name(name):
        raise TemplateError(path, "", f"{name!r} is not a template name; rename the file to lower-case letters, "
                                      f"digits and hyphens followed by {SUFFIX}, such as situation-report{SUFFIX}")
    data = read_json(path, TemplateError, kind="a template", max_bytes=MAX_FILE_BYTES, recovery=_RECOVERY)
    return _TemplateReader(path).template(data, registry if registry is not None else builtin_registry())


def loads_template(raw: bytes | str, path: Path, registry: SourceRegistry | None = None) -> Template:
    """Parse the text of the template file at ``path`` (whose name and folder the template uses)."""
    path = Path(path)
    data = parse_json(raw, path, TemplateError, kind="a template", recovery=_RECOVERY)
    return _TemplateReader(path).template(data, registry if registry is not None else builtin_registry())


class _TemplateReader(_Reader):
    """Turns parsed JSON into a Template, naming the JSON path of the first problem found."""

    def __init__(self, path: Path):
        super().__init__(path)
        self.file = path

    def fail(self, where: str, problem: str) -> TemplateError:
        return TemplateError(self.file, where, problem)

    def text(self, d: dict, key: str, where: str, default: str | None = None) -> str:
        value = d.get(key, default)
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}" if where else key, f"expected text, found {_kind(value)}")
        return value

    def placeholders(self, text: str, where: str) -> str:
        try:
            check_placeholders(text, where)
        except PlaceholderError as exc:
            known = ", ".join(f"{{{{{p}}}}}" for p in PLACEHOLDERS)
            raise self.fail(where, f"unknown placeholder {{{{{exc.name}}}}}; use one of {known}, "
                                   "or remove the braces") from None
        return text

    def template(self, data: Any, registry: SourceRegistry) -> Template:
        data = self.obj(data, "the top level", _TOP, {"format_version"})
        self.format_version(data, FORMAT_NAME, FORMAT_VERSION, what="a briefing template", thing="the template",
                            use="use")
        self.obj(data, "the top level", _TOP, {"title", "sections"})
        template = Template(
            name=name_of(self.file) or "", title=self.placeholders(self.text(data, "title", ""), "title"),
            description=self.text(data, "description", "", ""), version=self.text(data, "version", "", "1"),
            metadata=self.metadata(data.get("metadata", {})),
        )
        if not template.title.strip():
            raise self.fail("title", "the template has no title; give it one")
        template.sources.extend(self.sources(data))
        self.facts(data, template, registry.merged(template.sources))
        for i, raw in enumerate(self.list(data["sections"], "sections")):
            template.sections.append(self.section(raw, f"sections[{i}]", template))
        if not template.sections:
            raise self.fail("sections", "the template has no sections; give it at least one")
        template.reference_doc = self.reference_doc(data)
        try:
            template.validate()
        except ValidationError as exc:  # every rule is checked above with its place; this is a safety net
            raise self.fail("", str(exc)) from None
        return template

    def metadata(self, raw: Any) -> MetadataDefaults:
        where = "metadata"
        d = self.obj(raw, where, _METADATA)
        portion_marks = d.get("portion_marks", False)
        if not isinstance(portion_marks, bool):
            raise self.fail(f"{where}.portion_marks", "expected true or false")
        texts = {key: self.placeholders(self.text(d, key, where, default), f"{where}.{key}")
                 for key, default in MetadataDefaults().texts()}
        return MetadataDefaults(
            **texts, portion_marks=portion_marks,
            attribution_style=self.enum(d, "attribution_style", where, AttributionStyle, AttributionStyle.INLINE))

    def facts(self, data: dict, template: Template, registry: SourceRegistry) -> None:
        self.library(data, template.documents, template.facts, registry, owner="template", facts_required=False)

    def section(self, raw: Any, where: str, template: Template) -> TemplateSection:
        d = self.obj(raw, where, {"heading", "guidance", "boilerplate", "subsections"}, {"heading"})
        section = TemplateSection(heading=self.placeholders(self.text(d, "heading", where), f"{where}.heading"),
                                  guidance=self.text(d, "guidance", where, ""))
        if not section.heading.strip():
            raise self.fail(f"{where}.heading", "the heading is empty; write one")
        for i, raw_block in enumerate(self.list(d.get("boilerplate", []), f"{where}.boilerplate")):
            section.boilerplate.append(self.block(raw_block, f"{where}.boilerplate[{i}]", template))
        for i, raw_sub in enumerate(self.list(d.get("subsections", []), f"{where}.subsections")):
            section.subsections.append(self.section(raw_sub, f"{where}.subsections[{i}]", template))
        return section

    def block(self, raw: Any, where: str, template: Template) -> Block:
        if not isinstance(raw, dict):
            raise self.fail(where, f"expected an object, found {_kind(raw)}")
        kind = raw.get("type")
        if kind == "text":
            d = self.obj(raw, where, {"type", "text"}, {"text"})
            return TextBlock(self.placeholders(self.text(d, "text", where), f"{where}.text"))
        if kind == "judgment":
            d = self.obj(raw, where, {"type", "text", "confidence"}, {"text"})
            return JudgmentBlock(self.placeholders(self.text(d, "text", where), f"{where}.text"),
                                 self.enum(d, "confidence", where, Confidence, Confidence.MODERATE))
        if kind == "fact":
            d = self.obj(raw, where, {"type", "fact_id"}, {"fact_id"})
            fact_id = self.text(d, "fact_id", where)
            if fact_id not in template.facts:
                raise self.fail(f"{where}.fact_id", f"refers to fact {fact_id!r}, which is not in the template's "
                                                    "facts")
            return FactBlock(fact_id)
        raise self.fail(f"{where}.type", f"{kind!r} is not a boilerplate type; use text, judgment or fact")

    def reference_doc(self, data: dict) -> str:
        name = self.text(data, "reference_doc", "", "")
        if not name:
            return ""
        if Path(name).name != name or "\\" in name or name in (".", ".."):
            raise self.fail("reference_doc", f"{name!r} is not a plain file name; put the .docx next to the "
                                             "template and give its file name alone")
        if not name.lower().endswith(".docx"):
            raise self.fail("reference_doc", f"{name!r} is not a Word document; name a .docx file")
        doc = self.file.parent / name
        if not doc.is_file():
            raise self.fail("reference_doc", f"the reference document {name} is missing from {self.file.parent}; "
                                             "put it back or remove the field")
        return str(doc.resolve())
