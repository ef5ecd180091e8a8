"""Templates: briefing skeletons with guidance, boilerplate and placeholders. Data only, never executed.

A template gives a new briefing its structure (sections with guidance for whoever writes them),
its boilerplate (paragraphs that are exported), its metadata defaults and, optionally, standing
facts and a reference .docx for the Word look.

Placeholders are the only dynamic part, and they are filled by a plain regular-expression
substitution: ``{{date}}``, ``{{datetime}}``, ``{{author}}``, ``{{organisation}}``,
``{{classification}}``, ``{{title}}`` and ``{{report_number}}``. Nothing in a template is ever
evaluated. Rules (documented for users in docs/template-format.md):

* placeholders are filled in the metadata, in section headings and in boilerplate; guidance is
  advice and stays as written; fact statements are sourced wording and are never touched;
* a placeholder whose value is empty (no report number yet) stays visible as written, for
  example ``{{report_number}}``, so ``briefing check`` can flag it before the briefing goes out;
* values the user gives (``--title``) are taken literally; the template's own defaults may use
  placeholders, including each other (a default title "SITREP {{report_number}}"), but not in a
  circle;
* anything else between ``{{`` and ``}}`` is an unknown placeholder and an error naming it.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Iterator

from briefing.domain.errors import ValidationError
from briefing.domain.model import (
    AttributionStyle, Block, Briefing, Fact, FactBlock, JudgmentBlock, Metadata, Section, SourceDocument,
    TextBlock,
)
from briefing.domain.sources import Source

PLACEHOLDERS = ("date", "datetime", "author", "organisation", "classification", "title", "report_number")
# the placeholders that name a metadata field, in the order they are resolved
FIELD_PLACEHOLDERS = ("title", "author", "organisation", "classification", "report_number")

_TOKEN = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_NAME = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


class PlaceholderError(ValidationError):
    """Text holds ``{{something}}`` that is not one of the known placeholders."""

    def __init__(self, name: str, where: str):
        self.name, self.where = name, where
        known = ", ".join(f"{{{{{p}}}}}" for p in PLACEHOLDERS)
        super().__init__(f"{where} uses the unknown placeholder {{{{{name}}}}}; use one of {known} "
                         "or remove the braces")


# -- placeholders ------------------------------------------------------------------------------

def placeholders_in(text: str) -> list[str]:
    """The names inside every ``{{…}}`` in ``text``, in order, spaces trimmed (known or not)."""
    return [m.group(1).strip() for m in _TOKEN.finditer(text)]


def check_placeholders(text: str, where: str) -> None:
    """Raise PlaceholderError for the first unknown placeholder in ``text``; ``where`` names the place."""
    for name in placeholders_in(text):
        if name not in PLACEHOLDERS:
            raise PlaceholderError(name, where)


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with each ``{{name}}`` whose value in ``values`` is non-empty replaced by that value.

    Tokens with no or an empty value are left exactly as written. Callers check for unknown
    placeholders first; this function never fails.
    """
    def replace(match: re.Match[str]) -> str:
        value = values.get(match.group(1).strip(), "")
        return value if value else match.group(0)

    return _TOKEN.sub(replace, text)


def long_date(moment: datetime) -> str:
    """"23 December 2024", the same in every locale."""
    return f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year}"


def is_template_name(name: str) -> bool:
    """A template name is a slug: 1-64 lower-case letters, digits and inner hyphens ("situation-report")."""
    return bool(_NAME.match(name))


