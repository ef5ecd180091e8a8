"""The ``briefing`` command line (contract in DESIGN.md). Never imports Qt unless it opens the app.

Exit status: 0 on success, 1 when ``check`` finds errors, 2 on bad input or usage, with one line
on stderr saying what, where and what to do. A failed command leaves no partial output file.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import NoReturn, Sequence

from briefing.domain import builtin_registry
from briefing.errors import BriefingError

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2
COMMANDS = ("render", "export", "extract", "check", "templates", "new")


class UsageError(BriefingError):
    """The command line itself is wrong."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}; see '{self.prog} --help'")


def _write_output(out: Path | None, text: str) -> None:
    from briefing.storage import write_atomically

    if out is None:
        sys.stdout.write(text)
    else:
        write_atomically(out, text.encode("utf-8"))


def _load(path: Path):
    from briefing.storage import load_briefing

    return load_briefing(path, builtin_registry())


# -- commands ----------------------------------------------------------------------------------

def cmd_render(args: argparse.Namespace) -> int:
    from briefing.render import html_page, to_html, to_markdown

    briefing = _load(args.file)
    if args.format == "html":
        fragment = to_html(to_markdown(briefing, builtin_registry(), annotate=True))
        text = html_page(fragment, briefing.metadata.title)
    else:
        text = to_markdown(briefing, builtin_registry())
    _write_output(args.output, text)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    suffix = args.output.suffix.lower()
    if suffix not in (".docx", ".md", ".markdown", ".html", ".htm"):
        raise UsageError(f"cannot export to {args.output}: the name must end in .docx, .md or .html")
    if args.reference_doc is not None and suffix != ".docx":
        raise UsageError("--reference-doc only applies to a .docx export")
    if args.notes != "footnotes" and suffix != ".docx":
        raise UsageError("--notes only applies to a .docx export")
    briefing = _load(args.file)
    registry = builtin_registry()
    if suffix == ".docx":
        reference_doc = args.reference_doc or _remembered_reference_doc(briefing, args.file)
        from briefing.render.docx import export_docx

        export_docx(briefing, registry, args.output, reference_doc=reference_doc, notes=args.notes[:-1])
    elif suffix in (".html", ".htm"):
        from briefing.render import html_page, to_html, to_markdown

        page = html_page(to_html(to_markdown(briefing, registry, annotate=True)), briefing.metadata.title)
        _write_output(args.output, page)
    else:
        from briefing.render import to_markdown

        _write_output(args.output, to_markdown(briefing, registry))
    return EXIT_OK


def _remembered_reference_doc(briefing, brief_path: Path) -> Path | None:
    """The Word styles document the briefing names (relative to its .brief file), or None."""
    if not briefing.metadata.reference_doc:
        return None
    path = Path(briefing.metadata.reference_doc).expanduser()
    if not path.is_absolute():
        path = brief_path.parent / path
    if not path.is_file():
        raise UsageError(f"{brief_path} takes its Word styles from {path}, which does not exist; restore it "
                         "or pass --reference-doc REF.docx")
    return path


