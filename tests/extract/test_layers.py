"""briefing.extract imports only the standard library, briefing.domain and briefing.errors."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "briefing" / "extract"
ALLOWED = ("briefing.extract", "briefing.domain", "briefing.errors")


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_extract_imports_only_the_standard_library_and_lower_layers():
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for name in _imports(path):
            top = name.split(".")[0]
            if name.startswith(ALLOWED) or (top in sys.stdlib_module_names and top != "briefing"):
                continue
            bad.append(f"{path.name}: {name}")
    assert not bad, bad


def test_no_extract_module_is_longer_than_about_400_lines():
    long = {p.name: n for p in PACKAGE.rglob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) > 420}
    assert not long, long
