"""The layering rules of docs/architecture.md, checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
STAGES = {"crawlers", "nlp", "index"}
ALLOWED = {
    "schema": set(),
    "crawlers": {"schema"},
    "nlp": {"schema"},
    "index": {"schema"},
    "simulator": {"schema"},
    "flows": {"schema", "crawlers", "nlp", "index", "simulator", "ui"},
    "ui": {"schema", "index", "nlp"},
}
PROJECT = set(ALLOWED)


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found & PROJECT


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_packages_import_only_what_the_layering_allows(package):
    offenders = []
    for path in sorted((REPO / package).rglob("*.py")):
        bad = imported_packages(path) - ALLOWED[package] - {package}
        if bad:
            offenders.append(f"{path.relative_to(REPO)} imports {sorted(bad)}")
    assert not offenders, "\n".join(offenders)


def test_no_module_reads_the_environment_directly():
    offenders = []
    for package in ALLOWED:
        for path in (REPO / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if "os.environ[" in text or "os.getenv(" in text or "os.environ.get(" in text:
                offenders.append(str(path.relative_to(REPO)))
    assert not offenders, f"read settings through schema.settings instead: {offenders}"