def slugify(text: str) -> str:
    """A template name made from ``text`` ("Weekly INTSUM (J2)" -> "weekly-intsum-j2"); may be empty."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:64].rstrip("-")


# -- the template ------------------------------------------------------------------------------

@dataclass(slots=True)
class MetadataDefaults:
    """What a new briefing's metadata starts as; text values may hold placeholders.

    An empty ``title`` means the new briefing is titled like the template.
    """

    title: str = ""
    subtitle: str = ""
    author: str = ""
    organisation: str = ""
    classification: str = "UNCLASSIFIED"
    caveat: str = ""
    attribution_style: AttributionStyle = AttributionStyle.INLINE
    portion_marks: bool = False
    report_number: str = ""

    def texts(self) -> Iterator[tuple[str, str]]:
        """Each text field as (name, value)."""
        for f in fields(self):
            value = getattr(self, f.name)
            if type(value) is str:  # not the attribution style, a str enum
                yield f.name, value


@dataclass(slots=True)
class TemplateSection:
    """A section of the skeleton: heading, guidance (never exported) and boilerplate (exported).

    ``boilerplate`` holds TextBlock and JudgmentBlock paragraphs, and FactBlock bullets only when
    the template carries facts. Block ids are not part of a template; a new briefing gets fresh ones.
    """

    heading: str
    guidance: str = ""
    boilerplate: list[Block] = field(default_factory=list)
    subsections: list["TemplateSection"] = field(default_factory=list)

    def walk(self, path: str = "") -> Iterator[tuple["TemplateSection", str]]:
        """This section and all below it, each with a readable place such as "section 'Outlook'"."""
        here = f"{path} > {self.heading!r}" if path else f"section {self.heading!r}"
        yield self, here
        for sub in self.subsections:
            yield from sub.walk(here)


@dataclass(slots=True)
class Template:
    """A briefing skeleton.

    ``name`` is the template's id (a slug, see :func:`is_template_name`); ``version`` is the
    template author's own revision label. ``sources``, ``documents`` and ``facts`` are empty unless
    the template was saved "with facts". ``reference_doc`` is the path of the .docx whose Word
    styles exports use, or empty; storage resolves it against the template's folder.
    """

    name: str
    title: str
    description: str = ""
    version: str = "1"
    metadata: MetadataDefaults = field(default_factory=MetadataDefaults)
    sections: list[TemplateSection] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    documents: dict[str, SourceDocument] = field(default_factory=dict)
    facts: dict[str, Fact] = field(default_factory=dict)
    reference_doc: str = ""

    def walk_sections(self) -> Iterator[tuple[TemplateSection, str]]:
        for section in self.sections:
            yield from section.walk()

    def validate(self) -> None:
        """Raise ValidationError (PlaceholderError for placeholders) on the first broken rule."""
        if not is_template_name(self.name):
            raise ValidationError(f"{self.name!r} is not a template name: use lower-case letters, digits and "
                                  "hyphens, such as situation-report")
        if not self.title.strip():
            raise ValidationError(f"template {self.name} has no title: give it one")
        check_placeholders(self.title, "the template's title")
        for key, value in self.metadata.texts():
            check_placeholders(value, f"the default {key.replace('_', ' ')}")
        _resolve_fields(self, PlaceholderValues(), datetime(2000, 1, 1))  # defaults in a circle raise
        briefing = Briefing(documents=dict(self.documents), facts={})
        for fact in self.facts.values():
            briefing.validate_fact(fact)
            briefing.facts[fact.id] = fact
        for section, where in self.walk_sections():
            check_placeholders(section.heading, f"the heading of {where}")
            for i, block in enumerate(section.boilerplate, 1):
                if isinstance(block, FactBlock):
                    if block.fact_id not in self.facts:
                        raise ValidationError(f"boilerplate {i} of {where} refers to fact {block.fact_id}, "
                                              "which the template does not carry")
                else:
                    check_placeholders(block.text, f"boilerplate {i} of {where}")


@dataclass(frozen=True, slots=True)
class PlaceholderValues:
    """Values the user gives for a new briefing; None means "take the template's default"."""

    title: str | None = None
    author: str | None = None
    organisation: str | None = None
    classification: str | None = None
    report_number: str | None = None


# -- template -> briefing ----------------------------------------------------------------------

def instantiate(template: Template, values: PlaceholderValues, now: datetime) -> Briefing:
    """A new briefing from ``template``, dated ``now``, with its placeholders filled.

    The template is not changed: sections and blocks get fresh ids, facts and documents are
    copies. Raises PlaceholderError for an unknown placeholder and ValidationError for a template
    that breaks its rules (defaults that refer to each other in a circle, for instance).
    """
    template.validate()
    now = now.replace(second=0, microsecond=0)
    filled = _resolve_fields(template, values, now)
    subs = {"date": long_date(now), "datetime": f"{long_date(now)}, {now:%H:%M}", **filled}
    d = template.metadata
    metadata = Metadata(
        title=filled["title"], subtitle=fill(d.subtitle, subs),
        author=filled["author"], organisation=filled["organisation"], date_time=now,
        classification=filled["classification"], caveat=fill(d.caveat, subs),
        attribution_style=d.attribution_style, portion_marks=d.portion_marks,
        report_number=filled["report_number"], reference_doc=template.reference_doc,
    )
    return Briefing(
        metadata=metadata, sources=list(template.sources), documents=copy.deepcopy(template.documents),
        facts=copy.deepcopy(template.facts), sections=[_section(s, subs) for s in template.sections],
    )


def _resolve_fields(template: Template, values: PlaceholderValues, now: datetime) -> dict[str, str]:
    """The final value of each field placeholder: the user's, or the default with its placeholders filled."""
    defaults = template.metadata
    base = {"date": long_date(now), "datetime": f"{long_date(now)}, {now:%H:%M}"}
    resolved: dict[str, str] = {}

    def resolve(key: str, chain: tuple[str, ...]) -> str:
        if key in resolved:
            return resolved[key]
        given = getattr(values, key)
        if given is not None:
            resolved[key] = given
            return given
        if key in chain:
            circle = " -> ".join(f"{{{{{k}}}}}" for k in (*chain[chain.index(key):], key))
            raise ValidationError(f"the template's default {chain[0].replace('_', ' ')} refers to itself "
                                  f"({circle}); write one of them out")
        raw = getattr(defaults, key)
        if key == "title" and not raw.strip():
            raw = template.title
        subs = dict(base)
        for name in placeholders_in(raw):
            if name in FIELD_PLACEHOLDERS:
                subs[name] = resolve(name, (*chain, key))
        resolved[key] = fill(raw, subs)
        return resolved[key]

    for key in FIELD_PLACEHOLDERS:
        resolve(key, ())
    return resolved


