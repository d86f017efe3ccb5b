"""The delivery note (送货单) of a shipment, A4, in Chinese or English.

`build(view, lang=..., factory_name=...)` turns a `services.shipping.ShipmentView` into a
`DeliveryNote`: the header fields and lines as plain data (what the note says) and the same
content as an HTML page that Qt's QTextDocument lays out for printing or a PDF
(sopdesk/ui/shipping/printing.py). No Qt here, and no database: the labels of both languages
are below, since a note is printed in the language the customer reads, whatever the screen's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from html import escape

from sopdesk.services.shipping import ShipmentView

LANGS = ("zh", "en")

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "送 货 单", "number": "单号", "date": "发货日期", "customer": "客户", "contact": "联系人",
        "phone": "电话", "address": "送货地址", "location": "发货仓库", "no": "序号", "order": "订单号",
        "customer_po": "客户PO", "item_code": "产品编码", "item_name": "产品名称", "spec": "规格型号",
        "unit": "单位", "qty": "数量", "remark": "备注", "total": "合计", "note": "备注",
        "reversed": "已冲回 {0}", "shipped_by": "发货人", "carrier": "送货人", "received_by": "收货人签字",
        "received_on": "收货日期", "file": "送货单", "check": "请核对数量无误后签字确认。",
    },
    "en": {
        "title": "DELIVERY NOTE", "number": "No.", "date": "Ship date", "customer": "Customer",
        "contact": "Contact", "phone": "Phone", "address": "Deliver to", "location": "Shipped from",
        "no": "#", "order": "Order", "customer_po": "Cust. PO", "item_code": "Item code",
        "item_name": "Description", "spec": "Spec.", "unit": "Unit", "qty": "Qty", "remark": "Remark",
        "total": "Total", "note": "Note", "reversed": "{0} reversed", "shipped_by": "Shipped by",
        "carrier": "Delivered by", "received_by": "Received by (signature)", "received_on": "Date received",
        "file": "DeliveryNote", "check": "Please check the quantities and sign to confirm receipt.",
    },
}


def qty_text(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "0") else text


@dataclass(frozen=True)
class NoteLine:
    no: int
    order: str  # SO-2026-00042/1
    customer_po: str
    item_code: str
    item_name: str
    spec: str
    unit: str
    qty: Decimal
    remark: str  # what a reversal took back, if anything


@dataclass(frozen=True)
class DeliveryNote:
    """What the note says, as data (`header`, `lines`, `total`) and as an HTML page."""

    lang: str
    number: str
    title: str
    file_name: str  # a suggested file name for "Save PDF…"
    header: list[tuple[str, str]] = field(default_factory=list)
    lines: list[NoteLine] = field(default_factory=list)
    total: str | None = None  # the quantities added up, when every line has the same unit
    html: str = ""


def build(view: ShipmentView, *, lang: str = "zh", factory_name: str = "") -> DeliveryNote:
    if lang not in LABELS:
        raise ValueError(f"unknown language {lang!r}; one of {', '.join(LANGS)}")
    t = LABELS[lang]
    header = [
        (t["customer"], f"{view.customer_code} {view.customer_name}"),
        (t["number"], view.number),
        (t["contact"], " ".join(x for x in (view.customer_contact or "", view.customer_phone or "") if x)),
        (t["date"], view.ship_date.isoformat()),
        (t["address"], view.customer_address or ""),
        (t["location"], f"{view.location_code} {view.location_name}"),
    ]
    pos = {ln.customer_po or "" for ln in view.lines}
    po_column = len(pos) > 1  # one PO for the whole note goes in the header
    if not po_column:
        header += [(t["customer_po"], pos.pop() if pos else ""),
                   (t["order"], ", ".join(sorted({ln.order_number for ln in view.lines})))]
    lines = [
        NoteLine(ln.line_no, f"{ln.order_number}/{ln.order_line_no}", ln.customer_po or "", ln.item_code,
                 ln.item_name, ln.item_spec or "", ln.unit, ln.qty,
                 t["reversed"].format(qty_text(ln.reversed_qty)) if ln.reversed_qty else "")
        for ln in view.lines
    ]
    units = {ln.unit for ln in lines}
    total = qty_text(sum((ln.qty for ln in lines), Decimal(0))) if len(units) == 1 else None
    note = DeliveryNote(lang=lang, number=view.number, title=t["title"], file_name=f"{t['file']}-{view.number}.pdf",
                        header=header, lines=lines, total=total)
    return DeliveryNote(**{**note.__dict__, "html": _html(note, view, t, factory_name.strip(), po_column)})


def _html(note: DeliveryNote, view: ShipmentView, t: dict[str, str], factory_name: str, po_column: bool) -> str:
    e = escape
    parts = ['<html><body style="font-size:10pt;">']
    if factory_name:
        parts.append(f'<p align="center" style="font-size:15pt; font-weight:bold; margin:0;">{e(factory_name)}</p>')
    parts.append(f'<p align="center" style="font-size:18pt; font-weight:bold; margin-top:4px; '
                 f'margin-bottom:10px;">{e(note.title)}</p>')
    parts.append('<table width="100%" cellspacing="0" cellpadding="3">')
    for k in range(0, len(note.header), 2):
        (la, va), (lb, vb) = note.header[k], note.header[k + 1]
        parts.append(f'<tr><td width="58%"><b>{e(la)}:</b> {e(va)}</td>'
                     f'<td width="42%"><b>{e(lb)}:</b> {e(vb)}</td></tr>')
    parts.append("</table><p style='margin:4px;'></p>")
    # (label, alignment, width %): widths that fit a number like SO-2026-00042/1 on one line
    heads = [("no", "center", 5), ("order", "left", 21), ("customer_po", "left", 12), ("item_code", "left", 11),
             ("item_name", "left", 15), ("spec", "left", 11), ("unit", "center", 7), ("qty", "right", 8),
             ("remark", "left", 10)]
    if not po_column:  # its width goes to the description
        heads = [h for h in heads if h[0] != "customer_po"]
        heads[3], heads[4] = ("item_name", "left", 24), ("spec", "left", 14)
    parts.append('<table width="100%" border="1" cellspacing="0" cellpadding="3" '
                 'style="border-collapse:collapse; border-color:#000000; font-size:8.5pt;">')
    parts.append("<tr>" + "".join(f'<th width="{w}%" align="{a}" bgcolor="#eeeeee">{e(t[k])}</th>'
                                  for k, a, w in heads) + "</tr>")
    for ln in note.lines:
        cells = [str(ln.no), ln.order, *([ln.customer_po] if po_column else []), ln.item_code, ln.item_name,
                 ln.spec, ln.unit, qty_text(ln.qty), ln.remark]
        parts.append("<tr>" + "".join(f'<td align="{a}">{e(c)}</td>'
                                      for c, (_k, a, _w) in zip(cells, heads, strict=True)) + "</tr>")
    if note.total is not None:
        parts.append(f'<tr><td colspan="{len(heads) - 3}" align="right"><b>{e(t["total"])}</b></td>'
                     f'<td align="center">{e(note.lines[0].unit)}</td>'
                     f'<td align="right"><b>{e(note.total)}</b></td><td></td></tr>')
    parts.append("</table>")
    if view.note:
        parts.append(f"<p><b>{e(t['note'])}:</b> {e(view.note)}</p>")
    parts.append(f'<p style="margin-top:10px;">{e(t["check"])}</p>')
    parts.append('<table width="100%" cellspacing="0" cellpadding="8" style="margin-top:18px;">')
    for pair in ((("shipped_by", view.posted_by or ""), ("received_by", "")), (("carrier", ""), ("received_on", ""))):
        parts.append("<tr>" + "".join(f'<td width="50%"><b>{e(t[key])}:</b> {e(value) or "&nbsp;" * 30}</td>'
                                      for key, value in pair) + "</tr>")
    parts.append("</table></body></html>")
    return "".join(parts)
