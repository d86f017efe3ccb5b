"""`sopdesk demand minutes --month YYYY-MM --pdf FILE [--lang zh|en]`: the minutes (会议纪要)
of a month's demand review as a one-page A4 PDF, drawn offscreen (no display needed) by
the same code as the tab's "Minutes PDF…" (sopdesk/reports/minutes.py,
sopdesk/ui/demand_review/minutes_print.py). Signs in like every command (PLAN_VIEW)."""

from __future__ import annotations

import sys

from sopdesk.cli import signin

EXIT_OK, EXIT_FAIL = 0, 1


def add_parser(dsub, month_type) -> None:
    mp = dsub.add_parser("minutes", help="the minutes (会议纪要) of the month's review as a one-page A4 PDF")
    mp.add_argument("--month", metavar="YYYY-MM", type=month_type, required=True, help="the month planned for")
    mp.add_argument("--pdf", metavar="FILE", required=True, help="the PDF file to write")
    mp.add_argument("--lang", choices=("zh", "en"), default="zh", help="the language of the minutes (default zh)")
    signin.add_arguments(mp, what="sign in as this user, who needs plan.view")


def run(db, actor, args) -> int:
    import os

    from sopdesk.reports import minutes
    from sopdesk.services import demand_review

    with db.read() as s:
        view = demand_review.find_cycle(s, actor, args.month)
        if view is None:
            print(f"sopdesk: no demand review for {args.month:%Y-%m}", file=sys.stderr)
            return EXIT_FAIL
        doc = minutes.build(minutes.gather(s, actor, view.id), lang=args.lang)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sopdesk.ui.demand_review.minutes_print import write_pdf_headless

    path = write_pdf_headless(doc, args.pdf)
    print(f"wrote the {args.month:%Y-%m} demand review minutes ({args.lang}) to {path}")
    return EXIT_OK
