"""A template's skeleton as read-only rich text: sections, their guidance and their boilerplate.

``skeleton_html(template)`` is a pure function (no Qt): the dialogs show its result in a
QTextBrowser. Everything from the template is escaped, so a template's text can never become
markup, a link or an image; placeholders such as ``{{date}}`` are marked so the user sees what
will be filled in.
"""
from __future__ import annotations

import html
import re

from briefing.domain import FactBlock, JudgmentBlock
from briefing.domain.template import Template, TemplateSection

_PLACEHOLDER = re.compile(r"\{\{.*?\}\}", re.DOTALL)
GUIDANCE_COLOUR = "#5a5a5a"
PLACEHOLDER_BACKGROUND = "#fff1b8"


def _text(value: str) -> str:
    """``value`` escaped, with placeholders marked."""
    escaped = html.escape(value, quote=False)
    return _PLACEHOLDER.sub(lambda m: f'<span style="background:{PLACEHOLDER_BACKGROUND}">{m.group(0)}</span>',
                            escaped).replace("\n", "<br>")


def metadata_summary(template: Template) -> list[tuple[str, str]]:
    """What a new briefing starts with, as (label, value) pairs worth showing."""
    d = template.metadata
    rows = [("Title", d.title or template.title)]
    if d.subtitle:
        rows.append(("Subtitle", d.subtitle))
    banner = "//".join(p for p in (d.classification.strip(), d.caveat.strip()) if p)
    rows.append(("Marking", banner or "none"))
    rows.append(("Sources cited", d.attribution_style.label))
    if template.reference_doc:
        rows.append(("Word styles", template.reference_doc.replace("\\", "/").rsplit("/", 1)[-1]))
    if template.facts:
        rows.append(("Standing facts", f"{len(template.facts)} (with {len(template.documents)} source documents)"))
    return rows


def skeleton_html(template: Template) -> str:
    """The skeleton as HTML for a QTextBrowser: a few metadata lines, then each section numbered."""
    parts = ['<table cellspacing="0" cellpadding="1">']
    for label, value in metadata_summary(template):
        parts.append(f'<tr><td style="color:{GUIDANCE_COLOUR}; padding-right:8px">{label}</td>'
                     f"<td>{_text(value)}</td></tr>")
    parts.append("</table>")
    for number, section in enumerate(template.sections, 1):
        _section(parts, section, str(number), template, 1)
    return "".join(parts)


def _section(parts: list[str], section: TemplateSection, number: str, template: Template, depth: int) -> None:
    tag = "h3" if depth == 1 else "h4"
    parts.append(f'<{tag} style="margin-top:10px; margin-bottom:2px">{number}. {_text(section.heading)}</{tag}>')
    if section.guidance.strip():
        parts.append(f'<p style="color:{GUIDANCE_COLOUR}; margin:0 0 4px 0"><i>Guidance (not exported):</i> '
                     f"<i>{_text(section.guidance)}</i></p>")
    for block in section.boilerplate:
        if isinstance(block, FactBlock):
            fact = template.facts.get(block.fact_id)
            sources = ", ".join(fact.sources) if fact else ""
            text = f"• {_text(fact.statement)} [{html.escape(sources) or 'no source'}]" if fact else "• (missing fact)"
        elif isinstance(block, JudgmentBlock):
            text = f"<b>Judgment ({block.confidence.value} confidence):</b> {_text(block.text)}"
        else:
            text = _text(block.text)
        parts.append(f'<p style="margin:0 0 4px 12px">{text}</p>')
    if not section.boilerplate and not section.guidance.strip() and not section.subsections:
        parts.append(f'<p style="color:{GUIDANCE_COLOUR}; margin:0 0 4px 12px">(empty)</p>')
    for index, sub in enumerate(section.subsections, 1):
        _section(parts, sub, f"{number}.{index}", template, depth + 1)
