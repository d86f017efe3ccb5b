"""`sopdesk plan run` and `sopdesk plan promise`: the plan for scripts and checks.

JSON shapes (docs/ARCHITECTURE.md, "Planning"): quantities are exact decimals as text,
weeks are the Monday of the ISO week as YYYY-MM-DD.
"""

from __future__ import annotations

import datetime as dt
import json
import sys

EXIT_OK, EXIT_USAGE = 0, 2


def add_parsers(sub) -> None:
    plan = sub.add_parser("plan", help="the plan: run MRP and capacity, ask for a delivery date")
    psub = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    run = psub.add_parser("run", help="run the plan and save it as the current plan")
    run.add_argument("--start", metavar="DATE", type=_date,
                     help="plan from the week of this date, YYYY-MM-DD (default: today in the factory)")
    run.add_argument("--weeks", metavar="N", type=int, default=26, help="weeks to plan (default 26)")
    run.add_argument("--json", action="store_true", help="print the plan as one JSON object")
    run.add_argument("--user", metavar="NAME", help="run as this user (default: system)")


def _date(text: str) -> dt.date:
    import argparse

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def run_command(db, args, ensure_schema) -> int:
    from sopdesk.cli.excel_cmds import _actor

    ensure_schema(db)
    actor = _actor(db, args.user)
    if args.plan_command == "run":
        return _run(db, actor, args)
    return EXIT_USAGE


def _run(db, actor, args) -> int:
    from sopdesk.services import planning, planning_views, settings

    with db.write(actor) as s:
        start = args.start or settings.factory_today(s)
        summary = planning.run_plan(s, actor, start=start, weeks=args.weeks)
    with db.read() as s:
        view = planning_views.current_plan(s, actor)
    if args.json:
        print(json.dumps(plan_json(view), ensure_ascii=False))
    else:
        print(f"planned {summary.weeks} weeks from {summary.start.isoformat()} for {summary.items} items: "
              f"{summary.planned} planned order(s), {summary.exceptions} exception(s)")
        for e in view.exceptions:
            print(f"  {e.week.isoformat()}  {exception_message(e)}")
    sys.stdout.flush()
    return EXIT_OK


def exception_message(e) -> str:
    from sopdesk.services.errors import render
    from sopdesk.services.planning import MESSAGES

    return render(MESSAGES[e.kind], e.params)


def plan_json(view) -> dict:
    from sopdesk.services.planning import qty_text

    planned = [{
        "item": o.item_code, "kind": o.kind, "qty": qty_text(o.qty),
        "release_week": o.release_week.isoformat(), "due_week": o.due_week.isoformat(),
        "pegged_to": [{"kind": p.kind, "ref": p.ref, "qty": qty_text(p.qty), "week": p.week.isoformat()}
                      for p in o.pegged_to],
    } for o in view.planned]
    exceptions = [{"item": e.item_code, "week": e.week.isoformat(), "kind": e.kind,
                   "message": exception_message(e)} for e in view.exceptions if e.kind != "overload"]
    overloads = [{"work_center": e.work_center_code, "week": e.week.isoformat(),
                  "load": e.params["load"], "capacity": e.params["capacity"]}
                 for e in view.exceptions if e.kind == "overload"]
    return {"start": view.start.isoformat(), "weeks": view.weeks, "planned": planned,
            "exceptions": exceptions, "overloads": overloads}
