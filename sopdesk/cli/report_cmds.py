"""`sopdesk report kpi --month YYYY-MM [--json] [--pdf FILE] [--lang zh|en]`: the month's
KPIs (reports/kpi.py) for scripts, the monthly meeting and the wall.

JSON (docs/ARCHITECTURE.md, "KPIs"): {"month", "kpis": [{"id", "department", "value", "unit",
"numerator", "denominator", "target", "formula"}]}, numbers as exact decimal text, null when
missing; formula in English with its figures filled in. Without --json, one line per KPI (in
English; a missing figure says why). --pdf writes the printed sheets (one A4 page per
department and one for the manager) in --lang (default zh).
"""

from __future__ import annotations

import argparse
import json
import sys

from sopdesk.cli import signin

EXIT_OK, EXIT_USAGE = 0, 2


def add_parsers(sub) -> None:
    report = sub.add_parser("report", help="reports: the month's KPIs")
    rsub = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    kpi = rsub.add_parser("kpi", help="the KPIs of a month: each department's own and the shared ones",
                          description="The KPIs of a factory month (factory time zone): revenue, on-time "
                          "delivery (promised and requested date), output value, inventory turnover and days, "
                          "purchase cost, on-time material arrival, order lead time, inventory value.")
    kpi.add_argument("--month", required=True, metavar="YYYY-MM", type=_month, help="the month, e.g. 2026-11")
    kpi.add_argument("--json", action="store_true", help="print the KPIs as one JSON object")
    kpi.add_argument("--pdf", metavar="FILE", help="also write the printed KPI sheets (A4) to FILE")
    kpi.add_argument("--lang", choices=["zh", "en"], default="zh", help="language of the PDF (default zh)")
    signin.add_arguments(kpi, what="sign in as this user, who needs kpi.view")


def _month(text: str):
    from sopdesk.reports.periods import Month

    try:
        month = Month.parse(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {text}") from None
    if not 1900 <= month.year <= 9998:
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {text}")
    return month


def _text(value) -> str | None:
    return None if value is None else format(value, "f")


def kpi_json(month, values) -> dict:
    from sopdesk.reports.kpi_text import formula_text

    return {"month": str(month), "kpis": [{
        "id": v.id, "department": v.department, "value": _text(v.value), "unit": v.unit,
        "numerator": _text(v.numerator), "denominator": _text(v.denominator), "target": _text(v.target),
        "formula": formula_text(v, "en"),
    } for v in values]}


def run_command(db, args, ensure_schema) -> int:
    creds = signin.credentials(args)
    ensure_schema(db)
    actor = signin.authenticate(db, *creds)
    if args.report_command == "kpi":
        return _kpi(db, actor, args)
    return EXIT_USAGE


def _kpi(db, actor, args) -> int:
    from sopdesk.reports.kpi import kpi_history
    from sopdesk.reports.kpi_text import formula_text, missing_text, name, value_text
    from sopdesk.services import settings

    with db.read() as s:
        today = settings.factory_today(s)
        factory = settings.get(s, "factory.name") or ""
        history = kpi_history(s, actor, args.month, 5, today=today)
    values = history[-1].values
    if args.pdf:
        path = write_pdf(history, args.pdf, lang=args.lang, factory_name=factory, today=today)
    if args.json:
        print(json.dumps(kpi_json(args.month, values), ensure_ascii=False))
    else:
        print(f"KPIs {args.month}" + (" (month to date)" if values[0].partial else ""))
        for v in values:
            target = value_text(v, "en", v.target) if v.target is not None else "no target"
            figure = value_text(v, "en") if v.value is not None else f"missing: {missing_text(v, 'en')}"
            print(f"  {v.department:10s} {name(v.id, 'en'):36s} {figure}  (target {target})")
            print(f"  {'':10s} {'':36s} {formula_text(v, 'en')}")
    if args.pdf:
        print(f"wrote {path}", file=sys.stderr)
    sys.stdout.flush()
    return EXIT_OK


def write_pdf(history, path, *, lang: str, factory_name: str, today):
    """The sheets as a PDF, drawn offscreen (no display needed)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sopdesk.reports.kpi_sheet import build
    from sopdesk.ui.reports.kpi_sheet import write_pdf_headless

    return write_pdf_headless(build(history, lang=lang, factory_name=factory_name, today=today), path)