def _section(source: TemplateSection, subs: dict[str, str]) -> Section:
    blocks: list[Block] = []
    texts: list[str] = []
    for block in source.boilerplate:
        if isinstance(block, TextBlock):
            blocks.append(TextBlock(fill(block.text, subs)))
            texts.append(blocks[-1].text)
        elif isinstance(block, JudgmentBlock):
            blocks.append(JudgmentBlock(fill(block.text, subs), block.confidence))
            texts.append(blocks[-1].text)
        else:
            blocks.append(FactBlock(block.fact_id))
    return Section(heading=fill(source.heading, subs), blocks=blocks, guidance=source.guidance,
                   subsections=[_section(sub, subs) for sub in source.subsections],
                   template_text=tuple(dict.fromkeys(t for t in texts if t.strip())))


# -- briefing -> template ----------------------------------------------------------------------

def template_from_briefing(briefing: Briefing, name: str, title: str, description: str = "",
                           include_facts: bool = False) -> Template:
    """A template with ``briefing``'s structure, metadata, paragraphs and, if asked, its facts.

    Every text and judgment paragraph becomes boilerplate and every guidance stays guidance. Fact
    bullets, the fact library and the source documents are kept only with ``include_facts``; the
    briefing's own sources are always kept, so new briefings can cite them. The report number is
    left empty (it belongs to one report) and the date is not kept (a new briefing is dated when it
    is made). ``reference_doc`` is copied as the briefing holds it: resolve a path relative to the
    .brief before saving the template. Raises ValidationError for a bad name or title and
    PlaceholderError when the briefing's text holds an unknown placeholder.
    """
    m = briefing.metadata
    template = Template(
        name=name, title=title, description=description,
        metadata=MetadataDefaults(
            title=m.title, subtitle=m.subtitle, author=m.author, organisation=m.organisation,
            classification=m.classification, caveat=m.caveat, attribution_style=m.attribution_style,
            portion_marks=m.portion_marks, report_number=""),
        sections=[_skeleton(s, include_facts) for s in briefing.sections],
        sources=list(briefing.sources),
        documents=copy.deepcopy(briefing.documents) if include_facts else {},
        facts=copy.deepcopy(briefing.facts) if include_facts else {},
        reference_doc=m.reference_doc,
    )
    template.validate()
    return template


def _skeleton(section: Section, include_facts: bool) -> TemplateSection:
    boilerplate: list[Block] = []
    for block in section.blocks:
        if isinstance(block, TextBlock):
            if block.text.strip():
                boilerplate.append(TextBlock(block.text))
        elif isinstance(block, JudgmentBlock):
            boilerplate.append(JudgmentBlock(block.text, block.confidence))
        elif include_facts:
            boilerplate.append(FactBlock(block.fact_id))
    return TemplateSection(heading=section.heading, guidance=section.guidance, boilerplate=boilerplate,
                           subsections=[_skeleton(sub, include_facts) for sub in section.subsections])
