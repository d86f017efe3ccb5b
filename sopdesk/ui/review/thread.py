"""The whole review thread of one order, as read-only rich text: who asked and when, each
department's answer or clock, earlier rounds, and the order's status history."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser

from sopdesk.models import Department, ReviewTaskStatus
from sopdesk.services.review import ReviewTaskView, ReviewView
from sopdesk.ui import labels
from sopdesk.ui.tablemodels.reviews import OVERDUE_FG, clock_text

CTX = "ReviewThread"
translate = QCoreApplication.translate


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _when(value: dt.datetime | None, tz=None) -> str:
    if value is None:
        return ""
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M") if tz else value.strftime("%Y-%m-%d %H:%M")


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else "—"


def render(view: ReviewView, now: dt.datetime | None = None) -> str:
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(view.timezone)
    now = now or dt.datetime.now(dt.UTC)
    parts = [
        f"<h3 style='margin:0'>{_e(view.order_number)} · {_e(view.customer_name)}</h3>",
        "<p style='margin-top:4px'>"
        + translate("ReviewThread", "Status: <b>{status}</b> · order date {order} · requested {req} · promised {prom}").format(
            status=_e(labels.status(view.order_status)), order=_date(view.order_date),
            req=_date(view.requested_date), prom=_date(view.promised_date))
        + "<br>" + translate("ReviewThread", "Salesperson: {0}").format(_e(view.salesperson or "—"))
        + ("<br>" + translate("ReviewThread", "Review requested by {who} at {when}").format(
            who=_e(view.requested_by or "—"), when=_when(view.requested_at, tz))
           if view.requested_at else "")
        + "</p>",
    ]
    for task in view.tasks:
        parts.append(_task_html(task, tz, now))
    suggested = view.suggested_promise_date
    if view.answered:
        if view.feasible:
            parts.append("<p style='color:#1e7b3c'><b>" + translate(
                "ReviewThread", "Both departments answered: feasible. Earliest delivery date: {0}.").format(
                _date(suggested)) + "</b></p>")
        else:
            parts.append(f"<p style='color:{OVERDUE_FG}'><b>" + translate(
                "ReviewThread", "An answer says the order is not feasible: agree a change with the "
                "department, or withdraw the order.") + "</b></p>")
    if view.earlier_tasks:
        parts.append("<h4>" + translate("ReviewThread", "Earlier rounds") + "</h4><ul>")
        for t in view.earlier_tasks:
            answer = _answer_text(t) if t.answered_at else translate("ReviewThread", "not answered")
            parts.append(f"<li>{_e(labels.department(t.department))}: {answer} "
                         f"<span style='color:#6b7280'>({_when(t.assigned_at, tz)})</span></li>")
        parts.append("</ul>")
    if view.history:
        parts.append("<h4>" + translate("ReviewThread", "Status history") + "</h4><ul>")
        for h in view.history:
            frm = labels.status(h.from_status) if h.from_status else "—"
            parts.append(f"<li>{_when(h.changed_at, tz)} · {_e(h.changed_by or '')}: "
                         f"{_e(frm)} → <b>{_e(labels.status(h.to_status))}</b>"
                         + (f" · {_e(h.note)}" if h.note else "") + "</li>")
        parts.append("</ul>")
    return "".join(parts)


def _answer_text(t: ReviewTaskView) -> str:
    verdict = translate("ReviewThread", "feasible") if t.feasible else translate("ReviewThread", "<b>not feasible</b>")
    bits = [verdict]
    if t.department == Department.PRODUCTION and t.lead_days is not None:
        bits.append(translate("ReviewThread", "{0} days to make").format(t.lead_days))
    if t.department == Department.SUPPLY and t.material_arrival_date:
        bits.append(translate("ReviewThread", "material arrives {0}").format(t.material_arrival_date.isoformat()))
    text = translate("ReviewThread", ", ").join(bits)
    if t.comment:
        text += f" — “{_e(t.comment)}”"
    return text


def _task_html(t: ReviewTaskView, tz, now: dt.datetime) -> str:
    title = _e(labels.department(t.department))
    owner = _e(t.owner or translate("ReviewThread", "the whole department"))
    if t.status == ReviewTaskStatus.ANSWERED:
        late_text = translate("ReviewThread", "answered late")
        late = f" <span style='color:{OVERDUE_FG}'>({late_text})</span>" if t.answered_late else ""
        body = (_answer_text(t) + "<br><span style='color:#6b7280'>"
                + translate("ReviewThread", "Answered by {who} at {when}").format(who=_e(t.answered_by or ""),
                                                          when=_when(t.answered_at, tz)) + late + "</span>")
        colour = "#1e7b3c" if t.feasible else OVERDUE_FG
    else:
        overdue = t.due_at < now
        clock = clock_text(t.due_at, now)
        colour = OVERDUE_FG if overdue else "#a15c00"
        body = (translate("ReviewThread", "Waiting for an answer from {owner}, due {due}").format(
            owner=owner, due=_when(t.due_at, tz))
            + f" · <b style='color:{colour}'>{_e(clock)}</b>")
        if t.escalated_at:
            reported = translate("ReviewThread", "Reported to management at {0}").format(_when(t.escalated_at, tz))
            body += f"<br><span style='color:{OVERDUE_FG}'>{reported}</span>"
    return (f"<table width='100%' cellspacing='0' cellpadding='6' style='margin-top:8px;'>"
            f"<tr><td width='4' bgcolor='{colour}'></td>"
            f"<td bgcolor='#f6f7f9'><b>{title}</b><br>{body}</td></tr></table>")


class ReviewThreadView(QTextBrowser):
    """Read-only rich text of one ReviewView. State: the view shown (or None)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.review: ReviewView | None = None
        self.show_review(None)

    def show_review(self, view: ReviewView | None) -> None:
        self.review = view
        if view is None:
            self.setHtml("<p style='color:#6b7280'>" + translate(
                "ReviewThread", "Choose a review on the left to see its whole thread.") + "</p>")
        else:
            self.setHtml(render(view))
