"""Shipping errors as sentences: the shipping service's refusals (over-shipment, not enough
stock, a status that cannot ship, a short close without reason) in the user's language,
from the error's code and details; anything else as ui/errors.py says it."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from sopdesk.services.errors import ServiceError
from sopdesk.ui import errors, labels

CTX = "Shipping"
_LINE = re.compile(r"^lines\[(\d+)\]\.(\w+)$")


translate = QCoreApplication.translate


def qty_text(value) -> str:
    text = f"{value.normalize():f}" if hasattr(value, "normalize") else str(value)
    return "0" if text in ("-0", "0") else text


def line_of(exc: ServiceError) -> int | None:
    """The 1-based position in the posted lines that the error names, if it names one."""
    m = _LINE.match(exc.field or "")
    return int(m.group(1)) if m else None


def sentence(exc: ServiceError) -> str:
    d, msg = exc.details, exc.message
    if exc.code == "insufficient_stock" and d.get("item"):
        return translate("Shipping", "Not enough stock: {0} at {1} has {2}.").format(
            d["item"], d.get("location", ""), qty_text(d.get("on_hand") or 0))
    if "open_qty" in d:
        return translate("Shipping", "Only {0} left to ship on {1} line {2}: a shipment cannot be more than is open.").format(
            qty_text(d["open_qty"]), d.get("order", ""), d.get("line_no", ""))
    if msg.startswith("a ") and msg.endswith(" order cannot be shipped"):
        return translate("Shipping", "Order {0} is {1}: it cannot be shipped.").format(d.get("order", ""), labels.status(d["status"]))
    if msg == "one shipment goes to one customer":
        return translate("Shipping", "Order {0} is for another customer: one shipment goes to one customer.").format(d.get("order", ""))
    if msg == "choose at least one line to ship":
        return translate("Shipping", "Enter a quantity on at least one line.")
    if msg == "the same order line is listed twice":
        return translate("Shipping", "The same order line is listed twice.")
    if msg.startswith("shipment number ") and msg.endswith(" exists already"):
        return translate("Shipping", "Shipment number {0} exists already.").format(d.get("number", ""))
    if msg == "closing a line short needs a reason":
        return translate("Shipping", "Say why the rest of the line will not ship.")
    if msg.endswith(" order has nothing to close short"):
        return translate("Shipping", "A {0} order has nothing to close short.").format(labels.status(d["status"]))
    if msg.endswith(" has nothing left to ship"):
        return translate("Shipping", "This line has nothing left to ship.")
    if msg.startswith("the order is ") and msg.endswith(" its shipments can no longer be reversed"):
        return translate("Shipping", "The order is {0}: its shipments can no longer be reversed.").format(labels.status(d["status"]))
    return errors.sentence(exc)
