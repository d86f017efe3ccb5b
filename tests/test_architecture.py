"""Layering rules that keep the domain testable without a GUI."""

import ast
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent / "sopdesk"
QT_MODULES = ("PySide6", "shiboken6")


def _imports(path: pathlib.Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_nothing_outside_ui_imports_qt():
    offenders = []
    for path in ROOT.rglob("*.py"):
        rel = path.relative_to(ROOT)
        if rel.parts[0] == "ui":
            continue
        qt = {n for n in _imports(path) if n.split(".")[0] in QT_MODULES}
        if qt:
            offenders.append(f"{rel}: {sorted(qt)}")
    assert offenders == []


def test_services_and_models_do_not_import_the_ui():
    offenders = [
        str(p.relative_to(ROOT))
        for p in ROOT.rglob("*.py")
        if p.relative_to(ROOT).parts[0] != "ui"
        and p.relative_to(ROOT).parts[0] != "cli"  # the CLI starts the app
        and any(n.startswith("sopdesk.ui") for n in _imports(p))
    ]
    assert offenders == []


def test_models_hold_no_business_rules():
    """models/ only defines tables: it must not import services."""
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "models").rglob("*.py")
        if any(n.startswith("sopdesk.services") for n in _imports(p))
    ]
    assert offenders == []


def test_the_checker_sees_a_qt_import(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\n")
    assert "PySide6.QtWidgets" in _imports(sample)


def test_the_command_line_parser_loads_neither_sqlalchemy_nor_the_excel_engine():
    """`sopdesk` shows its sign-in dialog before SQLAlchemy loads (db/startup.py runs in a
    worker): parsing the command line must not pull in the database or Excel code."""
    import subprocess
    import sys

    probe = ("import sys; from sopdesk.cli.main import build_parser; build_parser().parse_args([]); "
             "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' "
             "or m.startswith(('sopdesk.excel', 'sopdesk.models', 'sopdesk.services'))))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         cwd=ROOT.parent)
    assert out.stdout.strip() == "[]"
