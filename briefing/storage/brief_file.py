"""The .brief file: a briefing as versioned JSON (see docs/brief-format.md).

``save_briefing`` writes atomically; ``load_briefing`` either returns a complete, valid
briefing or raises :class:`BriefFileError` naming the file, the place in it and the problem.
Older format versions are migrated on load; newer ones are refused.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from briefing.domain import (
    AttributionStyle, Block, Briefing, Confidence, Credibility, Fact, FactBlock, JudgmentBlock, Metadata,
    Reliability, Section, Source, SourceDocument, SourceKind, SourceRegistry, Span, TextBlock,
    ValidationError, builtin_registry, has_visible_text,
)
from briefing.domain.visible import NO_VISIBLE_TEXT
from briefing.errors import BriefingError
from briefing.storage.atomic import write_atomically
from briefing.storage.json_file import parse_json, read_json

FORMAT_NAME = "briefing"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 200 * 1024 * 1024
_RECOVERY = "Open a backup copy"

# Each entry turns a document of version N into one of version N + 1.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


class BriefFileError(BriefingError):
    """A .brief file cannot be read: says which file, where in it, and what is wrong."""

    def __init__(self, path: Path | str, where: str, problem: str):
        self.path, self.where, self.problem = str(path), where, problem
        location = f" at {where}" if where else ""
        super().__init__(f"{path}{location}: {problem}")


# -- writing -----------------------------------------------------------------------------------

def briefing_to_dict(briefing: Briefing) -> dict[str, Any]:
    """The JSON-ready form of ``briefing`` in the current format version."""
    m = briefing.metadata
    metadata = {
        "title": m.title, "subtitle": m.subtitle, "author": m.author, "organisation": m.organisation,
        "date_time": m.date_time.isoformat() if m.date_time else None,
        "classification": m.classification, "caveat": m.caveat,
        "attribution_style": m.attribution_style.value, "portion_marks": m.portion_marks,
        "report_number": m.report_number,
    }
    if m.reference_doc:
        # written only when set, so files without one stay readable by earlier versions
        metadata["reference_doc"] = m.reference_doc
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "metadata": metadata,
        "sources": [_source_to_dict(s) for s in briefing.sources],
        "documents": [
            {"id": d.id, "title": d.title, "originator": d.originator,
             "published": d.published.isoformat() if d.published else None,
             "reference": d.reference, "text": d.text}
            for d in briefing.documents.values()
        ],
        "facts": [_fact_to_dict(f) for f in briefing.facts.values()],
        "sections": [_section_to_dict(s) for s in briefing.sections],
    }


def dumps(briefing: Briefing) -> str:
    return json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=1) + "\n"


def save_briefing(briefing: Briefing, path: Path) -> None:
    """Write ``briefing`` to ``path`` atomically: the previous file survives any failure."""
    write_atomically(Path(path), dumps(briefing).encode("utf-8"))


def _source_to_dict(s: Source) -> dict[str, Any]:
    return {"code": s.code, "name": s.name, "short_name": s.short_name, "aliases": list(s.aliases),
            "aliases_ko": list(s.aliases_ko), "kind": s.kind.value,
            "default_reliability": s.default_reliability.value if s.default_reliability else None}


def _fact_to_dict(f: Fact) -> dict[str, Any]:
    return {
        "id": f.id, "statement": f.statement, "sources": list(f.sources), "document_id": f.document_id,
        "excerpt": [f.excerpt.start, f.excerpt.end] if f.excerpt else None,
        "reported_on": f.reported_on.isoformat() if f.reported_on else None,
        "information_as_of": f.information_as_of.isoformat() if f.information_as_of else None,
        "reliability": f.reliability.value if f.reliability else None,
        "credibility": f.credibility.value if f.credibility else None,
        "tags": list(f.tags), "note": f.note,
    }


def _block_to_dict(b: Block) -> dict[str, Any]:
    if isinstance(b, FactBlock):
        return {"id": b.id, "type": "fact", "fact_id": b.fact_id}
    if isinstance(b, JudgmentBlock):
        return {"id": b.id, "type": "judgment", "text": b.text, "confidence": b.confidence.value}
    return {"id": b.id, "type": "text", "text": b.text}


def _section_to_dict(s: Section) -> dict[str, Any]:
    out: dict[str, Any] = {"id": s.id, "heading": s.heading, "guidance": s.guidance}
    if s.template_text:
        # written only when set (sections made from a template), like metadata.reference_doc
        out["template_text"] = list(s.template_text)
    out["blocks"] = [_block_to_dict(b) for b in s.blocks]
    out["subsections"] = [_section_to_dict(sub) for sub in s.subsections]
    return out


# -- reading -----------------------------------------------------------------------------------

def load_briefing(path: Path, registry: SourceRegistry | None = None) -> Briefing:
    """Read and validate the .brief at ``path``; raises BriefFileError and changes nothing on failure.

    ``registry`` is the set of sources the briefing may name besides its own (the built-in
    sources when None).
    """
    path = Path(path)
    data = read_json(path, BriefFileError, kind="a .brief file", max_bytes=MAX_FILE_BYTES, recovery=_RECOVERY)
    return _Reader(path).briefing(data, registry if registry is not None else builtin_registry())


def loads(raw: bytes | str, path: Path | str = "<briefing>", registry: SourceRegistry | None = None) -> Briefing:
    """Parse the text of a .brief file; ``path`` is only used in error messages."""
    data = parse_json(raw, path, BriefFileError, kind="a .brief file", recovery=_RECOVERY)
    return _Reader(path).briefing(data, registry if registry is not None else builtin_registry())


class _Reader:
    """Turns parsed JSON into model objects, naming the JSON path of the first problem found."""

    def __init__(self, path: Path | str):
        self.path = path

    def fail(self, where: str, problem: str) -> BriefFileError:
        return BriefFileError(self.path, where, problem)

    # generic field readers
    def obj(self, value: Any, where: str, allowed: set[str], required: set[str] = frozenset()) -> dict:
        if not isinstance(value, dict):
            raise self.fail(where, f"expected an object, found {_kind(value)}")
        keys = value.keys()
        if not keys <= allowed:
            unknown = sorted(keys - allowed)
            raise self.fail(where, f"unknown field {unknown[0]!r}; remove it or correct its spelling")
        if not required <= keys:
            missing = sorted(required - keys)
            raise self.fail(where, f"the field {missing[0]!r} is missing")
        return value

    def list(self, value: Any, where: str) -> list:
        if not isinstance(value, list):
            raise self.fail(where, f"expected a list, found {_kind(value)}")
        return value

    def text(self, d: dict, key: str, where: str, default: str | None = None) -> str:
        value = d.get(key, default)
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", f"expected text, found {_kind(value)}")
        return value

    def texts(self, d: dict, key: str, where: str) -> tuple[str, ...]:
        items = self.list(d.get(key, []), f"{where}.{key}")
        for i, item in enumerate(items):
            if not isinstance(item, str):
                raise self.fail(f"{where}.{key}[{i}]", f"expected text, found {_kind(item)}")
        return tuple(items)

    def date(self, d: dict, key: str, where: str) -> date | None:
        value = d.get(key)
        if value is None:
            return None
        try:
            if not isinstance(value, str):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(f"{where}.{key}", f"{value!r} is not a date; write it as YYYY-MM-DD") from None

    def enum(self, d: dict, key: str, where: str, kind: type, default: Any = None) -> Any:
        value = d.get(key)
        if value is None:
            return default
        try:
            return kind(value)
        except ValueError:
            choices = ", ".join(str(m.value) for m in kind)
            raise self.fail(f"{where}.{key}", f"{value!r} is not one of: {choices}") from None

    # the document
    def briefing(self, data: Any, registry: SourceRegistry) -> Briefing:
        data = self.obj(data, "the top level",
                        {"format", "format_version", "metadata", "sources", "documents", "facts", "sections"},
                        {"format_version"})
        version = self.format_version(data, FORMAT_NAME, FORMAT_VERSION, what="a briefing", thing="the file",
                                      use="open")
        while version < FORMAT_VERSION:
            data = MIGRATIONS[version](data)
            version += 1
        self.obj(data, "the top level",
                 {"format", "format_version", "metadata", "sources", "documents", "facts", "sections"},
                 {"metadata", "facts", "sections"})
        briefing = Briefing(metadata=self.metadata(data["metadata"]))
        briefing.sources.extend(self.sources(data))
        full_registry = briefing.registry(registry)
        self.library(data, briefing.documents, briefing.facts, full_registry, owner="file",
                     facts_required=True)
        ids: set[str] = set()
        for i, raw in enumerate(self.list(data["sections"], "sections")):
            briefing.sections.append(self.section(raw, f"sections[{i}]", briefing, ids))
        return briefing

    def format_version(self, data: dict, name: str, newest: int, *, what: str, thing: str, use: str) -> int:
        """The file's format version, after checking that ``data`` is ``name``'s format in a version
        this Briefing reads (at most ``newest``); the words name the file in the messages."""
        kind = data.get("format", name)
        if kind != name:
            raise self.fail("format", f"this is a {kind!r} file, not {what}")
        version = data["format_version"]
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise self.fail("format_version", f"{version!r} is not a format version")
        if version > newest:
            raise self.fail("format_version", f"{thing} was written by a newer Briefing (format {version}; this "
                                              f"version reads up to {newest}); update Briefing to {use} it")
        return version

    def library(self, data: dict, documents: dict[str, SourceDocument], facts: dict[str, Fact],
                registry: SourceRegistry, *, owner: str, facts_required: bool) -> None:
        """Read ``data``'s documents, then its facts, into ``documents`` and ``facts``.

        Each fact's statement must have visible text, its sources must be in ``registry`` and its
        excerpt inside its document; ``owner`` names the kind of file in messages ("file", "template").
        """
        for i, raw in enumerate(self.list(data.get("documents", []), "documents")):
            doc = self.document(raw, f"documents[{i}]")
            if doc.id in documents:
                raise self.fail(f"documents[{i}].id", f"the document id {doc.id} is used twice")
            documents[doc.id] = doc
        checker = Briefing(documents=documents)
        for i, raw in enumerate(self.list(data["facts"] if facts_required else data.get("facts", []), "facts")):
            where = f"facts[{i}]"
            fact = self.fact(raw, where)
            if fact.id in facts:
                raise self.fail(f"{where}.id", f"the fact id {fact.id} is used twice")
            if not has_visible_text(fact.statement):
                # Refused like any other broken rule: loading it would give an empty bullet.
                raise self.fail(f"{where}.statement", f"fact {fact.id} has no statement ({NO_VISIBLE_TEXT}); write "
                                                      f"its wording in the {owner}, or open a backup copy")
            for j, code in enumerate(fact.sources):
                if code not in registry:
                    raise self.fail(f"{where}.sources[{j}]", f"unknown source {code!r}; add it to the {owner}'s "
                                                             "sources or use a code from the registry")
            try:
                checker.validate_fact(fact)
            except ValidationError as exc:
                raise self.fail(where, str(exc)) from None
            facts[fact.id] = fact

    def metadata(self, raw: Any) -> Metadata:
        where = "metadata"
        d = self.obj(raw, where, {"title", "subtitle", "author", "organisation", "date_time", "classification",
                                  "caveat", "attribution_style", "portion_marks", "report_number",
                                  "reference_doc"}, {"title"})
        date_time = d.get("date_time")
        if date_time is not None:
            try:
                if not isinstance(date_time, str):
                    raise ValueError
                date_time = datetime.fromisoformat(date_time)
            except ValueError:
                raise self.fail(f"{where}.date_time", f"{date_time!r} is not a date and time; write it as "
                                                      "YYYY-MM-DDTHH:MM") from None
        portion_marks = d.get("portion_marks", False)
        if not isinstance(portion_marks, bool):
            raise self.fail(f"{where}.portion_marks", "expected true or false")
        return Metadata(
            title=self.text(d, "title", where), subtitle=self.text(d, "subtitle", where, ""),
            author=self.text(d, "author", where, ""), organisation=self.text(d, "organisation", where, ""),
            date_time=date_time, classification=self.text(d, "classification", where, "UNCLASSIFIED"),
            caveat=self.text(d, "caveat", where, ""),
            attribution_style=self.enum(d, "attribution_style", where, AttributionStyle, AttributionStyle.INLINE),
            portion_marks=portion_marks, report_number=self.text(d, "report_number", where, ""),
            reference_doc=self.text(d, "reference_doc", where, ""),
        )

    def sources(self, data: dict) -> list[Source]:
        """The file's own sources (its "sources" list), each code defined once."""
        sources: dict[str, Source] = {}
        for i, raw in enumerate(self.list(data.get("sources", []), "sources")):
            source = self.source(raw, f"sources[{i}]")
            if source.code in sources:
                raise self.fail(f"sources[{i}].code", f"the source code {source.code} is defined twice")
            sources[source.code] = source
        return list(sources.values())

    def source(self, raw: Any, where: str) -> Source:
        d = self.obj(raw, where, {"code", "name", "short_name", "aliases", "aliases_ko", "kind",
                                  "default_reliability"}, {"code", "name"})
        try:
            return Source(
                code=self.text(d, "code", where), name=self.text(d, "name", where),
                short_name=self.text(d, "short_name", where, ""), aliases=self.texts(d, "aliases", where),
                aliases_ko=self.texts(d, "aliases_ko", where),
                kind=self.enum(d, "kind", where, SourceKind, SourceKind.OTHER),
                default_reliability=self.enum(d, "default_reliability", where, Reliability),
            )
        except ValidationError as exc:
            raise self.fail(where, str(exc)) from None

    def document(self, raw: Any, where: str) -> SourceDocument:
        d = self.obj(raw, where, {"id", "title", "originator", "published", "reference", "text"}, {"id", "title"})
        return SourceDocument(
            id=self.text(d, "id", where), title=self.text(d, "title", where), text=self.text(d, "text", where, ""),
            originator=self.text(d, "originator", where, ""), published=self.date(d, "published", where),
            reference=self.text(d, "reference", where, ""),
        )

    def fact(self, raw: Any, where: str) -> Fact:
        d = self.obj(raw, where, {"id", "statement", "sources", "document_id", "excerpt", "reported_on",
                                  "information_as_of", "reliability", "credibility", "tags", "note"},
                     {"id", "statement"})
        excerpt = d.get("excerpt")
        if excerpt is not None:
            if (not isinstance(excerpt, list) or len(excerpt) != 2
                    or not all(isinstance(n, int) and not isinstance(n, bool) for n in excerpt)):
                raise self.fail(f"{where}.excerpt", "expected [start, end], two whole numbers")
            try:
                excerpt = Span(excerpt[0], excerpt[1])
            except ValidationError as exc:
                raise self.fail(f"{where}.excerpt", str(exc)) from None
        document_id = d.get("document_id")
        if document_id is not None and not isinstance(document_id, str):
            raise self.fail(f"{where}.document_id", f"expected text, found {_kind(document_id)}")
        return Fact(
            id=self.text(d, "id", where), statement=self.text(d, "statement", where),
            sources=self.texts(d, "sources", where), document_id=document_id, excerpt=excerpt,
            reported_on=self.date(d, "reported_on", where),
            information_as_of=self.date(d, "information_as_of", where),
            reliability=self.enum(d, "reliability", where, Reliability),
            credibility=self.enum(d, "credibility", where, Credibility),
            tags=self.texts(d, "tags", where), note=self.text(d, "note", where, ""),
        )

    def section(self, raw: Any, where: str, briefing: Briefing, ids: set[str]) -> Section:
        d = self.obj(raw, where, {"id", "heading", "guidance", "template_text", "blocks", "subsections"},
                     {"id", "heading"})
        section = Section(heading=self.text(d, "heading", where), guidance=self.text(d, "guidance", where, ""),
                          id=self.text(d, "id", where), template_text=self.texts(d, "template_text", where))
        self._unique(section.id, f"{where}.id", ids)
        for i, raw_block in enumerate(self.list(d.get("blocks", []), f"{where}.blocks")):
            section.blocks.append(self.block(raw_block, f"{where}.blocks[{i}]", briefing, ids))
        for i, raw_sub in enumerate(self.list(d.get("subsections", []), f"{where}.subsections")):
            section.subsections.append(self.section(raw_sub, f"{where}.subsections[{i}]", briefing, ids))
        return section

    def block(self, raw: Any, where: str, briefing: Briefing, ids: set[str]) -> Block:
        if not isinstance(raw, dict):
            raise self.fail(where, f"expected an object, found {_kind(raw)}")
        kind = raw.get("type")
        if kind == "fact":
            d = self.obj(raw, where, {"id", "type", "fact_id"}, {"id", "fact_id"})
            fact_id = self.text(d, "fact_id", where)
            if fact_id not in briefing.facts:
                raise self.fail(f"{where}.fact_id", f"refers to fact {fact_id!r}, which is not in the file's facts")
            block: Block = FactBlock(fact_id, id=self.text(d, "id", where))
        elif kind == "text":
            d = self.obj(raw, where, {"id", "type", "text"}, {"id", "text"})
            block = TextBlock(self.text(d, "text", where), id=self.text(d, "id", where))
        elif kind == "judgment":
            d = self.obj(raw, where, {"id", "type", "text", "confidence"}, {"id", "text"})
            block = JudgmentBlock(self.text(d, "text", where),
                                  self.enum(d, "confidence", where, Confidence, Confidence.MODERATE),
                                  id=self.text(d, "id", where))
        else:
            raise self.fail(f"{where}.type", f"{kind!r} is not a block type; use fact, text or judgment")
        self._unique(block.id, f"{where}.id", ids)
        return block

    def _unique(self, ident: str, where: str, ids: set[str]) -> None:
        if ident in ids:
            raise self.fail(where, f"the id {ident!r} is used twice")
        ids.add(ident)


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null",
            int: "a number", float: "a number"}.get(type(value), type(value).__name__)