def cmd_extract(args: argparse.Namespace) -> int:
    from briefing.extract import extract_candidates, read_source

    text = read_source(args.file)
    candidates = extract_candidates(text, builtin_registry())
    if args.json:
        json.dump({"candidates": [c.as_json() for c in candidates]}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for c in candidates:
            flags = "".join(flag for flag, on in (("Q", c.quote), ("J", c.boilerplate)) if on)
            sources = ",".join(c.sources) or "-"
            sys.stdout.write(f"{c.start:>6}-{c.end:<6} {sources:<14} {c.attribution:<9} {flags:<2} {c.text}\n")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from briefing.checks import Severity, check_briefing

    briefing = _load(args.file)
    problems = check_briefing(briefing, builtin_registry())
    if args.json:
        json.dump({"file": str(args.file), "problems": [p.as_json() for p in problems]}, sys.stdout,
                  ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for problem in problems:
            sys.stdout.write(f"{args.file}: {problem}\n")
        errors = sum(p.severity is Severity.ERROR for p in problems)
        sys.stdout.write(f"{errors} error(s), {len(problems) - errors} warning(s)\n")
    return EXIT_PROBLEMS if any(p.severity is Severity.ERROR for p in problems) else EXIT_OK


def _template_store(args: argparse.Namespace):
    from briefing.resources import BUILTIN_TEMPLATES
    from briefing.storage.template_store import TemplateStore, default_user_dir, team_dir_from

    return TemplateStore(BUILTIN_TEMPLATES, default_user_dir(), team_dir_from(os.environ, args.team_dir),
                         builtin_registry())


def cmd_templates(args: argparse.Namespace) -> int:
    listing = _template_store(args).listing()
    if args.json:
        json.dump({"templates": [
            {"name": e.name, "qualified_name": e.qualified_name, "title": e.title, "origin": e.origin.value,
             "description": e.description, "version": e.template.version if e.template else None,
             "path": str(e.path), "shadowed_by": e.shadowed_by.value if e.shadowed_by else None,
             "error": e.error} for e in listing.entries],
            "folder_problems": listing.folder_problems}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    shown = [e.qualified_name if e.shadowed_by else e.name for e in listing.entries]
    width = max(map(len, shown), default=4)
    for name, e in zip(shown, listing.entries):
        hidden = f" [hidden by the {e.shadowed_by.value} template of the same name]" if e.shadowed_by else ""
        title = f"cannot be read: {e.error}" if e.error else e.title
        sys.stdout.write(f"{name:<{width}}  {e.origin.value:<8}  {title}{hidden}\n")
        if e.description:
            sys.stdout.write(f"    {e.description}\n")
    for problem in listing.folder_problems:
        sys.stderr.write(f"briefing: warning: {problem}\n")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from datetime import datetime

    from briefing.domain.template import PlaceholderValues, instantiate
    from briefing.storage import save_briefing

    if args.output.suffix.lower() != ".brief":
        raise UsageError(f"cannot write {args.output}: a briefing's file name ends in .brief")
    if args.output.exists() and not args.force:
        raise UsageError(f"{args.output} already exists; choose another name or pass --force to replace it")
    store = _template_store(args)
    entry = store.entry(args.template)
    template = store.load(args.template)
    values = PlaceholderValues(title=args.title, author=args.author, organisation=args.organisation,
                               classification=args.classification, report_number=args.report_number)
    save_briefing(instantiate(template, values, datetime.now()), args.output)
    sys.stdout.write(f"{args.output}: new briefing from the {entry.origin.value} template {entry.name!r}\n")
    return EXIT_OK


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="briefing", description="Write sourced briefing documents.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    p = sub.add_parser("render", help="print the briefing as Markdown or HTML")
    p.add_argument("file", type=Path, metavar="FILE.brief")
    p.add_argument("--format", choices=("markdown", "html"), default="markdown")
    p.add_argument("-o", "--output", type=Path, metavar="OUT")
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("export", help="write the briefing as .docx, .md or .html")
    p.add_argument("file", type=Path, metavar="FILE.brief")
    p.add_argument("-o", "--output", type=Path, metavar="OUT", required=True)
    p.add_argument("--reference-doc", type=Path, metavar="REF.docx", help="take Word styles from this document")
    p.add_argument("--notes", choices=("footnotes", "endnotes"), default="footnotes",
                   help="where Word puts numbered source notes (attribution style 'notes')")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("extract", help="split a source into candidate facts with their sources")
    p.add_argument("file", type=Path, metavar="SOURCE")
    p.add_argument("--json", action="store_true", help="print the candidates as JSON")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("check", help="list what a reviewer would flag")
    p.add_argument("file", type=Path, metavar="FILE.brief")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    team_help = f"a shared folder of team templates (default: ${'{'}BRIEFING_TEAM_TEMPLATES{'}'})"
    p = sub.add_parser("templates", help="list the templates: built-in, team and your own")
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    p.add_argument("--team-dir", type=Path, metavar="DIR", help=team_help)
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("new", help="start a new briefing from a template")
    p.add_argument("--template", required=True, metavar="NAME",
                   help="a name from 'briefing templates', or origin:NAME such as built-in:decision-memo")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.brief")
    for option in ("title", "author", "organisation", "classification", "report-number"):
        p.add_argument(f"--{option}", metavar="TEXT", help=f"the briefing's {option.replace('-', ' ')} "
                                                            "(default: the template's)")
    p.add_argument("--force", action="store_true", help="replace FILE.brief if it exists")
    p.add_argument("--team-dir", type=Path, metavar="DIR", help=team_help)
    p.set_defaults(func=cmd_new)

    return parser


def _open_app(argv: Sequence[str]) -> int:
    parser = _Parser(prog="briefing", usage="briefing [FILE.brief] | briefing COMMAND ...",
                     description=f"Open the Briefing app, or run one of: {', '.join(COMMANDS)}.")
    parser.add_argument("file", type=Path, nargs="?", metavar="FILE.brief")
    args = parser.parse_args(argv)
    from briefing.ui.app import run_app  # Qt is imported only here

    return run_app(args.file)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if not argv or argv[0] not in COMMANDS and argv[0] not in ("-h", "--help"):
            return _open_app(argv)
        args = _build_parser().parse_args(argv)
        return args.func(args)
    except BriefingError as exc:
        sys.stderr.write(f"briefing: error: {exc}\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        sys.stderr.write("briefing: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
