"""Only the window, the CLI and the translation loader may import Qt."""

import ast
from pathlib import Path

import checkin

PACKAGE = Path(checkin.__file__).parent
QT_ALLOWED = ("ui", "cli", "i18n")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_domain_modules_do_not_import_qt():
    domain = [p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in QT_ALLOWED]
    assert len(domain) > 10
    offenders = [str(p.relative_to(PACKAGE)) for p in domain if _imports(p) & {"PySide6", "shiboken6"}]
    assert offenders == []


def test_domain_modules_do_not_import_the_ui():
    domain = [p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in QT_ALLOWED]
    for p in domain:
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(("checkin.ui", "checkin.cli")), p
