"""The message templates of every error the services raise and of every problem an import
finds in a cell, read from the source (no import of the product), and the generated catalog
that lets Qt's lupdate collect them.

    python resources/i18n/error_templates.py        # rewrite sopdesk/ui/error_catalog.py

`resources/i18n/update.py` runs this first; `tests/test_error_templates.py` checks that every
raise passes a plain template, that its {parameters} are given, and that the catalog is current.

Both kinds share the Qt context "ServiceErrors" (one translation for "cannot be negative"
wherever it is found) and the UI's one way of turning a template and its parameters into a
sentence (sopdesk/ui/errors.py translate_template). The import's cell problems are made by
CELL_CALLS: `CellProblem(code, template, **params)` (excel/values.py), `parsed.add_error(i,
field, code, template, **params)` (excel/rows.py), `cell_error(parsed, i, field, code,
template, **params)` (services/imports_plan.py, used by every planner) and `CellError(...,
template=..., params=...)`.
"""

from __future__ import annotations

import ast
import string
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGE = ROOT / "sopdesk"
CATALOG = PACKAGE / "ui" / "error_catalog.py"
CONTEXT = "ServiceErrors"
# The error types whose message a person reads (services/errors.py, the database address).
CLASSES = frozenset({"ServiceError", "ValidationError", "NotFound", "PermissionDenied", "InvalidTransition",
                     "InsufficientStock", "DuplicateError", "AuthenticationFailed", "BadDatabaseURL",
                     "NotExact", "FileRefused"})
SKIP = ("migrations",)
# The calls that describe one bad cell of an import: name -> position of the template argument
# (it may also be given as template=...).
CELL_CALLS = {"CellProblem": 1, "add_error": 3, "cell_error": 4, "CellError": 4}


@dataclass(frozen=True)
class Raise:
    path: str
    line: int
    cls: str
    template: str | None  # None: not a plain string literal
    keywords: frozenset[str]
    has_star_kwargs: bool
    passthrough: bool  # X(exc.template, **exc.params): another error's template, already listed
    cell: bool = False  # an import's cell problem (CELL_CALLS), not a service error

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


def _name(call: ast.Call) -> str | None:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None


def _template_arg(call: ast.Call, index: int) -> ast.expr | None:
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == "template"), None)


def _cell(call: ast.Call, where: str, line: int) -> Raise | None:
    arg = _template_arg(call, CELL_CALLS[_name(call)])
    if arg is None:
        return None
    template = arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None
    # exc.template / p.template: a service error's or a value's problem passed on; a bare
    # `template`: the function that builds the CellError for its caller's literal
    passthrough = (isinstance(arg, ast.Attribute) and arg.attr == "template") or \
        (isinstance(arg, ast.Name) and arg.id == "template")
    keywords = {k.arg for k in call.keywords if k.arg and k.arg != "params"}
    star = any(k.arg is None for k in call.keywords)
    params = next((k.value for k in call.keywords if k.arg == "params"), None)
    if isinstance(params, ast.Dict) and all(isinstance(k, ast.Constant) for k in params.keys):
        keywords |= {k.value for k in params.keys}
    elif params is not None:
        star = True  # parameters built elsewhere: not checked here
    return Raise(where, line, _name(call), template, frozenset(keywords), star, passthrough, cell=True)


def scan(package: Path = PACKAGE) -> list[Raise]:
    """Every service error raised and every import cell problem made in the package."""
    found = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package)
        if rel.parts[0] in SKIP:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = str(Path("sopdesk") / rel)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node) in CELL_CALLS and rel.parts[0] in ("excel", "services"):
                cell = _cell(node, where, node.lineno)
                if cell is not None:
                    found.append(cell)
                continue
            if not (isinstance(node, ast.Call) and _name(node) in CLASSES and node.args):
                continue
            if isinstance(node.func, ast.Name) and node.func.id == "NotExact" and rel.name != "types.py":
                continue
            first = node.args[0]
            template = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
            passthrough = isinstance(first, ast.Attribute) and first.attr == "template"
            found.append(Raise(where, node.lineno, _name(node), template,
                               frozenset(k.arg for k in node.keywords if k.arg),
                               any(k.arg is None for k in node.keywords), passthrough))
    return found


def placeholders(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def templates(raises: list[Raise] | None = None) -> list[str]:
    """Every template, of service errors and cell problems alike (what the catalog lists)."""
    raises = scan() if raises is None else raises
    return sorted({r.template for r in raises if r.template})


def cell_templates(raises: list[Raise] | None = None) -> list[str]:
    """The templates of the problems an import can find in a cell."""
    raises = scan() if raises is None else raises
    return sorted({r.template for r in raises if r.template and r.cell})


def placeholders_shown(template: str, language: str = "zh_CN") -> set[str]:
    """The parameters a translation must show: all of them, but a parameter named *_en (an
    English name given next to its Chinese one, "{name_zh} ({name_en})") is left out in Chinese."""
    names = placeholders(template)
    return {n for n in names if not n.endswith("_en")} if language.startswith("zh") else names


def catalog_text(items: list[str]) -> str:
    lines = ['"""Generated by resources/i18n/error_templates.py: the message templates of the errors the',
             'services raise and of the problems an import finds in a cell, so that lupdate collects',
             'them (context "ServiceErrors"). Do not edit."""',
             "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP",
             "",
             "TEMPLATES = ("]
    for t in items:
        lit = '"' + t.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
        lines.append(f'    QT_TRANSLATE_NOOP("{CONTEXT}", {lit}),')
    lines.append(")")
    return "\n".join(lines) + "\n"


def main() -> int:
    CATALOG.write_text(catalog_text(templates()), encoding="utf-8")
    print(f"{CATALOG.relative_to(ROOT)}: {len(templates())} templates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
