"""`sopdesk demand open` and `sopdesk demand status`: the monthly demand review (需求评审会)
for scripts and checks (docs/ARCHITECTURE.md "Demand review").

`demand status --json` prints one object:

    {"month": "2027-02", "status": "collecting", "meeting_date": "2027-01-05",
     "months": ["2027-02", "2027-03", "2027-04"], "products": [
        {"item": "FG-100", "forecast": "1000", "baseline": "870", "capacity_limited": "900",
         "material_limited": null, "feasible": "900", "binding": "capacity",
         "why": "FG-100 2027-02: L1 can make at most 900 (...)", "consensus": null,
         "production_target": null, "supply_target": null}]}

one entry per product in scope for the month planned (the cycle's period), exactly the keys
of services.demand_review_consensus.STATUS_KEYS; quantities are exact decimals as text, null
where not yet known.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from sopdesk.cli import signin

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _month(text: str) -> dt.date:
    try:
        year, month = text.strip().split("-")
        if len(year) != 4 or len(month) != 2:
            raise ValueError
        return dt.date(int(year), int(month), 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {text}") from None


def add_parsers(sub) -> None:
    demand = sub.add_parser("demand", help="the monthly demand review (需求评审会): open a cycle, see its status")
    dsub = demand.add_subparsers(dest="demand_command", metavar="ACTION", required=True)
    op = dsub.add_parser("open", help="open the review of a month and compute the proposals "
                         "(baseline, key materials, capacity); each department gets its submission task")
    op.add_argument("--month", metavar="YYYY-MM", type=_month, required=True, help="the month planned for")
    op.add_argument("--months", metavar="N", type=int, default=3,
                    help="months in scope, the month and the next ones: 3 to 6 (default 3)")
    op.add_argument("--all-products", action="store_true",
                    help="every finished product, not only the core products (the pilot scope)")
    op.add_argument("--json", action="store_true", help="print the opened cycle as one JSON object")
    signin.add_arguments(op, what="sign in as this user, who needs demand.agree")
    st = dsub.add_parser("status", help="per product: forecast, baseline, what capacity and materials allow, "
                         "the feasible quantity and what binds it, the consensus and its flex targets")
    st.add_argument("--month", metavar="YYYY-MM", type=_month, required=True, help="the month planned for")
    st.add_argument("--json", action="store_true", help="print the status as one JSON object")
    signin.add_arguments(st, what="sign in as this user, who needs plan.view")
    from sopdesk.cli import demand_minutes_cmds

    demand_minutes_cmds.add_parser(dsub, _month)
    from sopdesk.cli import demand_accuracy_cmds

    demand_accuracy_cmds.add_parser(dsub, _month)


def run_command(db, args, ensure_schema) -> int:
    creds = signin.credentials(args)
    ensure_schema(db)
    actor = signin.authenticate(db, *creds)
    if args.demand_command == "open":
        return _open(db, actor, args)
    if args.demand_command == "status":
        return _status(db, actor, args)
    if args.demand_command == "minutes":
        from sopdesk.cli import demand_minutes_cmds

        return demand_minutes_cmds.run(db, actor, args)
    if args.demand_command == "accuracy":
        from sopdesk.cli import demand_accuracy_cmds

        return demand_accuracy_cmds.run(db, actor, args)
    return EXIT_USAGE


def _open(db, actor, args) -> int:
    from sopdesk.services import demand_review

    with db.write(actor) as s:
        view = demand_review.open_cycle(s, actor, args.month, months=args.months, all_products=args.all_products)
    with db.read() as s:
        status = _status_json(s, actor, view)
    if args.json:
        print(json.dumps(status, ensure_ascii=False))
    else:
        print(f"opened the {status['month']} demand review (meeting {status['meeting_date']}): "
              f"{len(status['months'])} months, {len(status['products'])} product(s); "
              "submissions asked of sales, production and supply")
    return EXIT_OK


def _status_json(s, actor, view) -> dict:
    from sopdesk.services.demand_review_consensus import status_rows

    return {"month": f"{view.period:%Y-%m}", "status": view.status_word, "meeting_date": view.meeting_date.isoformat(),
            "months": [f"{m:%Y-%m}" for m in view.months], "products": status_rows(s, actor, view.id)}


def _status(db, actor, args) -> int:
    from sopdesk.services import demand_review

    with db.read() as s:
        view = demand_review.find_cycle(s, actor, args.month)
        if view is None:
            print(f"sopdesk: no demand review for {args.month:%Y-%m}; open it with "
                  f"'sopdesk demand open --month {args.month:%Y-%m}'", file=sys.stderr)
            return EXIT_FAIL
        status = _status_json(s, actor, view)
    if args.json:
        print(json.dumps(status, ensure_ascii=False))
        return EXIT_OK
    print(f"{status['month']} demand review: {status['status']} (meeting {status['meeting_date']})")
    for p in status["products"]:
        consensus = (f"; consensus {p['consensus']} (production {p['production_target']}, "
                     f"supply {p['supply_target']})" if p["consensus"] is not None else "")
        print(f"  {p['item']}: feasible {p['feasible'] or '-'} bound by {p['binding'] or '-'}: {p['why']}{consensus}")
    return EXIT_OK
