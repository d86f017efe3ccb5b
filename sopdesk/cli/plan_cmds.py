"""`sopdesk plan run` and `sopdesk plan promise`: the plan for scripts and checks.

JSON shapes (docs/ARCHITECTURE.md, "Planning"): quantities are exact decimals as text,
weeks are the Monday of the ISO week as YYYY-MM-DD.
"""

from __future__ import annotations

import datetime as dt
import json
import sys

from sopdesk.cli import signin

EXIT_OK, EXIT_USAGE = 0, 2


def add_parsers(sub) -> None:
    plan = sub.add_parser("plan", help="the plan: run MRP and capacity, ask for a delivery date")
    psub = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    run = psub.add_parser("run", help="run the plan and save it as the current plan")
    run.add_argument("--start", metavar="DATE", type=_date,
                     help="plan from the week of this date, YYYY-MM-DD (default: today in the factory)")
    run.add_argument("--weeks", metavar="N", type=int, default=26, help="weeks to plan (default 26)")
    run.add_argument("--json", action="store_true", help="print the plan as one JSON object")
    signin.add_arguments(run, what="sign in as this user, who needs plan.edit")
    pr = psub.add_parser("promise", help="the earliest date QTY more of ITEM can be delivered, and why")
    pr.add_argument("item", metavar="ITEM", help="the item code")
    pr.add_argument("qty", metavar="QTY", type=_qty, help="the quantity")
    pr.add_argument("--start", metavar="DATE", type=_date, help="as of this date (default: today in the factory)")
    pr.add_argument("--weeks", metavar="N", type=int, default=26, help="weeks to look ahead (default 26)")
    pr.add_argument("--json", action="store_true", help="print the answer as one JSON object")
    signin.add_arguments(pr, what="sign in as this user, who needs order.view")


def _date(text: str) -> dt.date:
    import argparse

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _qty(text: str):
    import argparse
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a number: {text}") from None
    if not value.is_finite() or value <= 0 or value != value.quantize(Decimal("0.0001")):
        raise argparse.ArgumentTypeError(f"a quantity above 0 with at most 4 decimal places: {text}")
    return value


def run_command(db, args, ensure_schema) -> int:
    creds = signin.credentials(args)
    ensure_schema(db)
    actor = signin.authenticate(db, *creds)
    if args.plan_command == "run":
        return _run(db, actor, args)
    if args.plan_command == "promise":
        return _promise(db, actor, args)
    return EXIT_USAGE


def _promise(db, actor, args) -> int:
    from sopdesk.services import planning_promise, settings
    from sopdesk.services.planning import qty_text

    with db.read() as s:
        start = args.start or settings.factory_today(s)
        answer = planning_promise.promise(s, actor, args.item, args.qty, start=start, weeks=args.weeks)
    why = "; ".join(why_sentence(w) for w in answer.why)
    if args.json:
        print(json.dumps({"item": answer.item, "qty": qty_text(answer.qty),
                          "earliest": answer.earliest.isoformat() if answer.earliest else None,
                          "binding": answer.binding, "why": why}, ensure_ascii=False))
    else:
        when = answer.earliest.isoformat() if answer.earliest else "not within the horizon"
        print(f"{answer.item} × {qty_text(answer.qty)}: {when} ({answer.binding}: {why})")
    return EXIT_OK


def why_sentence(w) -> str:
    from sopdesk.services.errors import render
    from sopdesk.services.planning_promise import WHY

    return _with_maintenance(render(WHY[w.kind], w.params), w.params)


def _with_maintenance(text: str, params: dict) -> str:
    """"…  (maintenance 01-13..01-24 at 50 %)" for the windows in a capacity figure's week."""
    windows = params.get("maintenance") or []
    if windows:
        text += " (" + ", ".join(f"maintenance {m['first'][5:]}..{m['last'][5:]} at {m['percent']} %"
                                 for m in windows) + ")"
    return text


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

    return _with_maintenance(render(MESSAGES[e.kind], e.params), e.params)


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
