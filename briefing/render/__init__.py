"""Briefing -> Markdown -> element tree -> HTML (preview, export) and .docx (Word)."""
from briefing.render.html import html_page, parse, to_html
from briefing.render.markdown_text import MarkdownRenderer, escape_inline, to_markdown

__all__ = ["MarkdownRenderer", "escape_inline", "html_page", "parse", "to_html", "to_markdown"]
