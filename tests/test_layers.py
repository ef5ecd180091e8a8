"""The layers of DESIGN.md hold: only briefing/ui imports Qt, and lower layers never import higher ones."""
from __future__ import annotations

import ast
from pathlib import Path

import briefing

PACKAGE = Path(briefing.__file__).parent
ORDER = ["domain", "storage", "checks", "extract", "render"]  # may import those before them
ALLOWED = {
    "domain": set(),
    "storage": {"domain"},
    "checks": {"domain"},
    "extract": {"domain"},
    "render": {"domain", "storage"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(exclude_ui: bool = True):
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if exclude_ui and rel.parts[0] == "ui":
            continue
        yield rel, _imports(path)


def test_no_module_outside_ui_imports_qt():
    offenders = [str(rel) for rel, names in _modules()
                 if any(n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6") for n in names)]
    assert offenders == []


def test_lower_layers_never_import_higher_ones():
    offenders = []
    for rel, names in _modules():
        layer = rel.parts[0] if len(rel.parts) > 1 else None
        if layer not in ALLOWED:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "briefing" and len(parts) > 1 and parts[1] not in ("errors", "resources", layer):
                if parts[1] not in ALLOWED[layer]:
                    offenders.append(f"{rel} imports {name}")
    assert offenders == []


def test_the_command_line_does_not_import_qt_when_it_runs_a_command(tmp_path):
    import subprocess
    import sys

    code = ("import sys; from briefing.cli import main; main(['check', sys.argv[1]]); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    from briefing.resources import EXAMPLE_BRIEFING

    out = subprocess.run([sys.executable, "-c", code, str(EXAMPLE_BRIEFING)], capture_output=True, text=True,
                         cwd=PACKAGE.parent)
    assert out.stdout.strip().splitlines()[-1] == "False"
