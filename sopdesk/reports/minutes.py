"""The minutes (会议纪要) of a monthly demand review, one A4 page, in Chinese or English.

`gather(session, actor, cycle_id)` reads what the minutes say through the demand review
services (the cycle, its consensus rows with their feasibility, key materials, capacity,
sign-offs and action items) into plain data; `build(data, lang=...)` turns it into a
`Minutes`: the same content as an HTML page that Qt's QTextDocument lays out on A4
(sopdesk/ui/demand_review/minutes_print.py, also for `sopdesk demand minutes --pdf`). No Qt
here; the labels and the binding-constraint sentences of both languages are below, since
the minutes are printed in the language of the meeting, whatever the screen's.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape

from sopdesk.models import ActionStatus, Department
from sopdesk.services import (
    demand_review,
    demand_review_actions,
    demand_review_consensus,
    demand_review_production,
    demand_review_supply,
    settings,
)
from sopdesk.services.demand_review_feasibility import WHY
from sopdesk.services.errors import render

LANGS = ("zh", "en")
WHY_KEY = {template: key for key, template in WHY.items()}
WHY_ZH = {
    "forecast": "{item} {month}：预测 {forecast} 可全部生产和供料",
    "forecast_baseline": "{item} {month}：无销售预测；统计基线 {forecast} 可全部生产和供料",
    "capacity": "{item} {month}：{work_center} 最多可生产 {qty}（{working_days} 个工作日，检修后 {available}/{full} {unit}）",
    "capacity_shared": "{item} {month}：{work_center} 最多可生产 {qty}（{working_days} 个工作日，检修后 {available}/{full} "
                       "{unit}，其中 {others} {unit} 已被排在前面的产品占用）",
    "material": "{item} {month}：{material} 最多够 {qty}（月底可用 {left} {unit}：现有 {on_hand}，在途 {on_order}，"
                "新订单 {available_date} 起到货；每件用 {qty_per} {unit}）",
    "unknown": "{item} {month}：尚无预测和基线",
}
LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "需求评审会 会议纪要", "factory": "单位", "month": "计划月份", "meeting": "会议日期",
        "status": "状态", "revision": "版本", "agreed": "共识确认", "attendees": "参会（签字）人",
        "products": "各产品输入与共识", "product": "产品", "mo": "月份", "forecast": "预测", "baseline": "基线",
        "capacity": "产能允许", "material": "物料允许", "feasible": "可行量", "binding": "约束",
        "consensus": "共识量", "prod_target": "生产目标", "supply_target": "备料目标", "why": "约束说明",
        "materials": "关键物料（供应链）", "code": "物料", "on_hand": "现有", "open_po": "在途",
        "lead": "交期(天)", "from": "新订单到货", "per_month": "每月可供", "guaranteed": "保证",
        "price": "单价", "centers": "产能（生产）", "center": "工作中心", "days": "工作日", "max": "满产",
        "after": "检修后", "signoffs": "签字", "dept": "部门", "who": "签字人", "when": "时间", "valid": "有效",
        "actions": "行动项", "owner": "负责人", "what": "事项", "due": "期限", "result": "结果",
        "notes": "会议记录", "note": "备注", "none": "无", "yes": "是", "no": "否", "whole": "（全部门）",
        "not_signed": "未签字", "outdated": "已变更，需重签", "unlimited": "不限", "file": "需求评审纪要",
        "flex": "弹性区间：生产按生产目标准备产能，供应链按备料目标备核心物料。",
        "b_forecast": "预测", "b_capacity": "产能", "b_material": "物料",
        "s_collecting": "收集中", "s_meeting": "会议中", "s_agreed": "已达成共识", "s_closed": "已关闭",
        "a_open": "未完成", "a_done": "已完成", "a_cancelled": "已取消",
        "d_sales": "销售", "d_production": "生产", "d_supply": "供应链", "d_management": "总经理",
        "submission_sales": "提交销售预测", "submission_production": "确认产能", "submission_supply": "确认关键物料",
        "baseline_mark": "（基线）",
    },
    "en": {
        "title": "Demand review — minutes", "factory": "Factory", "month": "Month planned", "meeting": "Meeting",
        "status": "Status", "revision": "Revision", "agreed": "Agreed", "attendees": "Attendees (signed off)",
        "products": "Inputs and consensus per product", "product": "Product", "mo": "Month", "forecast": "Forecast",
        "baseline": "Baseline", "capacity": "Capacity allows", "material": "Material allows", "feasible": "Feasible",
        "binding": "Binding", "consensus": "Consensus", "prod_target": "Production target",
        "supply_target": "Supply target", "why": "Binding constraint", "materials": "Key materials (supply)",
        "code": "Material", "on_hand": "On hand", "open_po": "On order", "lead": "Lead days", "from": "New orders from",
        "per_month": "Per month", "guaranteed": "Guaranteed", "price": "Price", "centers": "Capacity (production)",
        "center": "Work center", "days": "Days", "max": "Full", "after": "After maint.", "signoffs": "Sign-offs",
        "dept": "Department", "who": "Signed by", "when": "At", "valid": "Holds", "actions": "Action items",
        "owner": "Owner", "what": "What", "due": "Deadline", "result": "Result", "notes": "Notes", "note": "Note", "none": "none",
        "yes": "yes", "no": "no", "whole": "(the department)", "not_signed": "not signed",
        "outdated": "changed since: sign again", "unlimited": "not limited", "file": "DemandReviewMinutes",
        "flex": "Flex band: production prepares capacity for the production target, supply stocks core materials "
                "for the supply target.",
        "b_forecast": "forecast", "b_capacity": "capacity", "b_material": "material",
        "s_collecting": "collecting", "s_meeting": "in the meeting", "s_agreed": "agreed", "s_closed": "closed",
        "a_open": "open", "a_done": "done", "a_cancelled": "cancelled",
        "d_sales": "Sales", "d_production": "Production", "d_supply": "Supply chain", "d_management": "Manager",
        "submission_sales": "Submit the sales forecast", "submission_production": "Confirm the capacity",
        "submission_supply": "Confirm the key materials", "baseline_mark": " (baseline)",
    },
}


@dataclass(frozen=True)
class MinutesData:
    """What the minutes say, read in one snapshot."""

    factory_name: str
    tz: dt.tzinfo
    cycle: demand_review.CycleView
    rows: list  # demand_review_consensus.ConsensusRow
    materials: list  # demand_review_supply.MaterialView
    capacities: list  # demand_review_production.CapacityView
    actions: list  # demand_review_actions.ActionView


@dataclass(frozen=True)
class Minutes:
    lang: str
    title: str
    file_name: str
    attendees: list[tuple[str, str]] = field(default_factory=list)  # (department, name)
    html: str = ""


def gather(session, actor, cycle_id: uuid.UUID, now: dt.datetime | None = None) -> MinutesData:
    """Everything the minutes show (PLAN_VIEW, as the services check)."""
    cycle = demand_review.get_cycle(session, actor, cycle_id, now)
    return MinutesData(
        str(settings.get(session, "factory.name") or ""), settings.factory_tz(session), cycle,
        demand_review_consensus.consensus_rows(session, actor, cycle_id),
        demand_review_supply.materials(session, actor, cycle_id),
        demand_review_production.capacities(session, actor, cycle_id),
        demand_review_actions.list_actions(session, actor, cycle_id, now))


def q(value: Decimal | None) -> str:
    if value is None:
        return "—"
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def why_text(template: str, params: dict, lang: str) -> str:
    key = WHY_KEY.get(template)
    return render(WHY_ZH[key] if lang == "zh" and key else template, params)


def _table(headers: list[str], rows: list[list[str]], widths: list[int] | None = None) -> str:
    head = "".join(f'<th align="left"{_w(widths, k)}>{escape(h)}</th>' for k, h in enumerate(headers))
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    return (f'<table width="100%" cellspacing="0" cellpadding="2" border="1" style="border-collapse: collapse;'
            f' border-color: #999;"><tr style="background-color: #e8eaed;">{head}</tr>{body}</table>')


def _w(widths, k) -> str:
    return f' width="{widths[k]}%"' if widths else ""


def build(data: MinutesData, *, lang: str = "zh") -> Minutes:
    if lang not in LABELS:
        raise ValueError(f"unknown language {lang!r}; one of {', '.join(LANGS)}")
    t = LABELS[lang]
    c, tz = data.cycle, data.tz
    month = f"{c.period:%Y-%m}"
    title = f"{t['title']} {month}"

    def stamp(value: dt.datetime | None) -> str:
        return value.astimezone(tz).strftime("%Y-%m-%d %H:%M") if value else ""

    def dept(d: Department) -> str:
        return t[f"d_{Department(d).value}"]

    attendees = [(dept(s.department), s.user_name or "") for s in c.sign_offs]
    head = [(t["factory"], data.factory_name), (t["month"], month), (t["meeting"], c.meeting_date.isoformat()),
            (t["status"], t[f"s_{c.status_word}"]), (t["revision"], str(c.revision))]
    if c.agreed_at:
        head.append((t["agreed"], f"{c.agreed_by_name or ''} {stamp(c.agreed_at)}".strip()))
    parts = [f'<h2 align="center" style="margin: 0;">{escape(title)}</h2>',
             '<p style="margin-top: 4px;">' + " &nbsp;·&nbsp; ".join(
                 f"<b>{escape(k)}</b>: {escape(v)}" for k, v in head if v) + "</p>",
             f"<p><b>{escape(t['attendees'])}</b>: "
             + escape("; ".join(f"{d} {n}" for d, n in attendees) or t["none"]) + "</p>"]

    rows = []
    for r in data.rows:
        cell = r.cell
        forecast = q(cell.forecast) if cell.forecast is not None else (
            q(cell.baseline) + t["baseline_mark"] if cell.baseline is not None else "—")
        rows.append([cell.code, f"{cell.month:%Y-%m}", forecast, q(cell.baseline), q(cell.capacity_limited),
                     q(cell.material_limited), q(cell.feasible),
                     t[f"b_{cell.binding}"] if cell.binding else "—",
                     q(r.consensus if r.consensus is not None else r.default_consensus),
                     q(r.production_target if r.production_target is not None else r.default_production_target),
                     q(r.supply_target if r.supply_target is not None else r.default_supply_target)])
    parts.append(f"<h3>{escape(t['products'])}</h3>")
    parts.append(_table([t["product"], t["mo"], t["forecast"], t["baseline"], t["capacity"], t["material"],
                         t["feasible"], t["binding"], t["consensus"], t["prod_target"], t["supply_target"]], rows))
    whys = [why_text(r.cell.why_template, r.cell.why_params, lang) for r in data.rows if r.cell.month == c.period]
    parts.append(f"<p><b>{escape(t['why'])} ({month})</b>:<br/>" + "<br/>".join(escape(w) for w in whys)
                 + f"<br/><i>{escape(t['flex'])}</i></p>")

    mats = [[m.code, q(m.on_hand), q(m.open_po), "—" if m.lead_days is None else str(m.lead_days),
             m.available_date.isoformat() if m.available_date else "—",
             q(m.available_qty) if m.available_qty is not None else t["unlimited"],
             "—" if m.guaranteed is None else t["yes" if m.guaranteed else "no"], q(m.unit_price), m.comment or ""]
            for m in data.materials]
    caps = [[k.code, f"{k.month:%Y-%m}", "—" if k.working_days is None else str(k.working_days), q(k.max_qty),
             q(k.available_qty), k.maintenance_note or ""] for k in data.capacities]
    parts.append(f"<h3>{escape(t['materials'])}</h3>")
    parts.append(_table([t["code"], t["on_hand"], t["open_po"], t["lead"], t["from"], t["per_month"], t["guaranteed"],
                         t["price"], t["note"]], mats) if mats else f"<p>{escape(t['none'])}</p>")
    parts.append(f"<h3>{escape(t['centers'])}</h3>")
    parts.append(_table([t["center"], t["mo"], t["days"], t["max"], t["after"], t["note"]], caps) if caps
                 else f"<p>{escape(t['none'])}</p>")

    signed = {s.department: s for s in c.sign_offs}
    signs = []
    for d in demand_review.SIGNING:
        s = signed.get(d)
        signs.append([dept(d), (s.user_name or "") if s else t["not_signed"], stamp(s.signed_at) if s else "",
                      "" if s is None else (t["yes"] if s.valid else t["outdated"])])
    acts = []
    for a in data.actions:
        what = t.get(f"submission_{a.department.value}", a.description) if a.kind == "submission" else a.description
        status = t[f"a_{ActionStatus(a.status).value}"]
        acts.append([dept(a.department), a.owner_name or t["whole"], what, stamp(a.due_at), status, a.result or ""])
    parts.append(f"<h3>{escape(t['signoffs'])}</h3>")
    parts.append(_table([t["dept"], t["who"], t["when"], t["valid"]], signs, [20, 30, 25, 25]))
    parts.append(f"<h3>{escape(t['actions'])}</h3>")
    parts.append(_table([t["dept"], t["owner"], t["what"], t["due"], t["status"], t["result"]], acts,
                        [10, 13, 32, 14, 9, 22]) if acts else f"<p>{escape(t['none'])}</p>")
    if c.minutes:
        parts.append(f"<h3>{escape(t['notes'])}</h3><p>{escape(c.minutes)}</p>")
    html = "<html><body>" + "".join(parts) + "</body></html>"
    return Minutes(lang, title, f"{t['file']}-{month}.pdf", attendees, html)


__all__ = ["LABELS", "LANGS", "Minutes", "MinutesData", "build", "gather", "why_text"]
